/**
 * Filtering and counting on the list page, from the index of lib/core/list-format.ts: the same rules as
 * `filterItems` and `countFacets` in lib/core/facets.ts (OR within a facet, AND across facets; each facet counted
 * under the selection of the others), on bitsets of entry positions instead of records.
 */
import { facetKeys, type FacetCounts, type FacetKey, type Selection } from '../../lib/core/facets.ts';
import { decodePositions, type ListIndex } from '../../lib/core/list-format.ts';
import { and, fromPositions, fullSet, or, sizeOfBoth, type Bitset } from './bitset.ts';

export interface FacetIndex {
  version: string;
  /** How many entries there are (positions 0 … count − 1, newest first). */
  count: number;
  chunkSize: number;
  /** Per facet, per used value: its entries. */
  values: Record<FacetKey, ReadonlyMap<string, Bitset>>;
}

/** The index as served, made ready to filter with. */
export function decodeIndex(index: ListIndex): FacetIndex {
  const values = {} as Record<FacetKey, Map<string, Bitset>>;
  for (const key of facetKeys) {
    const byValue = Object.entries(index.facets[key]);
    values[key] = new Map(
      byValue.map(([value, deltas]) => [value, fromPositions(index.count, decodePositions(deltas))]),
    );
  }
  return { version: index.version, count: index.count, chunkSize: index.chunkSize, values };
}

/** The entries that have any of the selected values of one facet (none: a value no entry has). */
function anyOf(index: FacetIndex, key: FacetKey, wanted: readonly string[]): Bitset {
  let set = new Uint32Array(Math.ceil(index.count / 32));
  for (const value of wanted) {
    const entries = index.values[key].get(value);
    if (entries) set = or(set, entries);
  }
  return set;
}

/** The entries that match a selection, leaving out the facet `except` (for its counts). */
export function matchSet(index: FacetIndex, selection: Selection, except?: FacetKey): Bitset {
  let set = fullSet(index.count);
  for (const key of facetKeys) {
    const wanted = selection[key];
    if (key === except || !wanted || wanted.length === 0) continue;
    set = and(set, anyOf(index, key, wanted));
  }
  return set;
}

/**
 * For every facet value, how many entries would match if the reader added it: each facet counted under the
 * selection of all other facets. Values that no entry then has are left out (read them as 0), as in
 * `countFacets`.
 */
export function countValues(index: FacetIndex, selection: Selection): FacetCounts {
  const counts = Object.fromEntries(facetKeys.map((key) => [key, new Map<string, number>()])) as FacetCounts;
  for (const key of facetKeys) {
    const others = matchSet(index, selection, key);
    for (const [value, entries] of index.values[key]) {
      const count = sizeOfBoth(entries, others);
      if (count > 0) counts[key].set(value, count);
    }
  }
  return counts;
}
