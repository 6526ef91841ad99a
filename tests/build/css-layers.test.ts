/**
 * The cascade layers come in one order on every page (src/styles/base.css: reset, tokens, base, components,
 * utilities), whatever order the bundler links a page's stylesheets in. A layer ranks by where it is first named,
 * so a stylesheet linked before the base one that names `components` first would rank the base styles above the
 * components' (the bundler once linked the pages' own stylesheet first). Read over the built pages: the layers in
 * the order a browser meets them, stylesheet after stylesheet.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { assertBuilt, dist, distFiles, page } from './dist.ts';

/** The order base.css states (its first rule); every other stylesheet with a layer states it again first. */
const statementOf = (css: string) =>
  /@layer\s+([\w\s,-]+);/
    .exec(css)?.[1]
    ?.split(',')
    .map((name) => name.trim());
const order = statementOf(readFileSync('src/styles/base.css', 'utf8')) ?? [];

/** The layer names in the order a browser first meets them in these stylesheets, read one after the other. */
function layersMet(stylesheets: readonly string[]): string[] {
  const met: string[] = [];
  for (const css of stylesheets) {
    for (const [, names = ''] of css.matchAll(/@layer\s+([\w\s,.-]+?)\s*[{;]/g))
      for (const name of names.split(',').map((part) => part.trim()))
        if (name !== '' && !met.includes(name)) met.push(name);
  }
  return met;
}

test('every stylesheet of src/styles that has a layer states the same order first (the copies cannot drift)', () => {
  expect(order).toEqual(['reset', 'tokens', 'base', 'components', 'utilities']);
  const layered = readdirSync('src/styles')
    .filter((name) => name.endsWith('.css'))
    .map((name) => ({ name, css: readFileSync(path.join('src/styles', name), 'utf8') }))
    .filter(({ css }) => /@layer\s+\w+\s*\{/.test(css));
  expect(layered.map(({ name }) => name)).toEqual(expect.arrayContaining(['base.css', 'form.css', 'tokens.css']));
  for (const { name, css } of layered) {
    const first = /@layer[^;{]*[;{]/.exec(css)?.[0] ?? '';
    expect(first.endsWith(';'), `${name} names a layer before stating the order`).toBe(true);
    expect(statementOf(css), name).toEqual(order);
  }
});

let pages: string[] = [];

beforeAll(() => {
  assertBuilt();
  pages = distFiles().filter((file) => file.endsWith('.html') && !file.startsWith('/admin/'));
});

/** The stylesheets a page links, in order, as text. */
const stylesheetsOf = (file: string): string[] =>
  page(file)
    .querySelectorAll('link[rel="stylesheet"]')
    .map((link) => link.getAttribute('href') ?? '')
    .filter((href) => href.startsWith('/'))
    .map((href) => readFileSync(path.join(dist, href), 'utf8'));

test('the reading: a stylesheet that names components first, linked first, puts components first', () => {
  const base = '@layer reset,tokens,base,components,utilities;@layer base{a{color:red}}';
  const component = '.x{color:blue}@layer components{.y{color:green}}';
  expect(layersMet([base, component])).toEqual(order);
  expect(layersMet([component, base])).toEqual(['components', 'reset', 'tokens', 'base', 'utilities']);
});

test('every page meets the layers in the order base.css names them', () => {
  let checked = 0;
  for (const file of pages) {
    const stylesheets = stylesheetsOf(file);
    if (stylesheets.length === 0) continue;
    expect(
      layersMet(stylesheets).filter((name) => order.includes(name)),
      file,
    ).toEqual(order);
    checked += 1;
  }
  // The real site has about 260 pages with stylesheets; far fewer means the test read almost nothing.
  expect(checked).toBeGreaterThan(200);
});
