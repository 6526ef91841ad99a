/**
 * The Pagefind search index over a built site, written to `<site>/pagefind/`: the second step of `npm run build`
 * (scripts/build.ts).
 *
 * Only entry pages and place pages carry `data-pagefind-body` (with a `type` filter: initiative or place). Both
 * interface languages' pages of an entry or place carry the same body (the interface around it is
 * `data-pagefind-ignore`), so the index reads the entry and place pages of the default language only: each once,
 * with that language's stemming (Dutch, the language of the content). The index therefore has one language, which
 * Pagefind loads on every search page whatever its `<html lang>`; the search page links each result to the page in
 * the reader's language (`resultPathIn`).
 *
 * The index depends on nothing but those pages' HTML (and Pagefind's version), so a build whose entry pages
 * are byte for byte those of the last build copies the last index from the cache folder instead of indexing
 * again: with incremental builds (lib/build/cache-keys.ts) a rebuild without content changes indexes nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { defaultLang } from '../src/i18n/index.ts';
import { astroCacheDir } from '../src/lib/build/build-dirs.ts';
import { entryPagesRoot, placePagesRoot, searchPagesGlob } from '../src/lib/core/routes.ts';

/** Pagefind's version, from its package.json (which the package does not export). */
function pagefindVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.resolve('pagefind')));
  while (!existsSync(path.join(dir, 'package.json')) && dir !== path.dirname(dir)) dir = path.dirname(dir);
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string }).version ?? '';
}

/** Files at once when reading or linking many small files. */
const BATCH = 128;

/** Every file under `dir`, as paths relative to it, sorted; none when it does not exist. */
async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** A fingerprint of the indexed pages (every `.html` file under the roots: path and bytes) and Pagefind's version. */
async function fingerprintOf(roots: readonly string[]): Promise<string> {
  const hash = createHash('sha1').update(`pagefind ${pagefindVersion()}\n`);
  const files: string[] = [];
  for (const root of roots) {
    for (const file of await filesUnder(root)) if (file.endsWith('.html')) files.push(path.join(root, file));
  }
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const bytes = await Promise.all(batch.map((file) => readFile(file)));
    for (const [j, file] of batch.entries()) hash.update(`${file}\n`).update(bytes[j] ?? '');
  }
  return hash.digest('hex');
}

/**
 * `to` becomes a copy of the tree `from`, made of hard links where the file system allows (10,000 index files:
 * 0.2 s instead of 2.8 s for copies). Safe because neither side is ever written in place: the index is
 * written into an emptied folder, and the cache is emptied before it takes a new index.
 */
async function linkTree(from: string, to: string): Promise<void> {
  const files = await filesUnder(from);
  for (const dir of new Set(files.map((file) => path.dirname(file))))
    await mkdir(path.join(to, dir), { recursive: true });
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(
      files.slice(i, i + BATCH).map(async (file) => {
        const [source, target] = [path.join(from, file), path.join(to, file)];
        await link(source, target).catch(() => copyFile(source, target));
      }),
    );
  }
}

export interface SearchIndexResult {
  /** Pages per index language, as Pagefind counted them. */
  pages: Record<string, number>;
  seconds: number;
  /** The entry pages were unchanged: the last index was copied from the cache. */
  copied: boolean;
}

/** Index `site` (a build's output folder) into `site/pagefind/`, or copy the last index when nothing changed. */
export async function buildSearchIndex(site: string, cacheDir = astroCacheDir()): Promise<SearchIndexResult> {
  const started = performance.now();
  const pages = searchPagesGlob(defaultLang);
  const roots = [entryPagesRoot(defaultLang), placePagesRoot(defaultLang)].map((root) => path.join(site, root));
  const output = path.join(site, 'pagefind');
  const cacheRoot = path.join(cacheDir, 'pagefind');
  const cached = path.join(cacheRoot, 'bundle');
  const fingerprintFile = path.join(cacheRoot, 'fingerprint');
  // With a cached index, the fingerprint decides whether to index at all; without one (a cold build), it is
  // computed while Pagefind indexes in its own process.
  const fingerprinting = fingerprintOf(roots);
  fingerprinting.catch(() => undefined);
  const hasCache = existsSync(cached) && existsSync(fingerprintFile);
  const copied = hasCache && (await readFile(fingerprintFile, 'utf8')) === (await fingerprinting);
  await rm(output, { recursive: true, force: true });
  if (copied) {
    await linkTree(cached, output);
  } else {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      const added = await index.addDirectory({ path: site, glob: pages });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
      if (added.page_count === 0) throw new Error(`Pagefind found no entry or place pages (${pages}) in ${site}`);
      const written = await index.writeFiles({ outputPath: output });
      if (written.errors.length > 0)
        throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    } finally {
      await pagefind.close();
    }
    await rm(cacheRoot, { recursive: true, force: true });
    await linkTree(output, cached);
    await writeFile(fingerprintFile, await fingerprinting);
  }
  const entry = JSON.parse(await readFile(path.join(output, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const counts = Object.fromEntries(
    Object.entries(entry.languages).map(([code, { page_count }]) => [code, page_count]),
  );
  return { pages: counts, seconds: (performance.now() - started) / 1000, copied };
}

/** The log line of an index (the benchmark cuts the build's steps at it: `search index of … in N s`). */
export function searchIndexLine(result: SearchIndexResult): string {
  const perLanguage = Object.entries(result.pages).map(([code, count]) => `${code}: ${String(count)}`);
  const copied = result.copied ? ' (entry and place pages unchanged: copied from the cache)' : '';
  return `[buurtpodium:search-index] search index of ${perLanguage.join(', ')} entry and place pages in ${result.seconds.toFixed(1)} s${copied}`;
}
