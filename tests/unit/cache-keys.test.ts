/**
 * Cache keys of the incremental build: a page's key changes when anything it shows changes, and stays when
 * nothing it shows changed (else a rebuild would copy a stale page, or render everything again).
 */
import { describe, expect, test } from 'vitest';
import { cacheKeys, type ContentDigests } from '../../src/lib/build/cache-keys.ts';
import { buildCatalog, relatedEntries } from '../../src/lib/core/catalog.ts';
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
    for (const route of [{ view: 'home' }, { view: 'list', page: 1 }, { view: 'areas' }, { view: 'map' }] as const) {
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
});
