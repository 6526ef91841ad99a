/**
 * Every URL of the site, in both languages, from one table of path segments.
 * Pages ask `pathFor(route, lang)`; the language switch asks for the same
 * route in the other language; `allRoutes()` lists every static page.
 */
import type { Lang } from '../../taxonomy/index.ts';
import { facets, type FacetKey } from './facets.ts';

export type Route =
  | { view: 'home' }
  | { view: 'list'; page: number }
  | { view: 'facet'; facet: FacetKey; value: string; page: number }
  | { view: 'entry'; slug: string }
  | { view: 'about' }
  | { view: 'policy' }
  | { view: 'search' }
  | { view: 'contribute' }
  | { view: 'showcases' }
  | { view: 'showcase'; slug: string }
  /** A collection without site chrome, for an iframe on another site. */
  | { view: 'embed'; slug: string }
  /** The old URL of a renamed entry: a redirect page to the entry. */
  | { view: 'alias'; alias: string; slug: string }
  /** The places of the atlas (social infrastructure), and one place. */
  | { view: 'places' }
  | { view: 'place'; slug: string }
  /** Area overviews: all municipalities compared, one municipality, one neighbourhood in it (slugs). */
  | { view: 'areas' }
  | { view: 'area'; municipality: string; neighbourhood?: string }
  /** The map of initiatives and places with coordinates. */
  | { view: 'map' }
  /** The editors' list of practice examples and places to check (noindex, not in the sitemap, search or menus). */
  | { view: 'toVerify' };

const segments = {
  nl: {
    prefix: '',
    list: 'initiatieven',
    entry: 'initiatief',
    page: 'pagina',
    about: 'over',
    policy: 'verantwoording',
    search: 'zoeken',
    contribute: 'meedoen',
    showcases: 'collecties',
    embed: 'embed',
    places: 'plekken',
    areas: 'gebieden',
    map: 'kaart',
    editors: 'redactie',
    toVerify: 'te-controleren',
  },
  en: {
    prefix: 'en',
    list: 'initiatives',
    entry: 'initiative',
    page: 'page',
    about: 'about',
    policy: 'editorial-policy',
    search: 'search',
    contribute: 'contribute',
    showcases: 'collections',
    embed: 'embed',
    places: 'places',
    areas: 'areas',
    map: 'map',
    editors: 'editors',
    toVerify: 'to-verify',
  },
} as const satisfies Record<Lang, Record<string, string>>;

function join(lang: Lang, parts: readonly (string | number)[]): string {
  const all = [segments[lang].prefix, ...parts.map(String)].filter((part) => part !== '');
  return all.length === 0 ? '/' : `/${all.join('/')}/`;
}

function pageParts(lang: Lang, page: number): (string | number)[] {
  return page > 1 ? [segments[lang].page, page] : [];
}

/** The site-relative path of a route in a language, with a trailing slash. */
export function pathFor(route: Route, lang: Lang): string {
  const s = segments[lang];
  switch (route.view) {
    case 'home':
      return join(lang, []);
    case 'list':
      return join(lang, [s.list, ...pageParts(lang, route.page)]);
    case 'facet': {
      const facet = facets.find((f) => f.key === route.facet);
      if (!facet) throw new Error(`Unknown facet ${route.facet}`);
      return join(lang, [s.list, facet.segment[lang], route.value, ...pageParts(lang, route.page)]);
    }
    case 'entry':
      return join(lang, [s.entry, route.slug]);
    case 'about':
      return join(lang, [s.about]);
    case 'policy':
      return join(lang, [s.policy]);
    case 'search':
      return join(lang, [s.search]);
    case 'contribute':
      return join(lang, [s.contribute]);
    case 'showcases':
      return join(lang, [s.showcases]);
    case 'showcase':
      return join(lang, [s.showcases, route.slug]);
    case 'embed':
      return join(lang, [s.embed, s.showcases, route.slug]);
    case 'alias':
      return join(lang, [s.entry, route.alias]);
    case 'places':
      return join(lang, [s.places]);
    case 'place':
      return join(lang, [s.places, route.slug]);
    case 'areas':
      return join(lang, [s.areas]);
    case 'area':
      return join(lang, [s.areas, route.municipality, ...(route.neighbourhood ? [route.neighbourhood] : [])]);
    case 'map':
      return join(lang, [s.map]);
    case 'toVerify':
      return join(lang, [s.editors, s.toVerify]);
  }
}

/** A section of the site: the pages under one first path segment (`list`: `/initiatieven/…`). */
export type Section = Exclude<keyof (typeof segments)['nl'], 'prefix' | 'page' | 'embed' | 'toVerify'>;

/**
 * The first path segment of every kind of page but the embeds, per language (`/initiatieven/`, `/en/about/` …),
 * with the section it holds: what the response headers (lib/build/headers.ts) forbid to frame, and which policy they
 * send (lib/build/csp.ts). Derived from the segment table, so a new kind of page is covered without a second list.
 */
export function pageSections(): { path: string; section: Section }[] {
  return (Object.keys(segments) as Lang[]).flatMap((lang) =>
    (Object.keys(segments[lang]) as (keyof (typeof segments)[Lang])[])
      .filter((key): key is Section => !['prefix', 'page', 'embed', 'toVerify'].includes(key))
      .map((section) => ({ path: join(lang, [segments[lang][section]]), section })),
  );
}

/** The paths of `pageSections()`. */
export function pageSectionPaths(): string[] {
  return pageSections().map(({ path }) => path);
}

/** The folder (relative to the build output) of the entry pages of one interface language: `initiatief`, `en/initiative`. */
export function entryPagesRoot(lang: Lang): string {
  return join(lang, [segments[lang].entry]).replace(/^\/|\/$/g, '');
}

/** The folder (relative to the build output) of the place pages of one interface language: `plekken`, `en/places`. */
export function placePagesRoot(lang: Lang): string {
  return join(lang, [segments[lang].places]).replace(/^\/|\/$/g, '');
}

/**
 * A glob (relative to the build output) of the entry pages of one interface language, `initiatief/**\/*.html`:
 * what the search index reads. Both languages' pages of an entry carry the same searchable body (the interface
 * around it is not indexed), so the index reads one language's pages and every entry once; the other pages carry
 * no searchable body at all.
 */
export function entryPagesGlob(lang: Lang): string {
  return `${entryPagesRoot(lang)}/**/*.html`;
}

/**
 * The glob of every page the search index reads in one interface language: entry pages and place pages
 * (`{initiatief,plekken}/**\/*.html`). The list of places in the same folder carries no `data-pagefind-body`, so
 * Pagefind skips it.
 */
export function searchPagesGlob(lang: Lang): string {
  return `{${entryPagesRoot(lang)},${placePagesRoot(lang)}}/**/*.html`;
}

/** The same page in `lang` for the path of an entry (`view`, `segment`) page in any language, or undefined. */
function pathInLang(path: string, lang: Lang, view: 'entry' | 'place'): string | undefined {
  for (const from of Object.keys(segments) as Lang[]) {
    const root = join(from, [view === 'entry' ? segments[from].entry : segments[from].places]);
    const slug = path.startsWith(root) ? path.slice(root.length).replace(/\/$/, '') : '';
    if (slug !== '' && !slug.includes('/')) return pathFor({ view, slug }, lang);
  }
  return undefined;
}

/**
 * The page of the same entry in `lang` for the path of an entry page in any language (`/initiatief/x/` →
 * `/en/initiative/x/`): a search result, indexed from one language's pages, links to the reader's language.
 * Any other path comes back unchanged.
 */
export function entryPathIn(path: string, lang: Lang): string {
  return pathInLang(path, lang, 'entry') ?? path;
}

/** The same for a place page (`/plekken/x/` → `/en/places/x/`); any other path comes back unchanged. */
export function placePathIn(path: string, lang: Lang): string {
  return pathInLang(path, lang, 'place') ?? path;
}

/** A search result's page (an entry or a place) in the reader's language; any other path unchanged. */
export function resultPathIn(path: string, lang: Lang): string {
  return pathInLang(path, lang, 'entry') ?? pathInLang(path, lang, 'place') ?? path;
}

/** The root of the embed pages per language (`/embed/`, `/en/embed/`). */
export function embedRootPaths(): string[] {
  return (Object.keys(segments) as Lang[]).map((lang) => join(lang, [segments[lang].embed]));
}

/** The formats a collection is published in, besides its page. */
export const showcaseFeedFormats = ['rss', 'json', 'csv'] as const;
export type FeedFormat = (typeof showcaseFeedFormats)[number];

const feedFiles: Record<FeedFormat, string> = { rss: 'rss.xml', json: 'feed.json', csv: 'initiatieven.csv' };

/** A collection's feed or export, under its Dutch path (data has one address, whatever the interface language). */
export function showcaseFeedPath(slug: string, format: FeedFormat): string {
  return `${join('nl', [segments.nl.showcases, slug])}${feedFiles[format]}`;
}

/** The site-wide open data and machine-readable files, one address each. */
export const dataPaths = {
  json: '/initiatieven.json',
  csv: '/initiatieven.csv',
  geojson: '/initiatieven.geojson',
  placesGeojson: '/plekken.geojson',
  areasCsv: '/gebieden/cijfers.csv',
  rss: '/initiatieven.xml',
  schema: '/schema/initiative.json',
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
} as const;

/** The path (relative to the site root) of a static page, as Astro's `[...path]` param wants it. */
export function paramFor(route: Route, lang: Lang): string | undefined {
  const path = pathFor(route, lang).replace(/^\/|\/$/g, '');
  return path === '' ? undefined : path;
}
