/**
 * The list page's script (src/client/list/) ships to the browser: it may import its own modules and the pure
 * modules it shares with the build (the facet rules, the data format), never build-time code (the catalog,
 * content, Node or Astro modules), which would bloat or break the bundle. Type-only imports vanish and are free.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const clientDir = path.resolve('src/client/list');
/** Modules outside src/client/ the script may import at run time, each pure and importing nothing at run time. */
const shared = ['src/client/handed.ts', 'src/i18n/format.ts', 'src/lib/core/facets.ts', 'src/lib/core/list-format.ts'].map(
  (file) => path.resolve(file),
);

/** The specifiers a module imports at run time (`import type` and `export type` left out). */
function runtimeImports(source: string): string[] {
  const specifiers: string[] = [];
  const pattern = /^\s*(?:import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(pattern)) if (!match[1] && match[2]) specifiers.push(match[2]);
  return specifiers;
}

/** Every module the entry reaches at run time, and the bare or node: specifiers on the way. */
function reach(entry: string): { modules: Set<string>; external: string[] } {
  const modules = new Set<string>();
  const external: string[] = [];
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const specifier of runtimeImports(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier));
      else external.push(`${path.relative('.', file)}: ${specifier}`);
    }
  };
  visit(entry);
  return { modules, external };
}

test('the import check sees run-time imports and skips type-only ones', () => {
  const source =
    "import type { A } from './a.ts';\nimport { b } from './b.ts';\nimport './c.ts';\nexport { d } from './d.ts';";
  expect(runtimeImports(source)).toEqual(['./b.ts', './c.ts', './d.ts']);
});

test('the list script imports only its own modules and the shared pure ones', () => {
  const entries = readdirSync(clientDir).filter((file) => file.endsWith('.ts'));
  expect(entries).toContain('main.ts');
  for (const entry of entries) {
    const { modules, external } = reach(path.join(clientDir, entry));
    const outside = [...modules].filter(
      (file) => !file.startsWith(`${clientDir}${path.sep}`) && !shared.includes(file),
    );
    expect(
      outside.map((file) => path.relative('.', file)),
      entry,
    ).toEqual([]);
    expect(external, entry).toEqual([]);
  }
  const { modules } = reach(path.join(clientDir, 'main.ts'));
  expect([...modules].filter((file) => shared.includes(file)).sort()).toEqual([...shared].sort());
});
