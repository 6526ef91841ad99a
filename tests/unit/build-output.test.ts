/**
 * The output folder kept in place between builds (scripts/build-output.ts), on a made-up output folder and
 * manifest: what stays for Astro, what goes, and what a finished build removes and records.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareOutput, recordOutput, removeStalePages } from '../../scripts/build-output.ts';

let root = '';
let out = '';
let cache = '';

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
  writeFileSync(path.join(out, file), text);
};
/** Astro's manifest of the incremental build, recording these pages. */
const manifest = (pages: readonly string[]) => {
  mkdirSync(cache, { recursive: true });
  const paths = Object.fromEntries(pages.map((page) => [`/${page}`, { cacheKey: 'k', outputFile: page }]));
  writeFileSync(
    path.join(cache, 'incremental-build.json'),
    JSON.stringify({ version: 1, routes: { 'a.astro': { paths } } }),
  );
};
const exists = (file: string) => existsSync(path.join(out, file));

/** A finished build: pages a and b/c and an asset, its manifest, then its stamp. */
async function lastBuild(): Promise<void> {
  write('index.html', 'home');
  write('a/index.html', 'a');
  write('b/c/index.html', 'c');
  write('_astro/site.css', 'css');
  write('pagefind/pagefind.js', 'js');
  manifest(['index.html', 'a/index.html', 'b/c/index.html']);
  await recordOutput(out, cache);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'bp-output-'));
  out = path.join(root, 'dist');
  cache = path.join(root, 'cache');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('prepareOutput', () => {
  it('without a stamp (a cold build) takes everything out', async () => {
    write('index.html', 'home');
    write('a/index.html', 'a');
    const prepared = await prepareOutput(out, cache);
    await prepared.cleared;
    expect(prepared.kept.size).toBe(0);
    expect(exists('index.html') || exists('a')).toBe(false);
  });

  it("keeps the last build's pages, takes out everything else and any page changed since", async () => {
    await lastBuild();
    writeFileSync(path.join(out, 'a/index.html'), 'changed by hand');
    const prepared = await prepareOutput(out, cache);
    await prepared.cleared;
    expect([...prepared.kept.keys()].sort()).toEqual(['b/c/index.html', 'index.html']);
    expect(exists('index.html') && exists('b/c/index.html')).toBe(true);
    expect(exists('a/index.html') || exists('_astro') || exists('pagefind')).toBe(false);
    // The stamp is gone until the build finishes: a build that fails leaves the next one an empty folder.
    expect(existsSync(path.join(cache, 'output-in-place.json'))).toBe(false);
  });

  it('keeps nothing when the manifest is not the one the stamp was written with, or the folder is another', async () => {
    await lastBuild();
    manifest(['index.html']);
    expect((await prepareOutput(out, cache)).kept.size).toBe(0);
    rmSync(root, { recursive: true, force: true });
    await lastBuild();
    // The same pages, sizes and times under another name (a rename keeps them): only the folder differs.
    const other = path.join(root, 'other');
    renameSync(out, other);
    expect((await prepareOutput(other, cache)).kept.size).toBe(0);
  });
});

describe('removeStalePages and recordOutput', () => {
  it('removes the kept pages this build no longer makes, with their empty folders, and records the rest', async () => {
    await lastBuild();
    const prepared = await prepareOutput(out, cache);
    await prepared.cleared;
    // This build makes the home page again (rewritten) and a new page; a/ and b/c/ no longer.
    write('index.html', 'home, new');
    utimesSync(path.join(out, 'index.html'), new Date(), new Date(Date.now() + 5000));
    write('d/index.html', 'd');
    manifest(['index.html', 'd/index.html']);
    expect(await removeStalePages(out, cache, prepared.kept)).toBe(2);
    await recordOutput(out, cache);
    expect(exists('a') || exists('b')).toBe(false);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('home, new');
    const stamp = JSON.parse(readFileSync(path.join(cache, 'output-in-place.json'), 'utf8')) as {
      pages: Record<string, unknown>;
    };
    expect(Object.keys(stamp.pages).sort()).toEqual(['d/index.html', 'index.html']);
    expect([...(await prepareOutput(out, cache)).kept.keys()].sort()).toEqual(['d/index.html', 'index.html']);
  });

  it('leaves a page it did not remove when the build wrote it again', async () => {
    await lastBuild();
    const prepared = await prepareOutput(out, cache);
    write('a/index.html', 'now made by a route without a cache key');
    utimesSync(path.join(out, 'a/index.html'), new Date(), new Date(Date.now() + 5000));
    manifest(['index.html']);
    expect(await removeStalePages(out, cache, prepared.kept)).toBe(1);
    expect(exists('a/index.html')).toBe(true);
    expect(exists('b')).toBe(false);
  });
});
