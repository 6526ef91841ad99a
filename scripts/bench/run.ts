/**
 * npm run bench — build the site from N synthetic entries (default N = 1,000 and 10,000; pass others as
 * arguments), measure the build, the Pagefind index and what a first and a second search query transfer in
 * Chromium, and write BENCHMARKS.md. The real content is never touched: entries go to .bench/content-N,
 * output to .bench/dist-N, Astro's cache to .bench/cache-N.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../chromium.ts';
import { cmsSizeTable } from '../cms-size.ts';
import { generate } from './generate.ts';
import { folderSize, run, servedBytes } from './measure.ts';

interface QueryCost {
  requests: number;
  bytes: number;
}

interface Result {
  n: number;
  pages: number;
  buildSeconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  indexSeconds: number;
  indexBytes: number;
  indexFiles: number;
  first: QueryCost;
  counts: QueryCost;
  second: QueryCost;
}

const sizes = process.argv.slice(2).map(Number);
const counts = sizes.length > 0 ? sizes : [1000, 10000];
/** Two topical words (middle ranks of the synthetic vocabulary), as a reader would search. */
const queries = ['moestuin', 'bibliotheek'] as const;

/** A static file server for dist/ (directory URLs → index.html), bound to 127.0.0.1 on a free port. */
async function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return response.writeHead(404).end();
    const types: Record<string, string> = {
      '.html': 'text/html; charset=utf-8',
      '.js': 'text/javascript',
      '.css': 'text/css',
      '.json': 'application/json',
      '.wasm': 'application/wasm',
    };
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}` };
}

/**
 * The Pagefind files the search page loads, in served (gzip) bytes: for the first query until its results show,
 * then the filter data for the facet counts (loaded after the results), then a second query.
 */
async function measureQueries(dist: string): Promise<{ first: QueryCost; counts: QueryCost; second: QueryCost }> {
  const { server, url } = await serve(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    /** Pagefind files fetched since the last call, split at the page's `bp:search-results` mark (results shown). */
    const phases = async (): Promise<{ before: QueryCost; after: QueryCost }> => {
      const { marks, resources } = await page.evaluate(() => {
        const result = {
          marks: performance.getEntriesByName('bp:search-results').map((mark) => mark.startTime),
          resources: performance
            .getEntriesByType('resource')
            .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime }))
            .filter((entry) => entry.path.startsWith('/pagefind/')),
        };
        performance.clearResourceTimings();
        performance.clearMarks();
        return result;
      });
      const shown = marks.at(-1) ?? Infinity;
      const cost = (paths: string[]): QueryCost => {
        const files = [...new Set(paths)];
        return {
          requests: files.length,
          bytes: files.reduce((sum, file) => sum + servedBytes(path.join(dist, file)), 0),
        };
      };
      return {
        before: cost(resources.filter((r) => r.start <= shown).map((r) => r.path)),
        after: cost(resources.filter((r) => r.start > shown).map((r) => r.path)),
      };
    };
    const search = async (query: string) => {
      await page.fill('#search-q', query);
      await page.press('#search-q', 'Enter');
      await page.waitForFunction(
        (q) =>
          new URL(location.href).searchParams.get('q') === q &&
          document.querySelectorAll('[data-search-results] > li h3 a[href^="/"]').length > 0,
        query,
      );
      await page.locator('[data-search-filters]:not([aria-busy])').waitFor();
    };
    await page.goto(`${url}/zoeken/`);
    await page.locator('[data-search][data-enhanced]').waitFor();
    await search(queries[0]);
    const { before: first, after: counts } = await phases();
    await search(queries[1]);
    const second = await phases();
    return {
      first,
      counts,
      second: {
        requests: second.before.requests + second.after.requests,
        bytes: second.before.bytes + second.after.bytes,
      },
    };
  } finally {
    await browser.close();
    server.close();
  }
}

async function bench(n: number): Promise<Result> {
  const content = path.resolve(`.bench/content-${String(n)}`);
  const dist = path.resolve(`.bench/dist-${String(n)}`);
  console.log(`\nbench: N = ${String(n)}`);
  await generate(n, content, (line) => {
    console.log(`  ${line}`);
  });
  console.log('  build: astro build + Pagefind …');
  const build = await run(
    'npx',
    ['astro', 'build', '--outDir', dist],
    {
      ...process.env,
      BUURTPODIUM_CONTENT_DIR: content,
      BUURTPODIUM_CACHE_DIR: path.resolve(`.bench/cache-${String(n)}`),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    /search index of|page\(s\) built|initiatives in/,
  );
  const indexSeconds = Number(/search index of .* in ([\d.]+) s/.exec(build.output)?.[1] ?? NaN);
  const pages = Number(/(\d+) page\(s\) built/.exec(build.output)?.[1] ?? NaN);
  const index = folderSize(path.join(dist, 'pagefind'));
  console.log('  queries: measuring in Chromium …');
  const { first, counts, second } = await measureQueries(dist);
  const result: Result = {
    n,
    pages,
    buildSeconds: build.seconds,
    cpuSeconds: build.cpuSeconds,
    peakRssMb: build.peakRssMb,
    indexSeconds,
    indexBytes: index.bytes,
    indexFiles: index.files,
    first,
    counts,
    second,
  };
  console.log(
    `  N = ${String(n)}: ${String(pages)} pages in ${build.seconds.toFixed(1)} s, peak ${String(build.peakRssMb)} MB; ` +
      `index ${indexSeconds.toFixed(1)} s, ${kb(index.bytes)}, ${String(index.files)} files; ` +
      `first query ${kb(first.bytes)}, second ${kb(second.bytes)}`,
  );
  return result;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function report(results: readonly Result[], cms: string): string {
  const date = new Date().toISOString().slice(0, 10);
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const rows = results.map(
    (r) =>
      `| ${r.n.toLocaleString('en')} | ${r.pages.toLocaleString('en')} | ${r.buildSeconds.toFixed(1)} | ${r.cpuSeconds.toFixed(1)} | ${r.peakRssMb.toLocaleString('en')} | ${r.indexSeconds.toFixed(1)} | ${kb(r.indexBytes)} | ${r.indexFiles.toLocaleString('en')} | ${kb(r.first.bytes)} (${String(r.first.requests)}) | ${kb(r.counts.bytes)} (${String(r.counts.requests)}) | ${kb(r.second.bytes)} (${String(r.second.requests)}) |`,
  );
  return `# Benchmarks

Written by \`npm run bench\` (scripts/bench/run.ts) on ${date}. Machine: ${String(cpus().length)} cores (${cpu}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB memory, Node ${process.version}.

## Search at scale (synthetic corpus)

A deterministic generator (scripts/bench/generate.ts) writes N valid \`.md\` entries (about 300 words each, Zipf-distributed vocabulary, random
taxonomy values) to \`.bench/content-N\`; the site is built from there with \`BUURTPODIUM_CONTENT_DIR\` (the real
content is untouched). Every entry has a page in both interface languages, so the search index holds 2 × N pages
(one index per language).

- *build*: \`astro build\` including the content check and the Pagefind step, wall time, CPU time of all processes, and peak
  resident memory of the process tree (sampled every 100 ms).
- *index*: the Pagefind step alone (from its log line), and the size and file count of \`dist/pagefind/\`.
- *first query*: every Pagefind file the search page loads from opening until the results of "${queries[0]}" show
  (script, entry, wasm, metadata, index chunk, the fragments of the first 10 results); *facet counts*: the filter
  data loaded after the results are on screen, for the counts beside the filters; *second query*: what "${queries[1]}"
  loads on top. Bytes as a static host serves them (gzip, or as is when already compressed), with the
  number of requests in brackets. Targets at 10,000 entries: first query ≤ 150 kB, later queries ≤ 30 kB.

| entries | pages | build (s) | build CPU (s) | peak RSS (MB) | index (s) | index size | index files | first query | facet counts | second query |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

## CMS bundle (\`/admin\` only)

Decap CMS is bundled from npm by Vite and loads only on \`/admin\` (a build test checks that no other page reaches
its chunks). Measured on the N = ${results[0]?.n.toLocaleString('en') ?? '?'} build (gzip -9, brotli q11; \`npm run cms:size\` prints the same for \`dist/\`):

${cms}
`;
}

const results: Result[] = [];
for (const n of counts) results.push(await bench(n));
const firstDist = path.resolve(`.bench/dist-${String(counts[0] ?? 1000)}`);
writeFileSync('BENCHMARKS.md', report(results, cmsSizeTable(firstDist)));
const last = results.at(-1);
console.log(
  `\nbench: ${String(results.length)} corpus size(s) measured, written to BENCHMARKS.md` +
    (last
      ? ` (N = ${String(last.n)}: build ${last.buildSeconds.toFixed(1)} s, first query ${kb(last.first.bytes)})`
      : ''),
);
