/**
 * The map's points and filters, shared by the build (lib/present/map-data.ts, the map page) and the map page's script
 * (src/client/map/): what a point is, the compact form /data/map.json carries it in (`encodeMapData`/
 * `decodeMapData`), the map's filter keys (the browse facets plus initiative or place and the place's status) and
 * the line under a point's title. Pure and tiny, and it imports no build-time code (only `facets.ts`), so the
 * script and its worker can import it; filtering itself is `matches`/`countFacets` from `facets.ts`, with these keys.
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

/** Rows of the list beside the map at a time: the page the server renders, and each page the script shows. */
export const mapPageSize = 20;

/** The label of a filter value (`municipality`, `utrecht` → `Utrecht`): the taxonomy's on the server, the panel's in the browser. */
export type MapValueLabel = (key: MapFilterKey, value: string) => string;

/** One point of the map: just what a marker, a popup, a list row and the filters need. */
export interface MapItem {
  /** `initiative-<slug>` or `place-<slug>`: also the id of its row in the list, so `/kaart/#place-<slug>` finds it. */
  id: string;
  type: MapItemType;
  slug: string;
  title: string;
  /** The language the entry is written in (a title in the other language gets a `lang` attribute). */
  lang: string;
  /** Longitude and latitude (WGS 84), rounded to 5 decimals (about a metre). */
  lng: number;
  lat: number;
  /** Filter values: the facet values (a place's kind as place type, its target groups, its municipality), the type and the place's status. */
  facets: MapFilterValues;
}

/** The id of a map item, also its list row's id: `place-ijssalon`. */
export function mapItemId(type: MapItemType, slug: string): string {
  return `${type}-${slug}`;
}

// --- /data/map.json: the points, compactly ----------------------------------------------------------------------

/** The filters a row stores values for: all but `type`, which is the row's first field. */
export const mapRowKeys = mapFilterKeys.filter(
  (key): key is Exclude<MapFilterKey, 'type'> => key !== 'type',
) as readonly Exclude<MapFilterKey, 'type'>[];
export type MapRowKey = (typeof mapRowKeys)[number];

/**
 * One point as a row of /data/map.json, no repeated keys:
 * `[type, slug, title, lang, lng, lat, values]`, with `type` the position in `mapItemTypes`, `lang` the position
 * in `MapData.langs`, and `values` for each of `mapRowKeys`, in that order, the positions of the point's values in
 * `MapData.values[key]`. Labels are not in it: the page has them (the filter panel), in its own language.
 */
export type MapRow = [
  type: number,
  slug: string,
  title: string,
  lang: number,
  lng: number,
  lat: number,
  values: number[][],
];

/** /data/map.json: the points, in the order of the list beside the map. */
export interface MapData {
  /** The filter values the rows point at, per key: `values.municipality[3]` is `utrecht`. */
  values: Record<MapRowKey, string[]>;
  /** The languages the rows point at. */
  langs: string[];
  rows: MapRow[];
}

/** A coordinate rounded to 5 decimals: about a metre, which a map of neighbourhoods does not need finer. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/** The compact form of the points, in their given order (see `MapRow`). */
export function encodeMapData(items: readonly MapItem[]): MapData {
  const values = Object.fromEntries(mapRowKeys.map((key) => [key, [] as string[]])) as Record<MapRowKey, string[]>;
  const positions = new Map<string, number>();
  const position = (list: string[], key: string, value: string): number => {
    const id = `${key}\u0000${value}`;
    let found = positions.get(id);
    if (found === undefined) {
      found = list.push(value) - 1;
      positions.set(id, found);
    }
    return found;
  };
  const langs: string[] = [];
  const rows = items.map((item): MapRow => [
    mapItemTypes.indexOf(item.type),
    item.slug,
    item.title,
    position(langs, 'lang', item.lang),
    roundCoordinate(item.lng),
    roundCoordinate(item.lat),
    mapRowKeys.map((key) => item.facets[key].map((value) => position(values[key], key, value))),
  ]);
  return { values, langs, rows };
}

/** The points back from their compact form. */
export function decodeMapData(data: MapData): MapItem[] {
  return data.rows.map(([typeAt, slug, title, langAt, lng, lat, positions]) => {
    const type = mapItemTypes[typeAt] ?? 'initiative';
    const facets = Object.fromEntries([
      ['type', [type]],
      ...mapRowKeys.map((key, i) => [key, (positions[i] ?? []).map((at) => data.values[key][at] ?? '')]),
    ]) as MapFilterValues;
    return { id: mapItemId(type, slug), type, slug, title, lang: data.langs[langAt] ?? '', lng, lat, facets };
  });
}

// --- What the page says about a point ---------------------------------------------------------------------------

/**
 * The line under a map item's title, in a list row or a popup: what it is (initiative, or the kind of place and
 * its status) and where. Also used by the script, so server and browser rows read the same.
 */
export function mapItemMeta(item: Pick<MapItem, 'type' | 'facets'>, label: MapValueLabel): string {
  const { facets: values } = item;
  const kinds = values.place.map((value) => label('place', value)).join(', ');
  const status = values.placeStatus.map((value) => label('placeStatus', value));
  const where = values.municipality.map((value) => label('municipality', value));
  return [label('type', item.type), kinds, ...status, ...where].filter(Boolean).join(' · ');
}

/** How many points there are, and how many of them initiatives and places. */
export interface MapComposition {
  count: number;
  initiatives: number;
  places: number;
}

/** The composition of a list of points. */
export function mapComposition(items: readonly Pick<MapItem, 'type'>[]): MapComposition {
  const initiatives = items.filter((item) => item.type === 'initiative').length;
  return { count: items.length, initiatives, places: items.length - initiatives };
}
