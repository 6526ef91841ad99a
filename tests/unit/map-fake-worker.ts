/** A stand-in for the map's Worker in unit tests: it passes structured clones both ways, as a real one does. */
import type { WorkerLike } from '../../src/client/map/worker-client.ts';
import type { MapWorkerRequest, MapWorkerResponse } from '../../src/client/map/worker-service.ts';

/** A Worker stand-in: requests go to `answer`, responses come back as message events, both cloned. */
export class FakeWorker {
  readonly #events = new EventTarget();
  readonly requests: MapWorkerRequest[] = [];
  constructor(readonly answer?: (request: MapWorkerRequest) => Promise<MapWorkerResponse>) {}
  addEventListener(type: string, listener: (event: MessageEvent) => void): void {
    this.#events.addEventListener(type, listener as EventListener);
  }
  postMessage(message: MapWorkerRequest): void {
    const request = structuredClone(message);
    this.requests.push(request);
    void this.answer?.(request).then((response) => {
      this.respond(response);
    });
  }
  respond(response: MapWorkerResponse): void {
    this.#events.dispatchEvent(new MessageEvent('message', { data: structuredClone(response) }));
  }
  fail(): void {
    this.#events.dispatchEvent(new Event('error'));
  }
}

export const asWorker = (fake: FakeWorker) => fake as unknown as WorkerLike;
