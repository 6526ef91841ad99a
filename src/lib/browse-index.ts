/**
 * The compact index the list page's script filters in the browser: one record
 * per entry with just what a card shows and its facet values. Served as
 * /data/browse.json (see pages/data/browse.json.ts).
 */
import { placeOf, type Catalog } from './catalog.ts';
import type { FacetValues } from './facets.ts';

export interface BrowseRecord {
  slug: string;
  lang: string;
  title: string;
  summary: string;
  strategy: string;
  /** Neighbourhood and municipality, as the card shows them; empty for a nationwide example. */
  place: string;
  facets: FacetValues;
}

export function browseIndex(catalog: Catalog): BrowseRecord[] {
  return catalog.entries.map(({ slug, data, facets }) => ({
    slug,
    lang: data.lang,
    title: data.title,
    summary: data.summary,
    strategy: data.strategy,
    place: placeOf(data),
    facets,
  }));
}
