/**
 * Build tests of the area pages over the real build in dist/: the overview, every municipality and neighbourhood
 * page in both languages with exact counts, and the CSV of figures. The expectations are counted here from the
 * content files (read with the project's own parser, `checkContent`) and the CBS list in data/, not taken from
 * lib/present/areas.ts, so a wrong count in the site's code shows up as a difference.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import slugify from '@sindresorhus/slugify';
import type { HTMLElement } from 'node-html-parser';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/build/content-files.ts';
import type { ValidEntry, ValidPlace } from '../../src/lib/core/validation.ts';
import { assertBuilt, dist, distFiles, page } from './dist.ts';

type Lang = 'nl' | 'en';
const root: Record<Lang, string> = { nl: '/gebieden/', en: '/en/areas/' };
const entryRoot: Record<Lang, string> = { nl: '/initiatief/', en: '/en/initiative/' };
const placeRoot: Record<Lang, string> = { nl: '/plekken/', en: '/en/places/' };
/** Initiatives listed on an area page at most (site.pageSize); more are on the municipality's facet pages. */
const pageSize = 24;

const slug = (name: string) => slugify(name, { decamelize: false });

interface Bucket {
  name: string;
  slug: string;
  initiatives: ValidEntry[];
  places: ValidPlace[];
}
interface Municipality extends Bucket {
  code: string;
  hoods: Map<string, Bucket>;
}

let initiatives: ValidEntry[] = [];
let places: ValidPlace[] = [];
const municipalities = new Map<string, Municipality>();

/**
 * What each measure counts, written out again from the frontmatter fields: an independent oracle for the
 * charts' tables (`lib/present/areas.ts` `measures` must agree with it).
 */
const measureOracle: Record<
  string,
  { subject: 'initiatives'; of: (e: ValidEntry) => string[] } | { subject: 'places'; of: (p: ValidPlace) => string[] }
> = {
  placesByStatus: { subject: 'places', of: (p) => [p.data.status] },
  placesByKind: { subject: 'places', of: (p) => [p.data.kind] },
  initiativesByPlaceType: { subject: 'initiatives', of: (e) => e.data.placeTypes },
  strategy: { subject: 'initiatives', of: (e) => [e.data.strategy] },
  initiativesByContactIntensity: { subject: 'initiatives', of: (e) => [e.data.contactIntensity] },
  placesByContactIntensity: { subject: 'places', of: (p) => [p.data.contactIntensity] },
  initiativesByThresholdFeature: { subject: 'initiatives', of: (e) => e.data.thresholdFeatures },
  placesByThresholdFeature: { subject: 'places', of: (p) => p.data.thresholdFeatures },
  tariff: { subject: 'initiatives', of: (e) => [e.data.tariff] },
};

function counts(bucket: Pick<Bucket, 'initiatives' | 'places'>, measure: string): Map<string, number> {
  const oracle = measureOracle[measure];
  if (!oracle) throw new Error(`the test knows no measure ${measure}`);
  const result = new Map<string, number>();
  const values = oracle.subject === 'initiatives' ? bucket.initiatives.map(oracle.of) : bucket.places.map(oracle.of);
  for (const list of values) for (const value of new Set(list)) result.set(value, (result.get(value) ?? 0) + 1);
  return result;
}

const withStatus = (bucket: Pick<Bucket, 'places'>, status: string) =>
  bucket.places.filter((p) => p.data.status === status).length;

beforeAll(async () => {
  assertBuilt();
  const content = await checkContent('content');
  expect(content.problems).toEqual([]);
  initiatives = content.initiatives.entries;
  places = content.places;
  const codes = new Map(
    Papa.parse<{ code: string; name: string }>(readFileSync(path.join('data', 'gemeenten-2025.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data.map((row) => [row.name, row.code]),
  );
  const add = (item: ValidEntry | ValidPlace, kind: 'initiatives' | 'places') => {
    const name = item.data.municipality;
    if (!name) return;
    const code = codes.get(name);
    if (!code) throw new Error(`${name} is not on the CBS list`);
    const m = municipalities.get(name) ?? {
      name,
      code,
      slug: slug(name),
      initiatives: [],
      places: [],
      hoods: new Map<string, Bucket>(),
    };
    municipalities.set(name, m);
    (m[kind] as (ValidEntry | ValidPlace)[]).push(item);
    const hood = item.data.neighbourhood?.trim();
    if (!hood || !slug(hood)) return;
    const h = m.hoods.get(slug(hood)) ?? { name: hood, slug: slug(hood), initiatives: [], places: [] };
    m.hoods.set(h.slug, h);
    (h[kind] as (ValidEntry | ValidPlace)[]).push(item);
  };
  // By slug, so a neighbourhood spelled two ways is named as the first entry by slug writes it.
  const bySlug = <T extends { slug: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  for (const item of bySlug([...initiatives, ...places])) {
    add(item, initiatives.includes(item as ValidEntry) ? 'initiatives' : 'places');
  }
});

/** Every area page the content calls for, as [municipality, neighbourhood?]. */
function expectedAreas(): { m: Municipality; hood?: Bucket }[] {
  return [...municipalities.values()].flatMap((m) => [{ m }, ...[...m.hoods.values()].map((hood) => ({ m, hood }))]);
}

const areaPath = (lang: Lang, m: Municipality, hood?: Bucket) =>
  `${root[lang]}${m.slug}/${hood ? `${hood.slug}/` : ''}`;

const numberIn = (element: HTMLElement | null | undefined): number => {
  const text = element?.text.replace(/[.,\s]/g, '') ?? '';
  if (!/^\d+$/.test(text)) throw new Error(`"${element?.text ?? '(missing)'}" is not a number`);
  return Number(text);
};

/** The figures of the comparison columns, from the frontmatter. */
function comparisonRow(bucket: Pick<Bucket, 'initiatives' | 'places'>): Record<string, number> {
  const strategy = counts(bucket, 'strategy');
  return {
    initiatives: bucket.initiatives.length,
    places: bucket.places.length,
    'placesByStatus:active': withStatus(bucket, 'active'),
    'placesByStatus:disappeared': withStatus(bucket, 'disappeared'),
    'placesByStatus:missed': withStatus(bucket, 'missed'),
    'strategy:bonding': strategy.get('bonding') ?? 0,
    'strategy:bridging': strategy.get('bridging') ?? 0,
    'strategy:both': strategy.get('both') ?? 0,
  };
}

function rowFigures(row: HTMLElement): Record<string, number> {
  return Object.fromEntries(
    row
      .querySelectorAll('td[data-column]')
      .filter((cell) => cell.getAttribute('data-column') !== 'code')
      .map((cell) => [cell.getAttribute('data-column') ?? '', numberIn(cell)]),
  );
}

describe('the area pages that exist', () => {
  test('exactly one page per municipality and per neighbourhood named in the content, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      const prefix = root[lang].slice(1);
      const built = distFiles()
        .filter(
          (file) => file.startsWith(`/${prefix}`) && file.endsWith('/index.html') && file !== `${root[lang]}index.html`,
        )
        .map((file) => file.replace(/index\.html$/, ''))
        .sort();
      expect(built).toEqual(
        expectedAreas()
          .map(({ m, hood }) => areaPath(lang, m, hood))
          .sort(),
      );
    }
  });
});

describe('the overview', () => {
  test.for(['nl', 'en'] as const)('%s: the comparison table has one row per municipality with exact counts', (lang) => {
    const root_ = page(root[lang]);
    expect(root_.querySelector('html')?.getAttribute('lang')).toBe(lang);
    const rows = root_.querySelectorAll('#compare tbody tr[data-row="area"]');
    const expected = [...municipalities.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    expect(rows.map((row) => row.querySelector('th a')?.getAttribute('href'))).toEqual(
      expected.map((m) => areaPath(lang, m)),
    );
    for (const [i, m] of expected.entries()) {
      const row = rows[i];
      if (!row) throw new Error(`no row for ${m.name}`);
      expect(row.querySelector('th')?.text.trim()).toBe(m.name);
      expect(row.querySelector('td[data-column="code"]')?.text.trim()).toBe(m.code);
      expect(rowFigures(row), m.name).toEqual(comparisonRow(m));
    }
  });

  test.for(['nl', 'en'] as const)(
    '%s: the foot rows: all municipalities, the nationwide examples, everything',
    (lang) => {
      const root_ = page(root[lang]);
      const inAreas = {
        initiatives: initiatives.filter((e) => e.data.municipality),
        places: places.filter((p) => p.data.municipality),
      };
      const nationwide = {
        initiatives: initiatives.filter((e) => !e.data.municipality),
        places: places.filter((p) => !p.data.municipality),
      };
      const foot = (key: string) => {
        const row = root_.querySelector(`#compare tfoot tr[data-row="${key}"]`);
        if (!row) throw new Error(`no foot row ${key}`);
        return rowFigures(row);
      };
      if (municipalities.size === 0) return;
      expect(foot('sum')).toEqual(comparisonRow(inAreas));
      expect(foot('nationwide')).toEqual(comparisonRow(nationwide));
      expect(foot('all')).toEqual(comparisonRow({ initiatives, places }));
    },
  );

  test.for(['nl', 'en'] as const)('%s: headline counts and the number of nationwide examples', (lang) => {
    const root_ = page(root[lang]);
    const count = (key: string) => numberIn(root_.querySelector(`[data-count="${key}"] dd`));
    expect(count('municipalities')).toBe(municipalities.size);
    expect(count('neighbourhoods')).toBe([...municipalities.values()].reduce((n, m) => n + m.hoods.size, 0));
    expect(count('initiatives')).toBe(initiatives.filter((e) => e.data.municipality).length);
    expect(count('places')).toBe(places.filter((p) => p.data.municipality).length);
    const numbers = (root_.querySelector('[data-nationwide]')?.text.match(/\d+/g) ?? []).map(Number);
    expect(numbers).toEqual([
      initiatives.filter((e) => !e.data.municipality).length,
      initiatives.length,
      places.filter((p) => !p.data.municipality).length,
      places.length,
    ]);
  });

  test.for(['nl', 'en'] as const)('%s: links to the CSV and documents every column of it', (lang) => {
    const root_ = page(root[lang]);
    expect(root_.querySelectorAll('a[href="/gebieden/cijfers.csv"]').length).toBeGreaterThan(0);
    const header = readFileSync(path.join(dist, 'gebieden', 'cijfers.csv'), 'utf8').split('\r\n')[0] ?? '';
    const documented = root_.querySelectorAll('#csv-columns tbody th code');
    expect(documented.map((code) => `"${code.text}"`).join(',')).toBe(header);
  });
});

describe('each area page', () => {
  test('has exact counts, lists, tables and the CBS code, in both languages', () => {
    for (const { m, hood } of expectedAreas()) {
      const bucket = hood ?? m;
      for (const lang of ['nl', 'en'] as const) {
        const where = areaPath(lang, m, hood);
        const root_ = page(where);
        expect(root_.querySelector('html')?.getAttribute('lang'), where).toBe(lang);
        expect(root_.querySelector('h1')?.text.trim(), where).toBe(hood ? `${hood.name}, ${m.name}` : m.name);
        expect(root_.querySelector('[data-cbs-code]')?.text, where).toContain(m.code);

        const count = (key: string) => numberIn(root_.querySelector(`[data-count="${key}"] dd`));
        expect(count('initiatives'), where).toBe(bucket.initiatives.length);
        expect(count('places'), where).toBe(bucket.places.length);
        expect(count('disappeared'), where).toBe(withStatus(bucket, 'disappeared'));
        expect(count('missed'), where).toBe(withStatus(bucket, 'missed'));
        if (!hood) expect(count('neighbourhoods'), where).toBe(m.hoods.size);

        // The initiatives (up to a page of them) and every place, linked.
        const listed = root_
          .querySelectorAll('#area-initiatives .card .title a')
          .map((a) => (a.getAttribute('href') ?? '').slice(entryRoot[lang].length).replace(/\/$/, ''));
        expect(listed.length, where).toBe(Math.min(pageSize, bucket.initiatives.length));
        for (const slug_ of listed)
          expect(
            bucket.initiatives.map((e) => e.slug),
            where,
          ).toContain(slug_);
        const placeLinks = root_
          .querySelectorAll('#area-places h3 a')
          .map((a) => (a.getAttribute('href') ?? '').slice(placeRoot[lang].length).replace(/\/$/, ''));
        expect(placeLinks.sort(), where).toEqual(bucket.places.map((p) => p.slug).sort());

        // The disappeared and missed places, each linked to its page.
        for (const status of ['disappeared', 'missed']) {
          const links = root_
            .querySelectorAll(`[data-status="${status}"] a`)
            .map((a) => (a.getAttribute('href') ?? '').slice(placeRoot[lang].length).replace(/\/$/, ''));
          const expected = bucket.places.filter((p) => p.data.status === status).map((p) => p.slug);
          expect(links.sort(), `${where} ${status}`).toEqual(expected.sort());
        }

        // Every measure with something to count has a table with exactly the counts of the content.
        for (const [measure, oracle] of Object.entries(measureOracle)) {
          const section = root_.querySelector(`[data-figure="${measure}"]`);
          if (bucket[oracle.subject].length === 0) {
            expect(section, `${where} ${measure}: no chart without ${oracle.subject}`).toBeNull();
            continue;
          }
          if (!section) throw new Error(`${where}: no figure ${measure}`);
          expect(section.querySelector('svg')?.getAttribute('aria-hidden'), `${where} ${measure}`).toBe('true');
          const table = Object.fromEntries(
            section
              .querySelectorAll('tbody tr[data-value]')
              .map((row) => [row.getAttribute('data-value') ?? '', numberIn(row.querySelector('td'))]),
          );
          const expected = counts(bucket, measure);
          for (const [value, n] of expected) expect(table[value], `${where} ${measure} ${value}`).toBe(n);
          for (const [value, n] of Object.entries(table))
            expect(n, `${where} ${measure} ${value}`).toBe(expected.get(value) ?? 0);
        }

        // Links: back to the overview, to the municipality (from a neighbourhood), to its neighbourhoods, to the CSV.
        const hrefs = root_.querySelectorAll('a').map((a) => a.getAttribute('href'));
        expect(hrefs, where).toContain(root[lang]);
        expect(hrefs, where).toContain('/gebieden/cijfers.csv');
        if (hood) expect(hrefs, where).toContain(areaPath(lang, m));
        else for (const h of m.hoods.values()) expect(hrefs, where).toContain(areaPath(lang, m, h));
      }
    }
  });

  test('area pages ship no JavaScript', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const where of [root[lang], ...expectedAreas().map(({ m, hood }) => areaPath(lang, m, hood))]) {
        const scripts = page(where)
          .querySelectorAll('script')
          .filter((script) => script.getAttribute('type') !== 'application/ld+json');
        expect(
          scripts.map((script) => script.outerHTML.slice(0, 80)),
          where,
        ).toEqual([]);
      }
    }
  });
});

describe('the CSV of figures', () => {
  const csv = () => {
    const parsed = Papa.parse<Record<string, string>>(
      readFileSync(path.join(dist, 'gebieden', 'cijfers.csv'), 'utf8'),
      {
        header: true,
        skipEmptyLines: true,
      },
    );
    expect(parsed.errors).toEqual([]);
    return parsed.data;
  };
  const value = (rows: Record<string, string>[], level: string, name: string, measure: string, id: string) => {
    const row = rows.find(
      (r) =>
        r.level === level &&
        (level === 'neighbourhood' ? r.neighbourhood : r.municipality) === name &&
        r.measure === measure &&
        r.valueId === id,
    );
    if (!row) throw new Error(`no CSV row ${level} ${name} ${measure} ${id}`);
    return row;
  };

  test('one set of rows per area, and every area url is a page', () => {
    const rows = csv();
    const areas = [
      ...new Set(rows.map((r) => `${r.level}|${r.municipalityCode}|${r.municipality}|${r.neighbourhood}`)),
    ];
    const expected = [
      'all|||',
      'nationwide|||',
      ...[...municipalities.values()]
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
        .flatMap((m) => [
          `municipality|${m.code}|${m.name}|`,
          ...[...m.hoods.values()]
            .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
            .map((h) => `neighbourhood|${m.code}|${m.name}|${h.name}`),
        ]),
    ];
    expect(areas).toEqual(expected);
    for (const url of new Set(rows.map((r) => r.url).filter(Boolean))) {
      expect(() => page(new URL(url ?? '').pathname), url).not.toThrow();
    }
  });

  test('totals and every measure agree with the content, and so with the pages', () => {
    const rows = csv();
    const check = (level: string, name: string, bucket: Pick<Bucket, 'initiatives' | 'places'>) => {
      expect(Number(value(rows, level, name, 'totals', 'initiatives').count), `${name} initiatives`).toBe(
        bucket.initiatives.length,
      );
      expect(Number(value(rows, level, name, 'totals', 'places').count), `${name} places`).toBe(bucket.places.length);
      for (const [measure, oracle] of Object.entries(measureOracle)) {
        const expected = counts(bucket, measure);
        const measureRows = rows.filter(
          (r) =>
            r.level === level &&
            (level === 'neighbourhood' ? r.neighbourhood : r.municipality) === name &&
            r.measure === measure,
        );
        expect(measureRows.length, `${name} ${measure}`).toBeGreaterThan(0);
        for (const row of measureRows) {
          expect(Number(row.count), `${name} ${measure} ${row.valueId ?? ''}`).toBe(
            expected.get(row.valueId ?? '') ?? 0,
          );
          expect(Number(row.total), `${name} ${measure} total`).toBe(bucket[oracle.subject].length);
        }
      }
    };
    check('all', '', { initiatives, places });
    check('nationwide', '', {
      initiatives: initiatives.filter((e) => !e.data.municipality),
      places: places.filter((p) => !p.data.municipality),
    });
    for (const m of municipalities.values()) {
      check('municipality', m.name, m);
      for (const h of m.hoods.values()) check('neighbourhood', h.name, h);
    }
  });

  test('the overview page shows the same totals as the CSV', () => {
    const rows = csv();
    const overview = page(root.nl);
    const foot = overview.querySelector('#compare tfoot tr[data-row="all"]');
    if (municipalities.size === 0 || !foot) return;
    const figures = rowFigures(foot);
    expect(figures.initiatives).toBe(Number(value(rows, 'all', '', 'totals', 'initiatives').count));
    expect(figures.places).toBe(Number(value(rows, 'all', '', 'totals', 'places').count));
    for (const row of overview.querySelectorAll('#compare tbody tr[data-row="area"]')) {
      const name = row.querySelector('th')?.text.trim() ?? '';
      const cells = rowFigures(row);
      expect(cells.initiatives, name).toBe(Number(value(rows, 'municipality', name, 'totals', 'initiatives').count));
      expect(cells.places, name).toBe(Number(value(rows, 'municipality', name, 'totals', 'places').count));
    }
  });
});
