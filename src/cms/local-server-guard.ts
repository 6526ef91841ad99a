/**
 * Which requests the local CMS server (scripts/cms-server.ts) lets through to decap-server. It writes files
 * into the working tree and has no login, so it answers only requests that are plainly from this machine:
 *
 * - the `Host` header names the loopback address it listens on (`127.0.0.1:<port>` or `localhost:<port>`).
 *   A web page that points its own domain at 127.0.0.1 (DNS rebinding) is then same-origin with the server as
 *   far as the browser knows, but its requests still say `Host: evil.example:<port>`;
 * - a request from a web page (it carries an `Origin`) comes from a page on this machine (`localhost` or
 *   `127.0.0.1`, any port: the dev server, or a built /admin in the end-to-end test), as decap-server's own CORS
 *   rule says. A page elsewhere gets no CORS answer from decap-server either; refusing it here also keeps a
 *   request the browser sends without asking first from reaching decap-server.
 *
 * Pure, so the rules are unit-tested without a server.
 */

/** Origins of pages on this machine: decap-server's own default CORS rule (any port). */
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/;

/** The `Host` values the server at `port` answers to: its loopback address, by number or by name. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${String(port)}`, `localhost:${String(port)}`];
}

/** Whether an `Origin` header is a page on this machine. */
export function isLocalOrigin(origin: string): boolean {
  return LOCAL_ORIGIN.test(origin);
}

/**
 * Why a request must be refused (a short plain sentence for the 403 answer), or undefined when it may pass.
 * `host` and `origin` are the request's headers as Node gives them (absent: undefined).
 */
export function refusal(
  headers: { host?: string | undefined; origin?: string | undefined },
  port: number,
): string | undefined {
  const host = headers.host?.toLowerCase();
  if (host === undefined || !allowedHosts(port).includes(host)) {
    return `This local CMS server only answers requests for ${allowedHosts(port).join(' or ')}.`;
  }
  if (headers.origin !== undefined && !isLocalOrigin(headers.origin)) {
    return 'This local CMS server only answers pages on this machine (localhost or 127.0.0.1).';
  }
  return undefined;
}
