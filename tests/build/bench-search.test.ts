/**
 * The benchmark's search measurement (scripts/bench/search.ts) sees every Pagefind file the search page loads,
 * on both paths the page takes: searching on the page (below `searchWorkerFrom` entries, as the real site does)
 * and in Pagefind's Web Worker (from `searchWorkerFrom` on). The worker path is taken on a copy of the real build
 * whose search page is marked the way a large build marks it (`data-worker`), so the test needs no 2,000-entry
 * build. The figures must include the files that every first query needs, counted from the build output.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureQueries, type SearchCost } from '../../scripts/bench/search.ts';
import { servedBytes } from '../../scripts/bench/measure.ts';
import { assertBuilt, dist } from './dist.ts';

/** What every first query loads whichever path it takes: Pagefind's script, its wasm and the index's metadata. */
function fixedFiles(site: string): string[] {
  const files = readdirSync(path.join(site, 'pagefind'));
  const wasm = files.filter((file) => /^wasm\..*\.pagefind$/.test(file));
  const meta = files.filter((file) => file.endsWith('.pf_meta'));
  expect(wasm.length, 'wasm files in pagefind/').toBeGreaterThan(0);
  expect(meta, 'metadata files in pagefind/').toHaveLength(1);
  // The wasm of one language is loaded; the smallest gives a lower bound whichever it is.
  const smallestWasm = wasm.sort(
    (a, b) => servedBytes(path.join(site, 'pagefind', a)) - servedBytes(path.join(site, 'pagefind', b)),
  )[0];
  return ['pagefind.js', smallestWasm ?? '', ...meta];
}
const bytesOf = (site: string, files: readonly string[]) =>
  files.reduce((sum, file) => sum + servedBytes(path.join(site, 'pagefind', file)), 0);

describe('the benchmark measures what the search page loads', () => {
  let copy = '';
  let onPage: SearchCost;
  let inWorker: SearchCost;

  beforeAll(async () => {
    assertBuilt();
    copy = mkdtempSync(path.join(tmpdir(), 'bp-bench-search-'));
    cpSync(dist, copy, { recursive: true });
    const searchPage = path.join(copy, 'zoeken', 'index.html');
    const html = readFileSync(searchPage, 'utf8');
    expect(html, 'the real site searches on the page').not.toMatch(/\sdata-worker[\s=>]/);
    onPage = await measureQueries(copy);
    writeFileSync(searchPage, html.replace(' data-search ', ' data-search data-worker '));
    expect(readFileSync(searchPage, 'utf8')).toMatch(/\sdata-worker[\s=>]/);
    inWorker = await measureQueries(copy);
  }, 120_000);
  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  /** The kinds of Pagefind file a query loaded: script, worker, wasm, metadata, index chunks, filters, fragments. */
  const kinds = (cost: SearchCost['first']) => {
    const kind = (file: string) => {
      const name = path.basename(file);
      if (name === 'pagefind.js' || name === 'pagefind-worker.js') return name;
      if (name.startsWith('wasm.')) return 'wasm';
      return path.extname(name).slice(1) || name;
    };
    return [...new Set(cost.files.map(kind))].sort();
  };

  it('on the page: the first query includes Pagefind, its wasm, metadata, an index chunk and fragments', () => {
    const fixed = fixedFiles(copy);
    expect(kinds(onPage.first)).toEqual(
      expect.arrayContaining(['pagefind.js', 'pf_fragment', 'pf_index', 'pf_meta', 'wasm']),
    );
    expect(onPage.first.files).not.toContain('/pagefind/pagefind-worker.js');
    expect(onPage.first.bytes).toBeGreaterThan(bytesOf(copy, fixed));
    expect(onPage.second.requests, 'a second query loads at least its results').toBeGreaterThan(0);
    for (const cost of [onPage.first, onPage.counts, onPage.second]) {
      expect(
        Object.values(cost.parts).reduce((sum, bytes) => sum + bytes, 0),
        'the parts add up',
      ).toBe(cost.bytes);
    }
    expect(onPage.first.parts.fragments, 'fragments of the first results').toBeGreaterThan(0);
    expect(onPage.first.parts.metadata).toBe(
      bytesOf(
        copy,
        fixedFiles(copy).filter((f) => f.endsWith('.pf_meta')),
      ),
    );
  });

  it("in the worker: the worker's own requests are counted (wasm, metadata, index chunk and fragments from the worker)", () => {
    const fixed = [...fixedFiles(copy), 'pagefind-worker.js'];
    expect(kinds(inWorker.first)).toEqual(
      expect.arrayContaining(['pagefind-worker.js', 'pagefind.js', 'pf_fragment', 'pf_index', 'pf_meta', 'wasm']),
    );
    expect(inWorker.first.bytes).toBeGreaterThan(bytesOf(copy, fixed));
    expect(inWorker.second.requests).toBeGreaterThan(0);
  });
});
