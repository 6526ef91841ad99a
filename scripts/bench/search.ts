/**
 * What the search page transfers from Pagefind's index, measured in Chromium: the first query until its
 * results show, the filter data loaded after that (for the counts beside the filters), and a second query.
 * Bytes as a static host serves them (gzip, or as is when already compressed), with the number of requests.
 */
import path from 'node:path';
import { launchChromium } from '../chromium.ts';
import { servedBytes } from './measure.ts';
import { serve } from './serve.ts';

export interface QueryCost {
  requests: number;
  bytes: number;
}

export interface SearchCost {
  first: QueryCost;
  counts: QueryCost;
  second: QueryCost;
}

/** Two topical words (middle ranks of the synthetic vocabulary), as a reader would search. */
export const queries = ['moestuin', 'bibliotheek'] as const;

export async function measureQueries(dist: string): Promise<SearchCost> {
  const { url, close } = await serve(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    /** Pagefind files fetched since the last call, split at the page's `bp:search-results` mark (results shown). */
    const phases = async (): Promise<{ before: QueryCost; after: QueryCost }> => {
      const { marks, resources } = await page.evaluate(() => {
        const result = {
          marks: performance.getEntriesByName('bp:search-results').map((mark) => mark.startTime),
          resources: performance
            .getEntriesByType('resource')
            .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime }))
            .filter((entry) => entry.path.startsWith('/pagefind/')),
        };
        performance.clearResourceTimings();
        performance.clearMarks();
        return result;
      });
      const shown = marks.at(-1) ?? Infinity;
      const cost = (paths: string[]): QueryCost => {
        const files = [...new Set(paths)];
        return {
          requests: files.length,
          bytes: files.reduce((sum, file) => sum + servedBytes(path.join(dist, file)), 0),
        };
      };
      return {
        before: cost(resources.filter((r) => r.start <= shown).map((r) => r.path)),
        after: cost(resources.filter((r) => r.start > shown).map((r) => r.path)),
      };
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
    return {
      first,
      counts,
      second: {
        requests: second.before.requests + second.after.requests,
        bytes: second.before.bytes + second.after.bytes,
      },
    };
  } finally {
    await browser.close();
    await close();
  }
}
