/**
 * The benchmark's list-filter targets (scripts/bench/report.ts): two measurements tick different values, and the
 * targets table judges the costlier of them, naming the other beside it, so a cheap tick cannot hide a costly one.
 */
import { describe, expect, it } from 'vitest';
import { filterCell, type SizeResult } from '../../scripts/bench/report.ts';

const cost = (bytes: number, requests: number) => ({ bytes, requests, files: [], parts: {} });

function result(panel?: [number, number], list?: [number, number]): SizeResult {
  return {
    n: 10_000,
    builds: [],
    workerBuilds: [],
    weights: new Map(),
    lighthouse: new Map(),
    missing: new Map(),
    ...(panel && {
      filter: { first: cost(panel[0], 3), later: cost(panel[1], 1), status: ['a', 'b', 'c'] },
    }),
    ...(list && {
      list: {
        first: { ...cost(list[0], 19), tick: { key: 'theme', value: 'x' }, matches: 10 },
        later: { ...cost(list[1], 7), tick: { key: 'actor', value: 'y' }, matches: 5 },
        whole: 1_000_000,
      },
    }),
  } as unknown as SizeResult;
}

describe('filter targets', () => {
  it('judge the costlier measurement and name the other', () => {
    const cell = filterCell(result([40_000, 2_000], [85_800, 60_000]), 'later', 50_000);
    expect(cell).toBe('60.0 kB ✗ (7 req., costliest next tick; a value of another facet: 2.0 kB)');
    expect(filterCell(result([140_000, 2_000], [85_800, 6_000]), 'first', 150_000)).toMatch(
      /^140\.0 kB ✓ \(3 req\., panel’s first value; most used theme: 85\.8 kB\)$/,
    );
  });

  it('use the one measurement there is, and none when neither ran', () => {
    expect(filterCell(result(undefined, [85_800, 6_000]), 'first', 150_000)).toBe(
      '85.8 kB ✓ (19 req., most used theme)',
    );
    expect(filterCell(result(), 'first', 150_000)).toBeUndefined();
  });
});
