/**
 * The map's engine (what its worker runs): on a thousand points it filters with the list's rules, pages through
 * every point of a selection, draws marks that add up to the selection at every zoom level, finds any point (its
 * page, the zoom that shows it alone, or that the selection hides it), and spreads points at the same spot apart.
 */
import { describe, expect, test } from 'vitest';
import { MapEngine, spreadOut, type Box } from '../../src/client/map/engine.ts';
import { countFacets, filterItems } from '../../src/lib/core/facets.ts';
import {
  encodeMapData,
  mapFilterKeys,
  mapItemId,
  mapPageSize,
  type MapItem,
  type MapItemType,
} from '../../src/lib/core/map-filters.ts';

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

const next = random(7);
const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
const municipalities = ['utrecht', 'zwolle', 'breda', 'assen', 'venlo'];

function point(i: number, type: MapItemType, at?: { lng: number; lat: number }): MapItem {
  const slug = `punt-${String(i).padStart(4, '0')}`;
  return {
    id: mapItemId(type, slug),
    type,
    slug,
    title: `Punt ${String(i).padStart(4, '0')}`,
    lang: i % 7 === 0 ? 'en' : 'nl',
    lng: at?.lng ?? Math.round((3.4 + next() * 3.8) * 1e5) / 1e5,
    lat: at?.lat ?? Math.round((50.8 + next() * 2.7) * 1e5) / 1e5,
    facets: {
      kind: type === 'initiative' ? ['example'] : [],
      strategy: type === 'initiative' ? [pick(['bonding', 'bridging'])] : [],
      actor: type === 'initiative' ? [pick(['residents', 'library'])] : [],
      place: [pick(['park', 'cafe', 'library'])],
      target: [pick(['everyone', 'families'])],
      theme: type === 'initiative' ? [pick(['health', 'loneliness'])] : [],
      municipality: [pick(municipalities)],
      type: [type],
      placeStatus: type === 'place' ? [pick(['active', 'missed'])] : [],
    },
  };
}

const spot = { lng: 5.12, lat: 52.09 };
const items = [
  ...Array.from({ length: 1000 }, (_, i) => point(i, i % 4 === 0 ? 'place' : 'initiative')),
  point(1000, 'initiative', spot),
  point(1001, 'place', spot),
  point(1002, 'initiative', spot),
];
const MAX_ZOOM = 16;
const engine = new MapEngine(JSON.parse(JSON.stringify(encodeMapData(items))) as ReturnType<typeof encodeMapData>, {
  radius: 80,
  maxZoom: MAX_ZOOM,
});
const world: Box = [-180, -85, 180, 85];

/** Every point a selection's marks stand for, at one zoom level, with each point counted once. */
function drawnTotal(zoom: number): number {
  return engine.marks(world, zoom).reduce((sum, mark) => sum + (mark.kind === 'cluster' ? mark.count : 1), 0);
}

/** Every row of the list, page after page. */
function allRows(pages: number): string[] {
  return Array.from({ length: pages }, (_, i) => engine.page(i + 1).map((item) => item.id)).flat();
}

describe('the map engine', () => {
  test('without filters: everything, a page of rows at a time, the counts of the filter panel', () => {
    const summary = engine.select({});
    expect(summary).toMatchObject({ count: items.length, initiatives: 752, places: 251 });
    expect(summary.pages).toBe(Math.ceil(items.length / mapPageSize));
    expect(summary.rows.map((item) => item.id)).toEqual(items.slice(0, mapPageSize).map((item) => item.id));
    expect(allRows(summary.pages)).toEqual(items.map((item) => item.id));
    const counts = countFacets(items, {}, mapFilterKeys);
    expect(summary.counts.municipality).toEqual(Object.fromEntries(counts.municipality));
    expect(summary.bounds?.[0]).toBeGreaterThanOrEqual(3.4);
    expect(summary.bounds?.[3]).toBeLessThanOrEqual(53.5);
  });

  test('the marks add up to the selection at every zoom level, and are single points past the last', () => {
    engine.select({});
    for (let zoom = 0; zoom <= MAX_ZOOM + 1; zoom++)
      expect(drawnTotal(zoom), `zoom ${String(zoom)}`).toBe(items.length);
    expect(engine.marks(world, 3).some((mark) => mark.kind === 'cluster')).toBe(true);
    expect(engine.marks(world, MAX_ZOOM + 1).every((mark) => mark.kind === 'point')).toBe(true);
  });

  test('a selection filters as the list does, and its marks and rows are exactly its points', () => {
    const selection = { municipality: ['utrecht', 'zwolle'], type: ['place'] };
    const expected = filterItems(items, selection, mapFilterKeys).map((item) => item.id);
    const summary = engine.select(selection);
    expect(summary.count).toBe(expected.length);
    expect(summary.initiatives).toBe(0);
    expect(allRows(summary.pages)).toEqual(expected);
    expect(drawnTotal(5)).toBe(expected.length);
    expect(summary.counts.type.initiative, 'counted under the other filters').toBeGreaterThan(0);
    const points = engine.marks(world, MAX_ZOOM + 1).map((mark) => (mark.kind === 'point' ? mark.item.id : ''));
    expect(points.sort()).toEqual([...expected].sort());
  });

  test('finds any point: its position in the list and the zoom that shows it alone, or that it is filtered out', () => {
    engine.select({});
    const far = items[mapPageSize * 3 + 5];
    if (!far) throw new Error('too few points');
    const located = engine.locate(far.id, 3);
    expect(located?.position).toBe(mapPageSize * 3 + 5);
    expect(located?.item).toEqual(far);
    const zoom = located?.zoom ?? 99;
    expect(zoom).toBeLessThanOrEqual(MAX_ZOOM + 1);
    const box: Box = [far.lng - 0.01, far.lat - 0.01, far.lng + 0.01, far.lat + 0.01];
    expect(engine.marks(box, zoom).some((mark) => mark.kind === 'point' && mark.item.id === far.id)).toBe(true);
    if (zoom > 3) {
      expect(engine.marks(box, zoom - 1).some((mark) => mark.kind === 'point' && mark.item.id === far.id)).toBe(false);
    }
    const place = items.find((item) => item.type === 'place');
    engine.select({ type: ['initiative'] });
    expect(engine.locate(place?.id ?? '', 3)?.position).toBe(-1);
    expect(engine.locate('place-bestaat-niet', 3)).toBeNull();
  });

  test('points at the very same spot are drawn apart, at least a target’s width', () => {
    engine.select({});
    const together = engine
      .marks([5.1, 52.08, 5.13, 52.1], MAX_ZOOM + 1)
      .filter((mark) => mark.kind === 'point' && mark.item.lng === spot.lng && mark.item.lat === spot.lat);
    expect(together).toHaveLength(3);
    const offsets = together.map((mark) => (mark.kind === 'point' ? mark.offset : [0, 0]));
    for (const [i, [ax = 0, ay = 0]] of offsets.entries()) {
      for (const [bx = 0, by = 0] of offsets.slice(i + 1))
        expect(Math.hypot(ax - bx, ay - by)).toBeGreaterThanOrEqual(24);
    }
    expect(spreadOut(items.slice(0, 2)).size, 'points apart are not moved').toBe(0);
  });
});
