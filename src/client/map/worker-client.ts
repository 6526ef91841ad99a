/**
 * The page's side of the map's worker (worker-service.ts): each call a promise of its answer, matched to its
 * request by id. When the worker fails to start, every waiting call fails.
 */
import type { MapWorkerCall, MapWorkerCalls, MapWorkerResponse } from './worker-service.ts';

/** One call to the worker: `await call('page', { page: 2 })`. */
export type Call = <K extends MapWorkerCall>(
  call: K,
  args: MapWorkerCalls[K]['args'],
) => Promise<MapWorkerCalls[K]['result']>;

/** What of a Worker is used here (a test passes its own). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'addEventListener'>;

/** Calls to the worker, each a promise of its answer. */
export function connect(worker: WorkerLike): Call {
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
