/**
 * npm run build — the whole site in three steps, each in processes of their own:
 * 1. at the same time: the /admin bundle (Decap CMS; scripts/cms-build.ts), reused from the cache when its
 *    inputs are unchanged, and the content check (scripts/content-check-step.ts: every problem at once);
 * 2. `astro build` (its arguments passed through, e.g. `--outDir`): pages, feeds, data files; told that the
 *    content is checked, it does not check it again. The output folder is not emptied: the pages of the last
 *    build that nothing changed stay in place, and Astro renders the others over them (scripts/build-output.ts);
 * 3. the pages this build no longer makes are removed, so the folder holds what a cold build of the same content
 *    holds; then the Pagefind search index over the output (scripts/search-index.ts).
 * Apart, the build's peak memory is the largest step's, not their sum: bundled inside Astro's build, Decap
 * added ~550 MB to it, and Pagefind, run from an `astro:build:done` hook, came on top of everything Astro
 * still held (BENCHMARKS.md: 4.2 GB at 10,000 entries before, the figures after). The two parts of step 1
 * are small (under 700 MB together at 10,000 entries) and use different cores.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { astroCacheDir } from '../src/lib/build/build-dirs.ts';
import { contentRoot } from '../src/lib/build/content-files.ts';
import { prepareOutput, recordOutput, removeStalePages } from './build-output.ts';
import type { CmsBundle } from './cms-build.ts';

/** The output folder `astro build` writes to: its `--outDir` argument, else `dist`. */
export function outDirOf(args: readonly string[]): string {
  for (const [i, arg] of args.entries()) {
    if (arg === '--outDir') return args[i + 1] ?? 'dist';
    if (arg.startsWith('--outDir=')) return arg.slice('--outDir='.length);
  }
  return 'dist';
}

/**
 * Run a step in a Node process of its own, with the terminal as its output; resolves to its exit code. The step
 * runs on this process's Node (24, from the `node` devDependency, as `npm run build` started it) without an npx
 * or tsx launcher in between: each launcher is a Node process of its own, ~50 MB more in the build's peak memory.
 */
function runNode(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('close', (code, signal) => {
      resolve({ code: code ?? (signal ? 1 : 0) });
    });
  });
}

/** A script next to this one, run by Node with tsx's loader. */
const script = (name: string): string[] => ['--import', 'tsx', fileURLToPath(import.meta.resolve(`./${name}`))];

async function main(args: readonly string[]): Promise<number> {
  console.log('[buurtpodium:cms] bundling /admin (Decap CMS), checking the content …');
  const resultDir = await mkdtemp(path.join(tmpdir(), 'bp-cms-'));
  const cmsResult = path.join(resultDir, 'bundle.json');
  const [cms, check] = await Promise.all([
    runNode([...script('cms-build.ts'), cmsResult]),
    runNode(script('content-check-step.ts')),
  ]);
  const result = cms.code === 0 && existsSync(cmsResult) ? await readFile(cmsResult, 'utf8') : undefined;
  await rm(resultDir, { recursive: true, force: true });
  // Astro is told the content is checked (BUURTPODIUM_CONTENT_CHECKED) only after this check passed.
  if (check.code !== 0) return check.code;
  if (result === undefined) {
    console.error(`[buurtpodium:cms] the CMS bundle failed (exit ${String(cms.code)}); its messages are above`);
    return cms.code || 1;
  }
  const bundle = JSON.parse(result) as CmsBundle;
  console.log(
    `[buurtpodium:cms] /admin bundle ${bundle.entry} ${bundle.reused ? 'reused (inputs unchanged)' : 'built'} in ${bundle.seconds.toFixed(1)} s`,
  );

  const site = path.resolve(outDirOf(args));
  const cacheDir = astroCacheDir();
  const prepared = await prepareOutput(site, cacheDir);
  console.log(
    `[buurtpodium:output] ${site}: ${String(prepared.kept.size)} unchanged page(s) of the last build kept in place, ${String(prepared.removed)} file(s) or folder(s) taken out`,
  );
  const astroCli = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
  const astro = await runNode([astroCli, 'build', ...args], {
    ...process.env,
    BUURTPODIUM_CMS_ENTRY: bundle.entry,
    BUURTPODIUM_CONTENT_CHECKED: contentRoot(),
    BUURTPODIUM_OUTPUT_PREPARED: site,
  });
  await prepared.cleared;
  if (astro.code !== 0) return astro.code;
  const stale = await removeStalePages(site, cacheDir, prepared.kept);
  if (stale > 0) console.log(`[buurtpodium:output] ${String(stale)} page(s) this build no longer makes removed`);
  await cp(bundle.dir, path.join(site, 'admin'), { recursive: true });

  console.log(`[buurtpodium:search-index] indexing the entry and place pages in ${site} …`);
  // Imported only now: this process stays small while Astro builds.
  const { buildSearchIndex, searchIndexLine } = await import('./search-index.ts');
  console.log(searchIndexLine(await buildSearchIndex(site, cacheDir)));
  await recordOutput(site, cacheDir);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
