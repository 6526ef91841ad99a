// @vitest-environment happy-dom
/**
 * The map page's script where it meets the page, in happy-dom: the page's parts and data attributes; the filter
 * panel (its selection, its labels without counts, counts and disabled values written back, focus kept); the
 * list (rows from the template, written as text, server rows kept, pagination buttons); a popup; the address
 * bar and the language switch; the filter disclosure on wide screens; and waiting for the first paint.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { AddressBar } from '../../src/client/map/address.ts';
import { FilterPanel, type FilterCounts } from '../../src/client/map/filter-panel.ts';
import { MapList, rowFor } from '../../src/client/map/list.ts';
import { mapConfig, mapParts, openFiltersOnWide, type MapParts } from '../../src/client/map/page.ts';
import { popupContent, type ItemContext } from '../../src/client/map/render.ts';
import { afterPaint } from '../../src/client/map/timing.ts';
import { mapTexts } from '../../src/lib/present/map-data.ts';
import { mapFilterKeys } from '../../src/lib/core/map-filters.ts';
import { point, renderMapPage, tiles } from './map-page-fixture.ts';

let root: HTMLElement;
let parts: MapParts;

beforeEach(() => {
  history.replaceState(null, '', '/kaart/');
  root = renderMapPage();
  const found = mapParts(root);
  if (!found) throw new Error('the page has no map parts');
  parts = found;
});

afterEach(() => {
  vi.restoreAllMocks();
});

const noCounts = (): FilterCounts =>
  Object.fromEntries(mapFilterKeys.map((key) => [key, {}])) as unknown as FilterCounts;

describe('the page', () => {
  test('its parts, or nothing when one the script needs is missing', () => {
    expect(parts.heading.id).toBe('map-list-title');
    expect(parts.details).toBe(root.querySelector('details'));
    root.querySelector('[data-row-template]')?.remove();
    expect(mapParts(root)).toBeNull();
  });

  test('its data attributes: tiles, texts, language and addresses', () => {
    const config = mapConfig(root);
    expect(config.tiles).toEqual(tiles);
    expect(config.texts).toEqual(mapTexts('nl'));
    expect(config).toMatchObject({ lang: 'nl', base: '/kaart/', otherBase: '/en/map/' });
    expect(config.src).toBe(new URL('/data/map.json', location.href).href);
  });

  test('the filter disclosure opens on a wide screen, also when the screen becomes wide', () => {
    const wide = new EventTarget() as EventTarget & { matches: boolean };
    wide.matches = false;
    openFiltersOnWide(parts.details, wide as unknown as MediaQueryList);
    expect(parts.details?.open).toBe(false);
    wide.matches = true;
    wide.dispatchEvent(new Event('change'));
    expect(parts.details?.open).toBe(true);
  });

  test('the work starts after the first paint, or at once in a tab in the background', async () => {
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    await afterPaint();
    expect(frame).toHaveBeenCalledTimes(1);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await afterPaint();
    expect(frame).toHaveBeenCalledTimes(1);
  });
});

describe('the filter panel', () => {
  const box = (key: string, value: string) => {
    const found = parts.form.querySelector<HTMLInputElement>(`input[name="${key}"][value="${value}"]`);
    if (!found) throw new Error(`no box ${key}=${value}`);
    return found;
  };

  test('its selection is the ticked boxes, by filter; clearing unticks them all', () => {
    const panel = new FilterPanel(parts.form, parts.activeCount);
    expect(panel.selection()).toEqual({});
    box('placeStatus', 'missed').checked = true;
    box('municipality', 'breda').checked = true;
    box('municipality', 'utrecht').checked = true;
    expect(panel.selection()).toEqual({ municipality: ['utrecht', 'breda'], placeStatus: ['missed'] });
    panel.clear();
    expect(panel.selection()).toEqual({});
  });

  test("a value's label is the panel's, without its count; an unknown value is itself", () => {
    const panel = new FilterPanel(parts.form, parts.activeCount);
    expect(panel.label('municipality', 'zwolle')).toBe('Zwolle');
    expect(panel.label('type', 'place')).toBe('Plek');
    expect(panel.label('municipality', 'lutjebroek')).toBe('lutjebroek');
  });

  test('showing a selection ticks its boxes, writes the counts, disables what would leave nothing', () => {
    const panel = new FilterPanel(parts.form, parts.activeCount);
    const counts = noCounts();
    counts.municipality = { utrecht: 4, zwolle: 0 };
    counts.type = { initiative: 3, place: 1 };
    panel.show({ municipality: ['utrecht'] }, counts);
    expect(box('municipality', 'utrecht').checked).toBe(true);
    expect(parts.form.querySelector('[data-count-for="municipality:utrecht"]')?.textContent).toBe('(4)');
    expect(parts.form.querySelector('[data-count-for="type:place"]')?.textContent).toBe('(1)');
    expect(box('municipality', 'zwolle').disabled).toBe(true);
    expect(box('municipality', 'breda').disabled).toBe(true);
    expect(box('type', 'place').disabled).toBe(false);
    expect(parts.activeCount?.textContent).toBe('(1)');
    panel.show({}, { ...counts, municipality: { utrecht: 4, zwolle: 2, breda: 1 } });
    expect(box('municipality', 'utrecht').checked).toBe(false);
    expect(box('municipality', 'zwolle').disabled).toBe(false);
    expect(parts.activeCount?.textContent).toBe('');
  });

  test('a box with focus stays enabled even when its value would leave nothing', () => {
    const panel = new FilterPanel(parts.form, parts.activeCount);
    box('municipality', 'zwolle').focus();
    panel.show({}, noCounts());
    expect(box('municipality', 'zwolle').disabled).toBe(false);
    expect(box('municipality', 'breda').disabled).toBe(true);
  });
});

describe('the list beside the map', () => {
  const context: ItemContext = { lang: 'nl', texts: mapTexts('nl'), label: (_key, value) => value.toUpperCase() };
  const hooks = () => ({ page: vi.fn(() => Promise.resolve()), show: vi.fn() });

  test('a row from the template: its id, shape, title as text linking to its page, meta, and named button', () => {
    const item = point(3);
    const li = document.createElement('ul');
    li.append(rowFor(parts.template, item, context));
    const row = li.querySelector('li');
    expect(row?.id).toBe(item.id);
    expect(row?.querySelector('[data-slot="shape"]')?.className).toBe(
      'bp-map-shape bp-map-shape--place bp-map-shape--missed',
    );
    const link = row?.querySelector('a');
    expect(link?.textContent).toBe('Punt <3>');
    expect(link?.querySelector('*')).toBeNull();
    expect(link?.getAttribute('href')).toBe(`/plekken/${item.slug}/`);
    expect(link?.hasAttribute('lang')).toBe(false);
    expect(row?.querySelector('[data-slot="meta"]')?.textContent).toBe('PLACE · MISSED · UTRECHT');
    const button = row?.querySelector('button');
    expect(button?.dataset.show).toBe(item.id);
    expect(button?.getAttribute('aria-label')).toBe('Op de kaart: Punt <3>');
  });

  test('a title in the other language carries its language', () => {
    const li = document.createElement('ul');
    li.append(rowFor(parts.template, point(5), context));
    expect(li.querySelector('a')?.getAttribute('lang')).toBe('en');
  });

  test('rows already there stay (and keep focus); others replace them', () => {
    const list = new MapList(parts, context, hooks());
    const rows = [point(1), point(2)];
    list.show(rows, 1, 1);
    const first = parts.list.firstElementChild;
    list.show(rows, 1, 1);
    expect(parts.list.firstElementChild).toBe(first);
    list.show([point(2), point(4)], 1, 1);
    expect([...parts.list.children].map((row) => row.id)).toEqual([point(2).id, point(4).id]);
    expect(parts.pagination.hidden).toBe(true);
  });

  test('pages: where the reader is, and buttons to the pages before and after', async () => {
    const listHooks = hooks();
    const list = new MapList(parts, context, listHooks);
    list.show([point(1)], 1, 3);
    expect(parts.pagination.hidden).toBe(false);
    expect(parts.pagination.textContent).toBe('Pagina 1 van 3Volgende');
    list.show([point(1)], 2, 3);
    expect([...parts.pagination.children].map((child) => child.textContent)).toEqual([
      'Vorige',
      'Pagina 2 van 3',
      'Volgende',
    ]);
    parts.pagination.querySelector('button')?.click();
    expect(listHooks.page).toHaveBeenCalledWith(1);
    await vi.waitFor(() => {
      expect(document.activeElement).toBe(parts.heading);
    });
    expect(list.clamp(0)).toBe(1);
    expect(list.clamp(9)).toBe(3);
  });

  test('"Op de kaart" asks for its point; the row of a point can be found and marked as current', () => {
    const listHooks = hooks();
    const list = new MapList(parts, context, listHooks);
    list.show([point(1), point(2)], 1, 1);
    const button = parts.list.querySelectorAll('button')[1];
    button?.click();
    expect(listHooks.show).toHaveBeenCalledWith(point(2).id, button);
    const row = list.row(point(2).id);
    list.markCurrent(row);
    expect(row?.hasAttribute('data-current')).toBe(true);
    list.markCurrent(list.row(point(1).id));
    expect(parts.list.querySelectorAll('[data-current]')).toHaveLength(1);
    expect(list.row('place-nergens')).toBeUndefined();
  });
});

test('a popup: what and where, and the title as text linking to its page', () => {
  const item = point(15);
  const popup = popupContent(item, { lang: 'nl', texts: mapTexts('nl'), label: (_key, value) => value });
  expect(popup.querySelector('.bp-map-popup-kind')?.textContent).toBe('place · missed · utrecht');
  const link = popup.querySelector('a');
  expect(link?.textContent).toBe('Punt <15>');
  expect(link?.children).toHaveLength(0);
  expect(link?.getAttribute('href')).toBe(`/plekken/${item.slug}/`);
  expect(link?.getAttribute('lang')).toBe('en');
});

describe('the address bar', () => {
  test('a selection is a new history entry; dropping it keeps the hash', () => {
    const bar = new AddressBar('/kaart/', '/en/map/', null);
    const before = history.length;
    bar.push({ theme: ['health'] });
    expect(location.pathname + location.search).toBe('/kaart/?theme=health');
    expect(history.length).toBe(before + 1);
    expect(bar.selection()).toEqual({ theme: ['health'] });
    location.hash = '#place-ijssalon';
    expect(bar.target()).toBe('place-ijssalon');
    bar.dropSelection();
    expect(location.pathname + location.search + location.hash).toBe('/kaart/#place-ijssalon');
  });

  test('the language switch follows the selection, and returns to its own link without one', () => {
    const link = document.querySelector<HTMLAnchorElement>('[data-lang-switch]');
    const bar = new AddressBar('/kaart/', '/en/map/', link);
    bar.push({ type: ['place'] });
    bar.followSwitch();
    expect(link?.getAttribute('href')).toBe('/en/map/?type=place');
    bar.push({});
    bar.followSwitch();
    expect(link?.getAttribute('href')).toBe('/en/map/');
  });
});
