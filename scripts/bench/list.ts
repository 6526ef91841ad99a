/**
 * What the list page transfers when the reader filters, measured in Chromium from the page's network events:
 * the first filter (from a loaded page: the filter index and the records of the first page of results) and a
 * later filter (the records it needs on top). Bytes as a static host serves them (gzip), counted once per file.
 *
 * The filters are chosen from the build's own index, the same way at every size: first the most used theme; then,
 * of every value the reader could tick next, the one whose first page of results needs the most record files not
 * loaded yet (the costliest next tick, not a cheap one). For comparison, `whole` is /data/browse.json, every
 * record, which the page loaded on its first filter before the index and record files (issue #14).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { positionsOf, size } from '../../src/client/list/bitset.ts';
import { decodeIndex, matchSet, type FacetIndex } from '../../src/client/list/facet-index.ts';
import { facetKeys, type FacetKey, type Selection } from '../../src/lib/core/facets.ts';
import { listIndexPath, type ListIndex } from '../../src/lib/core/list-format.ts';
import { launchChromium } from '../chromium.ts';
import { servedBytes } from './measure.ts';
import { recordRequests } from './requests.ts';
import { splitAt, type QueryCost } from './search.ts';
import { serve } from './serve.ts';

/** One value the reader ticks. */
export interface Tick {
  key: FacetKey;
  value: string;
}

export interface FilterCost extends QueryCost {
  tick: Tick;
  /** Entries that match after the tick. */
  matches: number;
}

export interface ListCost {
  first: FilterCost;
  later: FilterCost;
  /** /data/browse.json as served: what the first filter loaded before (every record). */
  whole: number;
}

export const listPath = '/initiatieven/';

/** The selection with one more value ticked. */
export function withTick(selection: Selection, { key, value }: Tick): Selection {
  return { ...selection, [key]: [...(selection[key] ?? []), value] };
}

/** The record files (numbers) the first page of results of a selection needs. */
export function recordFiles(index: FacetIndex, selection: Selection, pageSize: number): number[] {
  const positions = positionsOf(matchSet(index, selection), 0, pageSize);
  return [...new Set(positions.map((position) => Math.floor(position / index.chunkSize)))];
}

/** The most used theme, then the costliest next tick (most record files not loaded yet; then most matches). */
export function chooseTicks(index: FacetIndex, pageSize: number): { first: Tick; later: Tick } {
  const byUse = (key: FacetKey) => [...index.values[key]].map(([value, set]) => ({ key, value, uses: size(set) }));
  const [first] = byUse('theme').sort((a, b) => b.uses - a.uses || a.value.localeCompare(b.value));
  if (!first) throw new Error('list bench: no theme in the index');
  const selection = withTick({}, first);
  const loaded = new Set(recordFiles(index, selection, pageSize));
  const candidates = facetKeys
    .flatMap(byUse)
    .filter((tick) => !(tick.key === first.key && tick.value === first.value))
    .map((tick) => {
      const next = withTick(selection, tick);
      const fresh = recordFiles(index, next, pageSize).filter((file) => !loaded.has(file)).length;
      return { tick, fresh, matches: size(matchSet(index, next)) };
    })
    .filter(({ matches }) => matches > 0)
    .sort((a, b) => b.fresh - a.fresh || b.matches - a.matches);
  const later = candidates[0]?.tick;
  if (!later) throw new Error('list bench: no value to tick after the first');
  return { first: { key: first.key, value: first.value }, later: { key: later.key, value: later.value } };
}

/** The built list page's page size (its `data-page-size`). */
function pageSizeOf(dist: string): number {
  const html = readFileSync(path.join(dist, listPath, 'index.html'), 'utf8');
  const size = Number(/\sdata-page-size="(\d+)"/.exec(html)?.[1]);
  if (!size) throw new Error(`list bench: no data-page-size in ${listPath}`);
  return size;
}

export function loadIndex(dist: string): FacetIndex {
  return decodeIndex(JSON.parse(readFileSync(path.join(dist, listIndexPath), 'utf8')) as ListIndex);
}

/**
 * Tick `first`, then `later` (chosen by `chooseTicks` unless given) on the list page of a build, and count
 * what each loads: every request from the tick until its results show (the page's `bp:list-results` mark).
 */
export async function measureFilters(dist: string, ticks?: { first: Tick; later: Tick }): Promise<ListCost> {
  const index = loadIndex(dist);
  const { first, later } = ticks ?? chooseTicks(index, pageSizeOf(dist));
  const { url, close } = await serve(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let recording = false;
    const requests = recordRequests(page, () => recording);
    await page.goto(`${url}${listPath}`);
    await page.locator('[data-browser][data-enhanced]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    const tick = async (selection: Selection, { key, value }: Tick): Promise<FilterCost> => {
      requests.take();
      recording = true;
      await page.evaluate(() => {
        performance.clearMarks('bp:list-results');
      });
      await page.locator(`input[type="checkbox"][name="${key}"][value="${value}"]`).check();
      await page.waitForFunction(() => performance.getEntriesByName('bp:list-results').length > 0);
      await requests.settled();
      recording = false;
      const cost = splitAt(dist, requests.take(), Infinity).before;
      return { ...cost, tick: { key, value }, matches: size(matchSet(index, selection)) };
    };
    const firstCost = await tick(withTick({}, first), first);
    const laterCost = await tick(withTick(withTick({}, first), later), later);
    return { first: firstCost, later: laterCost, whole: servedBytes(path.join(dist, 'data', 'browse.json')) };
  } finally {
    await browser.close();
    await close();
  }
}
