/**
 * The benchmark's comparison builds measure a build that made what it should: the minimal Astro site
 * (scripts/bench/minimal.ts) one page per entry and the list, and Hugo (scripts/bench/hugo.ts, when installed)
 * with and without related entries, on a small synthetic corpus. A figure from a build that made nothing would
 * be fast and wrong.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entrySlug, generate } from '../../scripts/bench/generate.ts';
import { hugoBuild, hugoVersion } from '../../scripts/bench/hugo.ts';
import { minimalAstroBuild, minimalPages } from '../../scripts/bench/minimal.ts';

const N = 30;
const quiet = () => undefined;
let root = '';

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'bp-bench-comparisons-'));
  await generate(N, root, quiet);
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  for (const dir of [
    `.bench/astro-minimal-${String(N)}`,
    `.bench/hugo-${String(N)}`,
    `.bench/hugo-${String(N)}-plain`,
  ]) {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('the minimal Astro site', () => {
  it('builds one page per entry and the list, and its figures are those of a real build', async () => {
    const run = await minimalAstroBuild(root, N, quiet);
    expect(run.failure).toBeUndefined();
    expect(run.ok).toBe(true);
    expect(run.pages).toBe(minimalPages(N));
    expect(run.pages).toBe(N + 2);
    expect(run.seconds).toBeGreaterThan(0);
    expect(run.cpuSeconds).toBeGreaterThan(0);
    expect(run.peakRssMb).toBeGreaterThan(50);
    const dist = `.bench/astro-minimal-${String(N)}/dist`;
    const page = readFileSync(path.join(dist, 'initiatief', entrySlug(1), 'index.html'), 'utf8');
    expect(page, 'the rendered Markdown body').toMatch(/<h2[^>]*>/);
    expect(existsSync(path.join(dist, 'initiatieven', '2', 'index.html'))).toBe(true);
  }, 120_000);

  it('fails, not measures, when the build makes the wrong number of pages', async () => {
    const run = await minimalAstroBuild(root, N + 1, quiet);
    expect(run.ok).toBe(false);
    expect(run.failure).toMatch(/built 32 pages, expected 33/);
    rmSync(`.bench/astro-minimal-${String(N + 1)}`, { recursive: true, force: true });
  }, 120_000);
});

describe.skipIf(hugoVersion() === undefined)('Hugo (when installed: apt-get install hugo)', () => {
  it('with related entries shows them on the entry pages, without does not, and both are indexed', async () => {
    const related = await hugoBuild(root, N, true, quiet);
    const plain = await hugoBuild(root, N, false, quiet);
    for (const run of [related, plain]) {
      expect(run.failure).toBeUndefined();
      expect(run.pages).toBeGreaterThan(2 * N);
      expect(run.seconds).toBeGreaterThan(0);
      expect(run.indexSeconds).toBeGreaterThan(0);
    }
    expect([related.related, plain.related]).toEqual([true, false]);
    const entry = (dir: string) =>
      readFileSync(path.join('.bench', dir, 'dist', 'initiatief', entrySlug(1), 'index.html'), 'utf8');
    expect(entry(`hugo-${String(N)}`)).toContain('class="cards"');
    expect(entry(`hugo-${String(N)}-plain`)).not.toContain('class="cards"');
  }, 120_000);
});
