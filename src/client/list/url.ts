/**
 * The list page's view in the address: the selection as facet keys (`?strategy=bonding&theme=health`) and the
 * page of results (`&page=2`), on the list's base path, so a view can be linked and back/forward restores it.
 */
import { selectionFromParams, selectionToParams, type Selection } from '../../lib/core/facets.ts';

export interface View {
  selection: Selection;
  /** The page of results asked for (1-based; may be past the last page, which then shows). */
  page: number;
}

/**
 * The view an address asks for. On a server page (`/pagina/N/`) without a query the reader is on page N of
 * everything; filters and their pages always live on the base path.
 */
export function readView(address: { pathname: string; search: string }, base: string, serverPage: number): View {
  const params = new URLSearchParams(address.search);
  const fallback = address.pathname === base ? 1 : serverPage;
  return { selection: selectionFromParams(params), page: Math.max(1, Number(params.get('page')) || fallback) };
}

/** The address of a view: the base path, the selection in facet order, and the page from 2 on. */
export function viewUrl(base: string, { selection, page }: View): string {
  const params = selectionToParams(selection);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return `${base}${query ? `?${query}` : ''}`;
}
