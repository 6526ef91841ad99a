/**
 * What the search page transfers from Pagefind's index, measured in Chromium: the first query until its
 * results show, the filter data loaded after that (for the counts beside the filters), and a second query.
 * Bytes as a static host serves them (gzip, or as is when already compressed), with the number of requests.
 */
import path from 'node:path';
import { launchChromium } from '../chromium.ts';
import { servedBytes } from './measure.ts';
import { recordRequests, type Fetched } from './requests.ts';
import { serve } from './serve.ts';

/** The targets of issue #7 at 10,000 entries, compressed transfer: a first query, and each query after it. */
export const searchTargets = { first: 150_000, later: 30_000 } as const;

/** The kinds of Pagefind file a query loads. */
export const searchParts = ['js', 'wasm', 'metadata', 'index', 'fragments', 'filters', 'other'] as const;
export type SearchPart = (typeof searchParts)[number];

/** The kind of a Pagefind file (`/pagefind/fragment/nl_1a2b3c4.pf_fragment` → fragments). */
export function partOf(file: string): SearchPart {
  const name = path.posix.basename(file);
  if (name.endsWith('.js')) return 'js';
  if (name.startsWith('wasm.')) return 'wasm';
  if (name.endsWith('.pf_meta')) return 'metadata';
  if (name.endsWith('.pf_index')) return 'index';
  if (name.endsWith('.pf_fragment')) return 'fragments';
  if (name.endsWith('.pf_filter')) return 'filters';
  return 'other';
}

export interface QueryCost {
  requests: number;
  bytes: number;
  /** The files, as site paths (`/pagefind/pagefind.js`), for tests and for reading a figure apart. */
  files: string[];
  /** Bytes per kind of file (those of no kind loaded: 0). */
  parts: Record<SearchPart, number>;
}

export interface SearchCost {
  first: QueryCost;
  counts: QueryCost;
  second: QueryCost;
}

/** Two topical words (middle ranks of the synthetic vocabulary), as a reader would search. */
export const queries = ['moestuin', 'bibliotheek'] as const;

/** What loading `files` (site paths, each once) costs, in all and per kind of file. */
export function costOf(dist: string, files: string[]): QueryCost {
  const parts = Object.fromEntries(searchParts.map((part) => [part, 0])) as Record<SearchPart, number>;
  let bytes = 0;
  for (const file of files) {
    const size = servedBytes(path.join(dist, file));
    parts[partOf(file)] += size;
    bytes += size;
  }
  return { requests: files.length, bytes, files, parts };
}

/**
 * Pagefind files split at a moment: those requested up to it, and after it. Counted once per file (a file asked
 * for twice is served from the browser's cache the second time).
 */
export function splitAt(
  dist: string,
  fetched: readonly Fetched[],
  moment: number,
): { before: QueryCost; after: QueryCost } {
  const cost = (paths: string[]): QueryCost => costOf(dist, [...new Set(paths)]);
  return {
    before: cost(fetched.filter((f) => f.start <= moment).map((f) => f.path)),
    after: cost(fetched.filter((f) => f.start > moment).map((f) => f.path)),
  };
}

/**
 * Measured from the page's network events, which in Chromium include the requests of the page's Web Workers: from
 * 2,000 entries on, Pagefind runs in its worker and fetches its index from there (the page's resource timings,
 * which an earlier version read, do not see those requests, and reported a first query of 26 kB instead of 199).
 */
export async function measureQueries(dist: string): Promise<SearchCost> {
  const { url, close } = await serve(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const requests = recordRequests(page, (request) => new URL(request.url()).pathname.startsWith('/pagefind/'));
    /** Pagefind files fetched since the last call, split at the page's `bp:search-results` mark (results shown). */
    const phases = async () => {
      await requests.settled();
      const shown = await page.evaluate(() => {
        const mark = performance.getEntriesByName('bp:search-results').at(-1);
        performance.clearMarks();
        return mark ? performance.timeOrigin + mark.startTime : Infinity;
      });
      return splitAt(dist, requests.take(), shown);
    };
    const search = async (query: string) => {
      await page.fill('#search-q', query);
      await page.press('#search-q', 'Enter');
      await page.waitForFunction(
        (q) =>
          new URL(location.href).searchParams.get('q') === q &&
          document.querySelectorAll('[data-search-results] > li h3 a[href^="/"]').length > 0,
        query,
      );
      await page.locator('[data-search-filters]:not([aria-busy])').waitFor();
    };
    await page.goto(`${url}/zoeken/`);
    await page.locator('[data-search][data-enhanced]').waitFor();
    await search(queries[0]);
    const { before: first, after: counts } = await phases();
    await search(queries[1]);
    const second = await phases();
    return { first, counts, second: costOf(dist, [...new Set([...second.before.files, ...second.after.files])]) };
  } finally {
    await browser.close();
    await close();
  }
}
