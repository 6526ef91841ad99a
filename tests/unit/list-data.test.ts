/**
 * The list page's filter data: what the build writes (src/lib/build/list-data.ts) and how the page's script filters
 * and counts with it (src/client/list/facet-index.ts). The script must give exactly what lib/core/facets.ts gives
 * over the full records of /data/browse.json, for every selection tried.
 */
import { describe, expect, test } from 'vitest';
import { positionsOf, size } from '../../src/client/list/bitset.ts';
import { countValues, decodeIndex, matchSet } from '../../src/client/list/facet-index.ts';
import { browseIndex } from '../../src/lib/present/browse-index.ts';
import { buildCatalog } from '../../src/lib/core/catalog.ts';
import { countFacets, facetKeys, filterItems, type Selection } from '../../src/lib/core/facets.ts';
import { listData } from '../../src/lib/build/list-data.ts';
import { decodePositions, encodePositions, recordsPath, type ListIndex } from '../../src/lib/core/list-format.ts';
import { makeItem } from './make-initiative.ts';

const actors = ['residents', 'volunteers', 'library', 'business'] as const;
const themes = ['loneliness', 'health', 'safety', 'education'] as const;
const municipalities = ['Nijmegen', 'Utrecht', 'Zwolle'] as const;
const strategies = ['bonding', 'bridging', 'both'] as const;

/** 45 entries whose values vary with their number, so every kind of overlap occurs. */
const catalog = buildCatalog(
  Array.from({ length: 45 }, (_, i) =>
    makeItem(`entry-${String(i).padStart(2, '0')}`, {
      title: `Initiatief ${String(i)}`,
      published: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
      strategy: strategies[i % 3],
      actors: [{ type: actors[i % 4] ?? 'residents' }, ...(i % 5 === 0 ? [{ type: 'library' as const }] : [])],
      themes: i % 7 === 0 ? ['health', 'education'] : [themes[i % 4] ?? 'loneliness'],
      ...(i % 6 === 0 ? {} : { municipality: municipalities[i % 3], neighbourhood: i % 2 ? 'Oost' : undefined }),
    }),
  ),
);
const records = browseIndex(catalog);
const { index, chunks } = listData(catalog, 8);
// As the page gets it: through JSON.
const facetIndex = decodeIndex(JSON.parse(JSON.stringify(index)) as ListIndex);

/** Every single value, pairs within a facet and across facets, and a value no entry has. */
function selections(): Selection[] {
  const values = facetKeys.flatMap((key) => [...catalog.byFacet[key].keys()].map((value) => ({ key, value })));
  const singles = values.map(({ key, value }): Selection => ({ [key]: [value] }));
  const pairs = values.flatMap((a, i) =>
    values
      .slice(i + 1, i + 12)
      .map((b): Selection =>
        a.key === b.key ? { [a.key]: [a.value, b.value] } : { [a.key]: [a.value], [b.key]: [b.value] },
      ),
  );
  return [{}, ...singles, ...pairs, { theme: ['not-a-theme'] }, { theme: ['health', 'not-a-theme'] }];
}

describe('the index the build writes', () => {
  test('positions survive delta encoding', () => {
    const positions = [0, 3, 4, 17, 300];
    expect(encodePositions(positions)).toEqual([0, 3, 1, 13, 283]);
    expect(decodePositions(encodePositions(positions))).toEqual(positions);
    expect(decodePositions([])).toEqual([]);
  });

  test('lists every used value of every facet with its entries, in catalog order', () => {
    expect(index.count).toBe(45);
    for (const key of facetKeys) {
      expect(Object.keys(index.facets[key]).sort(), key).toEqual([...catalog.byFacet[key].keys()].sort());
      for (const [value, entries] of catalog.byFacet[key]) {
        const positions = entries.map((entry) => catalog.entries.indexOf(entry));
        expect(decodePositions(index.facets[key][value] ?? []), `${key}=${value}`).toEqual(positions);
      }
    }
  });

  test('record files hold the cards in catalog order, chunkSize to a file', () => {
    expect(index.chunkSize).toBe(8);
    expect(chunks.map((chunk) => chunk.length)).toEqual([8, 8, 8, 8, 8, 5]);
    expect(chunks.flat()).toEqual(
      records.map(({ slug, lang, title, summary, strategy, place }) => ({
        slug,
        lang,
        title,
        summary,
        strategy,
        place,
      })),
    );
    expect(recordsPath(index.version, 2)).toBe(`/data/list/${index.version}/2.json`);
  });

  test('the version changes with the records, not with facet values alone', () => {
    const [first, ...rest] = catalog.entries;
    if (!first) throw new Error('no entries');
    const retitled = buildCatalog([
      { slug: first.slug, data: { ...first.data, title: 'Een andere titel' } },
      ...rest.map(({ slug, data }) => ({ slug, data })),
    ]);
    const rethemed = buildCatalog([
      { slug: first.slug, data: { ...first.data, themes: ['safety'] } },
      ...rest.map(({ slug, data }) => ({ slug, data })),
    ]);
    expect(index.version).toMatch(/^[0-9a-f]{12}$/);
    expect(listData(retitled, 8).index.version).not.toBe(index.version);
    expect(listData(rethemed, 8).index.version).toBe(index.version);
    expect(listData(catalog, 4).index.version, 'another chunk size').not.toBe(index.version);
  });
});

describe('filtering and counting in the page, as lib/core/facets.ts does over the records', () => {
  test.each(selections().map((selection) => [JSON.stringify(selection), selection] as const))('%s', (_, selection) => {
    const expected = filterItems(records, selection).map((record) => record.slug);
    const matched = matchSet(facetIndex, selection);
    expect(size(matched)).toBe(expected.length);
    expect(positionsOf(matched, 0, Infinity).map((position) => records[position]?.slug)).toEqual(expected);
    expect(countValues(facetIndex, selection)).toEqual(countFacets(records, selection));
  });

  test('an empty catalog has no matches and no counts', () => {
    const empty = decodeIndex(listData(buildCatalog([])).index);
    expect(size(matchSet(empty, {}))).toBe(0);
    expect(countValues(empty, {})).toEqual(countFacets([], {}));
  });
});
