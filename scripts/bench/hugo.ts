/**
 * The side-by-side build: the same synthetic corpus built by Hugo (Debian's package) with the minimal templates
 * in bench/hugo/ (entry, home, section list and facet/taxonomy pages, paginated like the site, in Dutch and
 * English), then Pagefind over Hugo's output, as the Astro build indexes its own. Hugo reads the corpus where it
 * is: a config file written per run mounts `.bench/content-N/initiatives` as the content of both languages
 * (a mount, because two languages may not share a contentDir), so there is no copy to keep in step.
 * Built twice: with the related entries on every entry page (as the site shows four) and without them, since
 * Hugo's `.Related` is quadratic on this corpus (most of Hugo's time at 10,000 entries).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from './measure.ts';

export interface HugoRun {
  /** Whether the entry pages show four related entries (Hugo's `.Related`). */
  related: boolean;
  ok: boolean;
  failure?: string;
  version: string;
  /** Hugo alone. */
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  /** HTML pages Hugo wrote (both languages, paginator pages included). */
  pages: number;
  /** Pagefind over Hugo's output. */
  indexSeconds: number;
  indexCpuSeconds: number;
  indexPeakRssMb: number;
}

/** Hugo's version line, or undefined when it is not installed. */
export function hugoVersion(): string | undefined {
  const probe = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return undefined;
  return /v[\d.]+\S*/.exec(probe.stdout)?.[0] ?? probe.stdout.trim();
}

export const hugoInstallHint = 'Hugo is not installed: `apt-get install -y hugo` (Debian package, 0.111 or later)';

const sumPages = (output: string, row: string) =>
  [...(new RegExp(`^\\s*${row}\\s*\\|(.*)$`, 'm').exec(output)?.[1] ?? '').matchAll(/\d+/g)].reduce(
    (sum, match) => sum + Number(match[0]),
    0,
  );

export async function hugoBuild(
  content: string,
  n: number,
  related: boolean,
  log: (line: string) => void,
): Promise<HugoRun> {
  const version = hugoVersion() ?? '';
  const work = path.resolve(`.bench/hugo-${String(n)}${related ? '' : '-plain'}`);
  const dist = path.join(work, 'dist');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const mounts = ['nl', 'en']
    .map(
      (lang) =>
        `[[module.mounts]]\n  source = ${JSON.stringify(path.join(content, 'initiatives'))}\n  target = "content/initiatives"\n  lang = "${lang}"\n`,
    )
    .join('');
  const config = path.join(work, 'corpus.toml');
  const params = `[params]\n  related = ${String(related)}\n`;
  writeFileSync(config, `# Written by npm run bench: the corpus for both languages.\n${params}${mounts}`);
  const what = related ? 'with related entries' : 'without related entries';
  log(`hugo ${version}: building the same ${n.toLocaleString('en')} entries, ${what} …`);
  const hugo = await run(
    'hugo',
    [
      '--source',
      path.resolve('bench/hugo'),
      '--config',
      `hugo.toml,${config}`,
      '--destination',
      dist,
      '--cacheDir',
      path.join(work, 'cache'),
    ],
    process.env,
    { allowFailure: true, echo: /^Total in|ERROR/ },
  );
  if (hugo.code !== 0) {
    return {
      related,
      ok: false,
      failure: hugo.output.split('\n').slice(-3).join(' / '),
      version,
      seconds: hugo.seconds,
      cpuSeconds: hugo.cpuSeconds,
      peakRssMb: hugo.peakRssMb,
      pages: 0,
      indexSeconds: NaN,
      indexCpuSeconds: NaN,
      indexPeakRssMb: NaN,
    };
  }
  const pages = sumPages(hugo.output, 'Pages') + sumPages(hugo.output, 'Paginator pages');
  // The switch works: an entry page lists related entries exactly when they were asked for.
  const entryPage = path.join(dist, 'initiatief', 'bench-000001', 'index.html');
  const shows = existsSync(entryPage) && readFileSync(entryPage, 'utf8').includes('class="cards"');
  if (n > 1 && shows !== related) {
    throw new Error(
      `hugo: ${entryPage} ${shows ? 'shows' : 'does not show'} related entries (related = ${String(related)})`,
    );
  }
  log(
    `hugo (${what}): ${pages.toLocaleString('en')} pages in ${hugo.seconds.toFixed(1)} s; Pagefind over its output …`,
  );
  const index = await run('npx', ['pagefind', '--site', dist], process.env, {
    allowFailure: true,
    echo: /Indexed \d+ page|Error/,
  });
  return {
    related,
    ok: index.code === 0,
    ...(index.code === 0 ? {} : { failure: `pagefind: ${index.output.slice(-300)}` }),
    version,
    seconds: hugo.seconds,
    cpuSeconds: hugo.cpuSeconds,
    peakRssMb: hugo.peakRssMb,
    pages,
    indexSeconds: index.seconds,
    indexCpuSeconds: index.cpuSeconds,
    indexPeakRssMb: index.peakRssMb,
  };
}
