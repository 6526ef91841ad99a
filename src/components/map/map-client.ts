/**
 * The map page's script (MapBrowser.astro loads it; Vite bundles Leaflet and supercluster into it, so they load
 * on this page only). It reads /data/map.json once, then:
 * - filters with the list page's rules (`matches`/`countFacets` from lib/facets.ts, with the map's keys), keeps
 *   the selection in the URL query and updates the counts beside each checkbox and the announced result count;
 * - clusters the selection with supercluster (one index per selection, built once and kept), and on every
 *   `moveend` draws only the clusters and points in view, reusing the markers that stay;
 * - pages through the list of the same selection beside the map (never thousands of rows at once); each row's
 *   button shows its point on the map and opens its popup; `#place-<slug>` and `#initiative-<slug>` focus a row.
 * Everything authored (titles) is written as text, never as HTML.
 */
import * as L from 'leaflet';
import Supercluster, { type ClusterFeature, type PointFeature } from 'supercluster';
import { countFacets, filterItems, selectionFromParams, selectionToParams } from '../../lib/facets.ts';
import {
  mapFilterKeys,
  mapItemMeta,
  type MapFeature,
  type MapFilterKey,
  type MapIndex,
  type MapItemProperties,
  type MapItemType,
  type MapSelection,
} from '../../lib/map-filters.ts';

interface Tiles {
  url: string;
  attribution: { text: string; url?: string };
  maxZoom: number;
  subdomains?: string;
}

interface Texts {
  results: string;
  none: string;
  empty: string;
  initiative: string;
  initiatives: string;
  place: string;
  places: string;
  cluster: string;
  marker: string;
  close: string;
  zoomIn: string;
  zoomOut: string;
  previous: string;
  next: string;
  status: string;
  paths: Record<MapItemType, string>;
  labels: Partial<Record<MapFilterKey, Record<string, string>>>;
}

/** Rows of the list drawn at a time. */
const PAGE_SIZE = 20;
/** How close (in pixels) points must be to be grouped, and the deepest zoom level that still groups them. */
const CLUSTER_RADIUS = 80;
const CLUSTER_MAX_ZOOM = 16;
/** The zoom level a single point (or a fit around close points) is shown at. */
const DETAIL_ZOOM = 13;
/** The Netherlands, for a map with nothing on it. */
const NETHERLANDS = L.latLngBounds([50.75, 3.36], [53.55, 7.23]);
/** Selections whose cluster index is kept, so going back and forth does not rebuild it. */
const KEPT_INDEXES = 8;

interface Composition {
  initiatives: number;
  places: number;
}
type Point = PointFeature<MapItemProperties>;
type Cluster = ClusterFeature<Composition>;

const isCluster = (feature: Point | Cluster): feature is Cluster => 'cluster' in feature.properties;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

/**
 * Pixel offsets for points that share their exact coordinates: a ring around the spot, wide enough that
 * neighbours on it stay 28 px apart (markers are 26 px; 24 px is WCAG's minimum target).
 */
function spreadOut(points: readonly MapFeature[]): Map<string, [number, number]> {
  const spots = new Map<string, string[]>();
  for (const point of points) {
    const spot = point.geometry.coordinates.join(',');
    spots.set(spot, [...(spots.get(spot) ?? []), point.id]);
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

export async function enhanceMap(root: HTMLElement): Promise<void> {
  const canvas = root.querySelector<HTMLElement>('#map-canvas');
  const form = root.querySelector<HTMLFormElement>('[data-map-filters]');
  const list = root.querySelector<HTMLUListElement>('[data-list]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const pagination = root.querySelector<HTMLElement>('[data-list-pagination]');
  const template = root.querySelector<HTMLTemplateElement>('[data-row-template]');
  const heading = root.querySelector<HTMLElement>('#map-list-title');
  if (!canvas || !form || !list || !status || !pagination || !template || !heading) return;
  const response = await fetch(root.dataset.src ?? '');
  if (!response.ok) return;
  const index = (await response.json()) as MapIndex;
  const tiles = JSON.parse(root.dataset.tiles ?? '{}') as Tiles;
  const texts = JSON.parse(root.dataset.texts ?? '{}') as Texts;
  const lang = root.dataset.lang ?? 'nl';
  const base = root.dataset.base ?? location.pathname;
  const otherBase = root.dataset.otherBase ?? '';
  const languageSwitch = document.querySelector<HTMLAnchorElement>('[data-lang-switch]');
  const switchHref = languageSwitch?.getAttribute('href') ?? '';
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const activeCount = root.querySelector<HTMLElement>('[data-active-count]');
  const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  const clusterMaxZoom = Math.min(CLUSTER_MAX_ZOOM, tiles.maxZoom - 1);

  const items = index.features.map((feature) => ({ feature, facets: feature.properties.facets }));
  const byId = new Map(index.features.map((feature) => [feature.id, feature]));
  const label = (key: MapFilterKey, value: string): string => texts.labels[key]?.[value] ?? value;
  const count = (n: number, one: string, many: string): string => (n === 1 ? one : fill(many, { count: n }));
  const pathOf = (item: MapItemProperties): string => texts.paths[item.type].replace('__slug__', item.slug);
  const latLngOf = (feature: { geometry: { coordinates: number[] } }): L.LatLng =>
    L.latLng(feature.geometry.coordinates[1] ?? 0, feature.geometry.coordinates[0] ?? 0);

  // --- The map --------------------------------------------------------------------------------------------------

  const map = L.map(canvas, {
    zoomControl: false,
    maxZoom: tiles.maxZoom,
    minZoom: 3,
    zoomSnap: 1,
    // Readers who ask for less motion get a map that jumps instead of gliding.
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
  const credit = tiles.attribution.url
    ? `<a href="${escapeHtml(tiles.attribution.url)}">${escapeHtml(tiles.attribution.text)}</a>`
    : escapeHtml(tiles.attribution.text);
  L.tileLayer(tiles.url, {
    maxZoom: tiles.maxZoom,
    attribution: credit,
    ...(tiles.subdomains ? { subdomains: tiles.subdomains } : {}),
  }).addTo(map);
  const layer = L.layerGroup().addTo(map);

  // --- State: the selection, its points and their cluster index ------------------------------------------------

  const indexes = new Map<string, Supercluster<MapItemProperties, Composition>>();
  const clusterIndex = (key: string, points: MapFeature[]) => {
    let found = indexes.get(key);
    if (!found) {
      found = new Supercluster<MapItemProperties, Composition>({
        radius: CLUSTER_RADIUS,
        maxZoom: clusterMaxZoom,
        map: (props) => ({
          initiatives: props.type === 'initiative' ? 1 : 0,
          places: props.type === 'place' ? 1 : 0,
        }),
        reduce: (sum, props) => {
          sum.initiatives += props.initiatives;
          sum.places += props.places;
        },
      }).load(points);
      if (indexes.size >= KEPT_INDEXES) indexes.delete(indexes.keys().next().value ?? '');
      indexes.set(key, found);
    }
    return found;
  };

  let matched: MapFeature[] = [];
  /** The cluster index of the current selection (set by `apply` before anything is drawn). */
  let clusters = new Supercluster<MapItemProperties, Composition>();
  let markers = new Map<string, L.Marker>();
  /**
   * Points at exactly the same spot (an initiative and the place it happens at, often) would hide each other at
   * any zoom: they are drawn side by side on a small ring around the spot, in pixels.
   */
  let spread = new Map<string, [number, number]>();
  let listPage = 1;
  /** Where focus goes back to when a popup opened from the keyboard closes. */
  let returnFocus: HTMLElement | null = null;
  /** Whether the next popup takes focus (opened by a marker or a list button, not by an address anchor). */
  let focusPopup = true;

  // --- Markers ---------------------------------------------------------------------------------------------------

  const popupContent = (item: MapItemProperties): HTMLElement => {
    const box = document.createElement('div');
    box.className = 'bp-map-popup';
    const kind = document.createElement('p');
    kind.className = 'bp-map-popup-kind';
    kind.textContent = mapItemMeta(item, label);
    const title = document.createElement('p');
    title.className = 'bp-map-popup-title';
    const link = document.createElement('a');
    link.href = pathOf(item);
    link.textContent = item.title;
    if (item.lang !== lang) link.lang = item.lang;
    title.append(link);
    box.append(kind, title);
    return box;
  };

  const shapeClass = (item: MapItemProperties): string => {
    const status = item.facets.placeStatus[0];
    return `bp-map-shape bp-map-shape--${item.type}${status ? ` bp-map-shape--${status}` : ''}`;
  };

  /**
   * Markers are buttons (Leaflet gives them role="button" and tabindex="0"): Enter and Space activate them, as
   * they do any button. Leaflet itself only opens a bound popup on Enter.
   */
  const onActivate = (marker: L.Marker, activate: () => void): void => {
    marker.on('add', () => {
      marker.getElement()?.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        activate();
      });
    });
  };

  const pointMarker = (point: Point): L.Marker => {
    const item = point.properties;
    const [dx, dy] = spread.get(String(point.id)) ?? [0, 0];
    const marker = L.marker(latLngOf(point), {
      icon: L.divIcon({
        className: 'bp-map-marker',
        html: `<span class="${shapeClass(item)}"></span>`,
        iconSize: [26, 26],
        iconAnchor: [13 - dx, 13 - dy],
        popupAnchor: [dx, dy - 8],
      }),
      keyboard: true,
      riseOnHover: true,
    });
    marker.on('add', () => {
      const element = marker.getElement();
      element?.setAttribute('aria-label', fill(texts.marker, { type: label('type', item.type), title: item.title }));
      element?.setAttribute('data-id', String(point.id));
    });
    // Registered before bindPopup's own click handler, so it runs before the popup opens.
    marker.on('click', () => {
      returnFocus = marker.getElement() ?? null;
      focusPopup = true;
    });
    marker.bindPopup(() => popupContent(item), { autoPanPadding: [24, 24] });
    onActivate(marker, () => {
      returnFocus = marker.getElement() ?? null;
      focusPopup = true;
      marker.openPopup();
    });
    return marker;
  };

  const clusterMarker = (cluster: Cluster): L.Marker => {
    const { point_count: size, cluster_id: id, initiatives, places } = cluster.properties;
    const large = size >= 100 ? ' bp-map-cluster--huge' : size >= 10 ? ' bp-map-cluster--large' : '';
    const pixels = size >= 100 ? 52 : size >= 10 ? 44 : 36;
    const marker = L.marker(latLngOf(cluster), {
      icon: L.divIcon({
        className: 'bp-map-cluster-marker',
        html: `<span class="bp-map-cluster${large}">${String(size)}</span>`,
        iconSize: [pixels, pixels],
      }),
      keyboard: true,
    });
    marker.on('add', () => {
      const element = marker.getElement();
      element?.setAttribute(
        'aria-label',
        fill(texts.cluster, {
          count: size,
          initiatives: count(initiatives, texts.initiative, texts.initiatives),
          places: count(places, texts.place, texts.places),
        }),
      );
      element?.setAttribute('data-count', String(size));
    });
    const zoomIn = () => {
      map.setView(latLngOf(cluster), Math.min(clusters.getClusterExpansionZoom(id), tiles.maxZoom), { animate });
    };
    marker.on('click', zoomIn);
    onActivate(marker, () => {
      // The cluster is gone after the zoom: focus stays on the map, not on <body>.
      map.once('moveend', () => {
        canvas.focus({ preventScroll: true });
      });
      zoomIn();
    });
    return marker;
  };

  /** Draw what is in view: the clusters and points of the current zoom level, reusing markers that stay. */
  const drawMarkers = (): void => {
    const bounds = map.getBounds();
    const box: [number, number, number, number] = [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ];
    const next = new Map<string, L.Marker>();
    for (const feature of clusters.getClusters(box, Math.round(map.getZoom()))) {
      const key = isCluster(feature) ? `cluster:${String(feature.properties.cluster_id)}` : String(feature.id);
      next.set(key, markers.get(key) ?? (isCluster(feature) ? clusterMarker(feature) : pointMarker(feature)));
    }
    for (const [key, marker] of markers) if (!next.has(key)) layer.removeLayer(marker);
    for (const [key, marker] of next) if (!markers.has(key)) layer.addLayer(marker);
    markers = next;
  };

  map.on('moveend', drawMarkers);
  map.on('popupopen', (event: L.PopupEvent) => {
    const element = event.popup.getElement();
    element?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', texts.close);
    if (focusPopup) element?.querySelector<HTMLElement>('.bp-map-popup a')?.focus({ preventScroll: true });
    focusPopup = true;
  });
  // Escape closes a popup from inside it too (Leaflet listens only while the map itself has focus).
  canvas.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && (event.target as Element).closest('.leaflet-popup')) map.closePopup();
  });
  map.on('popupclose', (event: L.PopupEvent) => {
    const element = event.popup.getElement();
    const active = document.activeElement;
    const lost = !active || active === document.body || (element?.contains(active) ?? false);
    if (lost && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  });

  /** Fit the map around points (the Netherlands when there are none). */
  const fitTo = (points: readonly MapFeature[]): void => {
    if (points.length === 0) map.fitBounds(NETHERLANDS, { animate: false });
    else {
      const bounds = L.latLngBounds(points.map(latLngOf));
      // Room for the zoom buttons (top left) and the attribution (bottom right), so no point starts under them.
      map.fitBounds(bounds, {
        paddingTopLeft: [64, 40],
        paddingBottomRight: [40, 48],
        maxZoom: DETAIL_ZOOM,
        animate: false,
      });
    }
    drawMarkers();
  };

  /** The lowest zoom level from the current one at which a point is drawn on its own, not in a cluster. */
  const zoomShowing = (feature: MapFeature): number => {
    const at = latLngOf(feature);
    const box: [number, number, number, number] = [at.lng - 1e-6, at.lat - 1e-6, at.lng + 1e-6, at.lat + 1e-6];
    for (let zoom = Math.round(map.getZoom()); zoom <= clusterMaxZoom; zoom++) {
      if (clusters.getClusters(box, zoom).some((found) => found.id === feature.id)) return zoom;
    }
    return clusterMaxZoom + 1;
  };

  /** Show one point on the map and open its popup; `focus` moves focus into the popup. */
  const showOnMap = (id: string, focus: boolean, from: HTMLElement | null): void => {
    const feature = byId.get(id);
    if (!feature) return;
    map.closePopup();
    map.setView(latLngOf(feature), Math.max(Math.round(map.getZoom()), zoomShowing(feature)), { animate: false });
    drawMarkers();
    const marker = markers.get(id);
    if (!marker) return;
    returnFocus = from;
    focusPopup = focus;
    marker.openPopup();
    for (const element of canvas.querySelectorAll('[data-current]')) element.removeAttribute('data-current');
    marker.getElement()?.setAttribute('data-current', '');
  };

  // --- The list beside the map --------------------------------------------------------------------------------

  const row = (feature: MapFeature): Node => {
    const item = feature.properties;
    const node = template.content.cloneNode(true) as DocumentFragment;
    const slot = (name: string) => node.querySelector<HTMLElement>(`[data-slot="${name}"]`);
    const li = slot('row');
    if (li) li.id = feature.id;
    const shape = slot('shape');
    if (shape) shape.className = shapeClass(item);
    const title = slot('title') as HTMLAnchorElement | null;
    if (title) {
      title.textContent = item.title;
      title.href = pathOf(item);
      if (item.lang !== lang) title.lang = item.lang;
    }
    const meta = slot('meta');
    if (meta) meta.textContent = mapItemMeta(item, label);
    const show = slot('show');
    show?.setAttribute('data-show', feature.id);
    // The visible "Op de kaart" plus which one, for a list of many such buttons (the label starts with the visible text).
    show?.setAttribute('aria-label', `${show.textContent.trim()}: ${item.title}`);
    return node;
  };

  const pageButton = (text: string, page: number): HTMLButtonElement => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    button.addEventListener('click', () => {
      listPage = page;
      renderList();
      // The button that had focus may be gone: keep keyboard and screen-reader users at the top of the list.
      heading.focus({ preventScroll: true });
      heading.scrollIntoView({ block: 'nearest' });
    });
    return button;
  };

  const renderList = (): void => {
    const pages = Math.max(1, Math.ceil(matched.length / PAGE_SIZE));
    listPage = Math.min(Math.max(1, listPage), pages);
    list.replaceChildren(...matched.slice((listPage - 1) * PAGE_SIZE, listPage * PAGE_SIZE).map(row));
    pagination.replaceChildren();
    pagination.hidden = pages <= 1;
    if (pages <= 1) return;
    if (listPage > 1) pagination.append(pageButton(texts.previous, listPage - 1));
    const where = document.createElement('span');
    where.textContent = fill(texts.status, { page: listPage, pages });
    pagination.append(where);
    if (listPage < pages) pagination.append(pageButton(texts.next, listPage + 1));
  };

  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-show]');
    if (button) showOnMap(button.dataset.show ?? '', true, button);
  });

  // --- Filters ---------------------------------------------------------------------------------------------------

  const readSelection = (): MapSelection => selectionFromParams(new URLSearchParams(location.search), mapFilterKeys);

  const urlFor = (selection: MapSelection): string => {
    const query = selectionToParams(selection, mapFilterKeys).toString();
    return `${base}${query ? `?${query}` : ''}`;
  };

  const selectionFromForm = (): MapSelection => {
    const selection: MapSelection = {};
    for (const key of mapFilterKeys) {
      const values = boxes.filter((box) => box.name === key && box.checked).map((box) => box.value);
      if (values.length > 0) selection[key] = values;
    }
    return selection;
  };

  /** Apply a selection to the checkboxes, the counts, the status, the markers and the list. */
  const apply = (selection: MapSelection): void => {
    const key = selectionToParams(selection, mapFilterKeys).toString();
    if (languageSwitch) languageSwitch.href = location.search ? `${otherBase}${location.search}` : switchHref;
    matched = filterItems(items, selection, mapFilterKeys).map((item) => item.feature);
    const counts = countFacets(items, selection, mapFilterKeys);
    for (const box of boxes) {
      const name = box.name as MapFilterKey;
      box.checked = (selection[name] ?? []).includes(box.value);
      const n = counts[name].get(box.value) ?? 0;
      const counter = form.querySelector(`[data-count-for="${name}:${box.value}"]`);
      if (counter) counter.textContent = `(${String(n)})`;
      // A box with focus stays enabled: disabling it would drop keyboard focus to <body>.
      box.disabled = n === 0 && !box.checked && box !== document.activeElement;
    }
    if (activeCount) {
      const ticked = boxes.filter((box) => box.checked).length;
      activeCount.textContent = ticked > 0 ? `(${String(ticked)})` : '';
    }
    const initiatives = matched.filter((feature) => feature.properties.type === 'initiative').length;
    status.textContent =
      items.length === 0
        ? texts.empty
        : matched.length === 0
          ? texts.none
          : fill(texts.results, {
              count: matched.length,
              initiatives: count(initiatives, texts.initiative, texts.initiatives),
              places: count(matched.length - initiatives, texts.place, texts.places),
            });
    map.closePopup();
    layer.clearLayers();
    markers = new Map();
    clusters = clusterIndex(key, matched);
    spread = spreadOut(matched);
    listPage = 1;
    renderList();
    fitTo(matched);
  };

  form.addEventListener('change', () => {
    history.pushState(null, '', urlFor(selectionFromForm()));
    apply(readSelection());
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    history.pushState(null, '', urlFor({}));
    apply({});
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });
  window.addEventListener('popstate', () => {
    apply(readSelection());
  });

  // --- Addresses of one item: /kaart/#place-<slug> --------------------------------------------------------------

  const focusTarget = (): void => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!byId.has(id)) return;
    let position = matched.findIndex((feature) => feature.id === id);
    if (position < 0) {
      // The filters in the address hide it: show everything, so the link still leads somewhere.
      history.replaceState(null, '', `${base}${location.hash}`);
      apply({});
      position = matched.findIndex((feature) => feature.id === id);
    }
    listPage = Math.floor(position / PAGE_SIZE) + 1;
    renderList();
    const target = document.getElementById(id);
    for (const element of list.querySelectorAll('[data-current]')) element.removeAttribute('data-current');
    target?.setAttribute('data-current', '');
    showOnMap(id, false, null);
    target?.focus();
  };
  window.addEventListener('hashchange', focusTarget);

  // The filter panel is a disclosure on narrow screens and always open beside the map on wide ones.
  const details = root.querySelector<HTMLDetailsElement>('[data-filter-details]');
  const wide = matchMedia('(min-width: 60rem)');
  const openOnWide = () => {
    if (details && wide.matches) details.open = true;
  };
  openOnWide();
  wide.addEventListener('change', openOnWide);

  apply(readSelection());
  root.dataset.enhanced = '';
  if (location.hash) focusTarget();
}
