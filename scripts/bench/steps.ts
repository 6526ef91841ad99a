/**
 * The steps of one `npm run build` (scripts/build.ts: the CMS bundle, `astro build`, the search index), cut at
 * their own log lines (stamped when written, see stamp-output.mjs), each with wall time, CPU time and peak RSS
 * of the process tree from the samples taken meanwhile.
 *
 * Steps, in build order, and the line that ends each:
 * 0. CMS bundle and content check, side by side — the later of `[buurtpodium:cms] /admin bundle … in N s` (Decap,
 *    bundled by Vite, or reused from the cache) and `[buurtpodium:content-check] … are valid`;
 * 1. output folder — `[buurtpodium:output] … kept in place` (scripts/build-output.ts: the unchanged pages of the
 *    last build left in place, everything else taken out);
 * 2. Astro's start-up — Astro's `[buurtpodium:content-check] … (checked before the build …)`;
 * 3. content layer — `[content] Synced content` (entries parsed, Markdown rendered into the data store);
 * 4. types and bundling — `generating static routes` (type generation, Vite/Rolldown bundles);
 * 5. feeds, exports and data — the last route line before the first page of `[...path].astro`: Astro renders
 *    the endpoint routes first (RSS, JSON Feed, CSV, JSON, GeoJSON, sitemap, browse data; also 404 and
 *    /admin). The first of them loads the catalog, so this step includes reading every entry once;
 * 6. pages — `Completed in` after the last route: every HTML page of `[...path].astro`;
 * 7. search index — `search index of … in N s` (Pagefind, scripts/search-index.ts, after Astro has exited);
 * 8. finish — the process's end.
 * A step whose line is missing (a failed build, a changed log) is merged into the next one.
 */
import type { Line, RunResult, Sample } from './measure.ts';

export interface Step {
  name: string;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
}

const ROUTE = /[├└]─ (\/\S*) \(\+([\d.]+)(ms|s)\)/;

/** A page of the catch-all route (not an endpoint, not /404.html or /admin/). */
const isPage = (route: string) => route.endsWith('.html') && route !== '/404.html' && !route.startsWith('/admin/');

function at(lines: readonly Line[], pattern: RegExp, from = 0): number | undefined {
  const index = lines.findIndex((line, i) => i >= from && pattern.test(line.text));
  return index < 0 ? undefined : index;
}

/** The boundaries of the steps as line indexes (undefined when the line is missing). */
function boundaries(lines: readonly Line[]): { name: string; index: number | undefined }[] {
  const cms = at(lines, /\[buurtpodium:cms\] \/admin bundle .* in [\d.]+ s/);
  const checked = at(lines, /\[buurtpodium:content-check\] .* are valid/);
  const beforeAstro = cms === undefined || checked === undefined ? undefined : Math.max(cms, checked);
  const prepared = at(lines, /\[buurtpodium:output\] .* kept in place/, (beforeAstro ?? -1) + 1);
  const check = at(
    lines,
    /\[buurtpodium:content-check\].*(?:checked before the build|are valid)/,
    (prepared ?? beforeAstro ?? -1) + 1,
  );
  const synced = at(lines, /\[content\] Synced content/);
  const generating = at(lines, /generating static routes/);
  const routes = lines.flatMap((line, index) => {
    const match = ROUTE.exec(line.text);
    return match?.[1] ? [{ index, route: match[1] }] : [];
  });
  const firstPage = routes.findIndex((r) => isPage(r.route));
  // Endpoints come first in Astro's route order; if one came after a page, the two cannot be told apart.
  const contiguous = firstPage > 0 && routes.slice(firstPage).every((r) => isPage(r.route) || r.route === '/404.html');
  const lastData = contiguous ? routes[firstPage - 1]?.index : undefined;
  const lastRoute = routes.at(-1)?.index;
  const completed = lastRoute === undefined ? undefined : at(lines, /Completed in/, lastRoute);
  const indexed = at(lines, /search index of .* in [\d.]+ s/);
  return [
    { name: 'CMS bundle and content check (side by side)', index: beforeAstro },
    { name: 'output folder (unchanged pages kept in place)', index: prepared },
    { name: 'Astro start-up', index: check },
    { name: 'content layer (parse, render Markdown)', index: synced },
    { name: 'types and bundling (Vite)', index: generating },
    { name: 'feeds, exports and data files', index: lastData },
    { name: 'pages (HTML)', index: completed },
    { name: 'search index (Pagefind)', index: indexed },
  ];
}

/** Cumulative CPU seconds of the tree at time `t`, interpolated between samples. */
function cpuAt(samples: readonly Sample[], t: number): number {
  let before: Sample | undefined;
  for (const sample of samples) {
    if (sample.t <= t) before = sample;
    else {
      if (!before) return 0;
      const share = (t - before.t) / (sample.t - before.t);
      return before.cpuSeconds + share * (sample.cpuSeconds - before.cpuSeconds);
    }
  }
  return before?.cpuSeconds ?? 0;
}

/** Peak RSS in MB of the samples in [from, to], or of the nearest sample when the step was shorter than one interval. */
function peakIn(samples: readonly Sample[], from: number, to: number): number {
  const inside = samples.filter((s) => s.t >= from && s.t <= to && s.rssKb > 0);
  const chosen =
    inside.length > 0
      ? inside
      : samples
          .filter((s) => s.rssKb > 0)
          .sort((a, b) => Math.abs(a.t - to) - Math.abs(b.t - to))
          .slice(0, 1);
  return Math.round(Math.max(0, ...chosen.map((s) => s.rssKb)) / 1024);
}

export function buildSteps(result: RunResult): Step[] {
  const { lines, samples, started, ended } = result;
  const steps: Step[] = [];
  let from = started;
  let pending: string[] = [];
  for (const { name, index } of [...boundaries(lines), { name: 'finish (exit)', index: -1 }]) {
    pending.push(name);
    if (index === undefined) continue;
    const to = index === -1 ? ended : (lines[index]?.t ?? ended);
    if (to < from) continue;
    steps.push({
      name: pending.join(' + '),
      seconds: (to - from) / 1000,
      cpuSeconds: cpuAt(samples, to) - cpuAt(samples, from),
      peakRssMb: peakIn(samples, from, to),
    });
    pending = [];
    from = to;
  }
  return steps;
}

/** How many routes the build has written so far, from one output line (for progress). */
export const isRouteLine = (text: string) => ROUTE.test(text);

/** The Pagefind step's own time from its log line, in seconds. */
export const indexSecondsOf = (output: string) => Number(/search index of .* in ([\d.]+) s/.exec(output)?.[1] ?? NaN);

/** The number of pages Astro reports. */
export const pagesOf = (output: string) => Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? NaN);
