/**
 * The benchmark's filter measurement (scripts/bench/filter.ts) counts what ticking a filter on the list page
 * really loads: on the real build, the first tick loads the filter data the page names, the list shows the
 * filtered result both times, and the figures are the served sizes of the files requested.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureFilters, type FilterCost } from '../../scripts/bench/filter.ts';
import { servedBytes } from '../../scripts/bench/measure.ts';
import { assertBuilt, dist } from './dist.ts';

describe('the benchmark measures what filtering the list loads', () => {
  let cost: FilterCost;

  beforeAll(async () => {
    assertBuilt();
    cost = await measureFilters(dist);
  }, 120_000);

  it('filters the list twice (the status line changes each time)', () => {
    const [loaded, first, second] = cost.status;
    expect(loaded).toMatch(/\d/);
    expect(first).not.toBe(loaded);
    expect(second).not.toBe(first);
  });

  it('counts the filter data the page loads on the first tick, at its served size', () => {
    const html = readFileSync(path.join(dist, 'initiatieven', 'index.html'), 'utf8');
    const source = /data-src="([^"]+)"/.exec(html)?.[1];
    if (source) expect(cost.first.files).toContain(source);
    expect(cost.first.requests).toBeGreaterThan(0);
    expect(cost.first.bytes).toBe(cost.first.files.reduce((sum, file) => sum + servedBytes(path.join(dist, file)), 0));
    expect(cost.first.bytes).toBeGreaterThan(0);
    expect(cost.later.bytes).toBe(cost.later.files.reduce((sum, file) => sum + servedBytes(path.join(dist, file)), 0));
  });
});
