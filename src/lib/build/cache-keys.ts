/**
 * Cache keys for Astro's incremental static build (`experimental.incrementalBuild`): a page whose key and code are
 * unchanged since the last build is copied, not rendered again. A key must change whenever anything the page
 * shows changes, so each is a hash of exactly the content the page reads:
 * - an entry page: the entry (its content digest: data and body), its related entries (the cards it shows) and
 *   the places it points at;
 * - a facet page: the entries on that page and the size of the facet (the count and the pagination);
 * - every other page (lists with site-wide counts, home, areas, the map, places, collections …): all content.
 * Entry and place pages also say how long ago their facts were checked, and the editors' list is as of the build
 * day: their keys cover that text (`freshness`), so a page is rendered again when it would read differently.
 * Every key also covers the validated site config, which environment variables can change without any code
 * changing. Code changes are Astro's part: it hashes the route's module graph.
 */
import { createHash } from 'node:crypto';
import type { Catalog, CatalogEntry } from '../core/catalog.ts';
import { pageOf, relatedEntries } from '../core/catalog.ts';
import type { Route } from '../core/routes.ts';

const hash = (parts: readonly unknown[]): string =>
  createHash('sha1')
    .update(parts.map((part) => String(part)).join('\u0000'))
    .digest('base64url');

export interface ContentDigests {
  /** Initiative slug → content digest (data and body). */
  initiatives: ReadonlyMap<string, string>;
  /** Place slug → content digest. */
  places: ReadonlyMap<string, string>;
  /** Collection slug → content digest. */
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

/** One key function per build: the site-wide key is computed once. */
export function cacheKeys(catalog: Catalog, digests: ContentDigests, pageSize: number): (route: Route) => string {
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
  return (route) => {
    switch (route.view) {
      case 'entry': {
        const entry = catalog.bySlug.get(route.slug);
        if (!entry) return hash(['entry', route.slug, everything]);
        const related = relatedEntries(catalog, route.slug);
        const places = entry.data.places.map((slug) => `${slug}:${digests.places.get(slug) ?? ''}`);
        return hash([
          'entry',
          digests.site,
          digests.freshness?.initiatives.get(route.slug) ?? '',
          digestOf(entry),
          ...related.map((other) => `${other.slug}:${digestOf(other)}`),
          '|',
          ...places,
        ]);
      }
      case 'alias': {
        const entry = catalog.bySlug.get(route.slug);
        return hash(['alias', digests.site, route.slug, entry ? digestOf(entry) : everything]);
      }
      case 'facet': {
        const all = catalog.byFacet[route.facet].get(route.value) ?? [];
        const { items } = pageOf(all, pageSize, route.page);
        return hash(['facet', digests.site, all.length, ...items.map((entry) => `${entry.slug}:${digestOf(entry)}`)]);
      }
      case 'place':
        return hash(['place', route.slug, everything, digests.freshness?.places.get(route.slug) ?? '']);
      case 'toVerify':
        return hash(['toVerify', everything, digests.freshness?.today ?? '']);
      default:
        return hash([route.view, everything]);
    }
  };
}
