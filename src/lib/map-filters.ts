/**
 * The shape of the map's index (/data/map.json, built by `map-data.ts`) and its filters: the browse facets
 * plus what only the map has (initiative or place, the place's status). Pure and tiny, so the map page's
 * script can import it; filtering itself is `matches`/`countFacets` from `facets.ts`, with these keys.
 */
import { facetKeys } from './facets.ts';

/** What a point on the map is: an initiative or a place of the atlas. */
export const mapItemTypes = ['initiative', 'place'] as const;
export type MapItemType = (typeof mapItemTypes)[number];

/** The map's filters, in the order of the panel and the URL query (`?type=place&placeStatus=missed`). */
export const mapFilterKeys = [...facetKeys, 'type', 'placeStatus'] as const;
export type MapFilterKey = (typeof mapFilterKeys)[number];
export type MapSelection = Partial<Record<MapFilterKey, readonly string[]>>;
export type MapFilterValues = Record<MapFilterKey, readonly string[]>;

/**
 * The filters that only initiatives have values for: ticking one hides every place (a place has no strategy,
 * actor or theme). `placeStatus` is the converse: it hides every initiative.
 */
export const initiativeOnlyKeys: readonly MapFilterKey[] = ['strategy', 'actor', 'theme'];

/** One point of the map index: just what a marker, a popup, a list row and the filters need. */
export interface MapItemProperties {
  type: MapItemType;
  slug: string;
  title: string;
  /** The language the entry is written in (a title in the other language gets a `lang` attribute). */
  lang: string;
  /** Filter values: the facet values (a place's kind as place type, its target groups, its municipality), the type and the place's status. */
  facets: MapFilterValues;
}

export interface MapFeature {
  type: 'Feature';
  /** `initiative-<slug>` or `place-<slug>`: also the id of its row in the list, so `/kaart/#place-<slug>` finds it. */
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: MapItemProperties;
}

export interface MapIndex {
  type: 'FeatureCollection';
  features: MapFeature[];
}

/** The id of a map item, also its list row's id: `place-ijssalon`. */
export function mapItemId(type: MapItemType, slug: string): string {
  return `${type}-${slug}`;
}

/**
 * The line under a map item's title, in a list row or a popup: what it is (initiative, or the kind of place and
 * its status) and where. Also used by the script, so server and browser rows read the same.
 */
export function mapItemMeta(
  item: Pick<MapItemProperties, 'type' | 'facets'>,
  label: (key: MapFilterKey, value: string) => string,
): string {
  const { facets: values } = item;
  const kinds = values.place.map((value) => label('place', value)).join(', ');
  const status = values.placeStatus.map((value) => label('placeStatus', value));
  const where = values.municipality.map((value) => label('municipality', value));
  return [label('type', item.type), kinds, ...status, ...where].filter(Boolean).join(' · ');
}
