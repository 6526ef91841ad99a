/**
 * Full-text search with Pagefind: which filters an entry page carries, and how
 * a reader's selection becomes a Pagefind query (OR within a filter, AND
 * across filters). Pure: used by the entry page at build time and by the
 * search page's script in the browser.
 */
import type { CatalogEntry } from './catalog.ts';
import { facetKeys, facets, selectionFromParams, selectionToParams, type FacetKey } from './facets.ts';
import type { VocabularyName } from '../../taxonomy/index.ts';

/**
 * From this many entries on, the search page runs Pagefind in its Web Worker. Below it, without: the worker is
 * one more download (12 kB) and the work it would take off the page is small. Above it, reading the index's
 * metadata and the filter data on the page's main thread blocks it: at 10,000 entries 490 ms of Lighthouse's
 * total blocking time (mobile preset, performance 88); at 1,000, 104 ms (performance 99). BENCHMARKS.md.
 */
export const searchWorkerFrom = 2000;

/**
 * The search page's one inline script, run before the page is first painted: it marks the document as able to run
 * the search, so the form is laid out from the start instead of replacing the no-JavaScript notice once the module
 * has loaded (a layout shift Lighthouse counted). The page prints exactly this string; its policy allows it by
 * its hash (lib/build/csp.ts).
 */
export const searchReadyScript = "document.documentElement.classList.add('bp-search-js');";

/** What a search result is: an initiative's page or a place's page (the `type` filter). */
export const searchTypes = ['initiative', 'place'] as const;
export type SearchType = (typeof searchTypes)[number];

/** The filters of the search page: the kind of page (initiative or place), the browse facets and status. */
export const searchFilterKeys = ['type', ...facetKeys, 'status'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];
export type SearchSelection = Partial<Record<SearchFilterKey, readonly string[]>>;

/** The vocabulary behind each search filter (municipalities have none: their labels come from the content). */
export function vocabularyOfFilter(key: SearchFilterKey): VocabularyName | null {
  if (key === 'status') return 'status';
  if (key === 'type') return null;
  return facets.find((facet) => facet.key === key)?.vocabulary ?? null;
}

export function isFacetFilter(key: SearchFilterKey): key is FacetKey {
  return key !== 'status' && key !== 'type';
}

/** The Pagefind filter values of an entry page: initiative, its facet values and its status (a form has none). */
export function searchFiltersOf(entry: CatalogEntry): Record<SearchFilterKey, readonly string[]> {
  return { type: ['initiative'], ...entry.facets, status: entry.data.status ? [entry.data.status] : [] };
}

/**
 * The Pagefind filter values of a place page: only `type: place`. The facets and the status filter belong to
 * initiatives (a place's status has a vocabulary of its own), so choosing one of them leaves places out.
 */
export function placeSearchFilters(): Partial<Record<SearchFilterKey, readonly string[]>> {
  return { type: ['place'] };
}

/** The sort key of a place page for "newest first": its publication date as YYYY-MM-DD. */
export function placePublishedSortKey(published: Date): string {
  return published.toISOString().slice(0, 10);
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
