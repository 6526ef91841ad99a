/**
 * `npm start` only. When a content file changes, Astro's dev server tells every open page to reload (a Vite
 * `full-reload` for all paths), so it can show the new content. /admin shows no built content, and it has just
 * saved that file itself: reloading it only costs the editor a white screen of seconds and the open form's state.
 *
 * Vite's client calls the `vite:beforeFullReload` listeners with the message before it acts on it, and reloads a
 * page for a message with an `.html` path only when that path is the page's own. Pointing the message at a path
 * no page has keeps /admin as it is; every other open page (a second tab with the entry) still reloads.
 */

/** A path no page of the site has: a full reload for it leaves /admin alone. */
export const NO_PAGE = '/admin/__kept-open__.html';

/** The slice of Vite's `import.meta.hot` that this uses. */
export interface HotContext {
  on(event: 'vite:beforeFullReload', listener: (payload: { path?: string }) => void): void;
}

/** Keep the page through the dev server's full reloads (call with `import.meta.hot`; absent in a build). */
export function keepThroughReloads(hot: HotContext | undefined): void {
  hot?.on('vite:beforeFullReload', (payload) => {
    payload.path = NO_PAGE;
  });
}
