/**
 * Facet filtering and counting on a hand-made set of seven items. The facet
 * values are written out (an entry with strategy `both` already expanded to
 * bonding, bridging and both, as the catalog does), so every expected result
 * below can be checked against the table by eye.
 */
import { describe, expect, test } from 'vitest';
import {
  countFacets,
  facetKeys,
  facets,
  filterItems,
  isFacetKey,
  matches,
  selectionFromParams,
  selectionToParams,
  type FacetCounts,
  type FacetKey,
  type FacetValues,
  type Selection,
} from '../../src/lib/core/facets.ts';
import { vocabularies } from '../../src/taxonomy/index.ts';

interface Item {
  id: string;
  facets: FacetValues;
}

function item(id: string, values: Partial<FacetValues>): Item {
  return {
    id,
    facets: { kind: [], strategy: [], actor: [], place: [], target: [], theme: [], municipality: [], ...values },
  };
}

const BOTH = ['bonding', 'bridging', 'both'];

//   id  strategy   actor                            theme                 municipality
//   A   bonding    residents                        loneliness, health    nijmegen
//   B   bridging   library                          inclusion             arnhem
//   C   both       volunteers, welfare-organisation health                nijmegen
//   D   bonding    faith-community                  inclusion, loneliness —
//   E   bridging   business                         health, loneliness    heumen
//   F   bonding    residents                        safety                arnhem
//   G   both       library                          education, health     arnhem
const items: Item[] = [
  item('A', {
    strategy: ['bonding'],
    actor: ['residents'],
    place: ['community-centre'],
    target: ['older-people'],
    theme: ['loneliness', 'health'],
    municipality: ['nijmegen'],
  }),
  item('B', {
    strategy: ['bridging'],
    actor: ['library'],
    place: ['library'],
    target: ['everyone'],
    theme: ['inclusion'],
    municipality: ['arnhem'],
  }),
  item('C', {
    strategy: BOTH,
    actor: ['volunteers', 'welfare-organisation'],
    place: ['community-centre', 'park'],
    target: ['everyone', 'older-people'],
    theme: ['health'],
    municipality: ['nijmegen'],
  }),
  item('D', {
    strategy: ['bonding'],
    actor: ['faith-community'],
    place: ['place-of-worship'],
    target: ['newcomers'],
    theme: ['inclusion', 'loneliness'],
  }),
  item('E', {
    strategy: ['bridging'],
    actor: ['business'],
    place: ['cafe'],
    target: ['everyone'],
    theme: ['health', 'loneliness'],
    municipality: ['heumen'],
  }),
  item('F', {
    strategy: ['bonding'],
    actor: ['residents'],
    place: ['street'],
    target: ['older-people'],
    theme: ['safety'],
    municipality: ['arnhem'],
  }),
  item('G', {
    strategy: BOTH,
    actor: ['library'],
    place: ['library'],
    target: ['young-people'],
    theme: ['education', 'health'],
    municipality: ['arnhem'],
  }),
];

const ids = (selection: Selection): string[] => filterItems(items, selection).map((found) => found.id);

/** A facet's counts as a plain object, for exact comparison. */
const plain = (counts: FacetCounts, key: FacetKey): Record<string, number> => Object.fromEntries(counts[key]);

describe('facet definitions', () => {
  test('every facet key has one definition, in the same order', () => {
    expect(facets.map((facet) => facet.key)).toEqual([...facetKeys]);
  });

  test('every facet but municipality is backed by a vocabulary of the taxonomy', () => {
    for (const facet of facets) {
      if (facet.key === 'municipality') expect(facet.vocabulary).toBeNull();
      else expect(facet.vocabulary !== null && facet.vocabulary in vocabularies).toBe(true);
    }
  });

  test('URL segments are unique per language', () => {
    for (const lang of ['nl', 'en'] as const) {
      const segments = facets.map((facet) => facet.segment[lang]);
      expect(new Set(segments).size).toBe(segments.length);
    }
  });

  test('isFacetKey accepts the keys and nothing else', () => {
    expect(facetKeys.every((key) => isFacetKey(key))).toBe(true);
    expect(isFacetKey('themes')).toBe(false);
    expect(isFacetKey('page')).toBe(false);
    expect(isFacetKey('')).toBe(false);
  });
});

describe('matches and filterItems', () => {
  test('an empty selection matches every item, in the given order', () => {
    expect(ids({})).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
  });

  test('a facet with an empty list of values does not filter', () => {
    expect(ids({ theme: [], municipality: [] })).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
  });

  test('one value selects the items that have it', () => {
    expect(ids({ theme: ['inclusion'] })).toEqual(['B', 'D']);
    expect(ids({ municipality: ['arnhem'] })).toEqual(['B', 'F', 'G']);
  });

  test('values within one facet are OR-ed', () => {
    expect(ids({ theme: ['safety', 'education'] })).toEqual(['F', 'G']);
    expect(ids({ municipality: ['nijmegen', 'heumen'] })).toEqual(['A', 'C', 'E']);
  });

  test('facets are AND-ed', () => {
    expect(ids({ strategy: ['bridging'], municipality: ['arnhem'] })).toEqual(['B', 'G']);
    expect(ids({ strategy: ['bonding'], theme: ['health'] })).toEqual(['A', 'C', 'G']);
  });

  test('OR within a facet and AND across facets combine', () => {
    expect(ids({ strategy: ['bonding'], theme: ['inclusion', 'safety'] })).toEqual(['D', 'F']);
    expect(ids({ actor: ['residents', 'library'], municipality: ['arnhem'], theme: ['health', 'safety'] })).toEqual([
      'F',
      'G',
    ]);
  });

  test('strategy "both" selects only the entries that do both', () => {
    expect(ids({ strategy: ['both'] })).toEqual(['C', 'G']);
  });

  test('an unknown value matches nothing, also next to a known facet', () => {
    expect(ids({ theme: ['no-such-theme'] })).toEqual([]);
    expect(ids({ strategy: ['bonding'], municipality: ['amsterdam'] })).toEqual([]);
  });

  test('an unknown value next to a known one in the same facet is just one more alternative', () => {
    expect(ids({ theme: ['no-such-theme', 'safety'] })).toEqual(['F']);
  });

  test('an item without a municipality never matches a municipality selection', () => {
    const withoutPlace = items.find((candidate) => candidate.id === 'D');
    expect(withoutPlace).toBeDefined();
    if (!withoutPlace) return;
    expect(matches(withoutPlace.facets, {})).toBe(true);
    expect(matches(withoutPlace.facets, { municipality: ['nijmegen', 'arnhem', 'heumen'] })).toBe(false);
  });

  test('the except argument leaves one facet out of the test', () => {
    const a = items[0];
    expect(a?.id).toBe('A');
    if (!a) return;
    const selection: Selection = { strategy: ['bridging'], theme: ['health'] };
    expect(matches(a.facets, selection)).toBe(false);
    expect(matches(a.facets, selection, 'strategy')).toBe(true);
    expect(matches(a.facets, selection, 'theme')).toBe(false);
  });
});

describe('countFacets', () => {
  test('without a selection it counts every value over all items', () => {
    const counts = countFacets(items);
    expect(plain(counts, 'strategy')).toEqual({ bonding: 5, bridging: 4, both: 2 });
    expect(plain(counts, 'theme')).toEqual({ loneliness: 3, health: 4, inclusion: 2, safety: 1, education: 1 });
    expect(plain(counts, 'municipality')).toEqual({ nijmegen: 2, arnhem: 3, heumen: 1 });
  });

  // Selection: strategy = bonding, theme = health.
  //
  // strategy is counted under theme = health only:   A, C, E, G
  //   bonding  A C G = 3   bridging C E G = 3   both C G = 2
  // theme is counted under strategy = bonding only:  A, C, D, F, G
  //   loneliness A D = 2   health A C G = 3   inclusion D = 1   safety F = 1   education G = 1
  // every other facet is counted under both:        A, C, G
  //   municipality nijmegen A C = 2   arnhem G = 1   (heumen: E only, not counted)
  //   actor residents A, volunteers C, welfare-organisation C, library G: 1 each
  const counts = countFacets(items, { strategy: ['bonding'], theme: ['health'] });

  test('a facet is counted under the selection of the other facets, not its own', () => {
    expect(plain(counts, 'strategy')).toEqual({ bonding: 3, bridging: 3, both: 2 });
  });

  test('the theme counts ignore the theme selection but apply the strategy selection', () => {
    expect(plain(counts, 'theme')).toEqual({ loneliness: 2, health: 3, inclusion: 1, safety: 1, education: 1 });
  });

  test('facets without a selection are counted under the whole selection', () => {
    expect(plain(counts, 'municipality')).toEqual({ nijmegen: 2, arnhem: 1 });
    expect(plain(counts, 'actor')).toEqual({ residents: 1, volunteers: 1, 'welfare-organisation': 1, library: 1 });
    expect(plain(counts, 'target')).toEqual({ 'older-people': 2, everyone: 1, 'young-people': 1 });
  });

  test('values that no item under the selection has are absent, not 0', () => {
    expect(counts.municipality.has('heumen')).toBe(false);
    expect(counts.actor.has('business')).toBe(false);
  });

  test('the count of a selected value equals the number of matching items', () => {
    expect(counts.strategy.get('bonding')).toBe(ids({ strategy: ['bonding'], theme: ['health'] }).length);
    expect(counts.theme.get('health')).toBe(3);
  });

  test('an unknown value in one facet empties the counts of every other facet', () => {
    const none = countFacets(items, { municipality: ['amsterdam'] });
    expect(plain(none, 'strategy')).toEqual({});
    expect(plain(none, 'theme')).toEqual({});
    // …but municipality itself is counted without its own selection.
    expect(plain(none, 'municipality')).toEqual({ nijmegen: 2, arnhem: 3, heumen: 1 });
  });

  test('every facet key has a map, also for an empty list of items', () => {
    const empty = countFacets([]);
    expect(Object.keys(empty).sort()).toEqual([...facetKeys].sort());
    for (const key of facetKeys) expect(empty[key].size).toBe(0);
  });
});

describe('selection ↔ URL search params', () => {
  test('reads repeated keys as a list, in the given order', () => {
    const params = new URLSearchParams('strategy=both&strategy=bonding&theme=health');
    expect(selectionFromParams(params)).toEqual({ strategy: ['both', 'bonding'], theme: ['health'] });
  });

  test('ignores unknown keys, drops empty values and duplicates', () => {
    const params = new URLSearchParams(
      'page=2&theme=health&foo=bar&theme=&theme=health&place=&municipality=arnhem&Theme=safety',
    );
    expect(selectionFromParams(params)).toEqual({ theme: ['health'], municipality: ['arnhem'] });
  });

  test('no params give an empty selection', () => {
    expect(selectionFromParams(new URLSearchParams(''))).toEqual({});
    expect(selectionFromParams(new URLSearchParams('q=repair&page=3'))).toEqual({});
  });

  test('writes facets in facet order, whatever the order of the selection', () => {
    const a = selectionToParams({ municipality: ['arnhem'], theme: ['health'], strategy: ['bonding'] });
    const b = selectionToParams({ strategy: ['bonding'], municipality: ['arnhem'], theme: ['health'] });
    expect(a.toString()).toBe('strategy=bonding&theme=health&municipality=arnhem');
    expect(b.toString()).toBe(a.toString());
  });

  test('URLs with the same facets in another order give the same canonical URL', () => {
    const canonical = (query: string) => selectionToParams(selectionFromParams(new URLSearchParams(query))).toString();
    const expected = 'strategy=bonding&actor=library&theme=health';
    expect(canonical('theme=health&actor=library&strategy=bonding')).toBe(expected);
    expect(canonical('actor=library&utm_source=x&strategy=bonding&theme=health&theme=health')).toBe(expected);
  });

  test('an empty selection writes no params', () => {
    expect(selectionToParams({}).toString()).toBe('');
    expect(selectionToParams({ theme: [] }).toString()).toBe('');
  });

  test('a selection survives the round trip', () => {
    const selection: Selection = {
      strategy: ['bonding', 'both'],
      target: ['older-people'],
      municipality: ['s-hertogenbosch', 'sudwest-fryslan'],
    };
    expect(selectionFromParams(selectionToParams(selection))).toEqual(selection);
  });
});
