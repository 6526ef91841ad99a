/**
 * The facets readers browse by, derived from the taxonomy: which vocabulary
 * backs each facet, how its values are read off an entry, and its URL segment.
 * Pure and small enough to ship to the browser for client-side filtering.
 */
import type { Lang, VocabularyName } from '../../taxonomy/index.ts';

export const facetKeys = ['kind', 'strategy', 'actor', 'place', 'target', 'theme', 'municipality'] as const;
export type FacetKey = (typeof facetKeys)[number];

/** Facet values per facet, as ids (municipalities as slugs of their names). */
export type FacetValues = Record<FacetKey, readonly string[]>;

/** A selection: for each facet, the values the reader ticked (OR within a facet, AND across facets). */
export type Selection = Partial<Record<FacetKey, readonly string[]>>;

export interface FacetDefinition {
  key: FacetKey;
  /** The vocabulary that backs it; municipalities come from the content itself. */
  vocabulary: VocabularyName | null;
  /** URL segment of its facet pages, per language. */
  segment: Record<Lang, string>;
}

export const facets: readonly FacetDefinition[] = [
  { key: 'kind', vocabulary: 'entryKind', segment: { nl: 'soort', en: 'kind' } },
  { key: 'strategy', vocabulary: 'strategy', segment: { nl: 'strategie', en: 'strategy' } },
  { key: 'actor', vocabulary: 'actorType', segment: { nl: 'actor', en: 'actor' } },
  { key: 'place', vocabulary: 'placeType', segment: { nl: 'plek', en: 'place' } },
  { key: 'target', vocabulary: 'targetGroup', segment: { nl: 'doelgroep', en: 'target-group' } },
  { key: 'theme', vocabulary: 'theme', segment: { nl: 'thema', en: 'theme' } },
  { key: 'municipality', vocabulary: null, segment: { nl: 'gemeente', en: 'municipality' } },
];

export function isFacetKey(value: string): value is FacetKey {
  return (facetKeys as readonly string[]).includes(value);
}

/**
 * Does an item with these values match the selection? OR within a key, AND across keys. `keys` are the filter
 * keys to read: the browse facets by default; the map adds its own (type, place status).
 */
export function matches<K extends string = FacetKey>(
  values: Readonly<Record<K, readonly string[]>>,
  selection: Partial<Record<K, readonly string[]>>,
  except?: K,
  keys: readonly K[] = facetKeys as readonly string[] as readonly K[],
): boolean {
  for (const key of keys) {
    if (key === except) continue;
    const wanted = selection[key];
    if (!wanted || wanted.length === 0) continue;
    if (!wanted.some((value) => values[key].includes(value))) return false;
  }
  return true;
}

/** The items that match a selection, in their given order. */
export function filterItems<T extends { facets: Readonly<Record<K, readonly string[]>> }, K extends string = FacetKey>(
  items: readonly T[],
  selection: Partial<Record<K, readonly string[]>>,
  keys: readonly K[] = facetKeys as readonly string[] as readonly K[],
): T[] {
  return items.filter((item) => matches(item.facets, selection, undefined, keys));
}

export type FacetCounts<K extends string = FacetKey> = Record<K, Map<string, number>>;

/**
 * For every facet value, how many items would match if the reader added it:
 * each facet is counted under the selection of all *other* facets, the usual
 * faceted-search rule, so ticking a value never makes its siblings drop to 0.
 */
export function countFacets<K extends string = FacetKey>(
  items: readonly { facets: Readonly<Record<K, readonly string[]>> }[],
  selection: Partial<Record<K, readonly string[]>> = {},
  keys: readonly K[] = facetKeys as readonly string[] as readonly K[],
): FacetCounts<K> {
  const counts = Object.fromEntries(keys.map((key) => [key, new Map<string, number>()])) as FacetCounts<K>;
  for (const item of items) {
    for (const key of keys) {
      if (!matches(item.facets, selection, key, keys)) continue;
      const map = counts[key];
      for (const value of item.facets[key]) map.set(value, (map.get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Read a selection from URL search params (`?strategy=bonding&strategy=both&theme=health`), ignoring unknown
 * keys. `keys` are the filter keys the page knows (the browse facets by default; search adds status).
 */
export function selectionFromParams<K extends string = FacetKey>(
  params: URLSearchParams,
  keys: readonly K[] = facetKeys as readonly string[] as readonly K[],
): Partial<Record<K, readonly string[]>> {
  const selection: Partial<Record<K, readonly string[]>> = {};
  for (const key of keys) {
    const values = [...new Set(params.getAll(key).filter((value) => value.length > 0))];
    if (values.length > 0) selection[key] = values;
  }
  return selection;
}

/** Write a selection to URL search params, in key order, so equal selections give equal URLs. */
export function selectionToParams<K extends string = FacetKey>(
  selection: Partial<Record<K, readonly string[]>>,
  keys: readonly K[] = facetKeys as readonly string[] as readonly K[],
): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of keys) for (const value of selection[key] ?? []) params.append(key, value);
  return params;
}
