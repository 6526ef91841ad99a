/**
 * What the map knows about its points, apart from the page: the points of /data/map.json, the current selection
 * (filtered with the list page's rules, `filterItems`/`countFacets` from lib/core/facets.ts with the map's keys), its
 * supercluster index (one per selection, built once and kept), the pages of its list and where a point is. It runs
 * in the map's worker (map-worker.ts, through worker-service.ts), so filtering and clustering thousands of points
 * never blocks the page; the page (session.ts) asks it for small answers: a summary, a page of rows, the marks in
 * view, one point. No DOM; tested in Node (tests/unit/map-engine.test.ts).
 */
import Supercluster, { type ClusterFeature, type PointFeature } from 'supercluster';
import { countFacets, filterItems, selectionToParams } from '../../lib/core/facets.ts';
import {
  decodeMapData,
  mapComposition,
  mapFilterKeys,
  mapPageSize,
  type MapComposition,
  type MapData,
  type MapFilterKey,
  type MapItem,
  type MapSelection,
} from '../../lib/core/map-filters.ts';

export interface ClusterOptions {
  /** How close (in pixels) points must be to be grouped. */
  radius: number;
  /** The deepest zoom level that still groups points. */
  maxZoom: number;
}

/** West, south, east, north, in degrees. */
export type Box = [number, number, number, number];

/** What the page shows of a selection before any map or list is drawn. */
export interface SelectionSummary extends MapComposition {
  /** For every filter value, how many points would match with it ticked (each filter under the others). */
  counts: Record<MapFilterKey, Record<string, number>>;
  /** Around the selected points; null when none is selected. */
  bounds: Box | null;
  /** Pages of the list (at least 1). */
  pages: number;
  /** The first page of the list. */
  rows: MapItem[];
}

/** One mark on the map: a point, or a group of points with its count. */
export type MapMark =
  | {
      kind: 'point';
      item: MapItem;
      /** Pixels from its spot, for points that share their exact coordinates (drawn side by side). */
      offset: [number, number];
    }
  | {
      kind: 'cluster';
      id: number;
      lng: number;
      lat: number;
      count: number;
      initiatives: number;
      places: number;
      /** The zoom level at which the group falls apart. */
      expansionZoom: number;
    };

/** Where one point is: its place in the current selection's list (-1: filtered out) and the zoom that shows it alone. */
export interface Located {
  item: MapItem;
  position: number;
  zoom: number;
}

interface Composition {
  initiatives: number;
  places: number;
}
type Point = PointFeature<MapItem>;
type Cluster = ClusterFeature<Composition>;

interface Selected {
  items: MapItem[];
  clusters: Supercluster<MapItem, Composition>;
  positions: Map<string, number>;
  spread: Map<string, [number, number]>;
}

/** Selections whose cluster index is kept, so going back and forth does not rebuild it. */
const KEPT_SELECTIONS = 8;

const isCluster = (feature: Point | Cluster): feature is Cluster => 'cluster' in feature.properties;

/**
 * Pixel offsets for points that share their exact coordinates: a ring around the spot, wide enough that
 * neighbours on it stay 28 px apart (markers are 26 px; 24 px is WCAG's minimum target).
 */
export function spreadOut(points: readonly MapItem[]): Map<string, [number, number]> {
  const spots = new Map<string, string[]>();
  for (const point of points) {
    const spot = `${String(point.lng)},${String(point.lat)}`;
    const ids = spots.get(spot);
    if (ids) ids.push(point.id);
    else spots.set(spot, [point.id]);
  }
  const offsets = new Map<string, [number, number]>();
  for (const ids of spots.values()) {
    if (ids.length < 2) continue;
    const radius = 14 / Math.sin(Math.PI / Math.max(2, ids.length));
    ids.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ids.length - Math.PI / 2;
      offsets.set(id, [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))]);
    });
  }
  return offsets;
}

function boundsOf(items: readonly MapItem[]): Box | null {
  if (items.length === 0) return null;
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { lng, lat } of items) {
    box[0] = Math.min(box[0], lng);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lng);
    box[3] = Math.max(box[3], lat);
  }
  return box;
}

export class MapEngine {
  readonly items: readonly MapItem[];
  readonly #points: readonly Point[];
  readonly #byId: ReadonlyMap<string, MapItem>;
  readonly #options: ClusterOptions;
  readonly #kept = new Map<string, Selected>();
  #current: Selected;

  constructor(data: MapData, options: ClusterOptions) {
    this.items = decodeMapData(data);
    this.#points = this.items.map((item) => ({
      type: 'Feature',
      id: item.id,
      geometry: { type: 'Point', coordinates: [item.lng, item.lat] },
      properties: item,
    }));
    this.#byId = new Map(this.items.map((item) => [item.id, item]));
    this.#options = options;
    this.#current = this.#selected({});
  }

  #selected(selection: MapSelection): Selected {
    const key = selectionToParams(selection, mapFilterKeys).toString();
    const kept = this.#kept.get(key);
    if (kept) return kept;
    const positions = new Map<string, number>();
    const points: Point[] = [];
    const items = filterItems(
      this.items.map((item, i) => ({ item, facets: item.facets, point: this.#points[i] })),
      selection,
      mapFilterKeys,
    ).map(({ item, point }, i) => {
      positions.set(item.id, i);
      if (point) points.push(point);
      return item;
    });
    const clusters = new Supercluster<MapItem, Composition>({
      radius: this.#options.radius,
      maxZoom: this.#options.maxZoom,
      map: (item) => ({ initiatives: item.type === 'initiative' ? 1 : 0, places: item.type === 'place' ? 1 : 0 }),
      reduce: (sum, add) => {
        sum.initiatives += add.initiatives;
        sum.places += add.places;
      },
    }).load(points);
    const selected = { items, clusters, positions, spread: spreadOut(items) };
    if (this.#kept.size >= KEPT_SELECTIONS) this.#kept.delete(this.#kept.keys().next().value ?? '');
    this.#kept.set(key, selected);
    return selected;
  }

  /** Make a selection the current one and sum it up. */
  select(selection: MapSelection): SelectionSummary {
    this.#current = this.#selected(selection);
    const { items } = this.#current;
    const counts = countFacets(this.items, selection, mapFilterKeys);
    return {
      ...mapComposition(items),
      counts: Object.fromEntries(
        mapFilterKeys.map((key) => [key, Object.fromEntries(counts[key])]),
      ) as SelectionSummary['counts'],
      bounds: boundsOf(items),
      pages: Math.max(1, Math.ceil(items.length / mapPageSize)),
      rows: this.page(1),
    };
  }

  /** One page of the current selection's list (1-based; out-of-range pages are empty). */
  page(page: number): MapItem[] {
    return this.#current.items.slice((page - 1) * mapPageSize, page * mapPageSize);
  }

  /** The marks of the current selection in a box at a zoom level. */
  marks(box: Box, zoom: number): MapMark[] {
    const { clusters, spread } = this.#current;
    return clusters.getClusters(box, zoom).map((feature): MapMark => {
      const [lng = 0, lat = 0] = feature.geometry.coordinates;
      if (!isCluster(feature)) {
        return { kind: 'point', item: feature.properties, offset: spread.get(feature.properties.id) ?? [0, 0] };
      }
      const { cluster_id: id, point_count: count, initiatives, places } = feature.properties;
      return {
        kind: 'cluster',
        id,
        lng,
        lat,
        count,
        initiatives,
        places,
        expansionZoom: clusters.getClusterExpansionZoom(id),
      };
    });
  }

  /**
   * Where a point is (null: no such point): its position in the current selection's list and the lowest zoom
   * level from `zoom` up at which it is drawn on its own rather than in a group.
   */
  locate(id: string, zoom: number): Located | null {
    const item = this.#byId.get(id);
    if (!item) return null;
    const { clusters, positions } = this.#current;
    const position = positions.get(id) ?? -1;
    const box: Box = [item.lng - 1e-6, item.lat - 1e-6, item.lng + 1e-6, item.lat + 1e-6];
    let shown = this.#options.maxZoom + 1;
    if (position >= 0) {
      for (let at = Math.max(0, zoom); at <= this.#options.maxZoom; at++) {
        if (clusters.getClusters(box, at).some((found) => found.id === id)) {
          shown = at;
          break;
        }
      }
    }
    return { item, position, zoom: shown };
  }
}
