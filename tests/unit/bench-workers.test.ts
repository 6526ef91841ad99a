/**
 * The benchmark's render-worker figures (scripts/bench/build.ts, report.ts): the file-by-file comparison of two
 * build outputs finds a changed, a missing and an extra file, and the memory per worker is the difference of the
 * rendering peaks per added worker, never a whole build's peak (which is Pagefind's, after Astro has exited).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareOutputs, type BuildRun } from '../../scripts/bench/build.ts';
import { perWorkerMb, renderingPeakMb, type SizeResult } from '../../scripts/bench/report.ts';

const root = mkdtempSync(path.join(tmpdir(), 'bp-bench-workers-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function site(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('compareOutputs', () => {
  it('finds no difference between equal outputs', () => {
    const files = { 'index.html': '<p>a</p>', 'x/index.html': '<p>b</p>', '_astro/a.1234.css': 'p{}' };
    expect(compareOutputs(site('a', files), site('b', files))).toEqual({ files: 3, different: [] });
  });

  it('lists a file in one output only and a file whose bytes differ', () => {
    const left = site('c', { 'index.html': '<p>a</p>', 'gone.html': '', 'same.txt': 'x' });
    const right = site('d', { 'index.html': '<p>A</p>', 'new.html': '', 'same.txt': 'x' });
    expect(compareOutputs(left, right).different.sort()).toEqual(['gone.html', 'index.html', 'new.html']);
  });
});

const build = (workers: number, peaks: Record<string, number>): BuildRun => ({
  kind: 'cold',
  workers,
  ok: true,
  seconds: 10,
  cpuSeconds: 15,
  peakRssMb: Math.max(...Object.values(peaks)),
  pages: 100,
  indexSeconds: 1,
  steps: Object.entries(peaks).map(([name, peakRssMb]) => ({ name, seconds: 1, cpuSeconds: 1, peakRssMb })),
});

describe('memory per render worker', () => {
  const steps = (rendering: number) => ({
    'types and bundling (Vite)': 900,
    'feeds, exports and data files': rendering - 100,
    'pages (HTML)': rendering,
    'search index (Pagefind)': 1800,
  });

  it('is the rendering peak (feeds and pages), not the whole build’s', () => {
    expect(renderingPeakMb(build(2, steps(1400)))).toBe(1400);
    expect(renderingPeakMb(build(2, { 'feeds, exports and data files + pages (HTML)': 1234 }))).toBe(1234);
  });

  it('is the difference between the two largest worker counts, per worker', () => {
    const result: SizeResult = {
      n: 1000,
      builds: [build(2, steps(1500))],
      workerBuilds: [build(0, steps(700)), build(1, steps(1100))],
      weights: new Map(),
      lighthouse: new Map(),
      missing: new Map(),
    };
    expect(perWorkerMb(result)).toEqual({ mb: 400, from: 1, to: 2 });
  });

  it('is not given from one worker count alone', () => {
    const result: SizeResult = {
      n: 1000,
      builds: [build(2, steps(1500))],
      workerBuilds: [build(0, steps(700))],
      weights: new Map(),
      lighthouse: new Map(),
      missing: new Map(),
    };
    expect(perWorkerMb(result)).toBeUndefined();
  });
});
