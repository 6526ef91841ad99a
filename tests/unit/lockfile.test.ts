/**
 * package-lock.json must hold every platform's optional binaries (Pagefind's, Rolldown's, esbuild's …): a lockfile
 * written by `npm install` over an existing node_modules keeps only this machine's, and then `npm ci` refuses it and
 * a fresh `npm install` rewrites it. Regenerate it with `rm package-lock.json && npm install --package-lock-only` on
 * a tree without node_modules (README, "Dependencies").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};

/** The optional dependencies of each locked package that no folder of the lockfile provides (npm's lookup: nested, then up). */
function missingOptional(packages: Record<string, LockEntry>): string[] {
  const missing: string[] = [];
  for (const [location, entry] of Object.entries(packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      let dir = location;
      let found = false;
      for (;;) {
        if (`${dir === '' ? '' : `${dir}/`}node_modules/${name}` in packages) {
          found = true;
          break;
        }
        if (dir === '') break;
        const up = dir.lastIndexOf('/node_modules/');
        dir = up === -1 ? '' : dir.slice(0, up);
      }
      if (!found) missing.push(`${location || '(root)'} → ${name}`);
    }
  }
  return missing;
}

describe('package-lock.json', () => {
  it('is a version 3 lockfile', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it("holds every optional dependency for every platform, e.g. Pagefind's binaries for macOS and Windows", () => {
    expect(Object.keys(lock.packages)).toEqual(
      expect.arrayContaining(['node_modules/@pagefind/darwin-arm64', 'node_modules/@pagefind/windows-x64']),
    );
    expect(missingOptional(lock.packages)).toEqual([]);
  });

  it('the check sees a platform binary that a trimmed lockfile lacks', () => {
    const trimmed = { ...lock.packages };
    delete trimmed['node_modules/@pagefind/darwin-arm64'];
    expect(missingOptional(trimmed)).toContain('node_modules/pagefind → @pagefind/darwin-arm64');
  });
});
