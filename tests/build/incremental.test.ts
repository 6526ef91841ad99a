/**
 * A rebuild after an edit makes the same site as a cold build of the edited content. `npm run build` keeps the
 * unchanged pages of the last build in place (scripts/build-output.ts), renders only the pages whose cache key
 * changed (lib/build/cache-keys.ts), reuses the CMS bundle and, when no entry or place page changed, the search index:
 * every one of these shortcuts must leave the output folder as a cold build would. A small synthetic corpus is
 * built, then edited (one entry's body and theme, so its pages, facet and list pages and the related blocks that
 * show it change; one entry moved to another municipality and one place edited, so area and place pages change;
 * one entry removed, so its pages must go; one added), rebuilt into the same folder with the same
 * cache, and compared file by file, every byte, with a cold build of the edited content; the same again after a
 * rebuild with no change.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entrySlug, generate, syntheticEntry } from '../../scripts/bench/generate.ts';
import { buildSite, type FixtureBuild } from '../support/build-site.ts';

/** Every file and folder below a folder, as paths relative to it (folders end in `/`), sorted. */
const treeOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((entry) => {
      const relative = path.relative(dir, path.join(entry.parentPath, entry.name));
      return entry.isDirectory() ? `${relative}/` : relative;
    })
    .sort();

/** The files of two folders that differ in bytes (both folders hold `files`). */
const differing = (a: string, b: string, files: readonly string[]) =>
  files
    .filter((file) => !file.endsWith('/'))
    .filter((file) => !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))));

const now = { BUURTPODIUM_NOW: '2026-12-01' };
const keptLine = /\[buurtpodium:output\] .*: (\d+) unchanged page\(s\) of the last build kept in place/;

describe('an incremental build after one entry is edited is byte-identical to a cold build', () => {
  let root = '';
  let incremental: FixtureBuild | undefined;
  let unchanged: FixtureBuild | undefined;
  let cold: FixtureBuild | undefined;
  let first: FixtureBuild | undefined;
  /** The output of the incremental build, before the rebuild without change replaced it. */
  let snapshot = '';

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'bp-incremental-'));
    snapshot = path.join(root, 'incremental-dist');
    await generate(30, root, () => undefined);
    first = await buildSite(root, now);
    const initiatives = path.join(root, 'initiatives');
    // One entry edited: a sentence more in its body, another theme (its facet pages change).
    const edited = path.join(initiatives, `${entrySlug(2)}.md`);
    const text = readFileSync(edited, 'utf8').replace(/^themes: \[.*\]$/m, 'themes: [health, safety]');
    writeFileSync(edited, `${text}\nBewerkt voor de test: deze zin kwam er later bij.\n`);
    // One entry moved into the municipality of another (that area's pages must show both), and one place renamed
    // (its page and the area pages that list it change). At 30 entries every municipality has one entry.
    const movedFile = path.join(initiatives, `${entrySlug(3)}.md`);
    const movedTo = syntheticEntry(4).municipality?.name ?? 'Nijmegen';
    writeFileSync(
      movedFile,
      readFileSync(movedFile, 'utf8').replace(/^municipality: .*$/m, `municipality: ${JSON.stringify(movedTo)}`),
    );
    const placeFile = path.join(root, 'places', readdirSync(path.join(root, 'places')).sort()[0] ?? '');
    writeFileSync(placeFile, readFileSync(placeFile, 'utf8').replace(/^title: (.*)$/m, 'title: "Hernoemde plek"'));
    // One removed (no collection lists it), one added.
    unlinkSync(path.join(initiatives, `${entrySlug(30)}.md`));
    writeFileSync(path.join(initiatives, `${entrySlug(31)}.md`), syntheticEntry(31).text);
    incremental = await first.rebuild(now);
    cpSync(incremental.dist, snapshot, { recursive: true });
    unchanged = await first.rebuild(now);
    cold = await buildSite(root, now);
  }, 600_000);
  afterAll(() => {
    // `first` is the folder every rebuild wrote into.
    first?.remove();
    cold?.remove();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('all builds succeed', () => {
    expect(first?.failure).toBeUndefined();
    expect(incremental?.failure).toBeUndefined();
    expect(unchanged?.failure).toBeUndefined();
    expect(cold?.failure).toBeUndefined();
  });

  it('the rebuilds take the shortcuts: pages left in place, unchanged pages not rendered again', () => {
    expect(Number(keptLine.exec(first?.output ?? '')?.[1])).toBe(0);
    expect(Number(keptLine.exec(incremental?.output ?? '')?.[1])).toBeGreaterThan(100);
    // The removed entry's pages (both languages, and facet pages no entry is on any more) are taken away.
    expect(incremental?.output).toMatch(/\[buurtpodium:output\] [1-9]\d* page\(s\) this build no longer makes removed/);
    // The edited entry is rendered again, an entry it does not touch is left as it was.
    expect(incremental?.output).toMatch(new RegExp(`├─ /initiatief/${entrySlug(2)}/index\\.html \\(\\+`));
    expect(incremental?.output).toMatch(new RegExp(`├─ /initiatief/${entrySlug(31)}/index\\.html \\(\\+`));
    // Pages the edits do not reach stay as they were: the keys are narrow enough (an entry page whose related entries
    // are untouched, the page of a municipality none of the edits is in).
    expect(incremental?.output).toMatch(/├─ \/initiatief\/[^/]+\/index\.html \(cached\)/);
    expect(incremental?.output).toMatch(/├─ \/gebieden\/[^/]+\/index\.html \(cached\)/);
    expect(unchanged?.output).toMatch(new RegExp(`├─ /initiatief/${entrySlug(2)}/index\\.html \\(cached\\)`));
    expect(unchanged?.output).toMatch(/entry and place pages unchanged: copied from the cache/);
    expect(unchanged?.output).toMatch(/\/admin bundle .* reused/);
  });

  it.each([
    ['after one entry is edited', () => snapshot],
    ['then again without change', () => first?.dist ?? ''],
  ])('the rebuild %s has the files and folders of the cold build, every file the same bytes', (_, output) => {
    const [a, b] = [cold?.dist ?? '', output()];
    const tree = treeOf(a);
    for (const page of [
      `initiatief/${entrySlug(2)}/index.html`,
      `en/initiative/${entrySlug(31)}/index.html`,
      'initiatieven/thema/health/index.html',
      'pagefind/pagefind-entry.json',
      '_headers',
    ]) {
      expect(tree, page).toContain(page);
    }
    expect(tree).not.toContain(`initiatief/${entrySlug(30)}/`);
    expect(treeOf(b)).toEqual(tree);
    expect(differing(a, b, tree)).toEqual([]);
  });
});
