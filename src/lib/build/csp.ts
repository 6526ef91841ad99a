/**
 * The Content-Security-Policy of every page, from one table: what each kind of page loads and runs. The hosts that
 * differ per deployment come from the site config (the map's tiles, the CMS's OAuth service).
 *
 * The same policy goes into two places:
 * - a `<meta http-equiv="Content-Security-Policy">` right after `<meta charset>` in every page's `<head>`
 *   (layouts/Base.astro, layouts/Embed.astro, pages/admin/index.astro), before anything it governs: the only
 *   form a host without custom headers serves (GitHub Pages);
 * - `dist/_headers` (lib/build/headers.ts), per section of the site, for hosts that read it (Netlify, Cloudflare
 *   Pages), with `frame-ancestors`, which a meta tag cannot carry.
 *
 * No page has `'unsafe-inline'` in `script-src`, and none but `/admin` (Decap, see `adminPolicy`) has
 * `'unsafe-eval'` or inline styles. The site's own scripts and styles are files under `/_astro/` (astro.config.mjs
 * keeps Astro from inlining them); the one inline script (the search page's, `searchReadyScript`) is allowed by
 * its hash, computed here from the same string the page prints. Page scripts set styles only through the CSSOM
 * (`element.style`, `style.setProperty`), which a policy does not govern. `<script type="application/ld+json">`
 * and the CMS's `application/json` configuration are data blocks: never run, so no policy applies to them.
 *
 * Astro's own `security.csp` was weighed and left off: it writes its meta tag where the layout's `<head>` ends
 * (after the page's links and JSON-LD), puts the hashes of every inline script and style of the whole site on
 * every page, and hands a page's policy to response headers only through an adapter (which then drops the meta
 * tag). Here one policy per kind of page goes into both the meta tag and `_headers`.
 */
import { createHash } from 'node:crypto';
import type { Route, Section } from '../core/routes.ts';
import { searchReadyScript } from '../core/search.ts';
import type { SiteConfig } from '../../schema/site.ts';

/**
 * The kinds of page, by what they need beyond static HTML and the site's own CSS and scripts:
 * - `page`: every page not named below (home, facet pages, areas, about, the 404 …): no requests after
 *   the page has loaded, images from this site only;
 * - `content`: the pages of an entry, a place and a collection, which show the images their content names: the
 *   schema takes a full URL for an image or a logo and a body may show images (lib/core/body-safety.ts allows them, and
 *   data: images), so these allow images from any https: address. Images cannot run code; the policy of these
 *   pages is otherwise `page`'s;
 * - `list`: the list page, whose script fetches its filter data from `/data/list/`;
 * - `contribute`: the Meedoen form, whose script fetches `/data/titles.json` ("Bestaat dit al?");
 * - `search`: Pagefind (its script, its WebAssembly, its index files; from 2,000 entries its worker);
 * - `map`: Leaflet's tiles from the host in `site.map`, its worker that fetches `/data/map.json`;
 * - `embed`: a collection in another site's iframe: like `page` (its framing is a header, see lib/build/headers.ts);
 * - `admin`: Decap CMS.
 */
export const policyKinds = ['page', 'content', 'list', 'contribute', 'search', 'map', 'embed', 'admin'] as const;
export type PolicyKind = (typeof policyKinds)[number];

/** A policy: directive name → sources, in the order they are written. */
export type Policy = ReadonlyMap<string, readonly string[]>;

const SELF = "'self'";
const NONE = "'none'";

/** A CSP hash source (`'sha256-…'`) of an inline script or style, exactly as the page prints it. */
export function cspHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** The origins (scheme and host) the map's tiles come from: one per subdomain when the URL has `{s}`. */
export function tileOrigins(map: SiteConfig['map']): string[] {
  const match = /^(https?:\/\/[^/]+)\//.exec(map.tileUrl);
  if (!match?.[1]) throw new Error(`site.map.tileUrl: cannot read the host of ${map.tileUrl}`);
  const origin = match[1];
  const subdomains = map.subdomains?.match(/[a-z0-9]/g) ?? [];
  const hosts = origin.includes('{s}') ? subdomains.map((s) => origin.replace('{s}', s)) : [origin];
  for (const host of hosts) {
    if (/[{}]/.test(host))
      throw new Error(`site.map.tileUrl: the host of ${map.tileUrl} may hold only {s} (the subdomains) as placeholder`);
  }
  return [...new Set(hosts.map((host) => new URL(host).origin))];
}

/** The origin of the OAuth service Decap logs in through: the site config's, or Decap's default (Netlify's). */
export function authOrigin(cms: SiteConfig['cms']): string {
  return new URL(cms.authBaseUrl ?? 'https://api.netlify.com').origin;
}

/** The kind of policy a route's page gets (`undefined`: the 404, which has no route). */
export function policyKindOf(route: Route | undefined): PolicyKind {
  switch (route?.view) {
    case 'entry':
    case 'place':
    case 'showcase':
      return 'content';
    case 'list':
      return 'list';
    case 'contribute':
      return 'contribute';
    case 'search':
      return 'search';
    case 'map':
      return 'map';
    case 'embed':
      return 'embed';
    default:
      return 'page';
  }
}

/**
 * The policy the response headers send for a whole section of the site (lib/build/headers.ts): the widest kind of page
 * in it, so the header never refuses what a page's own meta policy allows (a browser applies both). `/initiatieven/`
 * holds the list page and the facet pages, `/initiatief/` the entries and the redirect pages of renamed ones,
 * `/plekken/` and `/collecties/` an overview and the pages with content images.
 */
export function sectionPolicyKind(section: Section): PolicyKind {
  switch (section) {
    case 'entry':
    case 'places':
    case 'showcases':
      return 'content';
    case 'list':
    case 'contribute':
    case 'search':
    case 'map':
      return section;
    default:
      return 'page';
  }
}

/** What every page but `/admin` starts from: nothing, then this site's own scripts, styles and images. */
function sitePolicy(): Map<string, string[]> {
  return new Map([
    ['default-src', [NONE]],
    ['script-src', [SELF]],
    ['style-src', [SELF]],
    ['img-src', [SELF]],
    // The header search field and the Meedoen form submit to this site only.
    ['form-action', [SELF]],
    // No page sets <base href>; the embed's <base target="_top"> has no address.
    ['base-uri', [NONE]],
  ]);
}

/** Decap CMS on /admin: what it was measured to need in Chromium (tests/e2e/csp.test.ts, tests/e2e/cms.test.ts). */
function adminPolicy(site: SiteConfig): Map<string, string[]> {
  return new Map([
    ['default-src', [NONE]],
    // Decap validates its configuration with ajv, which compiles each schema with `new Function`: without
    // 'unsafe-eval' it stops with "Error compiling schema" (measured in Chromium, tests/e2e/csp.test.ts).
    ['script-src', [SELF, "'unsafe-eval'"]],
    // Decap styles itself with emotion, which writes <style> elements at run time (refused without it, measured),
    // and the preview frame gets the site's styles as a <style>: neither has a hash known at build time.
    ['style-src', [SELF, "'unsafe-inline'"]],
    // The media library shows uploads and the repository's images from blob: URLs (measured); the preview shows an
    // entry's images wherever they are, as the entry's page does (`content`), and GitHub the editor's avatar.
    ['img-src', [SELF, 'blob:', 'https:', 'data:']],
    [
      'connect-src',
      [
        SELF,
        'https://api.github.com',
        authOrigin(site.cms),
        // The local decap-server: the page talks to it only when it is itself served from this machine
        // (src/cms/local-backend.ts), on the configured port or the one `?local_backend=` names.
        'http://127.0.0.1:*',
        'http://localhost:*',
      ],
    ],
    ['form-action', [SELF]],
    ['base-uri', [NONE]],
  ]);
}

function add(policy: Map<string, string[]>, directive: string, ...sources: string[]): void {
  const current = policy.get(directive) ?? [];
  policy.set(directive, [...new Set([...current, ...sources])]);
}

/** The policy of a kind of page on this site. */
export function pagePolicy(kind: PolicyKind, site: SiteConfig): Policy {
  if (kind === 'admin') return adminPolicy(site);
  const policy = sitePolicy();
  switch (kind) {
    case 'content':
      add(policy, 'img-src', 'https:', 'data:');
      break;
    case 'list':
    case 'contribute':
      add(policy, 'connect-src', SELF);
      break;
    case 'search':
      // pagefind.js (imported from /pagefind/) compiles its WebAssembly on the page (below searchWorkerFrom
      // entries; refused without 'wasm-unsafe-eval', measured) and fetches its index; from searchWorkerFrom entries
      // on, it starts /pagefind/pagefind-worker.js instead (a file of this site, no blob:), which compiles and
      // fetches under its own policy.
      add(policy, 'script-src', "'wasm-unsafe-eval'", cspHash(searchReadyScript));
      add(policy, 'connect-src', SELF);
      add(policy, 'worker-src', SELF);
      break;
    case 'map':
      // The tiles from the configured host; Leaflet blanks a tile it drops with a data: GIF (refused without
      // data:, measured), and its stylesheet holds its icons as data: images. The map's worker (a file of this
      // site) fetches /data/map.json: in Chromium a worker has a policy of its own (measured: the map works
      // without connect-src), but engines that apply the page's policy to its worker need it here.
      add(policy, 'img-src', 'data:', ...tileOrigins(site.map));
      add(policy, 'connect-src', SELF);
      add(policy, 'worker-src', SELF);
      break;
    case 'page':
    case 'embed':
      break;
  }
  return policy;
}

/** A policy as a header or meta value: `default-src 'none'; script-src 'self'; …`. */
export function serializePolicy(policy: Policy): string {
  return [...policy].map(([directive, sources]) => [directive, ...sources].join(' ')).join('; ');
}
