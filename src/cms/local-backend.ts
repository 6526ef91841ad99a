/**
 * Which local decap-server the /admin page talks to. In `npm start` the config
 * names it (127.0.0.1 and the port from the site config). A page served from
 * this machine may name another one with `?local_backend=<port or URL>`, which
 * is how the end-to-end test points a built /admin at its own server. Both the
 * page and the server must be on this machine: a published /admin ignores the
 * parameter, so a link cannot point an editor's CMS at someone else's server.
 */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** The API path decap-server answers on. */
export const LOCAL_API_PATH = '/api/v1';

export function isLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase());
}

/**
 * The local backend URL a page's query asks for, or undefined when it asks for
 * none or for one that is not allowed. `search` is `location.search`.
 */
export function localBackendOverride(search: string, pageHostname: string): string | undefined {
  const wanted = new URLSearchParams(search).get('local_backend');
  if (!wanted || !isLoopback(pageHostname)) return undefined;
  const candidate = /^\d{2,5}$/.test(wanted) ? `http://127.0.0.1:${wanted}${LOCAL_API_PATH}` : wanted;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' || !isLoopback(url.hostname) || url.pathname !== LOCAL_API_PATH) return undefined;
  if (url.username || url.password || url.search || url.hash) return undefined;
  const port = Number(url.port);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) return undefined;
  return url.href;
}
