/**
 * Full-text search with Pagefind: which filters an entry page carries, and how
 * a reader's selection becomes a Pagefind query (OR within a filter, AND
 * across filters). Pure: used by the entry page at build time and by the
 * search page's script in the browser.
 */
import type { CatalogEntry } from './catalog.ts';
import { facetKeys, facets, selectionFromParams, selectionToParams, type FacetKey } from './facets.ts';
import type { VocabularyName } from '../taxonomy/index.ts';

/**
 * From this many entries on, the search page runs Pagefind in its Web Worker. Below it, without: the worker is
 * one more download (12 kB) and the work it would take off the page is small. Above it, reading the index's
 * metadata and the filter data on the page's main thread blocks it: at 10,000 entries 490 ms of Lighthouse's
 * total blocking time (mobile preset, performance 88); at 1,000, 104 ms (performance 99). BENCHMARKS.md.
 */
export const searchWorkerFrom = 2000;

/** The filters of the search page: the browse facets plus status. */
export const searchFilterKeys = [...facetKeys, 'status'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];
export type SearchSelection = Partial<Record<SearchFilterKey, readonly string[]>>;

/** The vocabulary behind each search filter (municipalities have none: their labels come from the content). */
export function vocabularyOfFilter(key: SearchFilterKey): VocabularyName | null {
  if (key === 'status') return 'status';
  return facets.find((facet) => facet.key === key)?.vocabulary ?? null;
}

export function isFacetFilter(key: SearchFilterKey): key is FacetKey {
  return key !== 'status';
}

/** The Pagefind filter values of an entry page: its facet values and its status. */
export function searchFiltersOf(entry: CatalogEntry): Record<SearchFilterKey, readonly string[]> {
  return { ...entry.facets, status: entry.data.status ? [entry.data.status] : [] };
}

/** The sort key Pagefind orders "newest first" by: the publication date as YYYY-MM-DD. */
export function publishedSortKey(entry: CatalogEntry): string {
  return entry.data.published.toISOString().slice(0, 10);
}

/** Pagefind's filter object: `{ strategy: { any: [...] } }` per selected filter, ANDed by Pagefind across keys. */
export function pagefindFilters(
  selection: SearchSelection,
  except?: SearchFilterKey,
): Partial<Record<SearchFilterKey, { any: string[] }>> {
  const filters: Partial<Record<SearchFilterKey, { any: string[] }>> = {};
  for (const key of searchFilterKeys) {
    const values = selection[key];
    if (key !== except && values && values.length > 0) filters[key] = { any: [...values] };
  }
  return filters;
}

export type SearchSort = 'relevance' | 'newest';

/** The state of the search page as it lives in the URL: `?q=…&strategy=…&sort=newest`. */
export interface SearchState {
  query: string;
  selection: SearchSelection;
  sort: SearchSort;
}

export function searchStateFromParams(params: URLSearchParams): SearchState {
  return {
    query: (params.get('q') ?? '').trim(),
    selection: selectionFromParams(params, searchFilterKeys),
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** The query string of a search state (`?q=…&strategy=…&sort=newest`), in a fixed order so equal states give equal URLs. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const [key, value] of selectionToParams(state.selection, searchFilterKeys)) params.append(key, value);
  if (state.sort === 'newest') params.set('sort', 'newest');
  const query = params.toString();
  return query ? `?${query}` : '';
}
