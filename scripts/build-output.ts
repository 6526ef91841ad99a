/**
 * The output folder kept in place between builds of `npm run build` (scripts/build.ts), so a rebuild neither
 * deletes every page of the last build nor copies them back from Astro's incremental-build cache.
 *
 * Without this, `astro build` empties the output folder first (40,000 files at 10,000 entries: ~10 s), then
 * copies every page whose cache key is unchanged from its cache (`<cacheDir>/dist/`, 30,000 copies: ~27 s).
 * Astro leaves a page that already exists in the output folder as it is when the page may be skipped (its
 * route's code and cache key unchanged: `canSkip` in astro/dist/core/build/generate.js), so:
 * 1. `prepareOutput()`, before `astro build`: the pages of the last successful build stay where they are, if
 *    nothing changed them since (size and modification time, recorded in a stamp at the end of that build, and
 *    Astro's manifest of that build unchanged); everything else in the folder (assets, feeds, data files, the
 *    search index, /admin, a page changed by hand) is removed, as Astro would have. Without a valid stamp (a
 *    cold build, a failed one, another output folder) the folder is emptied and Astro restores from its cache.
 * 2. `astro build`, told (`BUURTPODIUM_OUTPUT_PREPARED`) not to empty the folder (src/integrations/keep-output.ts):
 *    it renders the pages whose key changed over the old files and leaves the others.
 * 3. `removeStalePages()`, right after `astro build` (before the search index reads the pages): the pages the
 *    last build had and this one does not (an entry removed or renamed, a facet page gone) are removed, with
 *    the folders they leave empty; `recordOutput()`, at the end of the whole build, writes this build's stamp.
 * The result is the folder a cold build makes of the same content, file for file (tests/build/incremental.test.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readFile, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Astro's manifest of the incremental build, in the cache folder (astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';
/** Our record of the pages the last successful build left in the output folder. */
const STAMP = 'output-in-place.json';
const STAMP_VERSION = 1;
/** The folders, in the cache folder, that what is taken out of the output folder is moved into. */
const TRASH = 'output-removed-';

interface Stamp {
  version: number;
  /** The output folder, absolute. */
  outDir: string;
  /** SHA-1 of Astro's manifest as that build wrote it. */
  manifest: string;
  /** Page file (relative to the output folder, `/` separated) → [size, modification time in ms]. */
  pages: Record<string, [number, number]>;
}

interface Manifest {
  routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

/** The page files Astro's manifest records (relative to the output folder) and the manifest's hash. */
async function manifestOf(cacheDir: string): Promise<{ hash: string; pages: Set<string> } | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(cacheDir, MANIFEST));
  } catch {
    return undefined;
  }
  const pages = new Set<string>();
  try {
    const manifest = JSON.parse(bytes.toString('utf8')) as Manifest;
    for (const route of Object.values(manifest.routes ?? {})) {
      for (const entry of Object.values(route.paths ?? {})) {
        // Astro records the path URL-encoded, relative to the output folder.
        if (entry.outputFile) pages.add(decodeURI(entry.outputFile));
      }
    }
  } catch {
    return undefined;
  }
  return { hash: createHash('sha1').update(bytes).digest('hex'), pages };
}

async function readStamp(cacheDir: string): Promise<Stamp | undefined> {
  try {
    const stamp = JSON.parse(await readFile(path.join(cacheDir, STAMP), 'utf8')) as Stamp;
    return stamp.version === STAMP_VERSION ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/** Files or folders handled at once: many small file-system calls in flight, not tens of thousands. */
const BATCH = 256;

async function inBatches<T>(items: readonly T[], each: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) await Promise.all(items.slice(i, i + BATCH).map(each));
}

export interface PreparedOutput {
  /** The pages left in place for Astro (relative to the output folder), with their size and modification time. */
  kept: ReadonlyMap<string, readonly [number, number]>;
  /** Files and folders removed (a folder counts once). */
  removed: number;
  /** The removal of what was taken out, finishing in the background; await it before the process ends. */
  cleared: Promise<void>;
}

/**
 * Make the output folder ready for `astro build` without emptying it (see above). What is taken out is moved
 * into a folder of its own in the cache folder (one rename per file or whole folder) and deleted in the
 * background, while Astro builds.
 */
export async function prepareOutput(outDir: string, cacheDir: string): Promise<PreparedOutput> {
  const stamp = await readStamp(cacheDir);
  // A build that fails from here on leaves no stamp: the next one starts from an empty folder.
  await rm(path.join(cacheDir, STAMP), { force: true });
  const manifest = stamp ? await manifestOf(cacheDir) : undefined;
  const valid = stamp?.outDir === outDir && manifest?.hash === stamp.manifest;
  const recorded = new Map(valid ? Object.entries(stamp.pages) : []);
  // Every folder that holds a recorded page, so a folder without one goes at once.
  const holders = new Set<string>();
  for (const page of recorded.keys()) {
    for (let dir = path.posix.dirname(page); dir !== '.'; dir = path.posix.dirname(dir)) holders.add(dir);
  }

  await mkdir(cacheDir, { recursive: true });
  // What a build that was stopped left behind.
  for (const name of await readdir(cacheDir)) {
    if (name.startsWith(TRASH)) await rm(path.join(cacheDir, name), { recursive: true, force: true });
  }
  const trash = await mkdtemp(path.join(cacheDir, TRASH));
  let removed = 0;
  const takeOut = async (full: string) => {
    removed += 1;
    // Another file system (no rename across it): delete in place.
    await rename(full, path.join(trash, String(removed))).catch(() => rm(full, { recursive: true, force: true }));
  };
  const kept = new Map<string, readonly [number, number]>();
  const visit = async (dir: string, relative: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    await inBatches(entries, async (entry) => {
      const full = path.join(dir, entry.name);
      const key = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (holders.has(key)) await visit(full, key);
        else await takeOut(full);
        return;
      }
      const expected = recorded.get(key);
      const info = expected && entry.isFile() ? await lstat(full) : undefined;
      if (expected && info?.size === expected[0] && info.mtimeMs === expected[1]) {
        kept.set(key, expected);
      } else {
        await takeOut(full);
      }
    });
  };
  if (existsSync(outDir)) await visit(outDir, '');
  const cleared = rm(trash, { recursive: true, force: true });
  cleared.catch(() => undefined);
  return { kept, removed, cleared };
}

/**
 * After `astro build` succeeded, before anything reads the pages (the search index): remove the pages left in
 * place that this build no longer makes (untouched since: the same size and modification time), and the folders
 * that leaves empty. Returns how many pages were removed.
 */
export async function removeStalePages(
  outDir: string,
  cacheDir: string,
  kept: ReadonlyMap<string, readonly [number, number]>,
): Promise<number> {
  const manifest = await manifestOf(cacheDir);
  let stale = 0;
  // One at a time: two pages of one folder must not both find it not empty, or both remove it.
  for (const [page, [size, mtime]] of kept) {
    if (manifest?.pages.has(page)) continue;
    const full = path.join(outDir, page);
    const info = await lstat(full).catch(() => undefined);
    if (info?.size !== size || info.mtimeMs !== mtime) continue;
    await rm(full);
    stale += 1;
    for (let dir = path.dirname(full); dir.startsWith(outDir + path.sep); dir = path.dirname(dir)) {
      if ((await readdir(dir)).length > 0) break;
      await rmdir(dir);
    }
  }
  return stale;
}

/** At the end of a successful build: record its pages (size, modification time) for the next build. */
export async function recordOutput(outDir: string, cacheDir: string): Promise<void> {
  const manifest = await manifestOf(cacheDir);
  if (!manifest) return;
  const pages: Stamp['pages'] = {};
  await inBatches([...manifest.pages], async (page) => {
    const info = await stat(path.join(outDir, page)).catch(() => undefined);
    if (info?.isFile()) pages[page] = [info.size, info.mtimeMs];
  });
  const stamp: Stamp = { version: STAMP_VERSION, outDir, manifest: manifest.hash, pages };
  await writeFile(path.join(cacheDir, STAMP), JSON.stringify(stamp));
}
