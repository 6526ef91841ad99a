/**
 * Every kind of route in both languages, as exact strings: Dutch at the site
 * root, English under /en/.
 */
import { describe, expect, test } from 'vitest';
import { facetKeys, type FacetKey } from '../../src/lib/core/facets.ts';
import { entryPagesGlob, entryPathIn, paramFor, pathFor, type Route } from '../../src/lib/core/routes.ts';
import { matchesGlob } from 'node:path';
import type { Lang } from '../../src/taxonomy/index.ts';

const langs: readonly Lang[] = ['nl', 'en'];

const table: [string, Route, string, string][] = [
  ['home', { view: 'home' }, '/', '/en/'],
  ['about', { view: 'about' }, '/over/', '/en/about/'],
  ['list, page 1', { view: 'list', page: 1 }, '/initiatieven/', '/en/initiatives/'],
  ['list, page 2', { view: 'list', page: 2 }, '/initiatieven/pagina/2/', '/en/initiatives/page/2/'],
  ['list, page 12', { view: 'list', page: 12 }, '/initiatieven/pagina/12/', '/en/initiatives/page/12/'],
  [
    'entry',
    { view: 'entry', slug: 'repair-cafe-zuid' },
    '/initiatief/repair-cafe-zuid/',
    '/en/initiative/repair-cafe-zuid/',
  ],
  [
    'strategy facet',
    { view: 'facet', facet: 'strategy', value: 'bonding', page: 1 },
    '/initiatieven/strategie/bonding/',
    '/en/initiatives/strategy/bonding/',
  ],
  [
    'strategy facet, page 2',
    { view: 'facet', facet: 'strategy', value: 'bonding', page: 2 },
    '/initiatieven/strategie/bonding/pagina/2/',
    '/en/initiatives/strategy/bonding/page/2/',
  ],
  [
    'actor facet',
    { view: 'facet', facet: 'actor', value: 'residents', page: 1 },
    '/initiatieven/actor/residents/',
    '/en/initiatives/actor/residents/',
  ],
  [
    'place facet, page 3',
    { view: 'facet', facet: 'place', value: 'library', page: 3 },
    '/initiatieven/plek/library/pagina/3/',
    '/en/initiatives/place/library/page/3/',
  ],
  [
    'target-group facet',
    { view: 'facet', facet: 'target', value: 'older-people', page: 1 },
    '/initiatieven/doelgroep/older-people/',
    '/en/initiatives/target-group/older-people/',
  ],
  [
    'theme facet',
    { view: 'facet', facet: 'theme', value: 'health', page: 1 },
    '/initiatieven/thema/health/',
    '/en/initiatives/theme/health/',
  ],
  [
    'municipality facet',
    { view: 'facet', facet: 'municipality', value: 's-hertogenbosch', page: 1 },
    '/initiatieven/gemeente/s-hertogenbosch/',
    '/en/initiatives/municipality/s-hertogenbosch/',
  ],
];

describe('pathFor', () => {
  test.each(table)('%s', (_, route, nl, en) => {
    expect(pathFor(route, 'nl')).toBe(nl);
    expect(pathFor(route, 'en')).toBe(en);
  });

  test('page 1 has no page segment', () => {
    for (const lang of langs) {
      expect(pathFor({ view: 'list', page: 1 }, lang)).not.toMatch(/pagina|page/);
      expect(pathFor({ view: 'facet', facet: 'theme', value: 'health', page: 1 }, lang)).not.toMatch(/pagina|page/);
    }
  });

  test('an unknown facet is an error', () => {
    const route: Route = { view: 'facet', facet: 'colour' as FacetKey, value: 'red', page: 1 };
    expect(() => pathFor(route, 'nl')).toThrow('Unknown facet colour');
  });
});

describe('paramFor', () => {
  test('the Dutch home page has no param; the English one is "en"', () => {
    expect(paramFor({ view: 'home' }, 'nl')).toBeUndefined();
    expect(paramFor({ view: 'home' }, 'en')).toBe('en');
  });

  test.each(table.filter(([name]) => name !== 'home'))('%s: the path without its outer slashes', (_, route, nl, en) => {
    expect(paramFor(route, 'nl')).toBe(nl.slice(1, -1));
    expect(paramFor(route, 'en')).toBe(en.slice(1, -1));
  });

  test('examples', () => {
    expect(paramFor({ view: 'list', page: 2 }, 'nl')).toBe('initiatieven/pagina/2');
    expect(paramFor({ view: 'entry', slug: 'buurtmoestuin' }, 'en')).toBe('en/initiative/buurtmoestuin');
  });
});

describe('the entry pages the search index reads, and a result in the reader’s language', () => {
  test('the glob of one language matches its entry pages and nothing else', () => {
    const glob = entryPagesGlob('nl');
    expect(glob).toBe('initiatief/**/*.html');
    expect(matchesGlob('initiatief/buurtmoestuin/index.html', glob)).toBe(true);
    for (const other of ['en/initiative/buurtmoestuin/index.html', 'initiatieven/index.html', 'plekken/x/index.html']) {
      expect(matchesGlob(other, glob)).toBe(false);
    }
    expect(matchesGlob('en/initiative/buurtmoestuin/index.html', entryPagesGlob('en'))).toBe(true);
  });

  test.each([
    ['/initiatief/buurtmoestuin/', 'en', '/en/initiative/buurtmoestuin/'],
    ['/initiatief/buurtmoestuin/', 'nl', '/initiatief/buurtmoestuin/'],
    ['/en/initiative/buurtmoestuin/', 'nl', '/initiatief/buurtmoestuin/'],
    ['/en/initiative/buurtmoestuin/', 'en', '/en/initiative/buurtmoestuin/'],
  ] as const)('entry %s in %s is %s', (path, lang, expected) => {
    expect(entryPathIn(path, lang)).toBe(expected);
  });

  test('every entry path maps to the same route in the other language', () => {
    for (const slug of ['a', 'repair-cafe-2', 'lief-en-leed']) {
      for (const from of langs) {
        for (const to of langs) {
          expect(entryPathIn(pathFor({ view: 'entry', slug }, from), to)).toBe(pathFor({ view: 'entry', slug }, to));
        }
      }
    }
  });

  test('other paths come back unchanged', () => {
    for (const path of ['/', '/initiatieven/', '/initiatief/', '/initiatief/a/b/', '/plekken/x/', '/en/initiatives/']) {
      expect(entryPathIn(path, 'en')).toBe(path);
    }
  });
});

describe('a site’s worth of routes', () => {
  const slugs = ['repair-cafe-zuid', 'buurtmoestuin', 'en', 'over', 'pagina', 'initiatieven'];
  const values: Record<FacetKey, string[]> = {
    kind: ['form', 'example'],
    strategy: ['bonding', 'bridging', 'both'],
    actor: ['library', 'residents', 'school'],
    place: ['library', 'school', 'street'],
    target: ['everyone', 'older-people'],
    theme: ['health', 'work'],
    municipality: ['s-hertogenbosch', 'nijmegen', 'en', 'pagina', 'page'],
  };
  const routes: Route[] = [
    { view: 'home' },
    { view: 'about' },
    ...[1, 2, 3].map((page): Route => ({ view: 'list', page })),
    ...slugs.map((slug): Route => ({ view: 'entry', slug })),
    ...facetKeys.flatMap((facet) =>
      values[facet].flatMap((value) => [1, 2].map((page): Route => ({ view: 'facet', facet, value, page }))),
    ),
  ];
  const paths = langs.flatMap((lang) => routes.map((route) => pathFor(route, lang)));

  test('every path starts and ends with a slash and has no empty segment', () => {
    for (const path of paths) {
      expect(path).toMatch(/^\/(?:[a-z0-9-]+\/)*$/);
    }
  });

  test('English paths are under /en/, Dutch paths are not', () => {
    for (const route of routes) {
      expect(pathFor(route, 'en').startsWith('/en/')).toBe(true);
      expect(pathFor(route, 'nl').startsWith('/en/')).toBe(false);
    }
  });

  test('all paths are unique across both languages', () => {
    expect(paths).toHaveLength(routes.length * 2);
    expect(new Set(paths).size).toBe(paths.length);
  });

  test('all params are unique, and only the Dutch home page has none', () => {
    const params = langs.flatMap((lang) => routes.map((route) => paramFor(route, lang)));
    expect(params.filter((param) => param === undefined)).toHaveLength(1);
    expect(new Set(params).size).toBe(params.length);
  });
});

describe('search results in the reader’s language', () => {
  test('place pages map across languages like entry pages; resultPathIn takes either; other paths unchanged', async () => {
    const { placePathIn, resultPathIn, searchPagesGlob } = await import('../../src/lib/core/routes.ts');
    expect(placePathIn('/plekken/buurthuis/', 'en')).toBe('/en/places/buurthuis/');
    expect(placePathIn('/en/places/buurthuis/', 'nl')).toBe('/plekken/buurthuis/');
    expect(placePathIn('/plekken/', 'en')).toBe('/plekken/');
    expect(resultPathIn('/plekken/buurthuis/', 'en')).toBe('/en/places/buurthuis/');
    expect(resultPathIn('/initiatief/repair-cafe/', 'en')).toBe('/en/initiative/repair-cafe/');
    expect(resultPathIn('/over/', 'en')).toBe('/over/');
    expect(searchPagesGlob('nl')).toBe('{initiatief,plekken}/**/*.html');
  });
  test('the editors’ list has an address in both languages', () => {
    expect(pathFor({ view: 'toVerify' }, 'nl')).toBe('/redactie/te-controleren/');
    expect(pathFor({ view: 'toVerify' }, 'en')).toBe('/en/editors/to-verify/');
  });
});
