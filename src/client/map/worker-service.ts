/**
 * The map's worker, apart from the worker: what it answers, call by call, and how. Each message is one call,
 * `{ id, call, args }`, answered by `{ id, result }` or `{ id, error }`. `load` fetches /data/map.json into a
 * MapEngine (engine.ts); every other call waits for it, so calls are answered in the order they came, and fail
 * with the load's error when it failed. map-worker.ts binds this to the worker's messages; worker-client.ts is
 * the page's side. No DOM, no worker: tested in Node (tests/unit/map-worker.test.ts).
 */
import type { MapData, MapItem, MapSelection } from '../../lib/core/map-filters.ts';
import {
  MapEngine,
  type Box,
  type ClusterOptions,
  type Located,
  type MapMark,
  type SelectionSummary,
} from './engine.ts';

/** What the worker answers, call by call. */
export interface MapWorkerCalls {
  /** Load the points; answers how many there are. */
  load: { args: { src: string; cluster: ClusterOptions }; result: number };
  select: { args: { selection: MapSelection }; result: SelectionSummary };
  page: { args: { page: number }; result: MapItem[] };
  marks: { args: { box: Box; zoom: number }; result: MapMark[] };
  locate: { args: { id: string; zoom: number }; result: Located | null };
}
export type MapWorkerCall = keyof MapWorkerCalls;
/** One call: `{ id, call: 'marks', args: { box, zoom } }`. */
export type MapWorkerRequest = {
  [K in MapWorkerCall]: { id: number; call: K; args: MapWorkerCalls[K]['args'] };
}[MapWorkerCall];
export type MapWorkerResponse = { id: number; result: unknown } | { id: number; error: string };

/** Fetches /data/map.json (or whatever `src` names). */
export async function fetchMapData(src: string): Promise<MapData> {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`GET ${src} answered ${String(response.status)}`);
  return (await response.json()) as MapData;
}

/** The worker's answers: a function from a request to its response, with the engine `load` makes kept inside. */
export function mapService(
  fetchData: (src: string) => Promise<MapData> = fetchMapData,
): (request: MapWorkerRequest) => Promise<MapWorkerResponse> {
  let resolveEngine: (engine: MapEngine) => void = () => undefined;
  let rejectEngine: (reason: unknown) => void = () => undefined;
  const engine = new Promise<MapEngine>((resolve, reject) => {
    resolveEngine = resolve;
    rejectEngine = reject;
  });
  // A failed load is reported to the `load` call; the calls after it fail with it.
  engine.catch(() => undefined);

  const load = async ({ src, cluster }: MapWorkerCalls['load']['args']): Promise<number> => {
    try {
      const loaded = new MapEngine(await fetchData(src), cluster);
      resolveEngine(loaded);
      return loaded.items.length;
    } catch (error) {
      rejectEngine(error);
      throw error;
    }
  };

  const answer = async (request: MapWorkerRequest): Promise<unknown> => {
    if (request.call === 'load') return load(request.args);
    const map = await engine;
    switch (request.call) {
      case 'select':
        return map.select(request.args.selection);
      case 'page':
        return map.page(request.args.page);
      case 'marks':
        return map.marks(request.args.box, request.args.zoom);
      case 'locate':
        return map.locate(request.args.id, request.args.zoom);
    }
  };

  return (request) =>
    answer(request).then(
      (result) => ({ id: request.id, result }),
      (error: unknown) => ({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
    );
}
