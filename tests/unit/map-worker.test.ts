/**
 * The map's worker messaging, in one process: the page's side (`connect`, worker-client.ts) talks to the
 * worker's side (`mapService`, worker-service.ts) through a stand-in for a Worker that passes structured clones,
 * as a real one does. Calls get their own answers, also out of order; a failed load fails the load and every
 * call after it; a worker that fails to start fails the calls waiting; /data/map.json is fetched and a bad
 * answer named.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { connect } from '../../src/client/map/worker-client.ts';
import { fetchMapData, mapService } from '../../src/client/map/worker-service.ts';
import { asWorker, FakeWorker } from './map-fake-worker.ts';
import { encodeMapData, mapItemId, mapPageSize, type MapData, type MapItem } from '../../src/lib/core/map-filters.ts';
import { noFacets } from './map-page-fixture.ts';

function item(i: number): MapItem {
  const type = i % 3 === 0 ? 'place' : 'initiative';
  const slug = `punt-${String(i).padStart(3, '0')}`;
  return {
    id: mapItemId(type, slug),
    type,
    slug,
    title: `Punt ${String(i)}`,
    lang: 'nl',
    lng: 4 + (i % 10) * 0.3,
    lat: 51 + Math.floor(i / 10) * 0.4,
    facets: {
      ...noFacets(),
      theme: type === 'initiative' ? ['health'] : [],
      municipality: [i % 2 === 0 ? 'utrecht' : 'zwolle'],
      type: [type],
      placeStatus: type === 'place' ? ['active'] : [],
    },
  };
}
const items = Array.from({ length: 45 }, (_, i) => item(i));
const data: MapData = encodeMapData(items);
const cluster = { radius: 80, maxZoom: 16 };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the page and the worker', () => {
  test('load, select, page, marks and locate answer what the engine knows', async () => {
    const call = connect(asWorker(new FakeWorker(mapService(() => Promise.resolve(data)))));
    expect(await call('load', { src: '/data/map.json', cluster })).toBe(items.length);
    const summary = await call('select', { selection: { municipality: ['utrecht'] } });
    const utrecht = items.filter((i) => i.facets.municipality.includes('utrecht'));
    expect(summary.count).toBe(utrecht.length);
    expect(summary.pages).toBe(Math.ceil(utrecht.length / mapPageSize));
    expect((await call('page', { page: 2 })).map((i) => i.id)).toEqual(
      utrecht.slice(mapPageSize, 2 * mapPageSize).map((i) => i.id),
    );
    const marks = await call('marks', { box: [-180, -85, 180, 85], zoom: 3 });
    expect(marks.reduce((sum, m) => sum + (m.kind === 'cluster' ? m.count : 1), 0)).toBe(utrecht.length);
    const zwolle = items.find((i) => i.facets.municipality.includes('zwolle'));
    expect((await call('locate', { id: zwolle?.id ?? '', zoom: 3 }))?.position).toBe(-1);
    expect(await call('locate', { id: 'place-nergens', zoom: 3 })).toBeNull();
  });

  test('calls made before the points are in wait for them, and are answered in order', async () => {
    let release: (value: MapData) => void = () => undefined;
    const fetched = new Promise<MapData>((resolve) => {
      release = resolve;
    });
    const call = connect(asWorker(new FakeWorker(mapService(() => fetched))));
    const loading = call('load', { src: '/data/map.json', cluster });
    const selecting = call('select', { selection: { type: ['place'] } });
    release(data);
    expect(await loading).toBe(items.length);
    expect((await selecting).count).toBe(items.filter((i) => i.type === 'place').length);
  });

  test('each call gets its own answer, whatever order the answers come in', async () => {
    const worker = new FakeWorker();
    const call = connect(asWorker(worker));
    const first = call('page', { page: 1 });
    const second = call('page', { page: 2 });
    const [a, b] = worker.requests;
    worker.respond({ id: b?.id ?? 0, result: ['second'] });
    worker.respond({ id: a?.id ?? 0, result: ['first'] });
    expect(await first).toEqual(['first']);
    expect(await second).toEqual(['second']);
    expect(a?.id).not.toBe(b?.id);
  });

  test('a failed load fails the load call and every call after it, with its reason', async () => {
    const call = connect(
      asWorker(new FakeWorker(mapService(() => Promise.reject(new Error('GET /data/map.json answered 500'))))),
    );
    await expect(call('load', { src: '/data/map.json', cluster })).rejects.toThrow('answered 500');
    await expect(call('select', { selection: {} })).rejects.toThrow('answered 500');
  });

  test('a worker that fails to start fails the calls waiting for it', async () => {
    const worker = new FakeWorker();
    const call = connect(asWorker(worker));
    const waiting = call('load', { src: '/data/map.json', cluster });
    worker.fail();
    await expect(waiting).rejects.toThrow('The map worker failed to start');
  });
});

describe('fetching /data/map.json', () => {
  test('the points as the server wrote them', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify(data))));
    vi.stubGlobal('fetch', fetch);
    expect(await fetchMapData('https://example.test/data/map.json')).toEqual(data);
    expect(fetch).toHaveBeenCalledWith('https://example.test/data/map.json');
  });

  test('an answer that is no success is an error naming the address and the status', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 404 })));
    await expect(fetchMapData('/data/map.json')).rejects.toThrow('GET /data/map.json answered 404');
  });
});
