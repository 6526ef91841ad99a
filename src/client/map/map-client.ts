/**
 * The map page's script (MapBrowser.astro loads it; Vite bundles Leaflet into it and the worker apart, so they
 * load on this page only). It only wires the parts of this folder together. The page arrives with the filters,
 * the counts and the first page of the list already rendered; this script
 * - keeps the selection of the filter panel (filter-panel.ts) in the address (address.ts), from the start;
 * - once the page has painted (timing.ts), starts the map's worker (map-worker.ts: /data/map.json, filtering and
 *   clustering off the main thread; worker-client.ts) and the Leaflet map (leaflet-view.ts);
 * - once the points are in, hands every selection, page of the list (list.ts), shown point and `#<id>` address to
 *   the session (session.ts), and draws the marks in view after every move.
 * Everything authored (titles) is written as text, never as HTML.
 */
import { AddressBar } from './address.ts';
import { FilterPanel } from './filter-panel.ts';
import { MapView } from './leaflet-view.ts';
import { MapList } from './list.ts';
import { mapConfig, mapParts, openFiltersOnWide, type MapParts } from './page.ts';
import { clusterOptions } from './render.ts';
import { MapSession } from './session.ts';
import { afterPaint, nextTask } from './timing.ts';
import { connect } from './worker-client.ts';

/** The filter panel and the address: ticking a box writes the address; the session, once there, shows it. */
function wireFilters(parts: MapParts, panel: FilterPanel, address: AddressBar, session: () => MapSession | undefined) {
  const { form, heading } = parts;
  form.addEventListener('change', () => {
    address.push(panel.selection());
    void session()?.apply(address.selection());
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    panel.clear();
    address.push({});
    void session()?.apply({});
  });
  // The boxes filter as they change; "Toon de resultaten" takes keyboard and screen-reader users on to the list.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  });
  window.addEventListener('popstate', () => {
    void session()?.apply(address.selection());
  });
}

export async function enhanceMap(root: HTMLElement): Promise<void> {
  const parts = mapParts(root);
  if (!parts) return;
  const config = mapConfig(root);
  openFiltersOnWide(parts.details, matchMedia('(min-width: 60rem)'));
  const panel = new FilterPanel(parts.form, parts.activeCount);
  const address = new AddressBar(config.base, config.otherBase, document.querySelector('[data-lang-switch]'));
  /** Set once the points are in; until then a ticked box only writes the address, which the first selection reads. */
  let session: MapSession | undefined = undefined;
  wireFilters(parts, panel, address, () => session);

  await afterPaint();
  const call = connect(new Worker(new URL('./map-worker.ts', import.meta.url), { type: 'module' }));
  const loading = call('load', { src: config.src, cluster: clusterOptions(config.tiles.maxZoom) });
  // Handled where it is awaited, below; this keeps an early failure from being reported as unhandled meanwhile.
  loading.catch(() => undefined);
  // The map in a task of its own, while the worker loads the points.
  await nextTask();
  const context = { lang: config.lang, texts: config.texts, label: panel.label };
  const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  const canvas = new MapView({ ...context, canvas: parts.canvas, tiles: config.tiles, animate });
  canvas.onMove(() => void session?.draw());
  const list = new MapList(parts, context, {
    page: (page) => session?.showPage(page) ?? Promise.resolve(),
    show: (id, button) => {
      if (session?.ready) void session.showOnMap(id, true, button);
    },
  });

  let total: number;
  try {
    total = await loading;
  } catch (error) {
    // Without its points the map stays empty; the list the server rendered and its links still work.
    console.warn(error);
    return;
  }
  const { status } = parts;
  const started = new MapSession({ call, canvas, list, panel, address, status, texts: config.texts, total });
  window.addEventListener('hashchange', () => void started.focusTarget());
  session = started;
  await started.apply(address.selection());
  root.dataset.enhanced = '';
  if (location.hash) await started.focusTarget();
}
