/**
 * The map's worker: map-client.ts starts it once the page has painted. It loads /data/map.json and keeps a
 * MapEngine (map-engine.ts), so decoding, filtering and clustering thousands of points happen off the page's main
 * thread. Each message is one call, `{ id, call, args }`, answered by `{ id, result }` or `{ id, error }`, in the
 * order the calls came (every call waits for the points).
 */
import type { MapData, MapItem, MapSelection } from '../../lib/map-filters.ts';
import {
  MapEngine,
  type Box,
  type ClusterOptions,
  type Located,
  type MapMark,
  type SelectionSummary,
} from './map-engine.ts';

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

/** The worker's global scope, as far as it is used here (the project's TypeScript types a window). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<MapWorkerRequest>) => void): void;
  postMessage(message: MapWorkerResponse): void;
}
const scope = self as unknown as WorkerScope;

let resolveEngine: (engine: MapEngine) => void = () => undefined;
let rejectEngine: (reason: unknown) => void = () => undefined;
const engine = new Promise<MapEngine>((resolve, reject) => {
  resolveEngine = resolve;
  rejectEngine = reject;
});
// A failed load is reported to the `load` call; the calls after it fail with it.
engine.catch(() => undefined);

async function load({ src, cluster }: MapWorkerCalls['load']['args']): Promise<number> {
  try {
    const response = await fetch(src);
    if (!response.ok) throw new Error(`GET ${src} answered ${String(response.status)}`);
    const loaded = new MapEngine((await response.json()) as MapData, cluster);
    resolveEngine(loaded);
    return loaded.items.length;
  } catch (error) {
    rejectEngine(error);
    throw error;
  }
}

async function answer(request: MapWorkerRequest): Promise<unknown> {
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
}

scope.addEventListener('message', ({ data: request }) => {
  answer(request).then(
    (result) => {
      scope.postMessage({ id: request.id, result });
    },
    (error: unknown) => {
      scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
    },
  );
});
