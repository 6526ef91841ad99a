/**
 * How the map draws, without a map (src/client/map/render.ts and state.ts): clustering stops before the tiles
 * end; icons of points (moved by their offset) and clusters (three sizes); which markers a draw keeps, makes and
 * removes; the box in view clamped to the web map; the tiles' credit as safe HTML; and only the latest answer
 * counting.
 */
import { describe, expect, test } from 'vitest';
import type { MapMark } from '../../src/client/map/engine.ts';
import {
  CLUSTER_MAX_ZOOM,
  CLUSTER_RADIUS,
  clusterIcon,
  clusterOptions,
  creditHtml,
  markKey,
  pointIcon,
  reconcile,
  viewBox,
  type PointMark,
} from '../../src/client/map/render.ts';
import { Latest } from '../../src/client/map/state.ts';
import { mapItemId, type MapItem } from '../../src/lib/core/map-filters.ts';
import { noFacets } from './map-page-fixture.ts';

function point(slug: string, offset: [number, number] = [0, 0], type: MapItem['type'] = 'initiative'): PointMark {
  const facets = {
    ...noFacets(),
    type: [type],
    placeStatus: type === 'place' ? ['disappeared'] : [],
  };
  const item = { id: mapItemId(type, slug), type, slug, title: slug, lang: 'nl', lng: 5, lat: 52, facets };
  return { kind: 'point', item, offset };
}

function cluster(id: number, count: number): MapMark {
  return { kind: 'cluster', id, lng: 5, lat: 52, count, initiatives: count, places: 0, expansionZoom: 9 };
}

test('points stop clustering one zoom level before the tiles end, and at level 16 at the latest', () => {
  expect(clusterOptions(19)).toEqual({ radius: CLUSTER_RADIUS, maxZoom: CLUSTER_MAX_ZOOM });
  expect(clusterOptions(14)).toEqual({ radius: CLUSTER_RADIUS, maxZoom: 13 });
});

describe('icons', () => {
  test("a point's icon has its shape and is centred on its spot", () => {
    const icon = pointIcon(point('a', [0, 0], 'place'));
    expect(icon.html).toBe('<span class="bp-map-shape bp-map-shape--place bp-map-shape--disappeared"></span>');
    expect(icon.iconSize).toEqual([26, 26]);
    expect(icon.iconAnchor).toEqual([13, 13]);
    expect(icon.popupAnchor).toEqual([0, -8]);
  });

  test('a point that shares its spot is drawn at its offset, and so is its popup', () => {
    const icon = pointIcon(point('a', [20, -10]));
    expect(icon.iconAnchor).toEqual([-7, 23]);
    expect(icon.popupAnchor).toEqual([20, -18]);
  });

  test.each([
    [2, 'bp-map-cluster', 36],
    [9, 'bp-map-cluster', 36],
    [10, 'bp-map-cluster bp-map-cluster--large', 44],
    [99, 'bp-map-cluster bp-map-cluster--large', 44],
    [100, 'bp-map-cluster bp-map-cluster--huge', 52],
  ])('a cluster of %i: %s, %i px', (count, className, pixels) => {
    const icon = clusterIcon(count);
    expect(icon.html).toBe(`<span class="${className}">${String(count)}</span>`);
    expect(icon.iconSize).toEqual([pixels, pixels]);
    expect(icon.className).toBe('bp-map-cluster-marker');
  });
});

describe('markers from one draw to the next', () => {
  test('a point is kept under its id, a cluster under its cluster id', () => {
    expect(markKey(point('a'))).toBe('initiative-a');
    expect(markKey(cluster(7, 3))).toBe('cluster:7');
  });

  test('markers that stay are reused, new ones made, gone ones removed', () => {
    const made: string[] = [];
    const make = (mark: MapMark) => {
      made.push(markKey(mark));
      return { key: markKey(mark) };
    };
    const first = reconcile(new Map<string, { key: string }>(), [point('a'), cluster(1, 5)], make);
    expect(first.added.map((m) => m.key)).toEqual(['initiative-a', 'cluster:1']);
    expect(first.removed).toEqual([]);
    const second = reconcile(first.next, [point('a'), point('b')], make);
    expect(made).toEqual(['initiative-a', 'cluster:1', 'initiative-b']);
    expect(second.next.get('initiative-a')).toBe(first.next.get('initiative-a'));
    expect(second.added.map((m) => m.key)).toEqual(['initiative-b']);
    expect(second.removed.map((m) => m.key)).toEqual(['cluster:1']);
    expect([...second.next.keys()]).toEqual(['initiative-a', 'initiative-b']);
  });
});

test('the box in view stays within the web map', () => {
  expect(viewBox(-200, -89, 200, 89)).toEqual([-180, -85, 180, 85]);
  expect(viewBox(3.2, 50.6, 7.3, 53.7)).toEqual([3.2, 50.6, 7.3, 53.7]);
});

test("the tiles' credit is escaped, and a link only when it has an address", () => {
  expect(creditHtml({ text: '© OpenStreetMap <bijdragers>' })).toBe('© OpenStreetMap &#60;bijdragers&#62;');
  expect(creditHtml({ text: 'Kaart "x"', url: 'https://example.test/?a=1&b=2' })).toBe(
    '<a href="https://example.test/?a=1&#38;b=2">Kaart &#34;x&#34;</a>',
  );
});

describe('only the latest answer counts', () => {
  test('a new ticket makes the earlier one stale', () => {
    const latest = new Latest();
    const first = latest.next();
    expect(latest.isCurrent(first)).toBe(true);
    const second = latest.next();
    expect(latest.isCurrent(first)).toBe(false);
    expect(latest.isCurrent(second)).toBe(true);
    expect(latest.current).toBe(second);
  });
});
