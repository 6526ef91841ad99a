/**
 * The requests a page makes, its workers' included (Chromium reports both through the page's events), recorded
 * once each has ended and stamped with the browser's own clock (the start in the request's timing): the event
 * reaches this process later than the request started, and on a busy machine after the page's marks. Shared by
 * the search and list measurements.
 */
import type { Page, Request } from 'playwright-core';

/** One request that ended: its path and when the browser started it (ms since the epoch). */
export interface Fetched {
  path: string;
  start: number;
}

export interface RequestRecorder {
  /** Waits (at most 10 s) until no request it records is still open. */
  settled(): Promise<void>;
  /** The requests that ended since the last call. */
  take(): Fetched[];
}

/** Records the requests of `page` that `keep` accepts (asked when each request starts). */
export function recordRequests(page: Page, keep: (request: Request) => boolean): RequestRecorder {
  const pending = new Set<Request>();
  let fetched: Fetched[] = [];
  page.on('request', (request) => {
    if (keep(request)) pending.add(request);
  });
  const ended = (request: Request) => {
    if (!pending.delete(request)) return;
    const { startTime } = request.timing();
    fetched.push({ path: new URL(request.url()).pathname, start: startTime > 0 ? startTime : Date.now() });
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    settled: async () => {
      for (let waited = 0; pending.size > 0 && waited < 10_000; waited += 50) await page.waitForTimeout(50);
    },
    take: () => {
      const taken = fetched;
      fetched = [];
      return taken;
    },
  };
}
