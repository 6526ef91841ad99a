/**
 * Every URL of the site, in both languages, from one table of path segments.
 * Pages ask `pathFor(route, lang)`; the language switch asks for the same
 * route in the other language; `allRoutes()` lists every static page.
 */
import type { Lang } from '../taxonomy/index.ts';
import { facets, type FacetKey } from './facets.ts';

export type Route =
  | { view: 'home' }
  | { view: 'list'; page: number }
  | { view: 'facet'; facet: FacetKey; value: string; page: number }
  | { view: 'entry'; slug: string }
  | { view: 'about' }
  | { view: 'search' }
  | { view: 'contribute' };

const segments = {
  nl: {
    prefix: '',
    list: 'initiatieven',
    entry: 'initiatief',
    page: 'pagina',
    about: 'over',
    search: 'zoeken',
    contribute: 'meedoen',
  },
  en: {
    prefix: 'en',
    list: 'initiatives',
    entry: 'initiative',
    page: 'page',
    about: 'about',
    search: 'search',
    contribute: 'contribute',
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
    case 'search':
      return join(lang, [s.search]);
    case 'contribute':
      return join(lang, [s.contribute]);
  }
}

/** The path (relative to the site root) of a static page, as Astro's `[...path]` param wants it. */
export function paramFor(route: Route, lang: Lang): string | undefined {
  const path = pathFor(route, lang).replace(/^\/|\/$/g, '');
  return path === '' ? undefined : path;
}
