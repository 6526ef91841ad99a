/**
 * Builds of small fixture sites: aliases become redirect pages in both
 * languages; awkward values (commas, quotes, newlines, diacritics) survive the
 * CSV export exactly; and bad collections or colliding aliases stop the build
 * with the same lines check:content prints.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-files.ts';
import { formatProblem } from '../../src/schema/report.ts';

const run = promisify(execFile);

async function build(root: string): Promise<{ outDir: string; output?: string }> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'bp-collections-build-'));
  const env = {
    ...process.env,
    BUURTPODIUM_CONTENT_DIR: root,
    BUURTPODIUM_CACHE_DIR: path.join(outDir, '.cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  try {
    await run('npx', ['astro', 'build', '--outDir', path.join(outDir, 'dist')], { env, maxBuffer: 32 * 1024 * 1024 });
    return { outDir };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { outDir, output: `${failure.stdout ?? ''}\n${failure.stderr ?? ''}` };
  }
}

describe('a fixture site with aliases, awkward values and a collection', () => {
  let outDir = '';
  const file = (sitePath: string) => readFileSync(path.join(outDir, 'dist', sitePath), 'utf8');

  beforeAll(async () => {
    const result = await build('tests/fixtures/collections');
    outDir = result.outDir;
    expect(result.output, 'the build failed').toBeUndefined();
  }, 120_000);
  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
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
    expect(en.querySelector('.collection-items .item article[lang]')).toBeDefined();
  });
});

test('a missing initiative, wrong ids and a colliding alias stop the build with every problem check:content lists', async () => {
  const root = 'tests/fixtures/bad-collections';
  const expected = (await checkContent(root)).problems.map(formatProblem);
  expect(expected.length).toBe(4);
  const { outDir, output } = await build(root);
  rmSync(outDir, { recursive: true, force: true });
  expect(output, 'the build should have failed').toBeDefined();
  expect(output).toContain(`The content has ${expected.length} problem(s)`);
  for (const line of expected) expect(output).toContain(line);
}, 120_000);
