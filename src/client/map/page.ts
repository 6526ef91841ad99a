/**
 * What the map page (MapBrowser.astro) gives its script: the elements it works on and, in data attributes, the
 * tiles, the texts in the page's language (`MapTexts`, lib/core/map-page.ts) and the addresses. Tested in happy-dom
 * (tests/unit/map-dom.test.ts).
 */
import type { MapTexts, MapTiles } from '../../lib/core/map-page.ts';
import { handed } from '../handed.ts';

export interface MapParts {
  canvas: HTMLElement;
  form: HTMLFormElement;
  list: HTMLUListElement;
  /** The live region with the count line. */
  status: HTMLElement;
  pagination: HTMLElement;
  template: HTMLTemplateElement;
  /** The list's heading. */
  heading: HTMLElement;
  /** The filter panel's disclosure (narrow screens) and the count of ticked boxes in its summary. */
  details: HTMLDetailsElement | null;
  activeCount: HTMLElement | null;
}

/** The map page's elements, or null when one the script needs is missing. */
export function mapParts(root: HTMLElement): MapParts | null {
  const canvas = root.querySelector<HTMLElement>('#map-canvas');
  const form = root.querySelector<HTMLFormElement>('[data-map-filters]');
  const list = root.querySelector<HTMLUListElement>('[data-list]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const pagination = root.querySelector<HTMLElement>('[data-list-pagination]');
  const template = root.querySelector<HTMLTemplateElement>('[data-row-template]');
  const heading = root.querySelector<HTMLElement>('#map-list-title');
  if (!canvas || !form || !list || !status || !pagination || !template || !heading) return null;
  const details = root.querySelector<HTMLDetailsElement>('[data-filter-details]');
  const activeCount = root.querySelector<HTMLElement>('[data-active-count]');
  return { canvas, form, list, status, pagination, template, heading, details, activeCount };
}

export interface MapConfig {
  tiles: MapTiles;
  texts: MapTexts;
  /** The page's language. */
  lang: string;
  /** Where the points are (/data/map.json), absolute. */
  src: string;
  /** The map page's path in this language and in the other. */
  base: string;
  otherBase: string;
}

/** The tiles and texts as the component hands them over (`data-tiles`, `data-texts`). */
export const mapTiles = handed<MapTiles>('tiles');
export const mapTexts = handed<MapTexts>('texts');

/** What the page's data attributes say (the server wrote them from the same types). */
export function mapConfig(root: HTMLElement): MapConfig {
  const { dataset } = root;
  return {
    tiles: mapTiles.read(root),
    texts: mapTexts.read(root),
    lang: dataset.lang ?? 'nl',
    src: new URL(dataset.src ?? '', location.href).href,
    base: dataset.base ?? location.pathname,
    otherBase: dataset.otherBase ?? '',
  };
}

/**
 * The filter panel is a disclosure on narrow screens and always open beside the map on wide ones (`wide`): opened
 * before anything else, so it does not move the page later.
 */
export function openFiltersOnWide(details: HTMLDetailsElement | null, wide: MediaQueryList): void {
  const openOnWide = () => {
    if (details && wide.matches) details.open = true;
  };
  openOnWide();
  wide.addEventListener('change', openOnWide);
}
