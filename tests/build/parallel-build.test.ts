/**
 * Pages rendered in parallel (Astro's `experimental.parallelPrerender`, worker threads that share no module state;
 * `BUURTPODIUM_BUILD_WORKERS`) make the same site as pages rendered on the main thread (the default): a small synthetic corpus (entries,
 * places, collections; so entry, list, facet, place, area, collection, embed and map pages, feeds, exports and the
 * search index) is built both ways and every output file compared byte for byte, asset hashes included (Vite names
 * assets by their content, so they are deterministic). Both builds are given the same "now" (BUURTPODIUM_NOW);
 * otherwise the ages of checks ("3 maanden geleden") could differ between builds made on different days.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/bench/generate.ts';
import { buildSite, type FixtureBuild } from '../support/build-site.ts';

/** Every file below a folder, as paths relative to it, sorted. */
const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();

/** The experimental options astro.config.mjs gives Astro for a value of BUURTPODIUM_BUILD_WORKERS. */
async function experimentalWith(workers: string | undefined): Promise<Record<string, unknown>> {
  const before = process.env.BUURTPODIUM_BUILD_WORKERS;
  if (workers === undefined) delete process.env.BUURTPODIUM_BUILD_WORKERS;
  else process.env.BUURTPODIUM_BUILD_WORKERS = workers;
  try {
    const url = new URL(`../../astro.config.mjs?workers=${workers ?? 'default'}`, import.meta.url).href;
    const config = ((await import(url)) as { default: { experimental?: Record<string, unknown> } }).default;
    return config.experimental ?? {};
  } finally {
    if (before === undefined) delete process.env.BUURTPODIUM_BUILD_WORKERS;
    else process.env.BUURTPODIUM_BUILD_WORKERS = before;
  }
}

describe('render workers', () => {
  it('none by default (pages on the main thread, within 2 GB: BENCHMARKS.md), as many as BUURTPODIUM_BUILD_WORKERS says', async () => {
    expect(await experimentalWith(undefined)).not.toHaveProperty('parallelPrerender');
    expect(await experimentalWith('0')).not.toHaveProperty('parallelPrerender');
    expect((await experimentalWith('2')).parallelPrerender).toEqual({ workers: 2 });
  });
});

describe('a parallel build and a sequential build of the same content are byte-identical', () => {
  let root = '';
  let sequential: FixtureBuild | undefined;
  let parallel: FixtureBuild | undefined;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'bp-parallel-'));
    await generate(30, root, () => undefined);
    const now = { BUURTPODIUM_NOW: '2026-12-01' };
    [sequential, parallel] = await Promise.all([
      buildSite(root, { ...now, BUURTPODIUM_BUILD_WORKERS: '0' }),
      buildSite(root, { ...now, BUURTPODIUM_BUILD_WORKERS: '2' }),
    ]);
  }, 300_000);
  afterAll(() => {
    sequential?.remove();
    parallel?.remove();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('both build', () => {
    expect(sequential?.failure).toBeUndefined();
    expect(parallel?.failure).toBeUndefined();
  });

  it('with the same files, and every file the same bytes', () => {
    const [a, b] = [sequential?.dist ?? '', parallel?.dist ?? ''];
    const files = filesOf(a);
    expect(files).toEqual(filesOf(b));
    // The corpus's page types are all there, so the comparison covers them.
    for (const page of [
      'index.html',
      'initiatief/bench-000001/index.html',
      'en/initiative/bench-000001/index.html',
      'initiatieven/index.html',
      'plekken/index.html',
      'plekken/bench-plek-00001/index.html',
      'gebieden/index.html',
      'collecties/bench-gemeente/index.html',
      'embed/collecties/bench-gemeente/index.html',
      'kaart/index.html',
      'meedoen/index.html',
    ]) {
      expect(files, page).toContain(page);
    }
    expect(files.some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(files.filter((file) => file.startsWith('_astro/')).length).toBeGreaterThan(0);
    const different = files.filter(
      (file) => !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))),
    );
    expect(different).toEqual([]);
  });
});
