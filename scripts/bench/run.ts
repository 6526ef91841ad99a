/**
 * npm run bench — build the whole site (astro build + feeds + Pagefind) from N synthetic entries and measure
 * it, for N = 1,000, 10,000 and 30,000 or the sizes given; write BENCHMARKS.md (after every size, so a long run
 * that fails late keeps what it measured).
 *
 *   npm run bench                              # 1,000, 10,000 and 30,000
 *   npm run bench -- 1000 5000                 # other sizes
 *   npm run bench -- --quick                   # 1,000 only, one Lighthouse run per page, to .bench/BENCHMARKS.md
 *   npm run bench -- --skip=lighthouse,hugo    # leave parts out: rebuild, workers, minimal, hugo, search, filter,
 *                                              # list, weight, lighthouse
 *   npm run bench -- --runs=5 --out=FILE       # Lighthouse runs per page (default 3); where the report goes
 *   npm run bench -- --cold-only=30000         # sizes that get the cold build only (default: 30,000)
 *   npm run bench -- --report-only             # write the report again from the last run's results
 *                                              # (.bench/results.json), e.g. after editing its hand-written part
 *
 * Per size: generate the corpus (.bench/content-N), a cold build, a rebuild with no change and one after
 * editing one entry (steps timed from the build log), cold builds with fewer render workers (on the main thread,
 * one worker) compared file by file with the first, a minimal Astro site and Hugo (with and without related
 * entries) over the same corpus, then in Chromium: search transfer, list filter transfer (two measurements: filter.ts ticks the first
 * values of the panel, list.ts the most used theme and then the costliest next tick), page weight and Lighthouse per page type.
 * The real content is never touched.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { chromiumVersion, findChromium } from '../chromium.ts';
import { cmsSizeTable } from '../cms-size.ts';
import { compareOutputs, defaultWorkers, otherWorkers, pathsFor, timeBuilds, workerBuilds } from './build.ts';
import { generate } from './generate.ts';
import { filterTargets, measureFilters } from './filter.ts';
import { hugoBuild, hugoInstallHint, hugoVersion } from './hugo.ts';
import { lighthouseScore } from './lighthouse.ts';
import { minimalAstroBuild } from './minimal.ts';
import { folderSize } from './measure.ts';
import { measureFilters as measureListFilters } from './list.ts';
import { kb, measurePageWeights, pageTypes, samplePages, type PageType } from './pages.ts';
import { keptMarker, minimalRatio, ratios, report, type Machine, type SizeResult } from './report.ts';
import { serve } from './serve.ts';
import { measureQueries, searchParts, searchTargets } from './search.ts';

const parts = ['rebuild', 'workers', 'minimal', 'hugo', 'search', 'filter', 'list', 'weight', 'lighthouse'] as const;
type Part = (typeof parts)[number];

function parseArgs(argv: readonly string[]) {
  const flags = new Map<string, string>();
  const sizes: number[] = [];
  for (const arg of argv) {
    const flag = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (flag?.[1]) flags.set(flag[1], flag[2] ?? '');
    else if (/^\d[\d_,]*$/.test(arg)) sizes.push(Number(arg.replace(/[_,]/g, '')));
    else
      throw new Error(
        `bench: unknown argument "${arg}" (sizes, --quick, --skip=…, --runs=N, --out=FILE, --cold-only=N,…)`,
      );
  }
  const known = ['quick', 'skip', 'runs', 'out', 'cold-only', 'report-only'];
  for (const key of flags.keys()) if (!known.includes(key)) throw new Error(`bench: unknown option --${key}`);
  const quick = flags.has('quick');
  const skip = new Set((flags.get('skip') ?? '').split(',').filter(Boolean));
  for (const part of skip) {
    if (!(parts as readonly string[]).includes(part)) throw new Error(`bench: --skip takes ${parts.join(', ')}`);
  }
  const runs = Number(flags.get('runs') ?? (quick ? 1 : 3));
  if (!Number.isInteger(runs) || runs < 1) throw new Error('bench: --runs takes a whole number ≥ 1');
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('bench: sizes are whole numbers ≥ 1');
  return {
    sizes: sizes.length > 0 ? sizes : quick ? [1000] : [1000, 10_000, 30_000],
    skip: skip as Set<Part>,
    coldOnly: new Set(
      (flags.get('cold-only') ?? '30000')
        .split(',')
        .filter(Boolean)
        .map((n) => Number(n.replace(/_/g, ''))),
    ),
    runs,
    reportOnly: flags.has('report-only'),
    out: flags.get('out') ?? (quick ? '.bench/BENCHMARKS.md' : 'BENCHMARKS.md'),
  };
}

const options = parseArgs(process.argv.slice(2));
const log = (line: string) => {
  console.log(line);
};
const errorText = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : String(error)) ?? '';

function machine(hugo: string | undefined, chromiumPath: string): Machine {
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  const lighthousePackage = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as {
    version: string;
  };
  return {
    date: new Date().toISOString().slice(0, 10),
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    heapLimitMb: getHeapStatistics().heap_size_limit / 1024 ** 2,
    os: /PRETTY_NAME="([^"]+)"/.exec(osRelease)?.[1] ?? process.platform,
    chromium: chromiumVersion(chromiumPath),
    lighthouse: lighthousePackage.version,
    hugo: hugo ?? 'not installed',
    lighthouseRuns: options.runs,
  };
}

async function lighthouseAll(result: SizeResult, dist: string, pages: { type: PageType; path: string }[]) {
  const server = await serve(dist);
  try {
    for (const [i, { type, path: sitePath }] of pages.entries()) {
      log(
        `  lighthouse [${String(i + 1)}/${String(pages.length)}] ${type} ${sitePath} (${String(options.runs)} run(s)) …`,
      );
      try {
        const score = await lighthouseScore(`${server.url}${sitePath}`, options.runs);
        result.lighthouse.set(type, score);
        const runs = score.performanceRuns.length > 1 ? ` (runs ${score.performanceRuns.join(', ')})` : '';
        log(`    performance ${String(score.performance)}${runs}, accessibility ${String(score.accessibility)}`);
      } catch (error) {
        result.missing.set(`lighthouse:${type}`, errorText(error));
        log(`    failed: ${errorText(error)}`);
      }
    }
  } finally {
    await server.close();
  }
}

async function bench(n: number, hugo: string | undefined): Promise<SizeResult> {
  const paths = pathsFor(n);
  const result: SizeResult = {
    n,
    builds: [],
    workerBuilds: [],
    weights: new Map(),
    lighthouse: new Map(),
    missing: new Map(),
  };
  const coldOnly = options.coldOnly.has(n);
  const skipped = (part: Part) => {
    if (!options.skip.has(part) && !coldOnly) return false;
    result.missing.set(part, coldOnly ? `skipped (cold build only at this size)` : `skipped (--skip=${part})`);
    return true;
  };
  log(`\nbench: N = ${n.toLocaleString('en')}`);
  await generate(n, paths.content, (line) => {
    log(`  ${line}`);
  });
  const rebuilds = !skipped('rebuild');
  result.builds = await timeBuilds(paths, rebuilds, (line) => {
    log(`  ${line}`);
  });
  const cold = result.builds[0];
  if (!cold?.ok) return result;
  result.index = folderSize(path.join(paths.dist, 'pagefind'));
  const indent = (line: string) => {
    log(`  ${line}`);
  };

  if (!skipped('workers')) {
    const runs = await workerBuilds(paths, otherWorkers, indent);
    result.workerBuilds = runs.map(({ build }) => build);
    // The output of the other way of rendering (main thread or workers), the most workers, against the default's.
    const other = runs
      .filter(({ build }) => build.ok && build.workers > 0 !== defaultWorkers > 0)
      .sort((a, b) => b.build.workers - a.build.workers)[0];
    if (other) {
      result.identical = { workers: other.build.workers, ...compareOutputs(other.dist, paths.dist) };
      const { files, different } = result.identical;
      log(
        `  ${String(other.build.workers)} worker(s) against ${String(defaultWorkers)}: ${files.toLocaleString('en')} files, ` +
          `${String(different.length)} different${different.length > 0 ? ` (${different.slice(0, 5).join(', ')} …)` : ''}`,
      );
    }
    for (const { dist } of runs) rmSync(dist, { recursive: true, force: true });
  }

  if (!skipped('minimal')) {
    try {
      result.minimal = await minimalAstroBuild(paths.content, n, indent);
      const ratio = minimalRatio(result);
      log(
        `  minimal Astro: ${result.minimal.pages.toLocaleString('en')} pages in ${result.minimal.seconds.toFixed(1)} s` +
          (ratio ? `; product/minimal ${ratio.wall.toFixed(1)}× wall, ${ratio.cpu.toFixed(1)}× CPU` : ''),
      );
    } catch (error) {
      result.missing.set('minimal', errorText(error));
    }
  }

  if (!skipped('hugo')) {
    if (hugo) {
      try {
        result.hugo = await hugoBuild(paths.content, n, true, indent);
        result.hugoPlain = await hugoBuild(paths.content, n, false, indent);
        const ratio = ratios(result);
        if (ratio)
          log(`  Astro/Hugo: ${ratio.full.toFixed(1)}× (full), ${ratio.withoutIndex.toFixed(1)}× (without index)`);
      } catch (error) {
        result.missing.set('hugo', errorText(error));
      }
    } else {
      result.missing.set('hugo', hugoInstallHint);
      log(`  ${hugoInstallHint}: skipping the Hugo column`);
    }
  }

  if (!skipped('search')) {
    log('  search: first and second query in Chromium …');
    try {
      result.search = await measureQueries(paths.dist);
      for (const [name, cost, target] of [
        ['first query', result.search.first, searchTargets.first],
        ['second query', result.search.second, searchTargets.later],
      ] as const) {
        const parts = searchParts
          .filter((part) => cost.parts[part] > 0)
          .map((part) => `${part} ${kb(cost.parts[part])}`);
        const verdict = cost.bytes <= target ? 'met' : 'missed';
        log(`    ${name} ${kb(cost.bytes)} (target ≤ ${kb(target)}: ${verdict}): ${parts.join(', ')}`);
      }
    } catch (error) {
      result.missing.set('search', errorText(error));
      log(`    failed: ${errorText(error)}`);
    }
  }

  if (!skipped('list')) {
    log('  list: first and later filter in Chromium …');
    try {
      result.list = await measureListFilters(paths.dist);
      log(`    first filter ${kb(result.list.first.bytes)}, later ${kb(result.list.later.bytes)}`);
    } catch (error) {
      result.missing.set('list', errorText(error));
      log(`    failed: ${errorText(error)}`);
    }
  }

  if (!skipped('filter')) {
    log('  list filter: first and second tick in Chromium …');
    try {
      result.filter = await measureFilters(paths.dist);
      const { first, later, status } = result.filter;
      for (const [name, cost, target] of [
        ['first tick', first, filterTargets.first],
        ['second tick', later, filterTargets.later],
      ] as const) {
        const verdict = cost.bytes <= target ? 'met' : 'missed';
        log(
          `    ${name} ${kb(cost.bytes)} in ${String(cost.requests)} request(s) (target ≤ ${kb(target)}: ${verdict})`,
        );
      }
      log(`    status: ${status.join(' → ')}`);
    } catch (error) {
      result.missing.set('filter', errorText(error));
      log(`    failed: ${errorText(error)}`);
    }
  }

  result.samples = samplePages(paths.dist);
  const pages = pageTypes.flatMap((type) => {
    const sitePath = result.samples?.[type];
    return sitePath ? [{ type, path: sitePath }] : [];
  });
  const absent = pageTypes.filter((type) => !result.samples?.[type]);
  if (absent.length > 0) log(`  not built, so not measured: ${absent.join(', ')}`);
  if (!skipped('weight')) {
    log('  page weight per page type in Chromium …');
    try {
      result.weights = await measurePageWeights(paths.dist, pages, (line) => {
        log(`    ${line}`);
      });
    } catch (error) {
      result.missing.set('weight', errorText(error));
      log(`    failed: ${errorText(error)}`);
    }
  }
  if (!skipped('lighthouse')) await lighthouseAll(result, paths.dist, pages);
  return result;
}

function summary(result: SizeResult): string {
  const cold = result.builds[0];
  if (!cold?.ok) return `N = ${result.n.toLocaleString('en')}: build failed (${cold?.failure ?? 'unknown'})`;
  const same = result.builds.find((b) => b.kind === 'no change');
  const ratio = ratios(result);
  const perf = [...result.lighthouse.values()].map((s) => s.performance);
  return (
    `N = ${result.n.toLocaleString('en')}: build ${cold.seconds.toFixed(1)} s, ${cold.peakRssMb.toLocaleString('en')} MB` +
    (same ? `, no-change rebuild ${((100 * same.seconds) / cold.seconds).toFixed(0)} %` : '') +
    (ratio ? `, Astro/Hugo ${ratio.full.toFixed(1)}×` : '') +
    (result.weights.get('entry') ? `, entry page ${kb(result.weights.get('entry')?.total ?? 0)}` : '') +
    (perf.length > 0 ? `, Lighthouse perf ≥ ${String(Math.min(...perf))}` : '')
  );
}

/** The results of a run, kept so the report can be written again (`--report-only`); Maps as entry lists. */
const resultsFile = '.bench/results.json';
interface Saved {
  results: (Omit<SizeResult, 'weights' | 'lighthouse' | 'missing'> &
    Record<'weights' | 'lighthouse' | 'missing', unknown[]>)[];
  machine: Machine;
  cms: string | undefined;
}
const save = (results: readonly SizeResult[], savedMachine: Machine, cmsTable: string | undefined) => {
  const saved: Saved = {
    results: results.map((r) => ({
      ...r,
      weights: [...r.weights],
      lighthouse: [...r.lighthouse],
      missing: [...r.missing],
    })),
    machine: savedMachine,
    cms: cmsTable,
  };
  writeFileSync(resultsFile, JSON.stringify(saved));
};
const keptPart = () => {
  const previous = existsSync(options.out) ? readFileSync(options.out, 'utf8') : '';
  const at = previous.indexOf(keptMarker);
  return at < 0 ? '' : previous.slice(at + keptMarker.length + 1);
};
if (options.reportOnly) {
  const saved = JSON.parse(readFileSync(resultsFile, 'utf8')) as Saved;
  const results = saved.results.map((r) => ({
    ...r,
    weights: new Map(r.weights as [PageType, never][]),
    lighthouse: new Map(r.lighthouse as [PageType, never][]),
    missing: new Map(r.missing as [string, string][]),
  }));
  writeFileSync(options.out, report(results, saved.machine, saved.cms, keptPart()));
  log(`bench: ${options.out} written again from ${resultsFile}`);
  process.exit(0);
}

const started = performance.now();
const hugo = hugoVersion();
if (!hugo && !options.skip.has('hugo')) log(`bench: ${hugoInstallHint}; the Hugo column will be empty.`);
log(
  `bench: sizes ${options.sizes.map((n) => n.toLocaleString('en')).join(', ')}; Lighthouse ${String(options.runs)} run(s) per page` +
    `${options.skip.size > 0 ? `; skipping ${[...options.skip].join(', ')}` : ''}; report → ${options.out}`,
);
const results: SizeResult[] = [];
let cms: string | undefined;
// The hand-written part of the report (causes of misses, history) stays as it was.
const kept = keptPart();
for (const n of options.sizes) {
  const result = await bench(n, hugo);
  results.push(result);
  if (cms === undefined && result.builds[0]?.ok) {
    try {
      cms = cmsSizeTable(pathsFor(n).dist);
    } catch (error) {
      log(`  CMS bundle size: ${errorText(error)}`);
    }
  }
  mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
  const measuredOn = machine(hugo, (await findChromium()).path);
  writeFileSync(options.out, report(results, measuredOn, cms, kept));
  save(results, measuredOn, cms);
  log(`  ${summary(result)}; written to ${options.out}`);
}
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
log(
  `\nbench: ${String(results.length)} size(s) in ${minutes} min, report in ${options.out}. ${results.map(summary).join('; ')}`,
);
