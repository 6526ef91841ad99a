/**
 * Code a newcomer can read: no function in src/ over 80 lines, no module over 400 lines (vocabulary data
 * excepted), no component over 400 lines apart from its styles. Functions are found with TypeScript's parser
 * (declarations, methods, arrow functions and function expressions, nested ones counted on their own too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

const MAX_FUNCTION = 80;
const MAX_FILE = 400;
/** Data tables, not logic: the vocabularies and the CBS list of municipalities. */
const data = new Set(['src/taxonomy/index.ts', 'src/taxonomy/municipality-list.ts']);

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name).split(path.sep).join('/'));
}

/** Every function of a module with its length in lines, as `file:line name`. */
function functionLengths(file: string, text: string): { at: string; lines: number }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: { at: string; lines: number }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isArrowFunction(node) ||
      ts.isFunctionExpression(node)
    ) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = 'name' in node && node.name ? node.name.getText() : '(anonymous)';
      found.push({ at: `${file}:${String(start + 1)} ${name}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const modules = filesUnder('src', /\.(ts|mjs)$/);

test('the check sees functions: a long one is found, with its place', () => {
  const long = `export function long() {\n${'  work();\n'.repeat(90)}}\nconst short = () => 1;\n`;
  expect(functionLengths('x.ts', long)).toEqual([
    { at: 'x.ts:1 long', lines: 92 },
    { at: 'x.ts:93 (anonymous)', lines: 1 },
  ]);
  expect(modules.length).toBeGreaterThan(100);
});

test(`no function in src/ is longer than ${String(MAX_FUNCTION)} lines`, () => {
  const long = modules
    .flatMap((file) => functionLengths(file, readFileSync(file, 'utf8')))
    .filter(({ lines }) => lines > MAX_FUNCTION)
    .map(({ at, lines }) => `${at}: ${String(lines)} lines`);
  expect(long).toEqual([]);
});

test(`no module in src/ is longer than ${String(MAX_FILE)} lines, vocabulary data apart`, () => {
  const long = modules
    .filter((file) => !data.has(file))
    .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length }))
    .filter(({ lines }) => lines > MAX_FILE);
  expect(long).toEqual([]);
});

test(`no component is longer than ${String(MAX_FILE)} lines apart from its styles`, () => {
  const long = filesUnder('src', /\.astro$/)
    .map((file) => ({
      file,
      lines: readFileSync(file, 'utf8')
        .replace(/<style[\s\S]*?<\/style>/g, '')
        .split('\n').length,
    }))
    .filter(({ lines }) => lines > MAX_FILE);
  expect(long).toEqual([]);
});
