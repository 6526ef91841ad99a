/**
 * The map page once its points are in: a selection goes to the worker and comes back as counts, the count line,
 * the list's first page and the marks in view; the list pages through the selection; a point is shown on the map
 * with its popup; `#place-<slug>` and `#initiative-<slug>` lead to the point's page of the list, its row and its
 * popup, whatever the selection. Only the latest answer of each kind counts (state.ts). What it draws on is a
 * `MapCanvas` (leaflet-view.ts in the page; a stand-in in tests/unit/map-session.test.ts).
 */
import type { MapItem, MapSelection } from '../../lib/core/map-filters.ts';
import { statusText, type MapTexts } from '../../lib/core/map-page.ts';
import { pageOfPosition, type AddressBar } from './address.ts';
import type { Box, MapMark } from './engine.ts';
import type { FilterPanel } from './filter-panel.ts';
import type { MapList } from './list.ts';
import { Latest } from './state.ts';
import type { Call } from './worker-client.ts';

/** What the session draws on. */
export interface MapCanvas {
  /** The box in view (west, south, east, north) and the zoom level, rounded. */
  box(): Box;
  zoom(): number;
  /** Fit the view around a box; null: the Netherlands. */
  fit(bounds: Box | null): void;
  /** Draw these marks, instead of those drawn before. */
  show(marks: readonly MapMark[]): void;
  /** Remove every mark and close the popup. */
  clear(): void;
  closePopup(): void;
  centreOn(at: Pick<MapItem, 'lat' | 'lng'>, zoom: number): void;
  /** Open the popup of a point drawn on its own; `focus` moves focus into it, `from` gets it back on closing. */
  openPopup(id: string, focus: boolean, from: HTMLElement | null): void;
}

export interface SessionParts {
  call: Call;
  canvas: MapCanvas;
  list: MapList;
  panel: FilterPanel;
  address: AddressBar;
  /** The live region with the count line. */
  status: HTMLElement;
  texts: MapTexts;
  /** How many points there are in all. */
  total: number;
}

export class MapSession {
  /** Whether a selection has been applied (before that, there is nothing to draw). */
  ready = false;
  readonly #parts: SessionParts;
  readonly #applied = new Latest();
  readonly #drawn = new Latest();

  constructor(parts: SessionParts) {
    this.#parts = parts;
  }

  /** Show a selection: counts and boxes, the count line, the list's first page, the map fitted around it. */
  async apply(selection: MapSelection): Promise<void> {
    const { call, canvas, list, panel, address, status, texts, total } = this.#parts;
    const ticket = this.#applied.next();
    const summary = await call('select', { selection });
    if (!this.#applied.isCurrent(ticket)) return;
    address.followSwitch();
    panel.show(selection, summary.counts);
    const said = statusText(texts, total, summary);
    // The same words again are not news: the live region is left alone.
    if (status.textContent.trim() !== said) status.textContent = said;
    canvas.clear();
    // An answer to a draw asked for before is for the selection before.
    this.#drawn.next();
    this.ready = true;
    list.show(summary.rows, 1, summary.pages);
    canvas.fit(summary.bounds);
    await this.draw();
  }

  /** Draw what is in view: the clusters and points of the current zoom level. */
  async draw(): Promise<void> {
    if (!this.ready) return;
    const { call, canvas } = this.#parts;
    const ticket = this.#drawn.next();
    const marks = await call('marks', { box: canvas.box(), zoom: canvas.zoom() });
    if (this.#drawn.isCurrent(ticket)) canvas.show(marks);
  }

  /** Show a page of the list of the current selection. */
  async showPage(page: number): Promise<void> {
    const { call, list } = this.#parts;
    const ticket = this.#applied.current;
    const wanted = list.clamp(page);
    const rows = await call('page', { page: wanted });
    if (this.#applied.isCurrent(ticket)) list.show(rows, wanted, list.pages);
  }

  /** Show one point on the map, on its own, and open its popup; `focus` moves focus into the popup. */
  async showOnMap(id: string, focus: boolean, from: HTMLElement | null): Promise<void> {
    const { call, canvas } = this.#parts;
    const located = await call('locate', { id, zoom: canvas.zoom() });
    if (!located || located.position < 0) return;
    canvas.closePopup();
    canvas.centreOn(located.item, Math.max(canvas.zoom(), located.zoom));
    await this.draw();
    canvas.openPopup(id, focus, from);
  }

  /** The point the address names (`/kaart/#place-<slug>`): its page of the list, its row (focused), its popup. */
  async focusTarget(): Promise<void> {
    const { call, canvas, list, address } = this.#parts;
    const id = address.target();
    if (!id) return;
    let located = await call('locate', { id, zoom: canvas.zoom() });
    if (!located) return;
    if (located.position < 0) {
      // The filters in the address hide it: show everything, so the link still leads somewhere.
      address.dropSelection();
      await this.apply({});
      located = await call('locate', { id, zoom: canvas.zoom() });
      if (!located || located.position < 0) return;
    }
    await this.showPage(pageOfPosition(located.position));
    const row = list.row(id);
    list.markCurrent(row);
    await this.showOnMap(id, false, null);
    row?.focus();
  }
}
