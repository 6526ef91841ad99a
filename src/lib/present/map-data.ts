/**
 * The map's data, built once per build from the catalog and the places: the points (initiatives and places with
 * coordinates, with their filter values, in the order of the list beside the map), which /data/map.json carries
 * compactly (`encodeMapData` in map-filters.ts) and of which the page renders only the first page of the list;
 * the filter groups and the texts (`MapTexts`, map-page.ts) the page hands its script; and the places as open data
 * (/plekken.geojson). Pure, but build-time: the map page's script (src/client/map/) never imports it.
 */
import { t, type Lang } from '../../i18n/index.ts';
import { hsdsStatusOf, labelOf, vocabularies, type HsdsStatus, type VocabularyName } from '../../taxonomy/index.ts';
import { municipalityByName, municipalityBySlug, municipalitySlug } from '../../taxonomy/municipalities.ts';
import type { Catalog } from '../core/catalog.ts';
import { countFacets, facets } from '../core/facets.ts';
import {
  mapFilterKeys,
  mapItemId,
  mapItemTypes,
  type MapFilterKey,
  type MapFilterValues,
  type MapItem,
  type MapItemType,
} from '../core/map-filters.ts';
import { slugPlaceholder, type MapTexts } from '../core/map-page.ts';
import type { PlaceEntry, PlaceIndex } from './places.ts';
import { pathFor } from '../core/routes.ts';

/** Where the map page's script loads the points from. */
export const mapDataPath = '/data/map.json';

/** The filter values of a place: its kind counts as place type, its target groups and municipality as theirs. */
export function placeFilterValues(place: Pick<PlaceEntry, 'data'>): MapFilterValues {
  const { data } = place;
  return {
    // A place is no entry of a kind (form or example): the kind filter passes it by only when nothing is ticked.
    kind: [],
    strategy: [],
    actor: [],
    place: [data.kind],
    target: [...new Set(data.targetGroups)],
    theme: [],
    municipality: data.municipality ? [municipalitySlug(data.municipality)] : [],
    type: ['place'],
    placeStatus: [data.status],
  };
}

/** Dutch collation, made once: `localeCompare` builds one per call, which thousands of titles feel. */
const dutch = new Intl.Collator('nl');

/** Sorted by title (Dutch collation), then type and slug, so the list beside the map reads alphabetically. */
function byTitle(a: MapItem, b: MapItem): number {
  return dutch.compare(a.title, b.title) || a.type.localeCompare(b.type) || a.slug.localeCompare(b.slug);
}

/** The points of one catalog and place index, computed once: the page (in each language) and map.json share them. */
const computed = new WeakMap<Catalog, WeakMap<PlaceIndex, MapItem[]>>();

/** Every initiative and place with coordinates, with its filter values, sorted as the list beside the map. */
export function mapItems(catalog: Catalog, places: PlaceIndex): MapItem[] {
  const known = computed.get(catalog)?.get(places);
  if (known) return known;
  const items: MapItem[] = [];
  for (const { slug, data, facets: values } of catalog.entries) {
    if (!data.coordinates) continue;
    items.push({
      id: mapItemId('initiative', slug),
      type: 'initiative',
      slug,
      title: data.title,
      lang: data.lang,
      lng: data.coordinates.lng,
      lat: data.coordinates.lat,
      facets: { ...values, type: ['initiative'], placeStatus: [] },
    });
  }
  for (const place of places.places) {
    const { slug, data } = place;
    if (!data.coordinates) continue;
    items.push({
      id: mapItemId('place', slug),
      type: 'place',
      slug,
      title: data.title,
      lang: data.lang,
      lng: data.coordinates.lng,
      lat: data.coordinates.lat,
      facets: placeFilterValues(place),
    });
  }
  items.sort(byTitle);
  const byPlaces = computed.get(catalog) ?? new WeakMap<PlaceIndex, MapItem[]>();
  byPlaces.set(places, items);
  computed.set(catalog, byPlaces);
  return items;
}

/** The vocabulary behind each map filter; municipalities have none (their names come from the CBS list). */
function vocabularyOf(key: MapFilterKey): VocabularyName | null {
  if (key === 'placeStatus') return 'placeStatus';
  if (key === 'type') return null;
  return facets.find((facet) => facet.key === key)?.vocabulary ?? null;
}

/** The label of a filter value in a language: the taxonomy label, the municipality's name, or the item type. */
export function mapValueLabel(key: MapFilterKey, value: string, lang: Lang): string {
  if (key === 'type') return t(lang, value === 'place' ? 'map.type.place' : 'map.type.initiative');
  if (key === 'municipality') return municipalityBySlug(value)?.name ?? value;
  const vocabulary = vocabularyOf(key);
  return vocabulary ? labelOf(vocabulary, value, lang) : value;
}

/** The legend of a filter group. */
export function mapFilterLegend(key: MapFilterKey, lang: Lang): string {
  if (key === 'type') return t(lang, 'map.filter.type');
  if (key === 'placeStatus') return t(lang, 'map.filter.placeStatus');
  return t(lang, `facet.${key}`);
}

export interface MapFilterGroup {
  key: MapFilterKey;
  legend: string;
  values: { value: string; label: string; count: number }[];
}

/**
 * The filter panel: for each filter, the values used on the map with how many points carry them, in taxonomy
 * order (municipalities alphabetically). A filter no point has a value for is left out.
 */
export function mapFilterGroups(items: readonly MapItem[], lang: Lang): MapFilterGroup[] {
  const counts = countFacets(items, {}, mapFilterKeys);
  return mapFilterKeys
    .map((key) => {
      const used = [...counts[key].keys()];
      const vocabulary = vocabularyOf(key);
      const order =
        key === 'type'
          ? (value: string) => mapItemTypes.indexOf(value as (typeof mapItemTypes)[number])
          : vocabulary
            ? (value: string) => vocabularies[vocabulary].findIndex((term) => term.id === value)
            : undefined;
      const sorted = order
        ? used.sort((a, b) => order(a) - order(b))
        : used.sort((a, b) => mapValueLabel(key, a, lang).localeCompare(mapValueLabel(key, b, lang), 'nl'));
      return {
        key,
        legend: mapFilterLegend(key, lang),
        values: sorted.map((value) => ({
          value,
          label: mapValueLabel(key, value, lang),
          count: counts[key].get(value) ?? 0,
        })),
      };
    })
    .filter((group) => group.values.length > 0);
}

/** The page of a map item in a language. */
export function mapItemPath(type: MapItemType, slug: string, lang: Lang): string {
  return pathFor(type === 'place' ? { view: 'place', slug } : { view: 'entry', slug }, lang);
}

/** Everything the map page's script says or links to, in a language (labels of values it reads from the filters). */
export function mapTexts(lang: Lang): MapTexts {
  return {
    results: t(lang, 'map.results', { count: '{count}', initiatives: '{initiatives}', places: '{places}' }),
    none: t(lang, 'map.results.none'),
    empty: t(lang, 'map.empty'),
    initiative: t(lang, 'map.count.initiative'),
    initiatives: t(lang, 'map.count.initiatives', { count: '{count}' }),
    place: t(lang, 'map.count.place'),
    places: t(lang, 'map.count.places', { count: '{count}' }),
    cluster: t(lang, 'map.cluster', { count: '{count}', initiatives: '{initiatives}', places: '{places}' }),
    marker: t(lang, 'map.marker', { type: '{type}', title: '{title}' }),
    close: t(lang, 'map.popup.close'),
    zoomIn: t(lang, 'map.zoomIn'),
    zoomOut: t(lang, 'map.zoomOut'),
    previous: t(lang, 'pagination.previous'),
    next: t(lang, 'pagination.next'),
    status: t(lang, 'pagination.status', { page: '{page}', pages: '{pages}' }),
    paths: {
      initiative: mapItemPath('initiative', slugPlaceholder, lang),
      place: mapItemPath('place', slugPlaceholder, lang),
    },
  };
}

// --- The places as open data -----------------------------------------------------------------------------------

export interface PlaceFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    slug: string;
    title: string;
    summary: string;
    lang: string;
    kind: string;
    status: string;
    /** The status in Open Referral HSDS 3.0's words (disappeared → defunct); null for a missed place, which HSDS has no word for. */
    hsdsStatus: HsdsStatus | null;
    /** The last check of the facts (date YYYY-MM-DD, method, by), or null when never checked. */
    verified: { date: string; method: string; by: string } | null;
    targetGroups: string[];
    municipality: string | null;
    /** The CBS code of the municipality (GM and four digits). */
    municipalityCode: string | null;
    neighbourhood: string | null;
    /** The place page in its own language. */
    url: string;
    /** The place page in every interface language. */
    urls: Record<Lang, string>;
    /** The initiatives on Buurtpodium that happen at this place (slugs). */
    initiatives: string[];
  };
}

/** A GeoJSON FeatureCollection (RFC 7946) of the places with coordinates: points as [lng, lat]. */
export function placesGeoJson(
  places: readonly PlaceEntry[],
  baseUrl: string,
  languages: readonly Lang[],
): { type: 'FeatureCollection'; features: PlaceFeature[] } {
  const url = (slug: string, lang: Lang) => new URL(pathFor({ view: 'place', slug }, lang), baseUrl).href;
  return {
    type: 'FeatureCollection',
    features: places.flatMap(({ slug, data, initiatives }): PlaceFeature[] => {
      if (!data.coordinates) return [];
      const municipality = data.municipality ? municipalityByName(data.municipality) : undefined;
      return [
        {
          type: 'Feature',
          id: slug,
          geometry: { type: 'Point', coordinates: [data.coordinates.lng, data.coordinates.lat] },
          properties: {
            slug,
            title: data.title,
            summary: data.summary,
            lang: data.lang,
            kind: data.kind,
            status: data.status,
            hsdsStatus: hsdsStatusOf('placeStatus', data.status),
            verified: data.verified
              ? {
                  date: data.verified.date.toISOString().slice(0, 10),
                  method: data.verified.method,
                  by: data.verified.by,
                }
              : null,
            targetGroups: [...data.targetGroups],
            municipality: data.municipality ?? null,
            municipalityCode: municipality?.code ?? null,
            neighbourhood: data.neighbourhood ?? null,
            url: url(slug, data.lang),
            urls: Object.fromEntries(languages.map((lang) => [lang, url(slug, lang)])) as Record<Lang, string>,
            initiatives: initiatives.map((entry) => entry.slug),
          },
        },
      ];
    }),
  };
}
