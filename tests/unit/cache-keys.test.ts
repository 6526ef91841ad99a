/**
 * Cache keys of the incremental build: a page's key changes when anything it shows changes, and stays when
 * nothing it shows changed (else a rebuild would copy a stale page, or render everything again).
 */
import { describe, expect, test } from 'vitest';
import { cacheKeys, type ContentDigests } from '../../src/lib/build/cache-keys.ts';
import { buildCatalog, relatedEntries } from '../../src/lib/core/catalog.ts';
import { listAreas } from '../../src/lib/present/areas.ts';
import { buildPlaceIndex } from '../../src/lib/present/places.ts';
import { placeSchema } from '../../src/schema/place.ts';
import { makeItem } from './make-initiative.ts';

const catalog = buildCatalog([
  makeItem('a', { placeTypes: ['library'], themes: ['health'], places: ['bieb'], published: '2025-03-01' }),
  makeItem('b', { placeTypes: ['library'], themes: ['health'], published: '2025-02-01' }),
  makeItem('c', {
    actors: [{ type: 'volunteers' }],
    targetGroups: ['young-people'],
    placeTypes: ['park'],
    themes: ['safety'],
    published: '2025-01-01',
  }),
]);
const base: ContentDigests = {
  initiatives: new Map([
    ['a', 'a1'],
    ['b', 'b1'],
    ['c', 'c1'],
  ]),
  places: new Map([['bieb', 'p1']]),
  collections: new Map([['k', 'k1']]),
  site: '{"title":"x"}',
};
const with_ = (change: Partial<ContentDigests>) => cacheKeys(catalog, { ...base, ...change }, 1);
const keys = cacheKeys(catalog, base, 1);
const entry = (slug: string) => ({ view: 'entry', slug }) as const;
const facet = (value: string, page = 1) => ({ view: 'facet', facet: 'place', value, page }) as const;

describe('cache keys', () => {
  test('the same content gives the same keys', () => {
    expect(cacheKeys(catalog, base, 1)(entry('a'))).toBe(keys(entry('a')));
    expect(cacheKeys(catalog, base, 1)({ view: 'home' })).toBe(keys({ view: 'home' }));
  });

  test('an entry page changes with the entry, its related entries and its places, not with unrelated entries', () => {
    expect(relatedEntries(catalog, 'a').map((e) => e.slug)).toEqual(['b']);
    const changed = (slug: string) => with_({ initiatives: new Map([...base.initiatives, [slug, `${slug}2`]]) });
    expect(changed('a')(entry('a'))).not.toBe(keys(entry('a')));
    expect(changed('b')(entry('a'))).not.toBe(keys(entry('a')));
    expect(changed('c')(entry('a'))).toBe(keys(entry('a')));
    expect(with_({ places: new Map([['bieb', 'p2']]) })(entry('a'))).not.toBe(keys(entry('a')));
    expect(with_({ places: new Map([['bieb', 'p2']]) })(entry('c'))).toBe(keys(entry('c')));
  });

  test('a facet page changes with the entries on it and the size of the facet, not with other pages', () => {
    const changedB = with_({ initiatives: new Map([...base.initiatives, ['b', 'b2']]) });
    // Page size 1: "library" has a on page 1 and b on page 2.
    expect(changedB(facet('library', 1))).toBe(keys(facet('library', 1)));
    expect(changedB(facet('library', 2))).not.toBe(keys(facet('library', 2)));
    expect(changedB(facet('park'))).toBe(keys(facet('park')));
  });

  test('every other page changes with any content, a collection included', () => {
    for (const route of [{ view: 'home' }, { view: 'areas' }, { view: 'map' }] as const) {
      expect(with_({ initiatives: new Map([...base.initiatives, ['c', 'c2']]) })(route)).not.toBe(keys(route));
      expect(with_({ collections: new Map([['k', 'k2']]) })(route)).not.toBe(keys(route));
    }
  });

  test('a different site config (e.g. the base URL from the environment) changes every key', () => {
    const other = with_({ site: '{"title":"y"}' });
    for (const route of [
      entry('c'),
      facet('park'),
      { view: 'home' },
      { view: 'alias', alias: 'old', slug: 'c' },
    ] as const) {
      expect(other(route)).not.toBe(keys(route));
    }
  });

  test('a page of the main list changes with the entries on it and the facet panel, not with other pages', () => {
    const list = (page: number) => ({ view: 'list', page }) as const;
    // Page size 1, newest first: a on page 1, b on page 2, c on page 3.
    const changedB = with_({ initiatives: new Map([...base.initiatives, ['b', 'b2']]) });
    expect(changedB(list(2))).not.toBe(keys(list(2)));
    expect(changedB(list(1))).toBe(keys(list(1)));
    expect(with_({ collections: new Map([['k', 'k2']]) })(list(1))).toBe(keys(list(1)));
    // Another facet value for c changes the panel's counts on every page of the list.
    const retagged = buildCatalog([
      makeItem('a', { placeTypes: ['library'], themes: ['health'], places: ['bieb'], published: '2025-03-01' }),
      makeItem('b', { placeTypes: ['library'], themes: ['health'], published: '2025-02-01' }),
      makeItem('c', { placeTypes: ['library'], themes: ['safety'], published: '2025-01-01' }),
    ]);
    expect(cacheKeys(retagged, base, 1)(list(1))).not.toBe(keys(list(1)));
  });
});

describe('cache keys of area and place pages', () => {
  const items = [
    makeItem('a', { municipality: 'Nijmegen', neighbourhood: 'Lent', places: ['bieb'], published: '2025-03-01' }),
    makeItem('b', { municipality: 'Nijmegen', published: '2025-02-01' }),
    makeItem('c', { municipality: 'Arnhem', published: '2025-01-01' }),
  ];
  const areaCatalog = buildCatalog(items);
  const placeIndex = buildPlaceIndex(
    [
      {
        slug: 'bieb',
        data: placeSchema.parse({
          title: 'Bibliotheek',
          summary: 'Een plek in de buurt.',
          kind: 'library',
          status: 'active',
          targetGroups: ['everyone'],
          contactIntensity: 'recurring',
          municipality: 'Nijmegen',
          neighbourhood: 'Lent',
          sources: [{ title: 'Een bron' }],
          published: '2025-01-01',
        }),
      },
    ],
    areaCatalog,
  );
  const scope = { areas: listAreas(areaCatalog, placeIndex), places: placeIndex };
  const keysOf = (change: Partial<ContentDigests> = {}) => cacheKeys(areaCatalog, { ...base, ...change }, 10, scope);
  const changed = (slug: string) => keysOf({ initiatives: new Map([...base.initiatives, [slug, `${slug}2`]]) });
  const nijmegen = { view: 'area', municipality: 'nijmegen' } as const;
  const lent = { view: 'area', municipality: 'nijmegen', neighbourhood: 'lent' } as const;
  const arnhem = { view: 'area', municipality: 'arnhem' } as const;
  const bieb = { view: 'place', slug: 'bieb' } as const;

  test('an area changes with what lies in it, not with another area or a showcase', () => {
    expect(changed('b')(nijmegen)).not.toBe(keysOf()(nijmegen));
    expect(changed('b')(lent)).toBe(keysOf()(lent));
    expect(changed('a')(lent)).not.toBe(keysOf()(lent));
    expect(changed('c')(nijmegen)).toBe(keysOf()(nijmegen));
    expect(changed('c')(arnhem)).not.toBe(keysOf()(arnhem));
    expect(keysOf({ places: new Map([['bieb', 'p2']]) })(lent)).not.toBe(keysOf()(lent));
    expect(keysOf({ collections: new Map([['k', 'k2']]) })(nijmegen)).toBe(keysOf()(nijmegen));
  });

  test('a place changes with itself and the initiatives that point at it, not with others', () => {
    expect(keysOf({ places: new Map([['bieb', 'p2']]) })(bieb)).not.toBe(keysOf()(bieb));
    expect(changed('a')(bieb)).not.toBe(keysOf()(bieb));
    expect(changed('b')(bieb)).toBe(keysOf()(bieb));
  });

  test('without a scope, or for an area the scope does not know, a page takes the key of all content', () => {
    const unscoped = cacheKeys(areaCatalog, base, 10);
    const changedUnscoped = cacheKeys(areaCatalog, { ...base, collections: new Map([['k', 'k2']]) }, 10);
    expect(changedUnscoped(nijmegen)).not.toBe(unscoped(nijmegen));
    expect(changedUnscoped(bieb)).not.toBe(unscoped(bieb));
    const utrecht = { view: 'area', municipality: 'utrecht' } as const;
    expect(keysOf({ collections: new Map([['k', 'k2']]) })(utrecht)).not.toBe(keysOf()(utrecht));
  });
});
