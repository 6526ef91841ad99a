// @vitest-environment happy-dom
/**
 * The map page once its points are in (src/client/map/session.ts), in happy-dom: the real filter panel, list and
 * address bar on a map page, the real worker service in the same process, and a stand-in for the Leaflet map
 * that records what it is asked to draw. A selection updates count line, boxes, list, language switch and map;
 * of two selections in a row only the later one shows; the list pages through the selection; a point is shown
 * on its own; `#<id>` of a point the selection hides drops the selection and leads to its page, row and popup.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { AddressBar } from '../../src/client/map/address.ts';
import type { Box, MapMark } from '../../src/client/map/engine.ts';
import { FilterPanel } from '../../src/client/map/filter-panel.ts';
import { MapList } from '../../src/client/map/list.ts';
import { mapParts } from '../../src/client/map/page.ts';
import { MapSession, type MapCanvas } from '../../src/client/map/session.ts';
import { connect } from '../../src/client/map/worker-client.ts';
import { mapService } from '../../src/client/map/worker-service.ts';
import { mapTexts } from '../../src/lib/present/map-data.ts';
import { encodeMapData, mapPageSize, type MapItem, type MapSelection } from '../../src/lib/core/map-filters.ts';
import { statusText } from '../../src/lib/core/map-page.ts';
import { asWorker, FakeWorker } from './map-fake-worker.ts';
import { point, renderMapPage } from './map-page-fixture.ts';

const items = Array.from({ length: 45 }, (_, i) => point(i));
const texts = mapTexts('nl');

/** The Leaflet map, reduced to a record of what it was asked. */
class RecordingCanvas implements MapCanvas {
  zoomLevel = 7;
  fitted: (Box | null)[] = [];
  marks: readonly MapMark[] = [];
  centred: { lat: number; lng: number; zoom: number }[] = [];
  popups: { id: string; focus: boolean; from: HTMLElement | null }[] = [];
  cleared = 0;
  closed = 0;
  box(): Box {
    return [-180, -85, 180, 85];
  }
  zoom(): number {
    return this.zoomLevel;
  }
  fit(bounds: Box | null): void {
    this.fitted.push(bounds);
  }
  show(marks: readonly MapMark[]): void {
    this.marks = marks;
  }
  clear(): void {
    this.cleared++;
    this.marks = [];
  }
  closePopup(): void {
    this.closed++;
  }
  centreOn(at: { lat: number; lng: number }, zoom: number): void {
    this.centred.push({ lat: at.lat, lng: at.lng, zoom });
  }
  openPopup(id: string, focus: boolean, from: HTMLElement | null): void {
    this.popups.push({ id, focus, from });
  }
  /** Points drawn, counting those inside clusters. */
  get drawn(): number {
    return this.marks.reduce((sum, mark) => sum + (mark.kind === 'cluster' ? mark.count : 1), 0);
  }
}

let canvas: RecordingCanvas;
let session: MapSession;
let parts: NonNullable<ReturnType<typeof mapParts>>;

beforeEach(async () => {
  history.replaceState(null, '', '/kaart/');
  const found = mapParts(renderMapPage());
  if (!found) throw new Error('no map page');
  parts = found;
  const call = connect(asWorker(new FakeWorker(mapService(() => Promise.resolve(encodeMapData(items))))));
  await call('load', { src: '/data/map.json', cluster: { radius: 80, maxZoom: 16 } });
  canvas = new RecordingCanvas();
  const panel = new FilterPanel(parts.form, parts.activeCount);
  const context = { lang: 'nl', texts, label: panel.label };
  const list = new MapList(parts, context, {
    page: (page) => session.showPage(page),
    show: () => undefined,
  });
  const address = new AddressBar('/kaart/', '/en/map/', document.querySelector('[data-lang-switch]'));
  session = new MapSession({ call, canvas, list, panel, address, status: parts.status, texts, total: items.length });
});

const matching = (selection: MapSelection): MapItem[] =>
  items.filter((item) =>
    Object.entries(selection).every(([key, values]) =>
      values.some((value) => item.facets[key as keyof MapItem['facets']].includes(value)),
    ),
  );
const listed = () => [...parts.list.children].map((row) => row.id);

describe('a selection', () => {
  test('nothing is drawn before the first selection', async () => {
    await session.draw();
    expect(canvas.marks).toEqual([]);
    expect(session.ready).toBe(false);
  });

  test('updates the count line, the boxes, the list, the language switch and the map', async () => {
    history.pushState(null, '', '/kaart/?municipality=zwolle');
    const selection = { municipality: ['zwolle'] };
    const expected = matching(selection);
    await session.apply(selection);
    expect(parts.status.textContent).toBe(
      statusText(texts, items.length, {
        count: expected.length,
        initiatives: expected.filter((i) => i.type === 'initiative').length,
        places: expected.filter((i) => i.type === 'place').length,
      }),
    );
    expect(parts.form.querySelector<HTMLInputElement>('input[value="zwolle"]')?.checked).toBe(true);
    expect(parts.form.querySelector('[data-count-for="municipality:zwolle"]')?.textContent).toBe(
      `(${String(expected.length)})`,
    );
    expect(listed()).toEqual(expected.slice(0, mapPageSize).map((i) => i.id));
    expect(document.querySelector('[data-lang-switch]')?.getAttribute('href')).toBe('/en/map/?municipality=zwolle');
    const [west, south, east, north] = canvas.fitted.at(-1) ?? [];
    expect(west).toBe(Math.min(...expected.map((i) => i.lng)));
    expect(north).toBe(Math.max(...expected.map((i) => i.lat)));
    expect(south).toBeLessThan(north ?? 0);
    expect(east).toBeGreaterThan(west ?? 0);
    expect(canvas.drawn).toBe(expected.length);
  });

  test('of two selections in a row, only the later one shows', async () => {
    const first = session.apply({ municipality: ['utrecht'] });
    const second = session.apply({ type: ['place'] });
    await Promise.all([first, second]);
    const places = matching({ type: ['place'] });
    expect(canvas.fitted).toHaveLength(1);
    expect(listed()).toEqual(places.slice(0, mapPageSize).map((i) => i.id));
    expect(canvas.drawn).toBe(places.length);
  });

  test('a selection that keeps nothing says so and fits the Netherlands', async () => {
    await session.apply({ municipality: ['zwolle'], placeStatus: ['active'], type: ['initiative'] });
    expect(parts.status.textContent).toBe(texts.none);
    expect(canvas.fitted.at(-1)).toBeNull();
    expect(listed()).toEqual([]);
  });
});

describe('the list and the points', () => {
  test('pages through the whole selection, within its pages', async () => {
    await session.apply({});
    await session.showPage(2);
    expect(listed()).toEqual(items.slice(mapPageSize, 2 * mapPageSize).map((i) => i.id));
    await session.showPage(99);
    expect(listed()).toEqual(items.slice(2 * mapPageSize).map((i) => i.id));
    expect(parts.pagination.textContent).toContain('Pagina 3 van 3');
  });

  test('a point shown on the map: centred at the zoom that shows it alone, then its popup', async () => {
    await session.apply({});
    const item = items[7];
    const button = document.createElement('button');
    await session.showOnMap(item?.id ?? '', true, button);
    const centred = canvas.centred.at(-1);
    expect(centred).toMatchObject({ lat: item?.lat, lng: item?.lng });
    expect(centred?.zoom).toBeGreaterThanOrEqual(canvas.zoomLevel);
    expect(canvas.closed, 'an open popup closed first').toBeGreaterThan(0);
    expect(canvas.popups).toEqual([{ id: item?.id, focus: true, from: button }]);
  });

  test('a point the selection hides is not shown', async () => {
    await session.apply({ type: ['place'] });
    await session.showOnMap(items[1]?.id ?? '', true, null);
    expect(canvas.popups).toEqual([]);
  });
});

describe('an address that names a point', () => {
  test('of a point the filters hide: the filters go, its page of the list, its row focused, its popup', async () => {
    const target = matching({ municipality: ['zwolle'] }).at(-1);
    if (!target) throw new Error('no point in Zwolle');
    const position = items.indexOf(target);
    expect(position).toBeGreaterThanOrEqual(mapPageSize);
    history.replaceState(null, '', `/kaart/?municipality=utrecht#${target.id}`);
    await session.apply({ municipality: ['utrecht'] });
    await session.focusTarget();
    expect(location.search).toBe('');
    expect(location.hash).toBe(`#${target.id}`);
    expect(parts.pagination.textContent).toContain(`Pagina ${String(Math.floor(position / mapPageSize) + 1)} van`);
    const row = document.getElementById(target.id);
    expect(row?.hasAttribute('data-current')).toBe(true);
    expect(document.activeElement).toBe(row);
    expect(canvas.popups.at(-1)).toEqual({ id: target.id, focus: false, from: null });
  });

  test('of no point: nothing changes', async () => {
    history.replaceState(null, '', '/kaart/?type=place#place-nergens');
    await session.apply({ type: ['place'] });
    const before = listed();
    await session.focusTarget();
    expect(location.search).toBe('?type=place');
    expect(listed()).toEqual(before);
    expect(canvas.popups).toEqual([]);
  });
});
