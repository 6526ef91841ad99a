/**
 * Builds of small fixture sites: aliases become redirect pages in both
 * languages; awkward values (commas, quotes, newlines, diacritics) survive the
 * CSV export exactly; every page, redirect pages included, is valid HTML; and
 * bad collections or colliding aliases stop the build with the same lines
 * check:content prints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/build/content-files.ts';
import { formatProblem } from '../../src/schema/report.ts';
import { buildSite, type FixtureBuild } from '../support/build-site.ts';
import { checkHtmlFiles } from '../support/html-validity.ts';

describe('a fixture site with aliases, awkward values and a collection', () => {
  let build: FixtureBuild | undefined;
  const file = (sitePath: string) => readFileSync(path.join(build?.dist ?? '', sitePath), 'utf8');

  beforeAll(async () => {
    build = await buildSite('tests/fixtures/collections');
    expect(build.failure, 'the build failed').toBeUndefined();
  }, 120_000);
  afterAll(() => {
    build?.remove();
  });

  test('every alias is a redirect page in both languages: meta refresh, canonical, a link', () => {
    for (const alias of ['koffiehoek-oud', 'cafe-verbinding']) {
      for (const [old, target, lang] of [
        [`/initiatief/${alias}/`, '/initiatief/cafe-de-verbinding/', 'nl'],
        [`/en/initiative/${alias}/`, '/en/initiative/cafe-de-verbinding/', 'en'],
      ] as const) {
        const root = parse(file(`${old}index.html`));
        expect(root.querySelector('html')?.getAttribute('lang')).toBe(lang);
        expect(root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${target}`);
        expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`${target}$`));
        expect(root.querySelector('main a')?.getAttribute('href')).toBe(target);
        expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      }
    }
  });

  test('every page is valid HTML, the redirect pages and the awkward values among them', async () => {
    const pages = readdirSync(build?.dist ?? '', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => path.join(entry.parentPath, entry.name));
    expect(pages.some((page) => page.includes(`${path.sep}koffiehoek-oud${path.sep}`))).toBe(true);
    const errors = await checkHtmlFiles(pages);
    expect(errors.length, `${String(errors.length)} errors:\n${errors.join('\n')}\n`).toBe(0);
  });

  test('the CSV keeps commas, quotes, newlines and diacritics exactly', () => {
    const rows = Papa.parse<Record<string, string>>(file('initiatieven.csv'), { header: true, newline: '\r\n' });
    expect(rows.errors).toEqual([]);
    const cafe = rows.data.find((row) => row.slug === 'cafe-de-verbinding');
    expect(cafe).toMatchObject({
      title: 'Café "De Verbinding", Zuid',
      summary:
        'Koffie, thee en een praatje: in één zin met komma\'s, "aanhalingstekens" en een café met één trema (geëmigreerd).',
      strategyNote: 'Buren uit de flat, nieuwkomers en oudere bewoners.\nEen tweede regel, met een komma.',
      actors: 'business: Café "De Verbinding"; residents',
      municipality: "'s-Hertogenbosch",
      neighbourhood: 'Zuid, bij het plein',
      lat: '51.69',
      lng: '5.3',
      sources: 'Jansen & Zn., 2024, Een bron, met een komma, https://example.org/bron?a=1&b=2',
      contactName: 'Stichting Verbinding',
      contactEmail: '',
      aliases: 'koffiehoek-oud; cafe-verbinding',
      published: '2025-03-01',
    });
    expect(rows.data.find((row) => row.slug === 'open-tuin')?.contactEmail).toBe('tuin@example.org');
  });

  test('the collection resolves its alias reference and adds the rule’s matches after the curated items', () => {
    const root = parse(file('collecties/gemengd/index.html'));
    const hrefs = root.querySelectorAll('.collection-items > .item h3 a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/initiatief/open-tuin/', '/initiatief/cafe-de-verbinding/', '/initiatief/reading-table/']);
    expect(root.querySelector('.curator img')?.getAttribute('alt')).toBe('Gemeente Voorbeeld');
    const en = parse(file('en/collections/gemengd/index.html'));
    // The English page marks the two Dutch entries with their language; the English one needs no mark.
    const langs = en
      .querySelectorAll('.collection-items > .item article')
      .map((article) => article.getAttribute('lang'));
    expect(langs).toEqual(['nl', 'nl', undefined]);
  });
});

test('a missing initiative, wrong ids and a colliding alias stop the build with every problem check:content lists', async () => {
  const root = 'tests/fixtures/bad-collections';
  const expected = (await checkContent(root)).problems.map(formatProblem);
  expect(expected.length).toBe(4);
  const build = await buildSite(root);
  build.remove();
  expect(build.failure, 'the build should have failed').toBeDefined();
  expect(build.failure).toContain(`The content has ${expected.length} problem(s)`);
  for (const line of expected) expect(build.failure).toContain(line);
}, 120_000);
