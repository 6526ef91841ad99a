/**
 * What filtering the list page transfers, measured in Chromium: the first tick of a filter on `/initiatieven/` (the
 * filter data the page loads then) and a second tick in another facet. Every request the page or its workers
 * make after the page has loaded is counted (Chromium's network events include a worker's), as a static host
 * serves it (gzip, or as is when already compressed). The selectors are those the e2e filter tests use.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { launchChromium } from '../chromium.ts';
import { costOf, type QueryCost } from './search.ts';
import { serve } from './serve.ts';

export interface FilterCost {
  /** The first tick of a filter after the page loaded. */
  first: QueryCost;
  /** A tick in another facet, on top. */
  later: QueryCost;
  /** The list's status line after each tick (proof that the list was filtered). */
  status: [string, string, string];
}

/** The targets of issue #14 at 10,000 entries, compressed transfer. */
export const filterTargets = { first: 150_000, later: 50_000 } as const;

/** Requests of the page and its workers to the site, as site paths, from now until `stop` is called. */
function record(page: Page, origin: string): { stop: () => Promise<string[]> } {
  const pending = new Set<Request>();
  const done: string[] = [];
  const started = (request: Request) => {
    if (new URL(request.url()).origin === origin) pending.add(request);
  };
  const ended = (request: Request) => {
    if (pending.delete(request)) done.push(decodeURIComponent(new URL(request.url()).pathname));
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    stop: async () => {
      for (let waited = 0; pending.size > 0 && waited < 10_000; waited += 50) await page.waitForTimeout(50);
      page.off('request', started);
      page.off('requestfinished', ended);
      page.off('requestfailed', ended);
      return [...new Set(done)];
    },
  };
}

/** Tick a checkbox and wait until the list shows it: the address holds the selection, the status line changed. */
async function tick(page: Page, box: ReturnType<Page['locator']>, before: string): Promise<string> {
  await box.check();
  await page.waitForFunction(
    (previous) =>
      location.search.length > 1 && (document.querySelector('[data-status]')?.textContent ?? '').trim() !== previous,
    before,
    { timeout: 60_000 },
  );
  await page.waitForLoadState('networkidle');
  return (await page.locator('[data-status]').textContent())?.trim() ?? '';
}

/** The dist files behind site paths (directory URLs → index.html); paths with no file (404s) cost nothing here. */
function filesIn(dist: string, paths: readonly string[]): string[] {
  return paths
    .map((sitePath) => (sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath))
    .filter((sitePath) => {
      const file = path.join(dist, sitePath);
      return existsSync(file) && statSync(file).isFile();
    });
}

export async function measureFilters(dist: string): Promise<FilterCost> {
  const { url, close } = await serve(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${url}/initiatieven/`, { waitUntil: 'load' });
    await page.locator('[data-browser][data-enhanced]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    const boxes = page.locator('[data-browser] input[type="checkbox"]');
    const firstBox = boxes.first();
    const name = (await firstBox.getAttribute('name')) ?? '';
    const otherBox = page.locator(`[data-browser] input[type="checkbox"]:not([name="${name}"])`).first();
    const status0 = (await page.locator('[data-status]').textContent())?.trim() ?? '';

    const first = record(page, url);
    const status1 = await tick(page, firstBox, status0);
    const firstFiles = await first.stop();
    const later = record(page, url);
    const status2 = await tick(page, otherBox, status1);
    const laterFiles = await later.stop();
    return {
      first: costOf(dist, filesIn(dist, firstFiles)),
      later: costOf(dist, filesIn(dist, laterFiles)),
      status: [status0, status1, status2],
    };
  } finally {
    await browser.close();
    await close();
  }
}
