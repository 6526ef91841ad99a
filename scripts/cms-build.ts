/**
 * The /admin bundle: Decap CMS with src/cms/admin.ts, bundled by Vite from npm (no CDN) in a process of its own,
 * part of the first step of `npm run build` (scripts/build.ts), which reads the bundle's folder and entry from it.
 *
 * Why apart from `astro build`: Decap is ~5 MB of JavaScript in ~2,000 modules. Bundled inside Astro's build it
 * raised that process's peak memory by ~550 MB (BENCHMARKS.md) and took seconds of every build, rebuilds
 * included. Here it is built once per state of its inputs (package-lock.json and src/, hashed) and kept in the
 * cache folder; a build whose inputs are unchanged reuses it. The /admin page names the entry file
 * (src/cms/bundle-entry.ts); scripts/build.ts copies the bundle into `<outDir>/admin/`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { glob, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { astroCacheDir } from '../src/lib/build/build-dirs.ts';

/** Where /admin's files live on the site; the bundle's chunks load relative to it. */
export const ADMIN_BASE = '/admin/';
const ENTRY_SOURCE = 'src/cms/admin.ts';

export interface CmsBundle {
  /** The folder holding the bundle's files (copied as is into `<outDir>/admin/`). */
  dir: string;
  /** The site path of the entry script, e.g. `/admin/cms-AbC123.js`. */
  entry: string;
  /** Reused from the cache (inputs unchanged). */
  reused: boolean;
  seconds: number;
}

/** A hash of everything the bundle is made from: the locked dependencies, the site's source, this script. */
async function inputHash(root: string): Promise<string> {
  const hash = createHash('sha1');
  const files = ['package-lock.json', 'scripts/cms-build.ts'];
  for await (const file of glob('src/**/*', { cwd: root })) files.push(file);
  for (const file of files.sort()) {
    const full = path.join(root, file);
    if (!existsSync(full) || !statSync(full).isFile()) continue;
    hash.update(`${file}\n`).update(await readFile(full));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Build the bundle into the cache folder, or reuse the one built from the same inputs. */
export async function buildCms(root = process.cwd(), cacheDir = astroCacheDir()): Promise<CmsBundle> {
  const started = performance.now();
  const cmsCache = path.join(cacheDir, 'cms');
  const built = path.join(cmsCache, await inputHash(root));
  const dir = path.join(built, 'admin');
  const entryFile = path.join(built, 'entry.txt');
  const reused = existsSync(entryFile);
  if (!reused) {
    await rm(cmsCache, { recursive: true, force: true });
    const output = await build({
      configFile: false,
      root,
      base: ADMIN_BASE,
      publicDir: false,
      logLevel: 'warn',
      mode: 'production',
      build: {
        outDir: dir,
        emptyOutDir: true,
        assetsDir: '',
        // Decap's own chunks are large by nature; the size that matters is reported by `npm run cms:size`.
        chunkSizeWarningLimit: 8000,
        rolldownOptions: {
          input: path.join(root, ENTRY_SOURCE),
          output: {
            entryFileNames: 'cms-[hash].js',
            chunkFileNames: 'cms-[name]-[hash].js',
            assetFileNames: 'cms-[name]-[hash][extname]',
          },
        },
      },
    });
    const outputs = (Array.isArray(output) ? output : [output]).flatMap((result) =>
      'output' in result ? result.output : [],
    );
    const entry = outputs.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
    if (!entry) throw new Error(`cms-build: Vite wrote no entry chunk for ${ENTRY_SOURCE}`);
    await writeFile(entryFile, entry.fileName);
  }
  const entry = `${ADMIN_BASE}${readFileSync(entryFile, 'utf8').trim()}`;
  return { dir, entry, reused, seconds: (performance.now() - started) / 1000 };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  // `npx tsx scripts/cms-build.ts [result.json]`: the bundle's folder and entry, as JSON, into the file named (a
  // file, not stdout, which build tools and benchmarks decorate) or onto stdout.
  const result = JSON.stringify(await buildCms());
  if (process.argv[2]) await writeFile(process.argv[2], result);
  else console.log(result);
}
