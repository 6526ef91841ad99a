/**
 * Every entry as one record with what a card shows and its facet values, served as /data/browse.json (see
 * pages/data/browse.json.ts): the whole catalog in one open-data file, which the end-to-end tests read to derive
 * what the list page must show. The list page itself loads the lighter files of lib/build/list-data.ts.
 */
import { placeOf, type Catalog, type CatalogEntry } from '../core/catalog.ts';
import type { FacetValues } from '../core/facets.ts';
import type { ListRecord } from '../core/list-format.ts';

export interface BrowseRecord extends ListRecord {
  facets: FacetValues;
}

/** What a card shows of one entry (the records of /data/browse.json and of the list page's record files). */
export function listRecord({ slug, data }: CatalogEntry): ListRecord {
  return {
    slug,
    lang: data.lang,
    title: data.title,
    summary: data.summary,
    strategy: data.strategy,
    place: placeOf(data),
  };
}

export function browseIndex(catalog: Catalog): BrowseRecord[] {
  return catalog.entries.map((entry) => ({ ...listRecord(entry), facets: entry.facets }));
}
