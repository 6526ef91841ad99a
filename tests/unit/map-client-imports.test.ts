/**
 * The map page's script imports no build-time code: following every import (not `import type`, which
 * disappears) from the modules in src/client/map/, nothing reaches `astro:*`, `node:*`, Astro itself, an
 * .astro file, the site config or a folder that only the build uses. The same walk from lib/build/content.ts does
 * reach build-time code, so the walk finds what it looks for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const clientDir = path.join(root, 'src/client/map');

/** Specifiers of the imports that stay in the bundle: static, re-exports, dynamic, and workers. */
function valueImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of code.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    if (!match[2] && match[3]) found.push(match[3]);
  }
  for (const match of code.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) if (match[1]) found.push(match[1]);
  for (const match of code.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) if (match[1]) found.push(match[1]);
  for (const match of code.matchAll(/new URL\(\s*['"](\.[^'"]+)['"],\s*import\.meta\.url/g)) {
    if (match[1]) found.push(match[1]);
  }
  return found;
}

const buildOnly = [
  'src/pages/',
  'src/views/',
  'src/components/',
  'src/layouts/',
  'src/schema/',
  'src/cms/',
  'src/integrations/',
];
const buildOnlyFiles = ['src/site.config.ts', 'src/content.config.ts', 'src/lib/build/content.ts'];

/** Everything the modules reach, and what of it is build-time code (`from → import`). */
function walk(entries: string[]): { reached: Set<string>; problems: string[] } {
  const reached = new Set<string>();
  const problems: string[] = [];
  const queue = [...entries];
  for (let file = queue.shift(); file; file = queue.shift()) {
    const relative = path.relative(root, file);
    if (reached.has(relative)) continue;
    reached.add(relative);
    if (buildOnly.some((dir) => relative.startsWith(dir)) || buildOnlyFiles.includes(relative)) {
      problems.push(`${relative} is build-time code`);
    }
    if (!/\.[cm]?[jt]s$/.test(file)) continue;
    for (const specifier of valueImports(file)) {
      if (/^(astro:|node:|astro$|astro\/)/.test(specifier) || specifier.endsWith('.astro')) {
        problems.push(`${relative} → ${specifier}`);
      } else if (specifier.startsWith('.')) {
        queue.push(path.resolve(path.dirname(file), specifier));
      }
    }
  }
  return { reached, problems };
}

const clientModules = readdirSync(clientDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => path.join(clientDir, name));

describe("the map page's script", () => {
  test('reaches no build-time code', () => {
    expect(clientModules.length).toBeGreaterThan(5);
    expect(walk(clientModules).problems).toEqual([]);
  });

  test('shares the pure modules with the build, and nothing more of src/lib', () => {
    const shared = [...walk(clientModules).reached].filter((file) => !file.startsWith('src/client/')).sort();
    expect(shared).toEqual([
      'src/i18n/format.ts',
      'src/lib/core/facets.ts',
      'src/lib/core/map-filters.ts',
      'src/lib/core/map-page.ts',
      'src/taxonomy/netherlands.ts',
    ]);
  });
});

test('the walk finds build-time code where there is some', () => {
  expect(walk([path.join(root, 'src/lib/build/content.ts')]).problems).toContain('src/lib/build/content.ts is build-time code');
  expect(walk([path.join(root, 'src/lib/build/content.ts')]).problems.some((p) => p.includes('→ astro:content'))).toBe(true);
});
