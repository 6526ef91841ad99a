/**
 * The benchmark's list measurement (scripts/bench/list.ts) sees what the list page loads when the reader filters,
 * on the real build: the first filter loads the filter index and exactly the record files of its first page of
 * results; a later filter loads the record files it needs on top and nothing it had. The ticks are chosen here,
 * from the build's index, so that the later one must load something: a figure of 0 would be a bug.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { positionsOf, size } from '../../src/client/list/bitset.ts';
import { matchSet, type FacetIndex } from '../../src/client/list/facet-index.ts';
import { facetKeys } from '../../src/lib/core/facets.ts';
import { listIndexPath, recordsPath } from '../../src/lib/core/list-format.ts';
import {
  chooseTicks,
  loadIndex,
  measureFilters,
  recordFiles,
  withTick,
  type ListCost,
  type Tick,
} from '../../scripts/bench/list.ts';
import { servedBytes } from '../../scripts/bench/measure.ts';
import { assertBuilt, dist } from './dist.ts';

/** Entries per page of the list, as in src/site.config.ts. */
const pageSize = 24;

/** A first tick whose first page leaves record files unloaded, and a later tick that needs one of them. */
function ticksThatLoadTwice(index: FacetIndex): { first: Tick; later: Tick } {
  const ticks = facetKeys.flatMap((key) => [...index.values[key].keys()].map((value) => ({ key, value })));
  for (const first of ticks) {
    const loaded = new Set(recordFiles(index, withTick({}, first), pageSize));
    const later = ticks.find((tick) => {
      if (tick.key === first.key && tick.value === first.value) return false;
      const next = withTick(withTick({}, first), tick);
      return size(matchSet(index, next)) > 0 && recordFiles(index, next, pageSize).some((file) => !loaded.has(file));
    });
    if (later) return { first, later };
  }
  throw new Error('no two ticks in the build where the second needs a record file the first did not load');
}

const paths = (index: FacetIndex, files: readonly number[]) => files.map((n) => recordsPath(index.version, n));
const bytesOf = (files: readonly string[]) => files.reduce((sum, file) => sum + servedBytes(path.join(dist, file)), 0);

describe('the benchmark measures what the list page loads on a filter', () => {
  let index: FacetIndex;
  let ticks: { first: Tick; later: Tick };
  let cost: ListCost;

  beforeAll(async () => {
    assertBuilt();
    index = loadIndex(dist);
    ticks = ticksThatLoadTwice(index);
    cost = await measureFilters(dist, ticks);
  }, 120_000);

  it('the first filter: the index and the record files of its first page of results', () => {
    const first = withTick({}, ticks.first);
    const expected = [listIndexPath, ...paths(index, recordFiles(index, first, pageSize))];
    expect(positionsOf(matchSet(index, first), 0, pageSize).length).toBeGreaterThan(0);
    expect([...cost.first.files].sort()).toEqual(expected.sort());
    expect(cost.first.requests).toBe(expected.length);
    expect(cost.first.bytes).toBe(bytesOf(expected));
    expect(cost.first.bytes).toBeGreaterThan(0);
    expect(cost.first.matches).toBe(size(matchSet(index, first)));
  });

  it('a later filter: only the record files it needs on top', () => {
    const first = withTick({}, ticks.first);
    const loaded = new Set(recordFiles(index, first, pageSize));
    const later = withTick(first, ticks.later);
    const fresh = paths(
      index,
      recordFiles(index, later, pageSize).filter((file) => !loaded.has(file)),
    );
    expect(fresh.length).toBeGreaterThan(0);
    expect([...cost.later.files].sort()).toEqual(fresh.sort());
    expect(cost.later.bytes).toBe(bytesOf(fresh));
    expect(cost.later.bytes).toBeGreaterThan(0);
  });

  it('counts /data/browse.json, the whole catalog, for comparison', () => {
    expect(cost.whole).toBe(servedBytes(path.join(dist, 'data', 'browse.json')));
    expect(cost.whole).toBeGreaterThan(0);
  });

  it('chooses, at any size, the most used theme and then a tick that matches something', () => {
    const { first, later } = chooseTicks(index, pageSize);
    const themes = [...index.values.theme].map(([value, set]) => [value, size(set)] as const);
    expect(first).toEqual({
      key: 'theme',
      value: themes.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0],
    });
    expect(size(matchSet(index, withTick(withTick({}, first), later)))).toBeGreaterThan(0);
  });
});
