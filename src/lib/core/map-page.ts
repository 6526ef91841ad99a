/**
 * What the map page (MapBrowser.astro) hands its script, and the words both of them write. The page puts
 * `MapTexts` (built by `mapTexts()` in map-data.ts, in the page's language) and `MapTiles` into data attributes;
 * the script (src/client/map/) reads them back with these types. The count line ("12 op de kaart: 9 initiatieven
 * en 3 plekken"), a row's shape and its button's name are made here once, for the server's first page and for
 * every page the script shows. Pure and imports no build-time code: the build and the map page's script share it.
 */
import { fill, plural } from '../../i18n/format.ts';
import type { MapComposition, MapItem, MapItemType } from './map-filters.ts';

/** What the script says, with `{placeholders}` left in: the page fills nothing it cannot know. */
export interface MapTexts {
  /** The count line: `{count}`, `{initiatives}` and `{places}` (the latter two from `initiative(s)`, `place(s)`). */
  results: string;
  /** The count line when the filters keep nothing. */
  none: string;
  /** The count line when there is nothing on the map at all. */
  empty: string;
  /** One initiative, and `{count}` of them; the same for places. */
  initiative: string;
  initiatives: string;
  place: string;
  places: string;
  /** A cluster's accessible name: `{count}`, `{initiatives}`, `{places}`. */
  cluster: string;
  /** A marker's accessible name: `{type}`, `{title}`. */
  marker: string;
  /** The popup's close button and the zoom buttons. */
  close: string;
  zoomIn: string;
  zoomOut: string;
  /** The list's pagination: the buttons, and `{page}` of `{pages}`. */
  previous: string;
  next: string;
  status: string;
  /** The page of an initiative and of a place in the page's language, with `slugPlaceholder` for the slug. */
  paths: Record<MapItemType, string>;
}

/** The tiles and their credit, from the site config (`site.map`). */
export interface MapTiles {
  url: string;
  attribution: { text: string; url?: string };
  maxZoom: number;
  subdomains?: string;
}

/** Stands for the slug in `MapTexts.paths`. */
export const slugPlaceholder = '__slug__';

export { fill };

/** `1 plek` or `3 plekken`: the singular text for one, the plural one (with `{count}`) otherwise. */
export function countText(n: number, one: string, many: string): string {
  return plural(n, { one, other: many });
}

/** `{initiatives}` and `{places}` of a count line or a cluster's name, filled from a composition. */
function compositionValues(texts: MapTexts, { count, initiatives, places }: MapComposition) {
  return {
    count,
    initiatives: countText(initiatives, texts.initiative, texts.initiatives),
    places: countText(places, texts.place, texts.places),
  };
}

/** The count line: how many of the `total` points are shown, and how many of them initiatives and places. */
export function statusText(texts: MapTexts, total: number, shown: MapComposition): string {
  if (total === 0) return texts.empty;
  if (shown.count === 0) return texts.none;
  return fill(texts.results, compositionValues(texts, shown));
}

/** A cluster's accessible name: how many points, and of which kind. */
export function clusterText(texts: MapTexts, cluster: MapComposition): string {
  return fill(texts.cluster, compositionValues(texts, cluster));
}

/** The page of a point, in the page's language. */
export function itemPath(texts: Pick<MapTexts, 'paths'>, item: Pick<MapItem, 'type' | 'slug'>): string {
  return texts.paths[item.type].replace(slugPlaceholder, item.slug);
}

/** The classes of a point's shape (marker, list row): circle or diamond, and a place's status. */
export function shapeClass(item: Pick<MapItem, 'type' | 'facets'>): string {
  const placeStatus = item.facets.placeStatus[0];
  return `bp-map-shape bp-map-shape--${item.type}${placeStatus ? ` bp-map-shape--${placeStatus}` : ''}`;
}

/** The accessible name of a row's button: its visible text ("Op de kaart") first, then which point. */
export function showButtonLabel(visible: string, title: string): string {
  return `${visible}: ${title}`;
}
