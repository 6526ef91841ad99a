/**
 * The HTML check that tests/build/html-valid.test.ts runs over dist/ can fail: with the repository's configuration
 * (`.htmlvalidate.json` and the plugin in scripts/html-validate-rules.ts) it reports malformed HTML as
 * `file:line:column rule message (selector)`, including the two errors a reader found on the contribution form (an empty
 * option, a named plain div) that html-validate's own rules let pass, and it accepts what the site does on purpose.
 */
import { describe, expect, test } from 'vitest';
import { checkHtml, htmlValidator } from '../support/html-validity.ts';

const validator = htmlValidator();
const file = 'tests/fixtures/html/page.html';

/** A complete, valid page around `body` (inside <main>). */
const page = (body: string, head = '') =>
  [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    `<head><meta charset="utf-8"><title>Proef</title>${head}</head>`,
    '<body>',
    '<main>',
    '<h1>Proef</h1>',
    body,
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');

const check = (html: string) => checkHtml(html, file, validator);
/** The rules of the errors, in order. */
const rules = async (html: string) => (await check(html)).map((line) => line.split(' ')[1]);

test('a valid page has no errors', async () => {
  expect(await check(page('<p>Hallo.</p>'))).toEqual([]);
});

describe('malformed HTML is reported, one line per error', () => {
  test('a duplicate id, with file, line, column, rule, message and the element', async () => {
    expect(await check(page('<p id="a">Een.</p>\n<p id="a">Twee.</p>'))).toEqual([
      `${file}:8:8 no-dup-id Duplicate ID "a" (html > body > main > p:nth-child(3))`,
    ]);
  });

  test('an option without a label in a select (the contribution form had one in each actor row)', async () => {
    const html = page(
      '<label for="s">Soort</label>\n<select id="s" name="s"><option value=""></option><option>Bewoners</option></select>',
    );
    expect(await check(html)).toEqual([
      `${file}:8:26 buurtpodium/option-label <option> must have text or a label attribute (#s > option:nth-child(1))`,
    ]);
  });

  test('aria-labelledby on a plain div, also when it can take focus (the contribution form’s error summary)', async () => {
    const html = page('<div tabindex="-1" aria-labelledby="t"><h2 id="t">Nog niet compleet</h2></div>');
    expect(await rules(html)).toEqual(['buurtpodium/prohibited-aria-name']);
  });

  test('a form without a submit button, an empty link, misnested and misplaced elements', async () => {
    expect(await rules(page('<form><input type="checkbox" id="c" name="c"><label for="c">C</label></form>'))).toEqual([
      'wcag/h32',
    ]);
    expect(await rules(page('<p><a href="/x/"></a></p>'))).toEqual(['wcag/h30']);
    expect(await rules(page('<p><em>Schuin.</p></em>'))).toContain('close-order');
    expect(await rules(page('<ul><p>Geen item.</p></ul>'))).toEqual(['element-permitted-content']);
  });

  test('a script from another origin without integrity', async () => {
    expect(await rules(page('', '<script src="https://cdn.example.org/cms.js"></script>'))).toEqual(['require-sri']);
  });
});

describe('what the site does on purpose passes', () => {
  test('checkboxes of one filter share a name', async () => {
    const box = (value: string) =>
      `<input type="checkbox" id="f-${value}" name="theme" value="${value}"><label for="f-${value}">${value}</label>`;
    const html = page(`<form>${box('health')}${box('culture')}<button type="submit">Toon</button></form>`);
    expect(await check(html)).toEqual([]);
  });

  test('options of a datalist are only values; a placeholder option says what it means', async () => {
    const html = page(
      [
        '<label for="m">Gemeente</label><input type="text" id="m" name="m" list="l"><datalist id="l"><option value="Utrecht"></option></datalist>',
        '<label for="s">Soort</label><select id="s" name="s"><option value="">— kies —</option><option>Bewoners</option></select>',
      ].join('\n'),
    );
    expect(await check(html)).toEqual([]);
  });

  test('a title longer than 70 characters (an entry’s own title and the site’s name)', async () => {
    const html = page('<p>Hallo.</p>').replace('Proef</title>', `${'Lang '.repeat(20)}· Buurtpodium</title>`);
    expect(await check(html)).toEqual([]);
  });

  test('scripts and styles of the site itself, without integrity', async () => {
    const head = '<link rel="stylesheet" href="/_astro/Base.css"><script type="module" src="/_astro/page.js"></script>';
    expect(await check(page('<p>Hallo.</p>', head))).toEqual([]);
  });
});
