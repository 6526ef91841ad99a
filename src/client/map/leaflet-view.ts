/**
 * The map itself, on Leaflet: tiles, zoom buttons, markers for the marks the worker sends (reusing those that
 * stay), popups that take and give back focus, and a view fitted to a selection or, without one, to the
 * Netherlands (`NETHERLANDS_BOUNDS`, the code base's one box). `MapView` is what the session (session.ts) draws
 * on; the end-to-end tests (tests/e2e/map.test.ts) try it in a browser.
 */
import * as L from 'leaflet';
import type { MapItem } from '../../lib/core/map-filters.ts';
import { clusterText, fill, type MapTexts, type MapTiles } from '../../lib/core/map-page.ts';
import { NETHERLANDS_BOUNDS } from '../../taxonomy/netherlands.ts';
import type { Box, MapMark } from './engine.ts';
import { clusterMarker, pointMarker } from './markers.ts';
import { creditHtml, DETAIL_ZOOM, popupContent, reconcile, viewBox, type ItemContext } from './render.ts';
import type { MapCanvas } from './session.ts';

const { minLat, maxLat, minLng, maxLng } = NETHERLANDS_BOUNDS;
const NETHERLANDS = L.latLngBounds([minLat, minLng], [maxLat, maxLng]);

export interface MapViewOptions extends ItemContext {
  canvas: HTMLElement;
  tiles: MapTiles;
  texts: MapTexts;
  /** False when the reader asks for less motion: the map jumps instead of gliding. */
  animate: boolean;
}

/** Where focus goes back to when a popup closes, and whether the next popup takes focus. */
interface PopupFocus {
  returnTo: HTMLElement | null;
  take: boolean;
}

/** The Leaflet map with its controls and tiles, showing the Netherlands. */
function createMap({ canvas, tiles, texts, animate }: MapViewOptions): L.Map {
  const map = L.map(canvas, {
    zoomControl: false,
    maxZoom: tiles.maxZoom,
    minZoom: 3,
    zoomSnap: 1,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
    inertia: animate,
  });
  if (!animate) {
    // Leaflet animates every pan (arrow keys, a popup that makes room for itself) unless told not to.
    const panBy = map.panBy.bind(map);
    map.panBy = (offset, options) => panBy(offset, { ...options, animate: false });
  }
  L.control.zoom({ zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut }).addTo(map);
  L.tileLayer(tiles.url, {
    maxZoom: tiles.maxZoom,
    attribution: creditHtml(tiles.attribution),
    ...(tiles.subdomains ? { subdomains: tiles.subdomains } : {}),
  }).addTo(map);
  map.fitBounds(NETHERLANDS, { animate: false });
  return map;
}

/** A popup takes focus when the reader opened it, names its close button, and gives focus back when it closes. */
function keepPopupFocus(map: L.Map, canvas: HTMLElement, closeText: string, focus: PopupFocus): void {
  map.on('popupopen', (event: L.PopupEvent) => {
    const element = event.popup.getElement();
    element?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', closeText);
    if (focus.take) element?.querySelector<HTMLElement>('.bp-map-popup a')?.focus({ preventScroll: true });
    focus.take = true;
  });
  // Escape closes a popup from inside it too (Leaflet listens only while the map itself has focus).
  canvas.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && (event.target as Element).closest('.leaflet-popup')) map.closePopup();
  });
  map.on('popupclose', (event: L.PopupEvent) => {
    const element = event.popup.getElement();
    const active = document.activeElement;
    const lost = !active || active === document.body || (element?.contains(active) ?? false);
    if (lost && focus.returnTo?.isConnected) focus.returnTo.focus({ preventScroll: true });
    focus.returnTo = null;
  });
}

export class MapView implements MapCanvas {
  readonly #options: MapViewOptions;
  readonly #map: L.Map;
  readonly #layer: L.LayerGroup;
  readonly #focus: PopupFocus = { returnTo: null, take: true };
  #markers = new Map<string, L.Marker>();

  constructor(options: MapViewOptions) {
    this.#options = options;
    this.#map = createMap(options);
    this.#layer = L.layerGroup().addTo(this.#map);
    keepPopupFocus(this.#map, options.canvas, options.texts.close, this.#focus);
  }

  /** Call `listener` after every pan and zoom. */
  onMove(listener: () => void): void {
    this.#map.on('moveend', listener);
  }

  box(): Box {
    const bounds = this.#map.getBounds();
    return viewBox(bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth());
  }

  zoom(): number {
    return Math.round(this.#map.getZoom());
  }

  fit(bounds: Box | null): void {
    if (!bounds) {
      this.#map.fitBounds(NETHERLANDS, { animate: false });
      return;
    }
    const [west, south, east, north] = bounds;
    // Room for the zoom buttons (top left) and the attribution (bottom right), so no point starts under them.
    this.#map.fitBounds(L.latLngBounds([south, west], [north, east]), {
      paddingTopLeft: [64, 40],
      paddingBottomRight: [40, 48],
      maxZoom: DETAIL_ZOOM,
      animate: false,
    });
  }

  show(marks: readonly MapMark[]): void {
    const { next, added, removed } = reconcile(this.#markers, marks, (mark) => this.#marker(mark));
    for (const marker of removed) this.#layer.removeLayer(marker);
    for (const marker of added) this.#layer.addLayer(marker);
    this.#markers = next;
  }

  clear(): void {
    this.#map.closePopup();
    this.#layer.clearLayers();
    this.#markers = new Map();
  }

  closePopup(): void {
    this.#map.closePopup();
  }

  centreOn(at: Pick<MapItem, 'lat' | 'lng'>, zoom: number): void {
    this.#map.setView(L.latLng(at.lat, at.lng), zoom, { animate: false });
  }

  openPopup(id: string, focus: boolean, from: HTMLElement | null): void {
    const marker = this.#markers.get(id);
    if (!marker) return;
    this.#focus.returnTo = from;
    this.#focus.take = focus;
    marker.openPopup();
    for (const element of this.#options.canvas.querySelectorAll('[data-current]'))
      element.removeAttribute('data-current');
    marker.getElement()?.setAttribute('data-current', '');
  }

  #marker(mark: MapMark): L.Marker {
    const { texts, label, tiles, animate, canvas } = this.#options;
    if (mark.kind === 'point') {
      const { item } = mark;
      return pointMarker(mark, {
        label: fill(texts.marker, { type: label('type', item.type), title: item.title }),
        popup: () => popupContent(item, this.#options),
        opening: (element) => {
          this.#focus.returnTo = element;
          this.#focus.take = true;
        },
      });
    }
    const at = L.latLng(mark.lat, mark.lng);
    return clusterMarker(mark, {
      label: clusterText(texts, mark),
      zoomIn: () => {
        this.#map.setView(at, Math.min(mark.expansionZoom, tiles.maxZoom), { animate });
      },
      zoomedByKey: () => {
        // The cluster is gone after the zoom: focus stays on the map, not on <body>.
        this.#map.once('moveend', () => {
          canvas.focus({ preventScroll: true });
        });
      },
    });
  }
}
