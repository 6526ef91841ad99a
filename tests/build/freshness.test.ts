/**
 * The build output for freshness and places in search: the editors' list is noindex, outside the sitemap, the
 * search index and the site's links; place pages are indexed with `type: place`, entry pages with
 * `type: initiative`; every entry and place page has "Klopt dit nog?" links; exports carry the HSDS status.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, dist, distFiles, page } from './dist.ts';

beforeAll(assertBuilt);

const editors = ['/redactie/te-controleren/', '/en/editors/to-verify/'];

/** The URLs of every page in the Pagefind index (its fragments are gzipped JSON after a `pagefind_dcd` tag). */
function indexedUrls(): string[] {
  const dir = path.join(dist, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(path.join(dir, file)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    return (JSON.parse(text) as { url: string }).url;
  });
}

/** The pages below a section, without the redirect pages of renamed entries (aliases). */
const pagesUnder = (prefix: string) =>
  distFiles()
    .filter((file) => file.startsWith(prefix) && file.endsWith('/index.html') && file !== `${prefix}index.html`)
    .map((file) => file.replace(/index\.html$/, ''))
    .filter((url) => !page(url).querySelector('meta[http-equiv="refresh"]'));

describe('the editors’ list of what to check', () => {
  test.each(editors)('%s is noindex, in its language, has no searchable body and lists entries with links', (url) => {
    const root = page(url);
    expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(root.querySelector('[data-pagefind-body]')).toBeNull();
    expect(root.querySelector('h1')?.text).toMatch(/Te controleren|To check/);
  });

  test('is not in the sitemap, not in the search index, and no other page links to it', () => {
    const sitemap = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
    for (const url of editors) expect(sitemap).not.toContain(url);
    expect(indexedUrls().filter((url) => url.includes('redactie') || url.includes('editors'))).toEqual([]);
    const linking = distFiles()
      .filter((file) => file.endsWith('.html') && !editors.some((url) => file.startsWith(url)))
      .filter((file) => editors.some((url) => readFileSync(path.join(dist, file), 'utf8').includes(`href="${url}"`)));
    expect(linking).toEqual([]);
  });
});

describe('places in the search index', () => {
  const places = pagesUnder('/plekken/');
  const entries = pagesUnder('/initiatief/');

  test('the index holds every Dutch entry and place page, and nothing else', () => {
    expect(places.length).toBeGreaterThan(0);
    expect(indexedUrls().sort()).toEqual([...entries, ...places].sort());
  });

  test('a place page has a searchable body with the type filter, a sort key and its language', () => {
    for (const url of places) {
      const root = page(url);
      expect(root.querySelector('[data-pagefind-body]'), url).not.toBeNull();
      const filters = root
        .querySelectorAll('[data-pagefind-filter]')
        .map((el) => el.getAttribute('data-pagefind-filter'));
      expect(filters, url).toEqual(['type:place']);
      expect(root.querySelector('[data-pagefind-sort]')?.getAttribute('data-pagefind-sort'), url).toMatch(
        /^published:\d{4}-\d{2}-\d{2}$/,
      );
    }
  });

  test('an entry page’s filters include type:initiative', () => {
    const filters = page(entries[0] ?? '')
      .querySelectorAll('[data-pagefind-filter]')
      .map((el) => el.getAttribute('data-pagefind-filter'));
    expect(filters).toContain('type:initiative');
  });

  test('the search page offers the kind filter with both values, in both languages', () => {
    for (const [url, legend] of [
      ['/zoeken/', 'Soort'],
      ['/en/search/', 'Kind'],
    ] as const) {
      const boxes = page(url).querySelectorAll('input[name="type"]');
      expect(boxes.map((box) => box.getAttribute('value'))).toEqual(['initiative', 'place']);
      expect(
        page(url)
          .querySelectorAll('legend')
          .map((el) => el.text.trim()),
      ).toContain(legend);
    }
  });
});

describe('Klopt dit nog? and the last check on every entry and place page', () => {
  const all = [
    ...pagesUnder('/initiatief/'),
    ...pagesUnder('/en/initiative/'),
    ...pagesUnder('/plekken/'),
    ...pagesUnder('/en/places/'),
  ];

  test('a mailto: to the editors and a GitHub new-issue link, both prefilled with the page’s address', () => {
    for (const url of all) {
      const root = page(url);
      const mail = root.querySelector('[data-report-mail]')?.getAttribute('href') ?? '';
      const issue = root.querySelector('[data-report-issue]')?.getAttribute('href') ?? '';
      expect(mail, url).toMatch(/^mailto:redactie@buurtpodium\.nl\?subject=[^&]+&body=/);
      expect(new URL(issue).pathname, url).toMatch(/^\/[^/]+\/[^/]+\/issues\/new$/);
      const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(decodeURIComponent(mail), url).toContain(canonical);
      expect(new URL(issue).searchParams.get('body'), url).toContain(canonical);
    }
  });

  test('every place page and every practice example says when it was checked, or that it was not', () => {
    const { initiatives } = JSON.parse(readFileSync(path.join(dist, 'initiatieven.json'), 'utf8')) as {
      initiatives: { slug: string; kind: string }[];
    };
    const forms = new Set(initiatives.filter((entry) => entry.kind === 'form').map((entry) => entry.slug));
    const examples = initiatives.length - forms.size;
    expect(examples, 'practice examples in the build').toBeGreaterThan(0);
    const checked = all.filter((url) => !forms.has(url.split('/').at(-2) ?? ''));
    expect(checked.length).toBe(all.length - 2 * forms.size);
    for (const url of checked) {
      const section = page(url).querySelector('[data-verification]');
      expect(section, url).not.toBeNull();
      const state = section?.getAttribute('data-verification');
      expect(['fresh', 'stale', 'never'], url).toContain(state);
      if (state === 'never') expect(section?.text, url).toMatch(/Nog niet gecontroleerd|Not yet checked/);
      else expect(section?.querySelector('time')?.getAttribute('datetime'), url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const url of all.filter((url) => !checked.includes(url))) {
      expect(page(url).querySelector('[data-verification]'), `${url}: a form of initiative is not verified`).toBeNull();
    }
  });
});

describe('the HSDS status in the exports', () => {
  test('JSON, CSV and GeoJSON of initiatives; GeoJSON of places', () => {
    const json = JSON.parse(readFileSync(path.join(dist, 'initiatieven.json'), 'utf8')) as unknown;
    const records = (Array.isArray(json) ? json : (json as { initiatives: unknown[] }).initiatives) as Record<
      string,
      unknown
    >[];
    expect(records.length).toBeGreaterThan(0);
    const map = { active: 'active', paused: 'temporarily closed', ended: 'defunct', planned: 'inactive' };
    for (const record of records) expect(record.hsdsStatus).toBe(map[record.status as keyof typeof map]);
    const header = readFileSync(path.join(dist, 'initiatieven.csv'), 'utf8').split('\r\n')[0] ?? '';
    expect(header).toContain('"status","hsdsStatus"');
    expect(header).toContain('"verifiedDate","verifiedMethod","verifiedBy"');
    const schema = readFileSync(path.join(dist, 'schema', 'initiative.json'), 'utf8');
    expect(schema).toContain('"hsdsStatus"');
    const places = JSON.parse(readFileSync(path.join(dist, 'plekken.geojson'), 'utf8')) as {
      features: { properties: { status: string; hsdsStatus: string | null } }[];
    };
    const placeMap = { active: 'active', disappeared: 'defunct', missed: null };
    for (const { properties } of places.features)
      expect(properties.hsdsStatus).toBe(placeMap[properties.status as keyof typeof placeMap]);
  });
});
