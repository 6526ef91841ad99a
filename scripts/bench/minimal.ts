/**
 * The comparison row: a minimal Astro site (bench/astro-minimal/, not part of the product) over the same corpus,
 * built in the same run as the product: one page per entry (title, summary, the Markdown body through Astro's
 * content layer) and the list of all entries, 24 to a page. Astro's defaults otherwise: pages rendered on the
 * main thread, no incremental cache, no search index. What the product costs on top of Astro's own per-page work.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, type MeasuredBuild } from './measure.ts';

/** A build of the minimal site; `pages`: one per entry and the list's pages, as Astro reports them. */
export type MinimalRun = MeasuredBuild;

/** The pages the minimal site has for `n` entries: one per entry and ⌈n / 24⌉ list pages. */
export const minimalPages = (n: number) => n + Math.max(1, Math.ceil(n / 24));

export async function minimalAstroBuild(content: string, n: number, log: (line: string) => void): Promise<MinimalRun> {
  const work = path.resolve(`.bench/astro-minimal-${String(n)}`);
  rmSync(work, { recursive: true, force: true });
  const astroCli = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
  log(`minimal Astro site: one page per entry and the list, ${n.toLocaleString('en')} entries …`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BENCH_CORPUS: path.join(content, 'initiatives'),
    BENCH_CACHE: path.join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  delete env.NODE_OPTIONS;
  const build = await run(
    process.execPath,
    [astroCli, 'build', '--root', path.resolve('bench/astro-minimal'), '--outDir', path.join(work, 'dist')],
    env,
    { allowFailure: true, echo: /page\(s\) built|\[ERROR\]|heap out of memory/ },
  );
  const pages = Number(/(\d+) page\(s\) built/.exec(build.output)?.[1] ?? 0);
  const expected = minimalPages(n);
  const failure =
    build.code !== 0
      ? `exit ${String(build.code)}: ${build.output.split('\n').slice(-3).join(' / ')}`
      : pages !== expected
        ? `built ${String(pages)} pages, expected ${String(expected)}`
        : undefined;
  return {
    ok: failure === undefined,
    ...(failure ? { failure } : {}),
    seconds: build.seconds,
    cpuSeconds: build.cpuSeconds,
    peakRssMb: build.peakRssMb,
    pages,
  };
}
