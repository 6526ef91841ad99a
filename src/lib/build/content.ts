/**
 * The one place that reads the content collection. `getCatalog()` calls
 * `getCollection` once per build and memoises the catalog; `staticPaths()`
 * lists every page of the site (both languages) for `pages/[...path].astro`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../../site.config.ts';
import type { Lang } from '../../taxonomy/index.ts';
import { cacheKeys } from './cache-keys.ts';
import { buildCatalog, pageCount, usedValues, type Catalog } from '../core/catalog.ts';
import { resolveShowcase, sortShowcases, type ResolvedShowcase } from '../core/showcases.ts';
import { facetKeys } from '../core/facets.ts';
import { freshnessKey, isVerifiable, siteNow } from '../core/freshness.ts';
import { listAreas, type Area } from '../present/areas.ts';
import { buildPlaceIndex, type PlaceIndex } from '../present/places.ts';
import { paramFor, type Route } from '../core/routes.ts';

export type InitiativeRecord = CollectionEntry<'initiatives'>;
export type PlaceRecord = CollectionEntry<'places'>;

let loaded: Promise<{ catalog: Catalog; records: Map<string, InitiativeRecord> }> | undefined;

async function load() {
  const records = await getCollection('initiatives');
  return {
    catalog: buildCatalog(records.map((record) => ({ slug: record.id, data: record.data }))),
    records: new Map(records.map((record) => [record.id, record])),
  };
}

/** The catalog of all initiatives, built once. */
export async function getCatalog(): Promise<Catalog> {
  loaded ??= load();
  return (await loaded).catalog;
}

let places: Promise<{ index: PlaceIndex; records: Map<string, PlaceRecord> }> | undefined;

function loadPlaces() {
  places ??= (async () => {
    const catalog = await getCatalog();
    const records = await getCollection('places');
    return {
      index: buildPlaceIndex(
        records.map((record) => ({ slug: record.id, data: record.data })),
        catalog,
      ),
      records: new Map(records.map((record) => [record.id, record])),
    };
  })();
  return places;
}

/** Every place of the atlas with the initiatives that point at it, built once. */
export async function getPlaces(): Promise<PlaceIndex> {
  return (await loadPlaces()).index;
}

/** The collection entry of a place, for `render()`. */
export async function getPlaceRecord(slug: string): Promise<PlaceRecord> {
  const record = (await loadPlaces()).records.get(slug);
  if (!record) throw new Error(`No place with slug "${slug}"`);
  return record;
}

let areas: Promise<Area[]> | undefined;

/** Every area (municipality, with its neighbourhoods) that an initiative or a place names, built once. */
export async function getAreas(): Promise<Area[]> {
  areas ??= (async () => listAreas(await getCatalog(), await getPlaces()))();
  return areas;
}

export async function areaRoutes(): Promise<Route[]> {
  return (await getAreas()).flatMap((area) => [
    { view: 'area', municipality: area.municipality.slug } as const,
    ...area.neighbourhoods.map(
      (hood) => ({ view: 'area', municipality: area.municipality.slug, neighbourhood: hood.slug }) as const,
    ),
  ]);
}

let showcaseEntries: Promise<CollectionEntry<'showcases'>[]> | undefined;

/** The collection files as the content layer holds them, read once. */
function showcaseRecords(): Promise<CollectionEntry<'showcases'>[]> {
  showcaseEntries ??= getCollection('showcases');
  return showcaseEntries;
}

let collections: Promise<ResolvedShowcase[]> | undefined;

/** Every collection with its items resolved against the catalog, newest first. */
export async function getShowcases(): Promise<ResolvedShowcase[]> {
  collections ??= (async () => {
    const catalog = await getCatalog();
    const records = await showcaseRecords();
    return sortShowcases(records.map((record) => resolveShowcase(catalog, record.id, record.data)));
  })();
  return collections;
}

/** One collection by its slug. */
export async function getResolvedShowcase(slug: string): Promise<ResolvedShowcase> {
  const found = (await getShowcases()).find((collection) => collection.slug === slug);
  if (!found) throw new Error(`No collection with slug "${slug}"`);
  return found;
}

/** The collection entry of a slug, for `render()`. */
export async function getRecord(slug: string): Promise<InitiativeRecord> {
  loaded ??= load();
  const record = (await loaded).records.get(slug);
  if (!record) throw new Error(`No initiative with slug "${slug}"`);
  return record;
}

export interface PageProps {
  lang: Lang;
  route: Route;
}

/** A content entry's digest (data and body, from the content layer), or a hash of what it holds. */
function digestOf(record: { digest?: string | number | undefined; data: unknown; body?: string | undefined }): string {
  return record.digest !== undefined ? String(record.digest) : JSON.stringify([record.data, record.body ?? '']);
}

/**
 * Every static page of the site, in every interface language, each with the cache key that lets an incremental
 * build copy it when nothing it shows has changed (lib/build/cache-keys.ts).
 */
export function staticPaths(): Promise<StaticPath[]> {
  paths ??= listStaticPaths();
  return paths;
}

interface StaticPath {
  params: { path: string | undefined };
  props: PageProps;
  cacheKey: string;
}

/** Every page, listed once per build: the catch-all route and the sitemap both read it. */
let paths: Promise<StaticPath[]> | undefined;

async function listStaticPaths(): Promise<StaticPath[]> {
  const catalog = await getCatalog();
  const routes: Route[] = [
    { view: 'home' },
    { view: 'about' },
    { view: 'policy' },
    { view: 'search' },
    { view: 'contribute' },
    { view: 'showcases' },
    { view: 'places' },
    { view: 'areas' },
    ...(await areaRoutes()),
    { view: 'map' },
    { view: 'toVerify' },
  ];
  for (const place of (await getPlaces()).places) routes.push({ view: 'place', slug: place.slug });
  for (let page = 1; page <= pageCount(catalog.entries.length, site.pageSize); page++)
    routes.push({ view: 'list', page });
  for (const entry of catalog.entries) {
    routes.push({ view: 'entry', slug: entry.slug });
    for (const alias of entry.data.aliases) routes.push({ view: 'alias', alias, slug: entry.slug });
  }
  for (const collection of await getShowcases()) {
    routes.push({ view: 'showcase', slug: collection.slug }, { view: 'embed', slug: collection.slug });
  }
  for (const facet of facetKeys) {
    for (const value of usedValues(catalog, facet, 'nl')) {
      const entries = catalog.byFacet[facet].get(value) ?? [];
      for (let page = 1; page <= pageCount(entries.length, site.pageSize); page++) {
        routes.push({ view: 'facet', facet, value, page });
      }
    }
  }
  loaded ??= load();
  const digests = {
    initiatives: new Map([...(await loaded).records].map(([slug, record]) => [slug, digestOf(record)])),
    places: new Map([...(await loadPlaces()).records].map(([slug, record]) => [slug, digestOf(record)])),
    collections: new Map((await showcaseRecords()).map((record) => [record.id, digestOf(record)])),
    site: JSON.stringify(site),
    freshness: {
      initiatives: new Map(
        catalog.entries.map(({ slug, data }) => [
          slug,
          freshnessKey(data.verified, siteNow(), site.freshnessMonths, isVerifiable('initiative', data)),
        ]),
      ),
      places: new Map(
        (await getPlaces()).places.map(({ slug, data }) => [
          slug,
          freshnessKey(data.verified, siteNow(), site.freshnessMonths, true),
        ]),
      ),
      today: siteNow().toISOString().slice(0, 10),
    },
  };
  const keyOf = cacheKeys(catalog, digests, site.pageSize, { areas: await getAreas(), places: await getPlaces() });
  // A route's key is the same in every language: computed once.
  const keyed = routes.map((route) => ({ route, cacheKey: keyOf(route) }));
  return site.languages.flatMap((lang) =>
    keyed.map(({ route, cacheKey }) => ({ params: { path: paramFor(route, lang) }, props: { lang, route }, cacheKey })),
  );
}
