/**
 * Leaflet markers for the map's marks: a point (its shape; a popup) or a cluster (its count; zooms in). Markers
 * are buttons (Leaflet gives them role="button" and tabindex="0"): Enter and Space activate them, as they do any
 * button (Leaflet itself only opens a bound popup on Enter). What they look like is render.ts.
 */
import * as L from 'leaflet';
import { clusterIcon, pointIcon, type ClusterMark, type PointMark } from './render.ts';

/** Run `activate` when the marker's element gets Enter or Space. */
function onActivate(marker: L.Marker, activate: () => void): void {
  marker.on('add', () => {
    marker.getElement()?.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      activate();
    });
  });
}

export interface PointHooks {
  /** The marker's accessible name. */
  label: string;
  popup: () => HTMLElement;
  /** The reader opens the popup (click or key), from the marker's element: focus returns there when it closes. */
  opening: (element: HTMLElement | null) => void;
}

/** A point's marker, with its popup. */
export function pointMarker(mark: PointMark, hooks: PointHooks): L.Marker {
  const { item } = mark;
  const marker = L.marker(L.latLng(item.lat, item.lng), {
    icon: L.divIcon(pointIcon(mark)),
    keyboard: true,
    riseOnHover: true,
  });
  marker.on('add', () => {
    const element = marker.getElement();
    element?.setAttribute('aria-label', hooks.label);
    element?.setAttribute('data-id', item.id);
  });
  // Registered before bindPopup's own click handler, so it runs before the popup opens.
  marker.on('click', () => {
    hooks.opening(marker.getElement() ?? null);
  });
  marker.bindPopup(hooks.popup, { autoPanPadding: [24, 24] });
  onActivate(marker, () => {
    hooks.opening(marker.getElement() ?? null);
    marker.openPopup();
  });
  return marker;
}

export interface ClusterHooks {
  /** The marker's accessible name. */
  label: string;
  /** Zoom in to where the cluster falls apart. */
  zoomIn: () => void;
  /** Zoomed in from the keyboard: the cluster is gone after the zoom, so focus must go somewhere. */
  zoomedByKey: () => void;
}

/** A cluster's marker: its count; activating it zooms in. */
export function clusterMarker(cluster: ClusterMark, hooks: ClusterHooks): L.Marker {
  const marker = L.marker(L.latLng(cluster.lat, cluster.lng), {
    icon: L.divIcon(clusterIcon(cluster.count)),
    keyboard: true,
  });
  marker.on('add', () => {
    const element = marker.getElement();
    element?.setAttribute('aria-label', hooks.label);
    element?.setAttribute('data-count', String(cluster.count));
  });
  marker.on('click', hooks.zoomIn);
  onActivate(marker, () => {
    hooks.zoomedByKey();
    hooks.zoomIn();
  });
  return marker;
}
