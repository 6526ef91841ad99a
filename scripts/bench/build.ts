/**
 * The builds the benchmark times: a cold `astro build` of a synthetic corpus (empty cache, empty output
 * folder), a rebuild with nothing changed, and a rebuild after one entry's text changed; each with its steps.
 * The corpus and everything the builds write stay under .bench/ (content-N, dist-N, cache-N).
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { entrySlug } from './generate.ts';
import { run, type MeasuredBuild, type RunResult } from './measure.ts';
import { buildSteps, indexSecondsOf, isRouteLine, pagesOf, type Step } from './steps.ts';

export type BuildKind = 'cold' | 'no change' | 'one entry edited';

export interface BuildRun extends MeasuredBuild {
  kind: BuildKind;
  /** Render workers (BUURTPODIUM_BUILD_WORKERS; 0: on Astro's main thread). */
  workers: number;
  /** The Pagefind step's own figure. */
  indexSeconds: number;
  steps: Step[];
}

export interface Paths {
  content: string;
  dist: string;
  cache: string;
}

export const pathsFor = (n: number): Paths => ({
  content: path.resolve(`.bench/content-${String(n)}`),
  dist: path.resolve(`.bench/dist-${String(n)}`),
  cache: path.resolve(`.bench/cache-${String(n)}`),
});

/** Progress lines worth echoing from Astro's log. */
const ECHO =
  /content-check\]|Synced content|Building static entrypoints|\[vite\] ✓ built|generating static routes|Completed in|search index of|page\(s\) built|heap out of memory|Reached heap limit|\[ERROR\]/;

/** Render workers of the product's build, read as astro.config.mjs reads them (default none: the main thread). */
export const defaultWorkers = Number(process.env.BUURTPODIUM_BUILD_WORKERS ?? 0);

/** The render workers the benchmark also tries: one, and one per core. */
export const otherWorkers = [...new Set([0, 1, availableParallelism()])].filter((n) => n !== defaultWorkers);

/** One "now" for every build of a run (src/lib/core/freshness.ts), so builds made minutes apart can be compared. */
const benchNow = new Date().toISOString().slice(0, 10);

/**
 * The build's environment: the corpus, its own cache, render workers, no telemetry, no colour. NODE_OPTIONS is
 * dropped, so a heap limit set in the caller's shell cannot raise Node's default (the targets forbid raising it).
 */
function buildEnv(paths: Paths, workers: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BUURTPODIUM_CONTENT_DIR: paths.content,
    BUURTPODIUM_CACHE_DIR: paths.cache,
    BUURTPODIUM_BUILD_WORKERS: String(workers),
    BUURTPODIUM_NOW: benchNow,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  delete env.NODE_OPTIONS;
  return env;
}

function failureOf(result: RunResult): string {
  if (/heap out of memory|Reached heap limit|Allocation failed/.test(result.output)) {
    return 'out of memory (Node heap limit reached)';
  }
  const tail = result.lines
    .map((line) => line.text)
    .filter((text) => text.trim() !== '' && !/^\d+m[\d.]+s \d+m[\d.]+s$/.test(text))
    .slice(-3)
    .join(' / ');
  return `exit ${String(result.code)}: ${tail.slice(0, 300)}`;
}

/** One `astro build` of the corpus into its dist folder, timed step by step. Never throws for a failed build. */
export async function astroBuild(paths: Paths, kind: BuildKind, workers = defaultWorkers): Promise<BuildRun> {
  let routes = 0;
  const result = await run(
    process.execPath,
    ['--import', 'tsx', 'scripts/build.ts', '--outDir', paths.dist],
    buildEnv(paths, workers),
    {
      echo: ECHO,
      stamp: true,
      allowFailure: true,
      onLine: (line) => {
        if (!isRouteLine(line.text)) return;
        routes += 1;
        if (routes % 5000 === 0) console.log(`      … ${routes.toLocaleString('en')} routes written`);
      },
    },
  );
  const ok = result.code === 0;
  return {
    kind,
    workers,
    ok,
    ...(ok ? {} : { failure: failureOf(result) }),
    seconds: result.seconds,
    cpuSeconds: result.cpuSeconds,
    peakRssMb: result.peakRssMb,
    pages: pagesOf(result.output),
    indexSeconds: indexSecondsOf(result.output),
    steps: buildSteps(result),
  };
}

/** The text added to one entry for the "one entry edited" rebuild. */
const EDIT = '\nBewerkt voor de benchmark: deze zin is er na de eerste build bij gekomen.\n';

/** Change the body of entry 1 (a realistic small edit: one more sentence). */
export function editOneEntry(paths: Paths): string {
  const file = path.join(paths.content, 'initiatives', `${entrySlug(1)}.md`);
  writeFileSync(file, readFileSync(file, 'utf8') + EDIT);
  return file;
}

/**
 * The three builds of one corpus: cold (cache and output removed first), no change, one entry edited
 * (the rebuilds only when `rebuilds`). A failed cold build skips the rebuilds.
 */
export async function timeBuilds(paths: Paths, rebuilds: boolean, log: (line: string) => void): Promise<BuildRun[]> {
  rmSync(paths.dist, { recursive: true, force: true });
  rmSync(paths.cache, { recursive: true, force: true });
  log('build (cold): astro build + feeds + Pagefind, empty cache …');
  const cold = await astroBuild(paths, 'cold');
  log(describe(cold));
  if (!cold.ok || !rebuilds) return [cold];
  log('rebuild (no change) …');
  const same = await astroBuild(paths, 'no change');
  log(describe(same, cold));
  const file = editOneEntry(paths);
  log(`rebuild (one entry edited: ${path.basename(file)}) …`);
  const edited = await astroBuild(paths, 'one entry edited');
  log(describe(edited, cold));
  return [cold, same, edited];
}

function describe(build: BuildRun, cold?: BuildRun): string {
  if (!build.ok) return `${build.kind}: FAILED after ${build.seconds.toFixed(1)} s: ${build.failure ?? ''}`;
  const share = cold ? ` (${((100 * build.seconds) / cold.seconds).toFixed(0)} % of cold)` : '';
  return (
    `${build.kind} (${String(build.workers)} worker(s)): ${build.pages.toLocaleString('en')} pages in ${build.seconds.toFixed(1)} s${share}, ` +
    `CPU ${build.cpuSeconds.toFixed(1)} s, peak ${build.peakRssMb.toLocaleString('en')} MB`
  );
}

/**
 * Cold builds of the same corpus with other numbers of render workers (0: on Astro's main thread), each into a
 * folder of its own (`dist-N-wK`, `cache-N-wK`), so the main build's output stays.
 */
export async function workerBuilds(
  paths: Paths,
  counts: readonly number[],
  log: (line: string) => void,
): Promise<{ build: BuildRun; dist: string }[]> {
  const runs: { build: BuildRun; dist: string }[] = [];
  for (const workers of counts) {
    const other = { ...paths, dist: `${paths.dist}-w${String(workers)}`, cache: `${paths.cache}-w${String(workers)}` };
    rmSync(other.dist, { recursive: true, force: true });
    rmSync(other.cache, { recursive: true, force: true });
    log(`build (cold, ${workers === 0 ? 'on the main thread' : `${String(workers)} render worker(s)`}) …`);
    const build = await astroBuild(other, 'cold', workers);
    log(describe(build));
    runs.push({ build, dist: other.dist });
    rmSync(other.cache, { recursive: true, force: true });
  }
  return runs;
}

/** Every file below a folder, relative to it, sorted. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Two build outputs compared file by file: how many files, and those that differ or exist in one only. */
export function compareOutputs(a: string, b: string): { files: number; different: string[] } {
  const [left, right] = [filesOf(a), filesOf(b)];
  const inRight = new Set(right);
  const inLeft = new Set(left);
  const different = [
    ...left.filter((file) => !inRight.has(file)),
    ...right.filter((file) => !inLeft.has(file)),
    ...left.filter(
      (file) => inRight.has(file) && !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))),
    ),
  ];
  return { files: left.length, different };
}
