/**
 * How the map draws: the clustering and zoom settings, the icons of points and clusters, the view's box, which
 * markers to keep, add and remove, the tiles' credit and a point's popup. No Leaflet here (leaflet-view.ts and
 * markers.ts hand these to it), so all of it is tested without a map (tests/unit/map-render.test.ts, and the
 * popup in tests/unit/map-dom.test.ts).
 */
import { mapItemMeta, type MapItem, type MapValueLabel } from '../../lib/core/map-filters.ts';
import { itemPath, shapeClass, type MapTexts, type MapTiles } from '../../lib/core/map-page.ts';
import type { Box, ClusterOptions, MapMark } from './engine.ts';

/** How close (in pixels) points must be to be grouped, and the deepest zoom level that still groups them. */
export const CLUSTER_RADIUS = 80;
export const CLUSTER_MAX_ZOOM = 16;
/** The zoom level a single point (or a fit around close points) is shown at. */
export const DETAIL_ZOOM = 13;

/** Clustering for tiles that go to `maxZoom`: points are single one level before the tiles end, at the latest. */
export function clusterOptions(maxZoom: number): ClusterOptions {
  return { radius: CLUSTER_RADIUS, maxZoom: Math.min(CLUSTER_MAX_ZOOM, maxZoom - 1) };
}

export type PointMark = Extract<MapMark, { kind: 'point' }>;
export type ClusterMark = Extract<MapMark, { kind: 'cluster' }>;

/** A marker's icon, as Leaflet's `divIcon` takes it. */
export interface IconOptions {
  className: string;
  html: string;
  iconSize: [number, number];
  iconAnchor?: [number, number];
  popupAnchor?: [number, number];
}

/** A point's icon: its shape, 26 px, moved by its offset when it shares its spot with others. */
export function pointIcon({ item, offset: [dx, dy] }: PointMark): IconOptions {
  return {
    className: 'bp-map-marker',
    html: `<span class="${shapeClass(item)}"></span>`,
    iconSize: [26, 26],
    iconAnchor: [13 - dx, 13 - dy],
    popupAnchor: [dx, dy - 8],
  };
}

/** A cluster's icon: a disc with its count, larger from 10 and from 100 points. */
export function clusterIcon(count: number): IconOptions {
  const large = count >= 100 ? ' bp-map-cluster--huge' : count >= 10 ? ' bp-map-cluster--large' : '';
  const pixels = count >= 100 ? 52 : count >= 10 ? 44 : 36;
  return {
    className: 'bp-map-cluster-marker',
    html: `<span class="bp-map-cluster${large}">${String(count)}</span>`,
    iconSize: [pixels, pixels],
  };
}

/** The key a mark's marker is kept under between draws: its point's id, or its cluster's. */
export function markKey(mark: MapMark): string {
  return mark.kind === 'cluster' ? `cluster:${String(mark.id)}` : mark.item.id;
}

/** The box in view, within the range of the web map (longitudes ±180, latitudes ±85). */
export function viewBox(west: number, south: number, east: number, north: number): Box {
  return [Math.max(-180, west), Math.max(-85, south), Math.min(180, east), Math.min(85, north)];
}

/** The markers for the next draw: those that stay are reused, the others made; what to add and to remove. */
export function reconcile<T>(
  shown: ReadonlyMap<string, T>,
  marks: readonly MapMark[],
  make: (mark: MapMark) => T,
): { next: Map<string, T>; added: T[]; removed: T[] } {
  const next = new Map<string, T>();
  for (const mark of marks) {
    const key = markKey(mark);
    next.set(key, shown.get(key) ?? make(mark));
  }
  const removed = [...shown].filter(([key]) => !next.has(key)).map(([, marker]) => marker);
  const added = [...next].filter(([key]) => !shown.has(key)).map(([, marker]) => marker);
  return { next, added, removed };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

/** The tiles' credit as HTML (Leaflet's attribution control takes HTML): a link when it has an address. */
export function creditHtml({ text, url }: MapTiles['attribution']): string {
  return url ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** What a popup, a marker and a row say about a point, in the page's language. */
export interface ItemContext {
  lang: string;
  texts: MapTexts;
  label: MapValueLabel;
}

/** A point's popup: what and where it is, and its title linking to its page (written as text, never as HTML). */
export function popupContent(item: MapItem, { lang, texts, label }: ItemContext): HTMLElement {
  const box = document.createElement('div');
  box.className = 'bp-map-popup';
  const kind = document.createElement('p');
  kind.className = 'bp-map-popup-kind';
  kind.textContent = mapItemMeta(item, label);
  const title = document.createElement('p');
  title.className = 'bp-map-popup-title';
  const link = document.createElement('a');
  link.href = itemPath(texts, item);
  link.textContent = item.title;
  if (item.lang !== lang) link.lang = item.lang;
  title.append(link);
  box.append(kind, title);
  return box;
}
