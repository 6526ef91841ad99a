/**
 * The search as it lives in the URL (`?q=…&strategy=…&sort=newest`, lib/core/search.ts) and in the form: reading
 * one from the other, so a search can be linked and back/forward restores it.
 */
import { searchQueryString, searchStateFromParams, type SearchState } from '../../lib/core/search.ts';
import { activeFilters, selectionOfBoxes, tickBoxes } from './filters.ts';

/** The form's fields that hold the search. */
export interface SearchFields {
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  boxes: readonly HTMLInputElement[];
}

/** The state the form shows (the query trimmed). */
export function stateOfForm({ input, sort, boxes }: SearchFields): SearchState {
  return {
    query: input.value.trim(),
    selection: selectionOfBoxes(boxes),
    sort: sort.value === 'newest' ? 'newest' : 'relevance',
  };
}

/** Make the form show `state`. */
export function showState({ input, sort, boxes }: SearchFields, state: SearchState): void {
  input.value = state.query;
  sort.value = state.sort;
  tickBoxes(boxes, state.selection);
}

/** The state in a location's query string. */
export function stateOfLocation(location: Pick<Location, 'search'>): SearchState {
  return searchStateFromParams(new URLSearchParams(location.search));
}

/** The address of the search page showing `state`. */
export function searchUrl(pathname: string, state: SearchState): string {
  return `${pathname}${searchQueryString(state)}`;
}

/** No query and no filter: the page prompts for one, and needs no search. */
export function isEmptySearch(state: SearchState): boolean {
  return !state.query && activeFilters(state.selection).length === 0;
}

/** The state "clear" leads to. */
export const emptySearch: SearchState = { query: '', selection: {}, sort: 'relevance' };
