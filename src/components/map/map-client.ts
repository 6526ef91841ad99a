/**
 * The map page's script (MapBrowser.astro loads it; Vite bundles Leaflet into it and the worker apart, so they
 * load on this page only). The page arrives with the filters, the counts and the first page of the list already
 * rendered. Once it has painted, this script starts the map's worker (map-worker.ts: it loads /data/map.json,
 * filters and clusters, off the main thread) and the Leaflet map, then:
 * - keeps the selection in the URL query (`selectionToParams` from lib/facets.ts, as on the list page), asks the
 *   worker for its summary (the counts beside each checkbox, the announced count, its bounds) and fits the map;
 * - on every `moveend` asks the worker for the clusters and points in view and draws them, reusing markers;
 * - pages through the list of the same selection, a page of rows from the worker at a time; each row's button
 *   shows its point on the map and opens its popup; `#place-<slug>` and `#initiative-<slug>` show the page that
 *   holds the point, focus its row and open its popup, whether or not the server rendered that row.
 * Labels of filter values are read from the filter panel, so the data carries ids only.
 * Everything authored (titles) is written as text, never as HTML.
 */
import * as L from 'leaflet';
import { selectionFromParams, selectionToParams } from '../../lib/facets.ts';
import {
  mapFilterKeys,
  mapItemMeta,
  mapPageSize,
  type MapFilterKey,
  type MapItem,
  type MapItemType,
  type MapSelection,
} from '../../lib/map-filters.ts';
import type { Box, MapMark } from './map-engine.ts';
import type { MapWorkerCall, MapWorkerCalls, MapWorkerResponse } from './map-worker.ts';

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
}

/** How close (in pixels) points must be to be grouped, and the deepest zoom level that still groups them. */
const CLUSTER_RADIUS = 80;
const CLUSTER_MAX_ZOOM = 16;
/** The zoom level a single point (or a fit around close points) is shown at. */
const DETAIL_ZOOM = 13;
/** The Netherlands, for a map with nothing on it (yet). */
const NETHERLANDS = L.latLngBounds([50.75, 3.36], [53.55, 7.23]);

type PointMark = Extract<MapMark, { kind: 'point' }>;
type ClusterMark = Extract<MapMark, { kind: 'cluster' }>;
type Call = <K extends MapWorkerCall>(call: K, args: MapWorkerCalls[K]['args']) => Promise<MapWorkerCalls[K]['result']>;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

/** Resolves once the page has painted: the map's work starts after the reader sees the page, not before. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    // A tab opened in the background paints nothing (and runs no animation frames) until it is shown.
    if (document.visibilityState === 'hidden') resolve();
    else
      requestAnimationFrame(() => {
        setTimeout(resolve, 0);
      });
  });
}

/** Resolves in a later task, so the browser can paint and answer input in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}

/** Calls to the worker, each a promise of its answer. */
function connect(worker: Worker): Call {
  let last = 0;
  const waiting = new Map<number, { resolve: (result: never) => void; reject: (error: Error) => void }>();
  worker.addEventListener('message', ({ data }: MessageEvent<MapWorkerResponse>) => {
    const pending = waiting.get(data.id);
    waiting.delete(data.id);
    if ('error' in data) pending?.reject(new Error(data.error));
    else pending?.resolve(data.result as never);
  });
  worker.addEventListener('error', () => {
    for (const pending of waiting.values()) pending.reject(new Error('The map worker failed to start'));
    waiting.clear();
  });
  return (call, args) =>
    new Promise((resolve, reject) => {
      const id = ++last;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, call, args });
    });
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

  // The filter panel is a disclosure on narrow screens and always open beside the map on wide ones: opened
  // before anything else, so it does not move the page later.
  const details = root.querySelector<HTMLDetailsElement>('[data-filter-details]');
  const wide = matchMedia('(min-width: 60rem)');
  const openOnWide = () => {
    if (details && wide.matches) details.open = true;
  };
  openOnWide();
  wide.addEventListener('change', openOnWide);

  // --- Filters: the selection lives in the address ----------------------------------------------------------------

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

  /** Whether the points are in. Until then a ticked box only writes the address, which the first selection reads. */
  let loaded = false;
  form.addEventListener('change', () => {
    history.pushState(null, '', urlFor(selectionFromForm()));
    if (loaded) void apply(readSelection());
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    for (const box of boxes) box.checked = false;
    history.pushState(null, '', urlFor({}));
    if (loaded) void apply({});
  });
  // The boxes filter as they change; "Toon de resultaten" takes keyboard and screen-reader users on to the list.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  });
  window.addEventListener('popstate', () => {
    if (loaded) void apply(readSelection());
  });

  // --- The worker and the map, after the first paint ----------------------------------------------------------

  await afterPaint();
  const call = connect(new Worker(new URL('./map-worker.ts', import.meta.url), { type: 'module' }));
  const loading = call('load', {
    src: new URL(root.dataset.src ?? '', location.href).href,
    cluster: { radius: CLUSTER_RADIUS, maxZoom: clusterMaxZoom },
  });
  // Handled where it is awaited, below; this keeps an early failure from being reported as unhandled meanwhile.
  loading.catch(() => undefined);
  // The map in a task of its own, while the worker loads the points.
  await nextTask();

  /** The count beside each checkbox, found in one pass over the panel. */
  const counters = new Map(
    [...form.querySelectorAll<HTMLElement>('[data-count-for]')].map((element) => [element.dataset.countFor, element]),
  );
  /** The labels of filter values, as the filter panel shows them (`municipality:utrecht` → `Utrecht`), read once needed. */
  let labels: Map<string, string> | undefined;
  const label = (key: MapFilterKey, value: string): string => {
    labels ??= new Map(
      boxes.map((box) => [
        `${box.name}:${box.value}`,
        [...(box.labels?.[0]?.childNodes ?? [])]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent)
          .join('')
          .trim(),
      ]),
    );
    return labels.get(`${key}:${value}`) ?? value;
  };
  const count = (n: number, one: string, many: string): string => (n === 1 ? one : fill(many, { count: n }));
  const pathOf = (item: MapItem): string => texts.paths[item.type].replace('__slug__', item.slug);

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
  map.fitBounds(NETHERLANDS, { animate: false });
  const layer = L.layerGroup().addTo(map);

  // --- State ----------------------------------------------------------------------------------------------------

  /** Whether a selection has been applied (before that, there is nothing to draw). */
  let ready = false;
  /** Counts the selections applied and the draws asked for: an answer for an older one is dropped. */
  let applied = 0;
  let drawn = 0;
  let markers = new Map<string, L.Marker>();
  let listPage = 1;
  let pages = 1;
  /** Where focus goes back to when a popup opened from the keyboard closes. */
  let returnFocus: HTMLElement | null = null;
  /** Whether the next popup takes focus (opened by a marker or a list button, not by an address anchor). */
  let focusPopup = true;

  // --- Markers ---------------------------------------------------------------------------------------------------

  const popupContent = (item: MapItem): HTMLElement => {
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

  const shapeClass = (item: MapItem): string => {
    const placeStatus = item.facets.placeStatus[0];
    return `bp-map-shape bp-map-shape--${item.type}${placeStatus ? ` bp-map-shape--${placeStatus}` : ''}`;
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

  const pointMarker = ({ item, offset: [dx, dy] }: PointMark): L.Marker => {
    const marker = L.marker(L.latLng(item.lat, item.lng), {
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
      element?.setAttribute('data-id', item.id);
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

  const clusterMarker = (cluster: ClusterMark): L.Marker => {
    const { count: size, initiatives, places } = cluster;
    const at = L.latLng(cluster.lat, cluster.lng);
    const large = size >= 100 ? ' bp-map-cluster--huge' : size >= 10 ? ' bp-map-cluster--large' : '';
    const pixels = size >= 100 ? 52 : size >= 10 ? 44 : 36;
    const marker = L.marker(at, {
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
      map.setView(at, Math.min(cluster.expansionZoom, tiles.maxZoom), { animate });
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
  const draw = async (): Promise<void> => {
    if (!ready) return;
    const ticket = ++drawn;
    const bounds = map.getBounds();
    const box: Box = [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ];
    const marks = await call('marks', { box, zoom: Math.round(map.getZoom()) });
    if (ticket !== drawn) return;
    const next = new Map<string, L.Marker>();
    for (const mark of marks) {
      const key = mark.kind === 'cluster' ? `cluster:${String(mark.id)}` : mark.item.id;
      next.set(key, markers.get(key) ?? (mark.kind === 'cluster' ? clusterMarker(mark) : pointMarker(mark)));
    }
    for (const [key, marker] of markers) if (!next.has(key)) layer.removeLayer(marker);
    for (const [key, marker] of next) if (!markers.has(key)) layer.addLayer(marker);
    markers = next;
  };

  map.on('moveend', () => {
    void draw();
  });
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

  /** Fit the map around a selection's bounds (the Netherlands when it is empty) and draw it. */
  const fitTo = async (bounds: Box | null): Promise<void> => {
    if (!bounds) map.fitBounds(NETHERLANDS, { animate: false });
    else {
      const [west, south, east, north] = bounds;
      // Room for the zoom buttons (top left) and the attribution (bottom right), so no point starts under them.
      map.fitBounds(L.latLngBounds([south, west], [north, east]), {
        paddingTopLeft: [64, 40],
        paddingBottomRight: [40, 48],
        maxZoom: DETAIL_ZOOM,
        animate: false,
      });
    }
    await draw();
  };

  /** Show one point on the map and open its popup; `focus` moves focus into the popup. */
  const showOnMap = async (id: string, focus: boolean, from: HTMLElement | null): Promise<void> => {
    const located = await call('locate', { id, zoom: Math.round(map.getZoom()) });
    if (!located || located.position < 0) return;
    map.closePopup();
    map.setView(L.latLng(located.item.lat, located.item.lng), Math.max(Math.round(map.getZoom()), located.zoom), {
      animate: false,
    });
    await draw();
    const marker = markers.get(id);
    if (!marker) return;
    returnFocus = from;
    focusPopup = focus;
    marker.openPopup();
    for (const element of canvas.querySelectorAll('[data-current]')) element.removeAttribute('data-current');
    marker.getElement()?.setAttribute('data-current', '');
  };

  // --- The list beside the map --------------------------------------------------------------------------------

  const row = (item: MapItem): Node => {
    const node = template.content.cloneNode(true) as DocumentFragment;
    const slot = (name: string) => node.querySelector<HTMLElement>(`[data-slot="${name}"]`);
    const li = slot('row');
    if (li) li.id = item.id;
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
    show?.setAttribute('data-show', item.id);
    // The visible "Op de kaart" plus which one, for a list of many such buttons (the label starts with the visible text).
    show?.setAttribute('aria-label', `${show.textContent.trim()}: ${item.title}`);
    return node;
  };

  const pageButton = (text: string, page: number): HTMLButtonElement => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    button.addEventListener('click', () => {
      void showPage(page).then(() => {
        // The button that had focus may be gone: keep keyboard and screen-reader users at the top of the list.
        heading.focus({ preventScroll: true });
        heading.scrollIntoView({ block: 'nearest' });
      });
    });
    return button;
  };

  /** Show rows as the list's current page, with the buttons to the pages beside it. */
  const showRows = (rows: readonly MapItem[]): void => {
    // The server rendered the first page of everything: rows that are already there stay (and keep focus).
    const shown = [...list.children].map((child) => child.id);
    if (shown.length !== rows.length || rows.some((item, i) => item.id !== shown[i])) {
      list.replaceChildren(...rows.map(row));
    }
    pagination.replaceChildren();
    pagination.hidden = pages <= 1;
    if (pages <= 1) return;
    if (listPage > 1) pagination.append(pageButton(texts.previous, listPage - 1));
    const where = document.createElement('span');
    where.textContent = fill(texts.status, { page: listPage, pages });
    pagination.append(where);
    if (listPage < pages) pagination.append(pageButton(texts.next, listPage + 1));
  };

  const showPage = async (page: number): Promise<void> => {
    const ticket = applied;
    const wanted = Math.min(Math.max(1, page), pages);
    const rows = await call('page', { page: wanted });
    if (ticket !== applied) return;
    listPage = wanted;
    showRows(rows);
  };

  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-show]');
    if (button && ready) void showOnMap(button.dataset.show ?? '', true, button);
  });

  // --- A selection: counts, status, list and map ------------------------------------------------------------------

  let total = 0;
  try {
    total = await loading;
  } catch (error) {
    // Without its points the map stays empty; the list the server rendered and its links still work.
    console.warn(error);
    return;
  }

  const apply = async (selection: MapSelection): Promise<void> => {
    const ticket = ++applied;
    const summary = await call('select', { selection });
    if (ticket !== applied) return;
    if (languageSwitch) languageSwitch.href = location.search ? `${otherBase}${location.search}` : switchHref;
    // Hundreds of boxes (a municipality each): only what changes is written.
    for (const box of boxes) {
      const name = box.name as MapFilterKey;
      const checked = (selection[name] ?? []).includes(box.value);
      if (box.checked !== checked) box.checked = checked;
      const n = summary.counts[name][box.value] ?? 0;
      const counter = counters.get(`${name}:${box.value}`);
      if (counter && counter.textContent !== `(${String(n)})`) counter.textContent = `(${String(n)})`;
      // A box with focus stays enabled: disabling it would drop keyboard focus to <body>.
      const disabled = n === 0 && !checked && box !== document.activeElement;
      if (box.disabled !== disabled) box.disabled = disabled;
    }
    if (activeCount) {
      const ticked = boxes.filter((box) => box.checked).length;
      activeCount.textContent = ticked > 0 ? `(${String(ticked)})` : '';
    }
    const said =
      total === 0
        ? texts.empty
        : summary.count === 0
          ? texts.none
          : fill(texts.results, {
              count: summary.count,
              initiatives: count(summary.initiatives, texts.initiative, texts.initiatives),
              places: count(summary.places, texts.place, texts.places),
            });
    // The same words again are not news: the live region is left alone.
    if (status.textContent.trim() !== said) status.textContent = said;
    map.closePopup();
    layer.clearLayers();
    markers = new Map();
    drawn++;
    ready = true;
    listPage = 1;
    pages = summary.pages;
    showRows(summary.rows);
    await fitTo(summary.bounds);
  };

  // --- Addresses of one item: /kaart/#place-<slug> --------------------------------------------------------------

  const focusTarget = async (): Promise<void> => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    let located = await call('locate', { id, zoom: Math.round(map.getZoom()) });
    if (!located) return;
    if (located.position < 0) {
      // The filters in the address hide it: show everything, so the link still leads somewhere.
      history.replaceState(null, '', `${base}${location.hash}`);
      await apply({});
      located = await call('locate', { id, zoom: Math.round(map.getZoom()) });
      if (!located || located.position < 0) return;
    }
    await showPage(Math.floor(located.position / mapPageSize) + 1);
    const target = [...list.children].find((child) => child.id === id) as HTMLElement | undefined;
    for (const element of list.querySelectorAll('[data-current]')) element.removeAttribute('data-current');
    target?.setAttribute('data-current', '');
    await showOnMap(id, false, null);
    target?.focus();
  };
  window.addEventListener('hashchange', () => {
    void focusTarget();
  });

  loaded = true;
  await apply(readSelection());
  root.dataset.enhanced = '';
  if (location.hash) await focusTarget();
}
