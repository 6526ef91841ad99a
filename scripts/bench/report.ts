/**
 * BENCHMARKS.md from the benchmark's results: the machine, the targets of issue #7 beside the figures (✓/✗),
 * then per corpus size the builds and their steps, Astro beside Hugo, search transfer, list filter transfer,
 * page weight and Lighthouse per page type, and the CMS bundle.
 */
import type { BuildRun } from './build.ts';
import type { HugoRun } from './hugo.ts';
import type { LighthouseScore } from './lighthouse.ts';
import type { ListCost } from './list.ts';
import { kb, pageTypes, type PageType, type PageWeight } from './pages.ts';
import { queries, searchParts, searchTargets, type SearchCost } from './search.ts';
import type { Step } from './steps.ts';

export interface SizeResult {
  n: number;
  /** cold, then (when it succeeded) no change and one entry edited. */
  builds: BuildRun[];
  index?: { bytes: number; files: number };
  search?: SearchCost;
  list?: ListCost;
  /** The sample page of each type, undefined when the build has no such page. */
  samples?: Record<PageType, string | undefined>;
  weights: Map<PageType, PageWeight>;
  lighthouse: Map<PageType, LighthouseScore>;
  hugo?: HugoRun;
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

/** Astro's cold build over Hugo + Pagefind, and without the search index over Hugo alone. */
export function ratios(r: SizeResult): { full: number; withoutIndex: number } | undefined {
  const build = cold(r);
  const hugo = r.hugo;
  if (!build?.ok || !hugo?.ok) return undefined;
  return {
    full: build.seconds / (hugo.seconds + hugo.indexSeconds),
    withoutIndex: (build.seconds - indexStep(build)) / hugo.seconds,
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

const targets: Target[] = [
  {
    what: 'full build ≤ 60 s',
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
    what: 'Astro/Hugo ≤ 10 (full builds, both with Pagefind)',
    check: (r) => {
      const ratio = ratios(r);
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
    what: 'builds without running out of memory (target: 30,000)',
    check: (r) => {
      const b = cold(r);
      if (!b) return undefined;
      return b.ok ? cell('built', true) : cell(b.failure ?? 'failed', false);
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
  { what: 'Lighthouse performance ≥ 98, every page type', check: (r) => lighthouseMin(r, 'performance') },
  { what: 'Lighthouse accessibility 100, every page type', check: (r) => lighthouseMin(r, 'accessibility') },
  {
    what: `Pagefind first query ≤ ${kb(searchTargets.first)}`,
    check: (r) => (r.search ? cell(kb(r.search.first.bytes), r.search.first.bytes <= searchTargets.first) : undefined),
  },
  {
    what: `Pagefind later query ≤ ${kb(searchTargets.later)}`,
    check: (r) =>
      r.search ? cell(kb(r.search.second.bytes), r.search.second.bytes <= searchTargets.later) : undefined,
  },
  {
    what: 'list: first filter ≤ 150 kB',
    check: (r) => (r.list ? cell(kb(r.list.first.bytes), r.list.first.bytes <= 150_000) : undefined),
  },
  {
    what: 'list: later filter ≤ 50 kB',
    check: (r) => (r.list ? cell(kb(r.list.later.bytes), r.list.later.bytes <= 50_000) : undefined),
  },
];

const header = (cells: string[], align: string[]) => [`| ${cells.join(' | ')} |`, `| ${align.join(' | ')} |`];
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const nLabel = (n: number) => `N = ${n.toLocaleString('en')}`;

function targetTable(results: readonly SizeResult[]): string[] {
  return [
    ...header(['target', ...results.map((r) => nLabel(r.n))], ['---', ...results.map(() => '---')]),
    ...targets.map((target) => row([target.what, ...results.map((r) => target.check(r) ?? 'not measured')])),
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
        'cold build (s)',
        'CPU (s)',
        'peak RSS (MB)',
        'no-change rebuild (s, % of cold)',
        'one entry edited (s, % of cold)',
        'Hugo + Pagefind (s)',
        'Astro/Hugo',
      ],
      ['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
    ),
    ...results.map((r) => {
      const c = cold(r);
      const ratio = ratios(r);
      if (!c?.ok) {
        return row([
          int(r.n),
          '—',
          `failed after ${sec(c?.seconds)} s: ${c?.failure ?? ''}`,
          sec(c?.cpuSeconds),
          int(c?.peakRssMb ?? NaN),
          '—',
          '—',
          '—',
          '—',
        ]);
      }
      return row([
        int(r.n),
        int(c.pages),
        sec(c.seconds),
        sec(c.cpuSeconds),
        int(c.peakRssMb),
        share(rebuild(r, 'no change'), c),
        share(rebuild(r, 'one entry edited'), c),
        r.hugo?.ok ? sec(r.hugo.seconds + r.hugo.indexSeconds) : (r.missing.get('hugo') ?? '—'),
        ratio ? `${ratio.full.toFixed(1)}×` : '—',
      ]);
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
      ['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
    ),
    ...results.map((r) => {
      const c = cold(r);
      const h = r.hugo;
      const ratio = ratios(r);
      if (!h)
        return row([int(r.n), sec(c?.seconds), '—', r.missing.get('hugo') ?? 'not run', '', '', '', '', '', '', '']);
      const cpuRatio = c?.ok && h.ok ? c.cpuSeconds / (h.cpuSeconds + h.indexCpuSeconds) : NaN;
      return row([
        int(r.n),
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
    }),
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

export function report(results: readonly SizeResult[], machine: Machine, cms: string | undefined): string {
  const perSize = (title: string, table: (r: SizeResult) => string[]) =>
    results.flatMap((r) => [`**${title}, ${nLabel(r.n)}**`, '', ...table(r), '']);
  const problems = results.flatMap((r) =>
    [...r.missing.entries()]
      .filter(([, why]) => !why.startsWith('skipped'))
      .map(([what, why]) => `- ${nLabel(r.n)}, ${what}: ${why}`),
  );
  return `# Benchmarks

Written by \`npm run bench\` (scripts/bench/run.ts) on ${machine.date}. Machine: ${String(machine.cores)} cores (${machine.cpu}), ${String(machine.memoryGb)} GB memory, ${machine.os}; Node ${machine.node} with its default heap limit (${int(machine.heapLimitMb)} MB; the bench clears \`NODE_OPTIONS\` for the builds); ${machine.chromium}; Lighthouse ${machine.lighthouse}; Hugo ${machine.hugo}.

The site is built from N synthetic valid entries (scripts/bench/generate.ts: about 300 words each, Zipf-distributed
vocabulary, random taxonomy values, CBS municipality names, plus three small collections) written to
\`.bench/content-N\`, with \`BUURTPODIUM_CONTENT_DIR\` and \`BUURTPODIUM_CACHE_DIR\`; the real content is untouched.
Every entry has a page in both interface languages. Times are wall-clock seconds; CPU is user + system time of
the whole process tree; peak RSS is the summed resident memory of the process tree, sampled every 100 ms, in MB of
1,048,576 bytes (so 2 GB = 2,048 MB).
Sizes are as a static host serves them (gzip level 6, or as is when already compressed); 1 kB = 1,000 bytes.

## Targets (issue #7)

The targets are set for N = 10,000 (the memory row for N = 30,000); the other columns apply the same checks
for comparison.

${targetTable(results).join('\n')}
${problems.length > 0 ? `\nMeasurements that failed:\n\n${problems.join('\n')}\n` : ''}
## Builds

*Cold*: cache and output folder removed first. *No-change rebuild*: the same command again, Astro's cache
(\`BUURTPODIUM_CACHE_DIR\`) kept. *One entry edited*: a sentence added to one entry's body, then rebuilt.
Hugo + Pagefind: the same corpus built by Hugo (below), then indexed by the same Pagefind.

${buildTable(results).join('\n')}

### Steps of the build

\`npm run build\` (scripts/build.ts) cut at its own and Astro's log lines, stamped when written
(scripts/bench/steps.ts): CMS bundle and content check, two processes side by side (\`scripts/cms-build.ts\`, Decap
bundled by Vite or reused from the cache; \`scripts/content-check-step.ts\`); Astro's start-up; content layer
(entries parsed and their Markdown rendered into the data store, which the cache keeps); types and bundling (Vite);
feeds, exports and data files (the endpoint routes, rendered before the pages: RSS, JSON Feed, CSV, JSON, GeoJSON,
sitemap, browse and map data, also 404 and /admin; the first of them loads the catalog, so this step includes
reading every entry once); pages (every HTML page, four at a time); search index (Pagefind, after Astro has
exited: \`scripts/search-index.ts\`); finish (exit). Peak RSS is of the whole process tree; a step shorter
than the 100 ms sampling interval is the nearest sample.

${perSize('Steps', stepTable).join('\n')}
## Astro beside Hugo

The same \`.bench/content-N/initiatives\` files built by Hugo (Debian's package) with the minimal templates in
\`bench/hugo/\` (not part of the product): home, entry pages with four related entries, the paginated list of
all entries and paginated facet pages for strategy, place, target group, theme and municipality, in Dutch and
English like the site. Hugo reads the corpus in place (a module mount per language, written to
\`.bench/hugo-N/corpus.toml\`). Then Pagefind indexes Hugo's output, so *full* compares like with like; *without
search index* compares page generation alone; *CPU time* compares the work done, which a busy machine disturbs
less than wall time (Hugo uses every core, Astro mostly one). Hugo has no content check, feeds, exports, collections or CMS bundle,
so the ratio flatters Hugo somewhat.

${hugoTable(results).join('\n')}

## Search at scale

The Pagefind step (its own log line), the size and file count of \`dist/pagefind/\`, and what the search page
transfers in Chromium: *first query* is every Pagefind file loaded from opening the page (Pagefind loads when the
field gets focus) until the results of "${queries[0]}" show (script, entry, wasm, metadata, index chunk, the
fragments of the first results); *facet counts*
the filter data loaded after the results are on screen; *second query* what "${queries[1]}" loads on top.
Number of requests in brackets.

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

## Page weight per page type

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
npm run bench                      # N = 1,000, 10,000 and 30,000: the full report (takes long)
npm run bench -- 1000 5000         # other sizes
npm run bench -- --quick           # N = 1,000, one Lighthouse run per page, report to .bench/BENCHMARKS.md
npm run bench -- --skip=lighthouse,hugo 10000   # leave out parts: rebuild, hugo, search, list, weight, lighthouse
\`\`\`

\`npm test\` builds N = 1,000 once as a correctness check (tests/build/bench-smoke.test.ts), with no timings.
`;
}
