/**
 * Pagefind's search API as the search page uses it (only what it calls, typed), loaded once, on first need.
 * The bundle is a file of the built site (`/pagefind/pagefind.js`, scripts/search-index.ts), not a module of
 * this project, so it is imported by URL at run time.
 */
import type { SearchSort } from '../../lib/core/search.ts';
import type { ResultData } from './render.ts';

/** Counts per filter value: `{ strategy: { bonding: 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** One hit: its fragment (`data()`) is fetched only when called. */
export interface SearchResult {
  id: string;
  data: () => Promise<ResultData>;
}

export interface SearchResponse {
  results: SearchResult[];
  filters: FilterCounts;
}

export type PagefindFilters = Record<string, { any: string[] }>;

export interface SearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (query: string | null, options: SearchOptions) => Promise<SearchResponse>;
}

/** Where the built site serves Pagefind's script. */
export const pagefindPath = '/pagefind/pagefind.js';

/** The longest excerpt Pagefind makes, in words. */
export const excerptLength = 24;

/** Pagefind's `sort` option for an order of the search page: "newest first" is the `published` sort key. */
export function sortOption(sort: SearchSort): SearchOptions['sort'] {
  return sort === 'newest' ? { published: 'desc' } : undefined;
}

export type ImportModule = (url: string) => Promise<unknown>;

const importByUrl: ImportModule = (url) => import(/* @vite-ignore */ url);

/**
 * A function that loads and starts Pagefind the first time it is called and returns the same promise after
 * that. `worker`: run Pagefind in its Web Worker (large indexes, lib/core/search.ts `searchWorkerFrom`); otherwise on
 * the page (a small index: the worker would be one download more for little work).
 */
export function pagefindLoader(origin: string, worker: boolean, load: ImportModule = importByUrl) {
  let started: Promise<Pagefind> | undefined;
  return (): Promise<Pagefind> => {
    started ??= (async () => {
      const pagefind = (await load(new URL(pagefindPath, origin).href)) as Pagefind;
      await pagefind.options({ excerptLength, noWorker: !worker });
      await pagefind.init();
      return pagefind;
    })();
    return started;
  };
}
