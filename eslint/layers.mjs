/**
 * The layers of src/ (docs/architecture.md, "Layers"), lowest first, and the ESLint rule that holds code to them:
 * a module may import from its own layer and the layers below it, never from a layer above (a back-edge).
 * Client modules (src/client/, bundled for the browser) also import no build-time code: nothing that reaches
 * `astro:content`, `astro:assets` or Node's built-ins, directly or through the modules it imports.
 *
 * Plain JavaScript, so eslint.config.js can load it without a TypeScript step; tests/unit/layers.test.ts lints
 * real back-edges with it and checks the table against the folders of src/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

/**
 * The layers, lowest first: each entry names the folders (or root files) of src/ in that layer. src/lib is split by
 * audience into its own three layers: core (pure logic the browser may run too), present (texts and page data, also
 * for the CMS preview and the forms), build (only the build: the content collections, Node, the pages' headers).
 */
export const layers = [
  ['util'],
  ['taxonomy'],
  ['i18n'],
  ['schema'],
  ['site.config.ts'],
  ['lib/core'],
  ['lib/present'],
  ['lib/build'],
  ['client'],
  ['cms', 'integrations', 'components', 'styles'],
  ['layouts'],
  ['views'],
  ['pages', 'content.config.ts'],
];

/** The layer of each folder or root file of src/. */
export const rankOf = new Map(layers.flatMap((names, rank) => names.map((name) => [name, rank])));

const srcRoot = path.resolve(import.meta.dirname, '..', 'src');

/** Folders of src/ whose sub-folders are layers of their own. */
const splitFolders = new Set(['lib']);

/** The folder (or root file) of src/ that `file` lies in (`lib/core` for src/lib/core/…), or undefined outside src/. */
export function unitOf(file) {
  const relative = path.relative(srcRoot, path.resolve(file));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const [first = '', second] = relative.split(path.sep);
  return splitFolders.has(first) && second !== undefined ? `${first}/${second}` : first;
}

/** Folders whose code runs in the browser (client modules, the CMS bundle): lib/build is not for them. */
const browserUnits = new Set(['client', 'cms']);

/** Imports that only a build (or Node) can satisfy. */
const buildOnly = (specifier) =>
  specifier === 'astro:content' ||
  specifier === 'astro:assets' ||
  specifier.startsWith('node:') ||
  builtinModules.includes(specifier.split('/')[0] ?? '');

const importPattern =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*\(?\s*['"]([^'"]+)['"]/g;

/** The build-only import a module reaches (itself or through its relative imports), or undefined. */
function buildOnlyReach(file, seen = new Map()) {
  if (seen.has(file)) return seen.get(file);
  seen.set(file, undefined);
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  let found;
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2] ?? '';
    if (buildOnly(specifier)) found = `${path.relative(srcRoot, file)} imports ${specifier}`;
    else if (specifier.startsWith('.')) found = buildOnlyReach(path.resolve(path.dirname(file), specifier), seen);
    if (found) break;
  }
  seen.set(file, found);
  return found;
}

/** @type {import('eslint').Rule.RuleModule} */
const noUpwardImport = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Imports follow the layers of src/ (docs/architecture.md); client code imports no build-time code.',
    },
    schema: [],
    messages: {
      upward:
        '{{from}} (layer {{fromRank}}) may not import from {{to}} (layer {{toRank}}): a back-edge against the layers in docs/architecture.md. Move the shared code down, or invert the dependency.',
      unknown: '{{unit}} is in no layer: add it to the table in eslint/layers.mjs (and docs/architecture.md).',
      buildTime:
        'client code runs in the browser: it may not import build-time code ({{reach}}). Pass the data in, or move the pure part to a module without it.',
      buildLib:
        '{{from}} runs in the browser: it may not import {{specifier}} (lib/build is for the build only). Move the part it needs to lib/core or lib/present.',
    },
  },
  create(context) {
    // A <script> of an .astro file is linted as a virtual file inside it (Component.astro/1_1.ts).
    const file = context.filename.replace(/(\.astro)[\\/][^\\/]*$/, '$1');
    const from = unitOf(file);
    if (from === undefined) return {};
    const fromRank = rankOf.get(from);
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      if (fromRank === undefined) {
        context.report({ node, messageId: 'unknown', data: { unit: from } });
        return;
      }
      if (from === 'client') {
        const target = specifier.startsWith('.') ? path.resolve(path.dirname(file), specifier) : undefined;
        const reach = buildOnly(specifier) ? specifier : target ? buildOnlyReach(target) : undefined;
        if (reach) {
          context.report({ node, messageId: 'buildTime', data: { reach } });
          return;
        }
      }
      if (!specifier.startsWith('.')) return;
      const to = unitOf(path.resolve(path.dirname(file), specifier));
      if (to === undefined || to === from) return;
      if (browserUnits.has(from) && to === 'lib/build') {
        context.report({ node, messageId: 'buildLib', data: { from, specifier } });
        return;
      }
      const toRank = rankOf.get(to);
      if (toRank === undefined) {
        context.report({ node, messageId: 'unknown', data: { unit: to } });
        return;
      }
      if (toRank > fromRank)
        context.report({
          node,
          messageId: 'upward',
          data: { from, to, fromRank: String(fromRank), toRank: String(toRank) },
        });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export const layersPlugin = { rules: { 'no-upward-import': noUpwardImport } };
