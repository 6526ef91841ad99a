/**
 * BENCHMARKS.md from the benchmark's results: the machine, the targets of issues #14 and #7 beside the figures
 * (✓/✗), then per corpus size the builds and their steps, render workers, Astro beside a minimal Astro site and
 * Hugo, search and list filter transfer, page weight and Lighthouse per page type, and the CMS bundle. Then the part of
 * the file below `keptMarker`, written by hand (causes of misses, history), kept as it was.
 */
import type { BuildRun } from './build.ts';
import { filterTargets, type FilterCost } from './filter.ts';
import type { HugoRun } from './hugo.ts';
import type { MinimalRun } from './minimal.ts';
import type { LighthouseScore } from './lighthouse.ts';
import type { ListCost } from './list.ts';
import { kb, pageTypes, type PageType, type PageWeight } from './pages.ts';
import { queries, searchParts, searchTargets, type SearchCost } from './search.ts';
import type { Step } from './steps.ts';

export interface SizeResult {
  n: number;
  /** cold, then (when it succeeded) no change and one entry edited; with the default render workers. */
  builds: BuildRun[];
  /** Cold builds with other numbers of render workers (0: Astro's main thread). */
  workerBuilds: BuildRun[];
  /**
   * The output of a build rendered the other way (main thread or workers) against the default build's, file by
   * file; `workers`: that build's render workers (absent in results of the first run with workers as default: 0).
   */
  identical?: { workers?: number; files: number; different: string[] };
  minimal?: MinimalRun;
  filter?: FilterCost;
  index?: { bytes: number; files: number };
  search?: SearchCost;
  list?: ListCost;
  /** The sample page of each type, undefined when the build has no such page. */
  samples?: Record<PageType, string | undefined>;
  weights: Map<PageType, PageWeight>;
  lighthouse: Map<PageType, LighthouseScore>;
  /** Hugo with related entries on the entry pages, and without. */
  hugo?: HugoRun;
  hugoPlain?: HugoRun;
  /** Why a measurement is missing: "skipped (--skip=hugo)", an error message … */
  missing: Map<string, string>;
}

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  heapLimitMb: number;
  os: string;
  chromium: string;
  lighthouse: string;
  hugo: string;
  lighthouseRuns: number;
}

const int = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en') : '—');
const sec = (value: number | undefined) => (value !== undefined && Number.isFinite(value) ? value.toFixed(1) : '—');
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const cold = (r: SizeResult) => r.builds.find((b) => b.kind === 'cold');
const rebuild = (r: SizeResult, kind: BuildRun['kind']) => r.builds.find((b) => b.kind === kind && b.ok);
const indexStep = (b: BuildRun) => b.steps.find((s) => s.name.startsWith('search index'))?.seconds ?? b.indexSeconds;

/** The comment line after which BENCHMARKS.md is written by hand; `npm run bench` keeps that part. */
export const keptMarker = '<!-- Written by hand below this line; npm run bench keeps it. -->';

/** Astro's cold build over Hugo + Pagefind, and without the search index over Hugo alone. */
export function ratios(r: SizeResult, hugo = r.hugo): { full: number; withoutIndex: number } | undefined {
  const build = cold(r);
  if (!build?.ok || !hugo?.ok) return undefined;
  return {
    full: build.seconds / (hugo.seconds + hugo.indexSeconds),
    withoutIndex: (build.seconds - indexStep(build)) / hugo.seconds,
  };
}

/** The product's cold build over the minimal Astro site's: wall time (the product without its search index too) and CPU. */
export function minimalRatio(r: SizeResult): { wall: number; withoutIndex: number; cpu: number } | undefined {
  const build = cold(r);
  const minimal = r.minimal;
  if (!build?.ok || !minimal?.ok) return undefined;
  return {
    wall: build.seconds / minimal.seconds,
    withoutIndex: (build.seconds - indexStep(build)) / minimal.seconds,
    cpu: build.cpuSeconds / minimal.cpuSeconds,
  };
}

/** Peak RSS while Astro renders (the feeds and pages steps), where the render workers are. */
export function renderingPeakMb(b: BuildRun): number {
  const steps = b.steps.filter((step) => /pages \(HTML\)|feeds, exports/.test(step.name));
  return steps.length > 0 ? Math.max(...steps.map((step) => step.peakRssMb)) : NaN;
}

/** The memory one more render worker costs: rendering peaks of the two largest worker counts measured, per worker. */
export function perWorkerMb(r: SizeResult): { mb: number; from: number; to: number } | undefined {
  const runs = [...r.builds.filter((b) => b.kind === 'cold'), ...r.workerBuilds]
    .filter((b) => b.ok && b.workers > 0)
    .sort((a, b) => a.workers - b.workers);
  const [low, high] = [runs.at(-2), runs.at(-1)];
  if (!low || !high || low.workers === high.workers) return undefined;
  return {
    mb: (renderingPeakMb(high) - renderingPeakMb(low)) / (high.workers - low.workers),
    from: low.workers,
    to: high.workers,
  };
}

interface Target {
  what: string;
  check: (r: SizeResult) => string | undefined;
}

const cell = (figure: string, ok: boolean) => `${figure} ${mark(ok)}`;

function lighthouseMin(r: SizeResult, key: 'performance' | 'accessibility'): string | undefined {
  const scores = [...r.lighthouse.entries()];
  if (scores.length === 0) return undefined;
  const limit = key === 'performance' ? 98 : 100;
  const failing = scores.filter(([, score]) => score[key] < limit);
  const lowest = Math.min(...scores.map(([, score]) => score[key]));
  const missingTypes = pageTypes.filter((type) => r.samples?.[type] && !r.lighthouse.has(type));
  const label =
    failing.length > 0
      ? failing.map(([type, score]) => `${String(score[key])} (${type})`).join(', ')
      : `all ${String(scores.length)} ≥ ${String(limit)} (lowest ${String(lowest)})`;
  return cell(
    missingTypes.length > 0 ? `${label}; not measured: ${missingTypes.join(', ')}` : label,
    failing.length === 0,
  );
}

const transfer = (cost: { bytes: number; requests: number } | undefined, target: number) =>
  cost ? cell(`${kb(cost.bytes)} (${String(cost.requests)} req.)`, cost.bytes <= target) : undefined;

/**
 * A filter's target cell from both list measurements: the panel's first values (filter.ts) and the most used theme
 * then the costliest next tick (list.ts). The costlier one is judged; the other is named beside it.
 */
export function filterCell(r: SizeResult, phase: 'first' | 'later', target: number): string | undefined {
  const named = (cost: { bytes: number; requests: number } | undefined, by: string) => (cost ? [{ cost, by }] : []);
  const measured = [
    ...named(r.filter?.[phase], phase === 'first' ? 'panel’s first value' : 'a value of another facet'),
    ...named(r.list?.[phase], phase === 'first' ? 'most used theme' : 'costliest next tick'),
  ];
  const [worst, ...others] = [...measured].sort((a, b) => b.cost.bytes - a.cost.bytes);
  if (!worst) return undefined;
  const beside = others.map((m) => `; ${m.by}: ${kb(m.cost.bytes)}`).join('');
  const judged = cell(kb(worst.cost.bytes), worst.cost.bytes <= target);
  return `${judged} (${String(worst.cost.requests)} req., ${worst.by}${beside})`;
}

/** The targets of issue #14, set for N = 10,000 (the memory row for N = 30,000). */
const targets: Target[] = [
  {
    what: 'full build ≤ 60 s (cold, default render workers)',
    check: (r) => {
      const b = cold(r);
      return b?.ok ? cell(`${sec(b.seconds)} s`, b.seconds <= 60) : undefined;
    },
  },
  {
    what: 'peak RSS ≤ 2 GB, Node’s default heap limit',
    check: (r) => {
      const b = cold(r);
      return b?.ok ? cell(`${int(b.peakRssMb)} MB`, b.peakRssMb <= 2048) : undefined;
    },
  },
  {
    what: 'memory per render worker (reported)',
    check: (r) => {
      const w = perWorkerMb(r);
      return w ? `${int(w.mb)} MB (${String(w.from)} → ${String(w.to)} workers)` : undefined;
    },
  },
  {
    what: 'product / minimal Astro site, same run ≤ 2× (wall)',
    check: (r) => {
      const ratio = minimalRatio(r);
      return ratio ? cell(`${ratio.wall.toFixed(1)}×`, ratio.wall <= 2) : undefined;
    },
  },
  {
    what: 'one entry edited ≤ 30 s',
    check: (r) => {
      const b = rebuild(r, 'one entry edited');
      return b ? cell(`${sec(b.seconds)} s`, b.seconds <= 30) : undefined;
    },
  },
  {
    what: 'main thread and render workers: byte-identical output',
    check: (r) =>
      r.identical
        ? cell(
            `${int(r.identical.files)} files, ${String(r.identical.different.length)} different`,
            r.identical.different.length === 0,
          )
        : undefined,
  },
  {
    what: `first filter on the list ≤ ${kb(filterTargets.first)} (the costlier of two measurements)`,
    check: (r) => filterCell(r, 'first', filterTargets.first),
  },
  {
    what: `later filter ≤ ${kb(filterTargets.later)} (the costlier of two measurements)`,
    check: (r) => filterCell(r, 'later', filterTargets.later),
  },
  {
    what: `Pagefind first query ≤ ${kb(searchTargets.first)}`,
    check: (r) => transfer(r.search?.first, searchTargets.first),
  },
  {
    what: `Pagefind later query ≤ ${kb(searchTargets.later)}`,
    check: (r) => transfer(r.search?.second, searchTargets.later),
  },
  {
    what: `Lighthouse performance ≥ 98, every page type (${String(pageTypes.length)})`,
    check: (r) => lighthouseMin(r, 'performance'),
  },
  {
    what: `Lighthouse accessibility 100, every page type (${String(pageTypes.length)})`,
    check: (r) => lighthouseMin(r, 'accessibility'),
  },
  {
    what: '30,000 entries build, peak RSS ≤ 4 GB',
    check: (r) => {
      const b = cold(r);
      if (r.n !== 30_000 || !b) return undefined;
      return b.ok ? cell(`${int(b.peakRssMb)} MB`, b.peakRssMb <= 4096) : cell(b.failure ?? 'failed', false);
    },
  },
];

/** The targets of issue #7, still checked. */
const earlierTargets: Target[] = [
  {
    what: 'Astro/Hugo ≤ 10 (full builds, both with Pagefind; Hugo with related entries)',
    check: (r) => {
      const ratio = ratios(r);
      return ratio ? cell(`${ratio.full.toFixed(1)}×`, ratio.full <= 10) : undefined;
    },
  },
  {
    what: 'Astro/Hugo without related entries ≤ 10',
    check: (r) => {
      const ratio = ratios(r, r.hugoPlain);
      return ratio ? cell(`${ratio.full.toFixed(1)}×`, ratio.full <= 10) : undefined;
    },
  },
  {
    what: 'no-change rebuild ≤ 50 % of cold',
    check: (r) => {
      const [b, same] = [cold(r), rebuild(r, 'no change')];
      if (!b?.ok || !same) return undefined;
      const share = (100 * same.seconds) / b.seconds;
      return cell(`${share.toFixed(0)} %`, share <= 50);
    },
  },
  {
    what: 'entry page ≤ 60 kB compressed, excluding images',
    check: (r) => {
      const w = r.weights.get('entry');
      return w ? cell(kb(w.total), w.total <= 60_000) : undefined;
    },
  },
  {
    what: 'entry page 0 kB JS',
    check: (r) => {
      const w = r.weights.get('entry');
      return w ? cell(kb(w.js), w.js === 0) : undefined;
    },
  },
];

const header = (cells: string[], align: string[]) => [`| ${cells.join(' | ')} |`, `| ${align.join(' | ')} |`];
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const nLabel = (n: number) => `N = ${n.toLocaleString('en')}`;

function targetTable(results: readonly SizeResult[], list: readonly Target[]): string[] {
  const why = (r: SizeResult) => (cold(r)?.ok ? '—' : 'build failed');
  return [
    ...header(['target', ...results.map((r) => nLabel(r.n))], ['---', ...results.map(() => '---')]),
    ...list.map((target) => row([target.what, ...results.map((r) => target.check(r) ?? why(r))])),
  ];
}

function buildTable(results: readonly SizeResult[]): string[] {
  const share = (b: BuildRun | undefined, c: BuildRun | undefined) =>
    b && c ? `${sec(b.seconds)} (${((100 * b.seconds) / c.seconds).toFixed(0)} %)` : '—';
  return [
    ...header(
      [
        'entries',
        'pages',
        'render workers',
        'cold build (s)',
        'CPU (s)',
        'peak RSS (MB)',
        'no-change rebuild (s, % of cold)',
        'one entry edited (s, % of cold)',
      ],
      ['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
    ),
    ...results.map((r) => {
      const c = cold(r);
      if (!c?.ok) {
        return row([
          int(r.n),
          '—',
          String(c?.workers ?? '—'),
          `failed after ${sec(c?.seconds)} s: ${c?.failure ?? ''}`,
          sec(c?.cpuSeconds),
          int(c?.peakRssMb ?? NaN),
          '—',
          '—',
        ]);
      }
      return row([
        int(r.n),
        int(c.pages),
        String(c.workers),
        sec(c.seconds),
        sec(c.cpuSeconds),
        int(c.peakRssMb),
        share(rebuild(r, 'no change'), c),
        share(rebuild(r, 'one entry edited'), c),
      ]);
    }),
  ];
}

/** Cold builds by number of render workers: time, CPU, memory, and whether the output is the main build's. */
function workerTable(results: readonly SizeResult[]): string[] {
  const renderingSeconds = (b: BuildRun) =>
    b.steps.filter((step) => /pages \(HTML\)|feeds, exports/.test(step.name)).reduce((t, step) => t + step.seconds, 0);
  return [
    ...header(
      [
        'entries',
        'render workers',
        'cold build (s)',
        'CPU (s)',
        'peak RSS (MB)',
        'feeds and pages (s)',
        'peak RSS while rendering (MB)',
        'output',
      ],
      ['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---'],
    ),
    ...results.flatMap((r) => {
      const c = cold(r);
      const runs = [...(c ? [c] : []), ...r.workerBuilds].sort((a, b) => a.workers - b.workers);
      if (runs.length < 2) return [];
      return runs.map((b) => {
        const output =
          b === c
            ? 'the build of the targets table'
            : b.workers === (r.identical?.workers ?? 0) && r.identical
              ? r.identical.different.length === 0
                ? `byte-identical (${int(r.identical.files)} files)`
                : `${String(r.identical.different.length)} files differ: ${r.identical.different.slice(0, 3).join(', ')}`
              : 'not compared';
        if (!b.ok) return row([int(r.n), String(b.workers), `failed: ${b.failure ?? ''}`, '', '', '', '', '']);
        return row([
          int(r.n),
          b.workers === 0 ? '0 (main thread)' : String(b.workers),
          sec(b.seconds),
          sec(b.cpuSeconds),
          int(b.peakRssMb),
          sec(renderingSeconds(b)),
          int(renderingPeakMb(b)),
          output,
        ]);
      });
    }),
  ];
}

/** The product beside the minimal Astro site of the same corpus, built in the same run. */
function minimalTable(results: readonly SizeResult[]): string[] {
  return [
    ...header(
      [
        'entries',
        'product cold build (s)',
        'product without Pagefind (s)',
        'product CPU (s)',
        'minimal Astro (s)',
        'minimal CPU (s)',
        'minimal peak RSS (MB)',
        'minimal pages',
        'product/minimal, wall',
        'without Pagefind',
        'CPU',
      ],
      ['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
    ),
    ...results.flatMap((r) => {
      const c = cold(r);
      const m = r.minimal;
      if (!m) return [];
      const ratio = minimalRatio(r);
      return [
        row([
          int(r.n),
          c?.ok ? sec(c.seconds) : 'failed',
          c?.ok ? sec(c.seconds - indexStep(c)) : '—',
          c?.ok ? sec(c.cpuSeconds) : '—',
          m.ok ? sec(m.seconds) : `failed: ${m.failure ?? ''}`,
          sec(m.cpuSeconds),
          int(m.peakRssMb),
          int(m.pages),
          ratio ? `${ratio.wall.toFixed(1)}×` : '—',
          ratio ? `${ratio.withoutIndex.toFixed(1)}×` : '—',
          ratio ? `${ratio.cpu.toFixed(1)}×` : '—',
        ]),
      ];
    }),
  ];
}

function stepTable(r: SizeResult): string[] {
  const builds = r.builds.filter((b) => b.ok || b.kind === 'cold');
  const names = [...new Set(builds.flatMap((b) => b.steps.map((s) => s.name)))];
  const fig = (s: Step | undefined) => (s ? [sec(s.seconds), sec(s.cpuSeconds), int(s.peakRssMb)] : ['—', '—', '—']);
  const total = (b: BuildRun) => [sec(b.seconds), sec(b.cpuSeconds), int(b.peakRssMb)];
  return [
    ...header(
      ['step', ...builds.flatMap((b) => [`${b.kind} (s)`, 'CPU (s)', 'peak RSS (MB)'])],
      ['---', ...builds.flatMap(() => ['---:', '---:', '---:'])],
    ),
    ...names.map((name) => row([name, ...builds.flatMap((b) => fig(b.steps.find((s) => s.name === name)))])),
    row(['**whole build**', ...builds.flatMap(total)]),
  ];
}

function hugoTable(results: readonly SizeResult[]): string[] {
  return [
    ...header(
      [
        'entries',
        'Hugo related entries',
        'Astro cold build (s)',
        'Astro without Pagefind (s)',
        'Hugo (s)',
        'Hugo CPU (s)',
        'Hugo peak RSS (MB)',
        'Hugo pages',
        'Pagefind over Hugo (s)',
        'Astro/Hugo, full',
        'Astro/Hugo, without search index',
        'Astro/Hugo, CPU time (full)',
      ],
      ['---:', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
    ),
    ...results.flatMap((r) => {
      const c = cold(r);
      const runs = [r.hugo, r.hugoPlain].filter((h): h is HugoRun => h !== undefined);
      if (runs.length === 0) {
        const why = r.missing.get('hugo') ?? 'not run';
        return [row([int(r.n), '', sec(c?.seconds), '—', why, '', '', '', '', '', '', ''])];
      }
      return runs.map((h) => {
        const ratio = ratios(r, h);
        const cpuRatio = c?.ok && h.ok ? c.cpuSeconds / (h.cpuSeconds + h.indexCpuSeconds) : NaN;
        return row([
          int(r.n),
          h.related ? 'with (4 per entry)' : 'without',
          c?.ok ? sec(c.seconds) : 'failed',
          c?.ok ? sec(c.seconds - indexStep(c)) : '—',
          h.ok ? sec(h.seconds) : `failed: ${h.failure ?? ''}`,
          sec(h.cpuSeconds),
          int(h.peakRssMb),
          int(h.pages),
          sec(h.indexSeconds),
          ratio ? `${ratio.full.toFixed(1)}×` : '—',
          ratio ? `${ratio.withoutIndex.toFixed(1)}×` : '—',
          Number.isFinite(cpuRatio) ? `${cpuRatio.toFixed(1)}×` : '—',
        ]);
      });
    }),
  ];
}

/** What filtering the list transfers: the first tick and a second one in another facet. */
function filterTable(results: readonly SizeResult[]): string[] {
  const cost = (c: { bytes: number; requests: number; files: string[] }, target: number) =>
    `${cell(`**${kb(c.bytes)}**`, c.bytes <= target)} (${String(c.requests)}: ${
      c.files
        .slice(0, 3)
        .map((f) => `\`${f}\``)
        .join(', ') || 'nothing'
    }${c.files.length > 3 ? ', …' : ''})`;
  return [
    ...header(
      ['entries', 'first tick', 'second tick', 'status line: loaded → first → second'],
      ['---:', '---', '---', '---'],
    ),
    ...results.flatMap((r) =>
      r.filter
        ? [
            row([
              int(r.n),
              cost(r.filter.first, filterTargets.first),
              cost(r.filter.later, filterTargets.later),
              r.filter.status.join(' → '),
            ]),
          ]
        : [],
    ),
  ];
}

function searchTable(results: readonly SizeResult[]): string[] {
  return [
    ...header(
      ['entries', 'index (s)', 'index size', 'index files', 'first query', 'facet counts', 'second query'],
      ['---:', '---:', '---:', '---:', '---:', '---:', '---:'],
    ),
    ...results.map((r) => {
      const c = cold(r);
      const q = (cost: { bytes: number; requests: number } | undefined) =>
        cost ? `${kb(cost.bytes)} (${String(cost.requests)})` : (r.missing.get('search') ?? '—');
      return row([
        int(r.n),
        c?.ok ? sec(c.indexSeconds) : '—',
        r.index ? kb(r.index.bytes) : '—',
        r.index ? int(r.index.files) : '—',
        q(r.search?.first),
        q(r.search?.counts),
        q(r.search?.second),
      ]);
    }),
  ];
}

/** The first and the second query per kind of Pagefind file, beside the targets. */
function searchPartsTable(results: readonly SizeResult[]): string[] {
  const measured = results.filter((r) => r.search);
  const phases = [
    { name: 'first query', target: searchTargets.first, cost: (r: SizeResult) => r.search?.first },
    { name: 'second query', target: searchTargets.later, cost: (r: SizeResult) => r.search?.second },
  ];
  return [
    ...header(
      ['entries', 'query', ...searchParts, '**total**', 'target'],
      ['---:', '---', ...searchParts.map(() => '---:'), '---:', '---:'],
    ),
    ...measured.flatMap((r) =>
      phases.map(({ name, target, cost }) => {
        const c = cost(r);
        if (!c) return row([int(r.n), name, ...searchParts.map(() => '—'), '—', kb(target)]);
        const total = cell(`**${kb(c.bytes)}**`, c.bytes <= target);
        return row([int(r.n), name, ...searchParts.map((part) => kb(c.parts[part])), total, `≤ ${kb(target)}`]);
      }),
    ),
  ];
}

function listTable(results: readonly SizeResult[]): string[] {
  const tick = (cost: ListCost['first']) => `\`${cost.tick.key}=${cost.tick.value}\` (${int(cost.matches)})`;
  return [
    ...header(
      ['entries', 'first filter', 'its tick (matches)', 'later filter', 'its tick (matches)', 'browse.json (before)'],
      ['---:', '---:', '---', '---:', '---', '---:'],
    ),
    ...results.map((r) => {
      const list = r.list;
      if (!list) return row([int(r.n), r.missing.get('list') ?? '—', '', '', '', '']);
      const q = (cost: ListCost['first']) => `${kb(cost.bytes)} (${String(cost.requests)})`;
      return row([int(r.n), q(list.first), tick(list.first), q(list.later), tick(list.later), kb(list.whole)]);
    }),
  ];
}

function weightTable(r: SizeResult): string[] {
  return [
    ...header(
      ['page type', 'page', 'HTML', 'CSS', 'JS', 'fonts', '**weight**', 'data (not in weight)', 'requests'],
      ['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
    ),
    ...pageTypes.map((type) => {
      const sample = r.samples?.[type];
      const w = r.weights.get(type);
      if (!sample) return row([type, type === 'map' ? '`/kaart/` not built' : 'not built', '', '', '', '', '', '', '']);
      if (!w) return row([type, `\`${sample}\``, r.missing.get('weight') ?? 'not measured', '', '', '', '', '', '']);
      const external = w.external.length > 0 ? ` + ${String(w.external.length)} other host(s), not measured` : '';
      return row([
        type,
        `\`${w.path}\``,
        kb(w.html),
        kb(w.css),
        kb(w.js),
        kb(w.fonts),
        `**${kb(w.total)}**`,
        kb(w.data),
        `${String(w.requests)}${external}`,
      ]);
    }),
  ];
}

function lighthouseTable(r: SizeResult): string[] {
  const ms = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en') : '—');
  return [
    ...header(
      [
        'page type',
        'page',
        'performance',
        'accessibility',
        'FCP (ms)',
        'LCP (ms)',
        'TBT (ms)',
        'CLS',
        'failed a11y audits',
        'benchmark index',
      ],
      ['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---', '---:'],
    ),
    ...pageTypes.map((type) => {
      const sample = r.samples?.[type];
      const s = r.lighthouse.get(type);
      if (!sample)
        return row([type, type === 'map' ? '`/kaart/` not built' : 'not built', '', '', '', '', '', '', '', '']);
      if (!s) {
        const why = r.missing.get(`lighthouse:${type}`) ?? r.missing.get('lighthouse') ?? 'not measured';
        return row([type, `\`${sample}\``, why, '', '', '', '', '', '', '']);
      }
      const runs = s.performanceRuns.length > 1 ? ` (${s.performanceRuns.join(', ')})` : '';
      return row([
        type,
        `\`${sample}\``,
        `${String(s.performance)}${runs} ${mark(s.performance >= 98)}`,
        `${String(s.accessibility)} ${mark(s.accessibility === 100)}`,
        ms(s.metrics.fcp),
        ms(s.metrics.lcp),
        ms(s.metrics.tbt),
        Number.isFinite(s.metrics.cls) ? s.metrics.cls.toFixed(3) : '—',
        s.failedA11y.join(', '),
        int(s.benchmarkIndex),
      ]);
    }),
  ];
}

export function report(results: readonly SizeResult[], machine: Machine, cms: string | undefined, kept = ''): string {
  const perSize = (title: string, table: (r: SizeResult) => string[]) =>
    results.flatMap((r) => [`**${title}, ${nLabel(r.n)}**`, '', ...table(r), '']);
  const problems = results.flatMap((r) =>
    [...r.missing.entries()]
      .filter(([, why]) => !why.startsWith('skipped'))
      .map(([what, why]) => `- ${nLabel(r.n)}, ${what}: ${why}`),
  );
  const workerRows = workerTable(results);
  const minimalRows = minimalTable(results);
  const filterRows = filterTable(results);
  const optional = (title: string, text: string, rows: string[]) =>
    rows.length > 2 ? `## ${title}\n\n${text}\n\n${rows.join('\n')}\n\n` : '';
  return `# Benchmarks

Written by \`npm run bench\` (scripts/bench/run.ts) on ${machine.date}. Machine: ${String(machine.cores)} cores (${machine.cpu}), ${String(machine.memoryGb)} GB memory, ${machine.os}; Node ${machine.node} with its default heap limit (${int(machine.heapLimitMb)} MB; the bench clears \`NODE_OPTIONS\` for the builds); ${machine.chromium}; Lighthouse ${machine.lighthouse}; Hugo ${machine.hugo}.

The site is built from N synthetic valid entries (scripts/bench/generate.ts: about 300 words each, Zipf-distributed
vocabulary, random taxonomy values, CBS municipality names, one place per hundred entries, three small
collections) written to \`.bench/content-N\`, with \`BUURTPODIUM_CONTENT_DIR\` and \`BUURTPODIUM_CACHE_DIR\`; the real
content is untouched. Every entry has a page in both interface languages. Times are wall-clock seconds; CPU is
user + system time of the whole process tree; peak RSS is the summed resident memory of the process tree (render
workers are threads of Astro's process, so they are in it), sampled every 100 ms, in MB of 1,048,576 bytes (so
2 GB = 2,048 MB). Sizes are as a static host serves them (gzip level 6, or as is when already compressed);
1 kB = 1,000 bytes. The machine is shared: read wall-clock times as one sample (CPU time varies less).

## Targets (issue #14)

Set for N = 10,000 (the memory row for N = 30,000); the other columns apply the same checks for comparison.
The causes of the misses, and what was tried, are in *Misses* below.

${targetTable(results, targets).join('\n')}

The targets of issue #7, still checked:

${targetTable(results, earlierTargets).join('\n')}
${problems.length > 0 ? `\nMeasurements that failed:\n\n${problems.join('\n')}\n` : ''}
## Builds

*Cold*: cache and output folder removed first. *No-change rebuild*: the same command again, Astro's cache
(\`BUURTPODIUM_CACHE_DIR\`) kept. *One entry edited*: a sentence added to one entry's body, then rebuilt.
*Render workers*: Astro's \`experimental.parallelPrerender\` (astro.config.mjs, \`BUURTPODIUM_BUILD_WORKERS\`;
0, the default: pages rendered on Astro's main thread).

${buildTable(results).join('\n')}

### Steps of the build

\`npm run build\` (scripts/build.ts) cut at its own and Astro's log lines, stamped when written
(scripts/bench/steps.ts): CMS bundle and content check, two processes side by side (\`scripts/cms-build.ts\`, Decap
bundled by Vite or reused from the cache; \`scripts/content-check-step.ts\`); output folder (\`scripts/build-output.ts\`:
the unchanged pages of the last build left in place, the rest taken out); Astro's start-up; content layer (entries
parsed and their Markdown rendered into the data store, which the cache keeps); types and bundling (Vite); feeds,
exports and data files (the endpoint routes, rendered before the pages: RSS, JSON Feed, CSV, JSON, GeoJSON, sitemap,
browse and map data, also 404 and /admin; the first of them loads the catalog, so this step includes reading every
entry once); pages (every HTML page, four at a time per render worker: rendered when its cache key changed, else
left in place); search index (Pagefind, after Astro has exited and the pages it no longer makes are removed:
\`scripts/search-index.ts\`); finish (exit). With render workers, an endpoint can finish
after the first pages, and then the two steps are one row. Peak RSS is of the whole process tree; a step shorter
than the 100 ms sampling interval is the nearest sample.

${perSize('Steps', stepTable).join('\n')}
${optional(
  'Render workers',
  `The same cold build with other numbers of render workers (0: Astro's main thread; 1; one per core), each from an
empty cache into a folder of its own. A build rendered the other way (workers or main thread) is compared with
the run's main build file by file, every byte (asset names included: Vite names them by content). Each worker is
a thread that loads the catalog and the page code itself (they share no module state), so memory grows per
worker: *peak RSS while rendering* is the process tree's peak during the feeds and pages steps.`,
  workerRows,
)}${optional(
    'The product beside a minimal Astro site',
    `\`bench/astro-minimal/\` (not part of the product): one page per entry (title, summary, the Markdown body through
Astro's content layer) and the list of all entries, 24 to a page, in one language; Astro's defaults (pages on the
main thread, no incremental cache, no search index). Built from the same \`.bench/content-N/initiatives\` right
after the product's builds. The product builds each entry in two languages, facet, place, area, collection and
map pages, feeds, exports and the search index on top: the ratio is what all that costs over Astro's own
per-page work.`,
    minimalRows,
  )}## Astro beside Hugo

The same \`.bench/content-N/initiatives\` files built by Hugo (Debian's package) with the minimal templates in
\`bench/hugo/\` (not part of the product): home, entry pages, the paginated list of all entries and paginated
facet pages for strategy, place, target group, theme and municipality, in Dutch and English like the site; once
with four related entries on each entry page (Hugo's \`.Related\`, as the site shows four) and once without them.
Hugo reads the corpus in place (a module mount per language, written to \`.bench/hugo-N/corpus.toml\`). Then
Pagefind indexes Hugo's output, so *full* compares like with like; *without search index* compares page generation
alone; *CPU time* compares the work done, which a busy machine disturbs less than wall time. Hugo has no content
check, feeds, exports, collections, places or CMS bundle, so the ratio flatters Hugo somewhat.

${hugoTable(results).join('\n')}

## Search at scale

The Pagefind step (its own log line), the size and file count of \`dist/pagefind/\`, and what the search page
transfers in Chromium, counted from the network events of the page and its workers: *first query* is every
Pagefind file loaded from opening the page (Pagefind loads when the field gets focus) until the results of
"${queries[0]}" show (script, worker, wasm, metadata, index chunk, the fragments of the first results);
*facet counts* the filter data loaded after the results are on screen; *second query* what "${queries[1]}" loads
on top. Number of requests in brackets.

${searchTable(results).join('\n')}

The same queries per kind of file: *js* Pagefind's script (and its worker from 2,000 entries), *wasm* its
WebAssembly, *metadata* the index's \`.pf_meta\` (every page's id and word count, and the sort order), *index* the
word-index chunks, *fragments* one per result listed, *filters* the filter data, *other* \`pagefind-entry.json\`.

${searchPartsTable(results).join('\n')}

## List filters at scale

What the list page (\`/initiatieven/\`) transfers in Chromium when the reader filters (scripts/bench/list.ts):
*first filter* is every request from ticking the most used theme until its results show (the filter index and
the record files of the first page of results), *later filter* what ticking one more value loads on top: of all
values, the one whose first page needs the most record files not loaded yet. Number of requests in brackets.
*browse.json* is the whole catalog as records, which the first filter loaded before (issue #14).

${listTable(results).join('\n')}

${optional(
  'Filtering the list',
  `What \`/initiatieven/\` loads, in Chromium, when a reader ticks the first filter value of the panel after the page
has loaded, and then a value of another facet: every request of the page and its workers from the tick until
the list shows the result (the address holds the selection and the status line has changed) and the network
is idle. Requests and files in brackets.`,
  filterRows,
)}## Page weight per page type

What Chromium loads on opening one page of each type (Dutch address; the search page with the query
"${queries[0]}", until results show), until the network is idle. *Weight* = HTML + CSS + JS + fonts, compressed;
images are not counted. *JS* includes inline scripts (JSON-LD data blocks are not scripts); they are also part of
the HTML, and the weight counts them once. *Data* (browse index, Pagefind index and wasm, map data) is shown apart
and not in the weight.

${perSize('Page weight', weightTable).join('\n')}
## Lighthouse per page type

The npm \`lighthouse\` package, its default mobile preset (emulated mid-range phone, simulated slow 4G, 4× CPU
slowdown), driving Debian's Chromium headless; categories performance and accessibility. The site is served from
\`127.0.0.1\` with gzip. Each page is measured ${String(machine.lighthouseRuns)} time(s) with a fresh browser; the
median performance run is shown${machine.lighthouseRuns > 1 ? ', all runs in brackets' : ''}. Lighthouse simulates the
slow phone from the main-thread work it observes, so a busy machine lowers the performance score (mostly through
TBT); *benchmark index* is Lighthouse's own measure of the machine's speed during the run (lower is slower), to
judge that by.

${perSize('Lighthouse', lighthouseTable).join('\n')}
## CMS bundle (\`/admin\` only)

Decap CMS is bundled from npm by Vite and loads only on \`/admin\` (a build test checks that no other page reaches
its chunks). Measured on the ${nLabel(results[0]?.n ?? 0)} build (gzip -9, brotli q11; \`npm run cms:size\`
prints the same for \`dist/\`):

${cms ?? 'not measured'}

## Running it

\`\`\`sh
npm run bench                      # N = 1,000, 10,000 (everything) and 30,000 (cold build only): takes long
npm run bench -- 1000 5000         # other sizes
npm run bench -- --quick           # N = 1,000, one Lighthouse run per page, report to .bench/BENCHMARKS.md
npm run bench -- --skip=lighthouse,hugo 10000   # leave out parts: rebuild, workers, minimal, hugo, search,
                                                # filter, list, weight, lighthouse
npm run bench -- --cold-only=10000,30000        # sizes that get the cold build only (default 30,000)
\`\`\`

\`npm test\` builds N = 1,000 once as a correctness check (tests/build/bench-smoke.test.ts), with no timings, and
compares a sequential and a parallel build of a small corpus (tests/build/parallel-build.test.ts).

${keptMarker}
${kept}`;
}
