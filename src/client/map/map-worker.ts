/**
 * The map's worker: map-client.ts starts it once the page has painted. It answers the page's calls with
 * `mapService()` (worker-service.ts: load /data/map.json into a MapEngine, then select, page, marks, locate), so
 * decoding, filtering and clustering thousands of points happen off the page's main thread.
 */
import { mapService, type MapWorkerRequest, type MapWorkerResponse } from './worker-service.ts';

/** The worker's global scope, as far as it is used here (the project's TypeScript types a window). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<MapWorkerRequest>) => void): void;
  postMessage(message: MapWorkerResponse): void;
}
const scope = self as unknown as WorkerScope;
const answer = mapService();

scope.addEventListener('message', ({ data: request }) => {
  void answer(request).then((response) => {
    scope.postMessage(response);
  });
});
