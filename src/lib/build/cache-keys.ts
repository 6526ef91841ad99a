/**
 * Cache keys for Astro's incremental static build (`experimental.incrementalBuild`): a page whose key and code are
 * unchanged since the last build is copied, not rendered again. A key must change whenever anything the page
 * shows changes, so each is a hash of exactly the content the page reads:
 * - an entry page: the entry (its content digest: data and body), its related entries (the cards it shows) and
 *   the places it points at;
 * - a facet page: the entries on that page and the size of the facet (the count and the pagination);
 * - a page of the main list: the entries on it, the number of entries and the facet panel's values and counts;
 * - an area's page: the initiatives and places in that municipality (or neighbourhood), all it counts and lists;
 * - a place's page: the place, the initiatives that point at it, and which kinds of place have a facet page;
 * - every other page (home, the overviews of areas and places, the map, showcases …): all content.
 * Entry and place pages also say how long ago their facts were checked, and the editors' list is as of the build
 * day: their keys cover that text (`freshness`), so a page is rendered again when it would read differently.
 * Every key also covers the validated site config, which environment variables can change without any code
 * changing. Code changes are Astro's part: it hashes the route's module graph.
 */
import { createHash } from 'node:crypto';
import type { Catalog, CatalogEntry } from '../core/catalog.ts';
import { pageOf, relatedEntries } from '../core/catalog.ts';
import { facetKeys } from '../core/facets.ts';
import type { Route } from '../core/routes.ts';
import type { Area } from '../present/areas.ts';
import type { PlaceIndex } from '../present/places.ts';

const hash = (parts: readonly unknown[]): string =>
  createHash('sha1')
    .update(parts.map((part) => String(part)).join('\u0000'))
    .digest('base64url');

export interface ContentDigests {
  /** Initiative slug → content digest (data and body). */
  initiatives: ReadonlyMap<string, string>;
  /** Place slug → content digest. */
  places: ReadonlyMap<string, string>;
  /** Showcase slug → content digest. */
  collections: ReadonlyMap<string, string>;
  /** The validated site config, serialised. */
  site: string;
  /**
   * What depends on the build's "now" (lib/core/freshness.ts `freshnessKey`): per initiative and place slug, and the
   * build day for the editors' list. Absent: nothing depends on it.
   */
  freshness?: {
    initiatives: ReadonlyMap<string, string>;
    places: ReadonlyMap<string, string>;
    today: string;
  };
}

/** What some pages show of the content, for keys narrower than all content: the areas and the places. */
export interface KeyScope {
  areas: readonly Area[];
  places: PlaceIndex;
}

/** The facet panel of the main list: every facet's values with their counts, and the municipalities' names. */
function facetPanelDigest(catalog: Catalog): string {
  return hash([
    ...facetKeys.map((key) => JSON.stringify([key, [...catalog.counts[key]].sort(([a], [b]) => a.localeCompare(b))])),
    JSON.stringify([...catalog.municipalities].sort(([a], [b]) => a.localeCompare(b))),
  ]);
}

/** What an area's key reads of an area or a neighbourhood. */
interface AreaContent {
  initiatives: readonly CatalogEntry[];
  places: readonly { slug: string }[];
}

/** Every area and neighbourhood of a scope by `municipality/neighbourhood` (a municipality's own: `municipality/`). */
function areasBySlugs(scope: KeyScope | undefined): Map<string, AreaContent> {
  const bySlugs = new Map<string, AreaContent>();
  for (const area of scope?.areas ?? []) {
    bySlugs.set(`${area.municipality.slug}/`, area);
    for (const hood of area.neighbourhoods) bySlugs.set(`${area.municipality.slug}/${hood.slug}`, hood);
  }
  return bySlugs;
}

/** One key function per build: the site-wide key is computed once. Without a scope, area and place pages take it. */
export function cacheKeys(
  catalog: Catalog,
  digests: ContentDigests,
  pageSize: number,
  scope?: KeyScope,
): (route: Route) => string {
  const sorted = (map: ReadonlyMap<string, string>) => [...map].sort(([a], [b]) => a.localeCompare(b)).flat();
  const everything = hash([
    digests.site,
    ...sorted(digests.initiatives),
    '|',
    ...sorted(digests.places),
    '|',
    ...sorted(digests.collections),
  ]);
  const digestOf = (entry: CatalogEntry) =>
    digests.initiatives.get(entry.slug) ?? hash([entry.slug, JSON.stringify(entry.data)]);
  const entries = (list: readonly CatalogEntry[]) => list.map((entry) => `${entry.slug}:${digestOf(entry)}`);
  const places = (list: readonly { slug: string }[]) =>
    list.map(({ slug }) => `${slug}:${digests.places.get(slug) ?? ''}`);
  const facetPanel = facetPanelDigest(catalog);
  const placeKinds = [...catalog.byFacet.place.keys()].sort().join(',');
  const areaBySlugs = areasBySlugs(scope);
  return (route) => {
    switch (route.view) {
      case 'entry': {
        const entry = catalog.bySlug.get(route.slug);
        if (!entry) return hash(['entry', route.slug, everything]);
        return hash([
          'entry',
          digests.site,
          digests.freshness?.initiatives.get(route.slug) ?? '',
          digestOf(entry),
          ...entries(relatedEntries(catalog, route.slug)),
          '|',
          ...places(entry.data.places.map((slug) => ({ slug }))),
        ]);
      }
      case 'alias': {
        const entry = catalog.bySlug.get(route.slug);
        return hash(['alias', digests.site, route.slug, entry ? digestOf(entry) : everything]);
      }
      case 'facet': {
        const all = catalog.byFacet[route.facet].get(route.value) ?? [];
        const { items } = pageOf(all, pageSize, route.page);
        return hash(['facet', digests.site, all.length, ...entries(items)]);
      }
      case 'list': {
        const { items } = pageOf(catalog.entries, pageSize, route.page);
        return hash(['list', digests.site, facetPanel, catalog.entries.length, ...entries(items)]);
      }
      case 'area': {
        const shown = areaBySlugs.get(`${route.municipality}/${route.neighbourhood ?? ''}`);
        if (!shown) return hash(['area', route.municipality, route.neighbourhood ?? '', everything]);
        return hash([
          'area',
          digests.site,
          route.municipality,
          route.neighbourhood ?? '',
          ...entries(shown.initiatives),
          '|',
          ...places(shown.places),
        ]);
      }
      case 'place': {
        const freshness = digests.freshness?.places.get(route.slug) ?? '';
        const place = scope?.places.bySlug.get(route.slug);
        if (!place) return hash(['place', route.slug, everything, freshness]);
        return hash(['place', digests.site, freshness, ...places([place]), placeKinds, ...entries(place.initiatives)]);
      }
      case 'toVerify':
        return hash(['toVerify', everything, digests.freshness?.today ?? '']);
      default:
        return hash([route.view, everything]);
    }
  };
}
