/**
 * The layers of src/ are enforced by lint (eslint/layers.mjs): a back-edge (an import from a higher layer) and
 * build-time code in a client module fail `npm run lint`. Linted here as real code would be, through ESLint's API.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';
import { layers, layersPlugin, rankOf } from '../../eslint/layers.mjs';

/** ESLint with the layers rule alone (the project's typed rules need files that exist). */
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tseslint.parser },
      plugins: { layers: layersPlugin },
      rules: { 'layers/no-upward-import': 'error' },
    },
  ],
});

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(file) });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? ''}: ${message.message}`);
}

describe('the rule', () => {
  test('a back-edge fails: taxonomy importing lib, schema importing a component', async () => {
    expect(await problems('src/taxonomy/back-edge.ts', "import { x } from '../lib/core/similar.ts';\n")).toEqual([
      expect.stringMatching(/^layers\/no-upward-import: taxonomy \(layer 1\) may not import from lib \(layer 5\)/),
    ]);
    expect(await problems('src/schema/x.ts', "export * from '../components/Card.astro';\n")).toHaveLength(1);
    expect(await problems('src/lib/x.ts', "const v = await import('../views/AboutView.astro');\n")).toHaveLength(1);
  });

  test('imports from the same or a lower layer pass', async () => {
    const code = [
      "import { strategies } from '../taxonomy/index.ts';",
      "import { t } from '../i18n/index.ts';",
      "import { suggest } from '../util/suggest.ts';",
      "import { initiativeSchema } from '../schema/initiative.ts';",
      "import { similarEntries } from './similar.ts';",
      "import { z } from 'astro/zod';",
    ].join('\n');
    expect(await problems('src/lib/x.ts', code)).toEqual([]);
  });

  test('a client module may not reach build-time code, also through a module it imports', async () => {
    expect(await problems('src/client/x.ts', "import { getCollection } from 'astro:content';\n")).toHaveLength(1);
    expect(await problems('src/client/x.ts', "import { readFileSync } from 'node:fs';\n")).toHaveLength(1);
    // lib/build/content.ts imports astro:content itself.
    const [through] = await problems('src/client/x.ts', "import { x } from '../lib/build/content.ts';\n");
    expect(through).toMatch(/client code runs in the browser: .*lib\/content\.ts imports astro:content/);
    // A pure module is fine.
    expect(await problems('src/client/x.ts', "import { similarEntries } from '../lib/core/similar.ts';\n")).toEqual([]);
  });

  test('a folder of src/ in no layer is reported', async () => {
    expect(await problems('src/newfolder/x.ts', "import { t } from '../i18n/index.ts';\n")).toEqual([
      expect.stringMatching(/newfolder is in no layer/),
    ]);
  });
});

describe('the table', () => {
  test('every folder and root file of src/ has a layer, and the table names nothing that is not there', () => {
    const units = readdirSync('src').filter((name) => !name.endsWith('.d.ts'));
    expect(units.filter((name) => !rankOf.has(name))).toEqual([]);
    // Folders to come (client modules) may be named before they exist.
    expect(layers.flat().filter((name) => !units.includes(name) && name !== 'client')).toEqual([]);
  });

  test('the project lints src/ with it', async () => {
    const project = new ESLint({ cwd: process.cwd() });
    const config = (await project.calculateConfigForFile('src/taxonomy/index.ts')) as { rules?: object };
    expect(config.rules).toHaveProperty('layers/no-upward-import', [2]);
  });

  test('docs/architecture.md shows the same layers', () => {
    const docs = readFileSync('docs/architecture.md', 'utf8');
    const section = /## Layers\n([\s\S]*?)\n## /.exec(docs)?.[1] ?? '';
    const rows = section
      .split('\n')
      .filter((line) => /^\| \d+ /.test(line))
      .map((line) => line.split('|')[2]?.trim() ?? '');
    expect(rows).toEqual(layers.map((names) => names.map((name) => `\`${name}\``).join(', ')));
  });
});
