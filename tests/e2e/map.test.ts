/**
 * The map page in a real browser, on a fixture site built for it (tests/fixtures/atlas: more initiatives and
 * places with coordinates than one page of the list holds, five close together in Utrecht, the rest far apart,
 * two without a location). Every tile request is answered with a PNG made here, and a test fails if any request
 * leaves 127.0.0.1. Expectations are worked out from the fixture files, not hard-coded: the markers (points plus
 * cluster counts) add up to the entries with coordinates and the list pages through all of them; a cluster zooms
 * in; a filter narrows markers and list to what the files say, and the filters' submit button takes the focus on
 * to the list; a popup links to the right page;
 * `#place-<slug>` focuses its row, also for a point whose row the server did not render; the English page;
 * without JavaScript the first page of the list, the total and links to the complete lists; and an axe sweep
 * (WCAG 2.2 AA) of the map page, on the fixture and on the real build.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/build/content-files.ts';
import { mapPageSize } from '../../src/lib/core/map-filters.ts';
import { site } from '../../src/site.config.ts';
import { municipalitySlug } from '../../src/taxonomy/municipalities.ts';
import { buildSite, type FixtureBuild } from '../support/build-site.ts';
import { tilePng } from '../support/png.ts';
import { serve, type StaticServer } from '../../scripts/bench/serve.ts';
import { baseURL, numberIn, useBrowser, type Lang } from './browser.ts';

const FIXTURE = 'tests/fixtures/atlas';
/** The fixture is built with its own tile URL, so the test also sees the site config's override at work. */
const FIXTURE_TILES = 'https://tiles.example.test/{z}/{x}/{y}.png';
const mapPath: Record<Lang, string> = { nl: '/kaart/', en: '/en/map/' };
const pagePath = {
  initiative: { nl: '/initiatief/', en: '/en/initiative/' },
  place: { nl: '/plekken/', en: '/en/places/' },
} as const;

const session = useBrowser();
let build: FixtureBuild | undefined;
let server: StaticServer | undefined;

// --- What the fixture files say ---------------------------------------------------------------------------------

type Filters = Record<string, readonly string[]>;

interface Item {
  id: string;
  type: 'initiative' | 'place';
  slug: string;
  title: string;
  lang: Lang;
  filters: Filters;
}

let items: Item[] = [];

/** The map's filter values, restated from the contract (docs/architecture.md), to check the page against. */
async function fixtureItems(): Promise<Item[]> {
  const content = await checkContent(FIXTURE);
  expect(content.problems).toEqual([]);
  const municipality = (name: string | undefined) => (name ? [municipalitySlug(name)] : []);
  const initiatives = content.initiatives.entries
    .filter(({ data }) => data.coordinates)
    .map(({ slug, data }): Item => ({
      id: `initiative-${slug}`,
      type: 'initiative',
      slug,
      title: data.title,
      lang: data.lang,
      filters: {
        strategy: data.strategy === 'both' ? ['bonding', 'bridging', 'both'] : [data.strategy],
        actor: data.actors.map((actor) => actor.type),
        place: data.placeTypes,
        target: data.targetGroups,
        theme: data.themes,
        municipality: municipality(data.municipality),
        type: ['initiative'],
        placeStatus: [],
      },
    }));
  const places = content.places
    .filter(({ data }) => data.coordinates)
    .map(({ slug, data }): Item => ({
      id: `place-${slug}`,
      type: 'place',
      slug,
      title: data.title,
      lang: data.lang,
      filters: {
        strategy: [],
        actor: [],
        place: [data.kind],
        target: data.targetGroups,
        theme: [],
        municipality: municipality(data.municipality),
        type: ['place'],
        placeStatus: [data.status],
      },
    }));
  // Entries without coordinates exist in the fixture, and must not show up on the map.
  expect(content.initiatives.entries.length + content.places.length).toBeGreaterThan(
    initiatives.length + places.length,
  );
  return [...initiatives, ...places];
}

const matching = (selection: Filters): Item[] =>
  items.filter((item) =>
    Object.entries(selection).every(([key, wanted]) => wanted.some((value) => item.filters[key]?.includes(value))),
  );

// --- Serving the fixture; tiles from here, nothing from the internet --------------------------------------------

const tile = tilePng();
let tileRequests: string[] = [];
let offsite: string[] = [];

/** A tile URL template as a pattern: `{z}`, `{x}`, `{y}` are numbers, `{s}` a subdomain, `{r}` a retina suffix. */
function tilePattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^${escaped
      .replace(/\{[zxy]\}/g, '\\d+')
      .replace('\\{s\\}', '[a-z0-9]')
      .replace('{s}', '[a-z0-9]')
      .replace('{r}', '(?:@2x)?')}$`,
  );
}

function router(tiles: RegExp) {
  return async (route: Route) => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') {
      await route.continue();
    } else if (tiles.test(url)) {
      tileRequests.push(url);
      await route.fulfill({ status: 200, contentType: 'image/png', body: tile });
    } else {
      offsite.push(url);
      await route.abort();
    }
  };
}

beforeAll(async () => {
  items = await fixtureItems();
  build = await buildSite(FIXTURE, { BUURTPODIUM_MAP_TILE_URL: FIXTURE_TILES });
  expect(build.failure, 'the fixture build failed').toBeUndefined();
  server = await serve(build.dist);
}, 240_000);

afterAll(async () => {
  await server?.close();
  build?.remove();
});

afterEach(() => {
  const left = offsite;
  offsite = [];
  tileRequests = [];
  expect(left, 'requests that would have left 127.0.0.1').toEqual([]);
});

interface OpenMap {
  lang?: Lang;
  hash?: string;
  query?: string;
  javaScript?: boolean;
  /** The real build (global-setup's preview server, default tiles) instead of the fixture. */
  real?: boolean;
}

async function openMap({ lang = 'nl', hash = '', query = '', javaScript = true, real = false }: OpenMap = {}) {
  const page = await session.newPage({ javaScriptEnabled: javaScript });
  // Without animations a zoom ends at once, so what the test reads next is the new view.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.context().route('**/*', router(tilePattern(real ? site.map.tileUrl : FIXTURE_TILES)));
  const origin = real ? baseURL() : (server?.url ?? '');
  await page.goto(`${origin}${mapPath[lang]}${query}${hash}`);
  expect(await page.locator('html').getAttribute('lang')).toBe(lang);
  if (javaScript) await page.locator('[data-map-browser][data-enhanced]').waitFor({ state: 'attached' });
  return page;
}

// --- Reading the map ----------------------------------------------------------------------------------------------

const pointIds = (page: Page): Promise<string[]> =>
  page.locator('.bp-map-marker[data-id]').evaluateAll((markers) => markers.map((m) => m.getAttribute('data-id') ?? ''));

const clusterCounts = (page: Page): Promise<number[]> =>
  page
    .locator('.bp-map-cluster-marker[data-count]')
    .evaluateAll((markers) => markers.map((m) => Number(m.getAttribute('data-count'))));

/** Everything drawn on the map: single points plus the points inside each cluster. */
async function markerTotal(page: Page): Promise<number> {
  return (await pointIds(page)).length + (await clusterCounts(page)).reduce((sum, n) => sum + n, 0);
}

const listedIds = (page: Page): Promise<string[]> =>
  page.locator('#map-list > li').evaluateAll((rows) => rows.map((row) => row.id));

const nextPage: Record<Lang, string> = { nl: 'Volgende', en: 'Next' };

/** Every row of the list, page after page with its "next" button (the list shows one page at a time). */
async function allListedIds(page: Page, lang: Lang = 'nl'): Promise<string[]> {
  const seen = [...(await listedIds(page))];
  const next = page.locator('[data-list-pagination] button', { hasText: nextPage[lang] });
  for (let guard = 0; guard < 50 && (await next.count()) > 0; guard++) {
    const first = (await listedIds(page))[0];
    await next.click();
    await expect.poll(async () => (await listedIds(page))[0]).not.toBe(first);
    const rows = await listedIds(page);
    expect(rows.length, 'a page of rows at most').toBeLessThanOrEqual(mapPageSize);
    seen.push(...rows);
  }
  return seen;
}

async function expectSelection(page: Page, selection: Filters): Promise<void> {
  const expected = matching(selection);
  expect(expected.length, 'the filter keeps something').toBeGreaterThan(0);
  expect(expected.length, 'the filter drops something').toBeLessThan(items.length);
  await expect
    .poll(async () => (await listedIds(page)).length, { message: 'rows of the list' })
    .toBe(Math.min(expected.length, mapPageSize));
  expect((await allListedIds(page)).sort()).toEqual(expected.map((item) => item.id).sort());
  expect(numberIn(await page.locator('[data-status]').textContent()), 'announced count').toBe(expected.length);
  await expect.poll(() => markerTotal(page), { message: 'points on the map' }).toBe(expected.length);
  const query = [...new URL(page.url()).searchParams].map(([key, value]) => `${key}=${value}`).sort();
  expect(query).toEqual(
    Object.entries(selection)
      .flatMap(([key, values]) => values.map((v) => `${key}=${v}`))
      .sort(),
  );
}

// --- Tests --------------------------------------------------------------------------------------------------------

describe('the map of the fixture site', () => {
  test('at low zoom, clusters and single points add up to every entry with coordinates', async () => {
    const page = await openMap();
    const counts = await clusterCounts(page);
    expect(counts.length, 'at least one cluster').toBeGreaterThan(0);
    expect(Math.max(...counts), 'a cluster holds more than one point').toBeGreaterThan(1);
    expect(await markerTotal(page)).toBe(items.length);
    expect(tileRequests.length, 'tiles came from the configured URL').toBeGreaterThan(0);
    expect(numberIn(await page.locator('[data-status]').textContent())).toBe(items.length);
    expect(items.length, 'the fixture has more points than a page of the list').toBeGreaterThan(mapPageSize);
    expect(await listedIds(page)).toHaveLength(mapPageSize);
    const listed = await allListedIds(page);
    expect(listed.length, 'each point once').toBe(new Set(listed).size);
    expect(listed.sort()).toEqual(items.map((item) => item.id).sort());
  });

  test('zoomed in on every cluster, each entry with coordinates is one marker', async () => {
    const first = await openMap();
    const clusters = (await clusterCounts(first)).length;
    const seen = new Set(await pointIds(first));
    for (let nth = 0; nth < clusters; nth++) {
      const page = nth === 0 ? first : await openMap();
      let target = page.locator('.bp-map-cluster-marker').nth(nth);
      for (let guard = 0; guard < 20 && (await target.count()) > 0; guard++) {
        const cluster = await target.elementHandle();
        // Clusters are buttons: Enter zooms in, as a click does, and the cluster makes way for what it held.
        await target.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => cluster.evaluate((element) => element.isConnected)).toBe(false);
        for (const id of await pointIds(page)) seen.add(id);
        target = page.locator('.bp-map-cluster-marker').first();
      }
    }
    expect([...seen].sort()).toEqual(items.map((item) => item.id).sort());
  });

  test('points at the very same spot are drawn side by side, each reachable', async () => {
    const spots = new Map<string, Item[]>();
    const content = await checkContent(FIXTURE);
    const at = (id: string) => {
      const found = [...content.initiatives.entries, ...content.places].find((e) => id.endsWith(`-${e.slug}`));
      return `${String(found?.data.coordinates?.lat)},${String(found?.data.coordinates?.lng)}`;
    };
    for (const item of items) spots.set(at(item.id), [...(spots.get(at(item.id)) ?? []), item]);
    const shared = [...spots.values()].find((group) => group.length > 1);
    if (!shared) throw new Error('the fixture has no two entries at the same coordinates');
    const page = await openMap();
    const first = shared[0];
    if (!first) throw new Error('empty group');
    await page.getByRole('button', { name: `Op de kaart: ${first.title}` }).click();
    const boxes = await Promise.all(
      shared.map((item) => page.locator(`.bp-map-marker[data-id="${item.id}"]`).boundingBox()),
    );
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        if (!a || !b) throw new Error('a marker is not drawn');
        const apart = Math.hypot(a.x - b.x, a.y - b.y);
        expect(apart, 'centre to centre, at least the 24 px of a target').toBeGreaterThanOrEqual(24);
      }
    }
  });

  test('a filter narrows markers, list and count to the entries the files say, and clearing restores them', async () => {
    const page = await openMap();
    const utrecht = { municipality: ['utrecht'] };
    await page.locator('input[name="municipality"][value="utrecht"]').check();
    await expectSelection(page, utrecht);
    await page.locator('input[name="type"][value="place"]').check();
    await expectSelection(page, { ...utrecht, type: ['place'] });
    await page.getByRole('button', { name: 'Alle filters wissen' }).click();
    await expect.poll(() => markerTotal(page)).toBe(items.length);
    expect(new URL(page.url()).search).toBe('');
  });

  test("the filters' submit button takes the focus on to the list", async () => {
    const page = await openMap();
    await page.locator('input[name="municipality"][value="utrecht"]').check();
    await page.getByRole('button', { name: 'Toon de resultaten' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('map-list-title');
    expect(new URL(page.url()).searchParams.getAll('municipality')).toEqual(['utrecht']);
  });

  test('a strategy filter hides the places, as the page says; a deep link restores a selection', async () => {
    const page = await openMap({ query: '?strategy=bridging' });
    await expectSelection(page, { strategy: ['bridging'] });
    expect(matching({ strategy: ['bridging'] }).every((item) => item.type === 'initiative')).toBe(true);
    await expect.poll(() => page.locator('.map-filters .note').textContent()).toMatch(/plekken/);
  });

  test('a popup names the point and links to its page', async () => {
    const item = items.find((candidate) => candidate.slug === 'moestuin-groningen');
    if (!item) throw new Error('the fixture has no moestuin-groningen');
    const page = await openMap();
    await page.locator(`.bp-map-marker[data-id="${item.id}"]`).click();
    const link = page.locator('.leaflet-popup .bp-map-popup a');
    await expect.poll(() => link.textContent()).toBe(item.title);
    expect(await page.locator('.leaflet-popup .bp-map-popup-kind').textContent()).toMatch(/^Initiatief · /);
    await link.click();
    await page.waitForURL(`**${pagePath.initiative.nl}${item.slug}/`);
    expect(await page.locator('h1').textContent()).toBe(item.title);
  });

  test('"Op de kaart" in the list opens the popup and takes focus there; Escape brings it back', async () => {
    const item = items.find((candidate) => candidate.slug === 'buurtkamer-lombok');
    if (!item) throw new Error('the fixture has no buurtkamer-lombok');
    const page = await openMap();
    const button = page.getByRole('button', { name: `Op de kaart: ${item.title}` });
    await button.click();
    await expect.poll(() => page.locator('.leaflet-popup .bp-map-popup a').textContent()).toBe(item.title);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(item.title);
    expect(await page.locator(`.bp-map-marker[data-id="${item.id}"]`).count(), 'drawn on its own').toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0);
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  test('/kaart/#place-<slug> focuses its row and opens its popup', async () => {
    const place = items.find((item) => item.type === 'place' && item.slug === 'speeltuin-zwolle');
    if (!place) throw new Error('the fixture has no speeltuin-zwolle');
    const page = await openMap({ hash: `#${place.id}` });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(place.id);
    expect(await page.locator(`#${place.id} a`).getAttribute('href')).toBe(`${pagePath.place.nl}${place.slug}/`);
    await expect.poll(() => page.locator('.leaflet-popup .bp-map-popup a').textContent()).toBe(place.title);
  });

  test('the English map speaks English and links to English pages', async () => {
    const page = await openMap({ lang: 'en' });
    expect(await page.locator('h1').textContent()).toBe('Map');
    expect(await page.locator('[data-status]').textContent()).toMatch(
      new RegExp(`^\\s*${String(items.length)} on the map: \\d+ initiatives? and \\d+ places?\\s*$`),
    );
    const place = items.find((item) => item.type === 'place');
    if (!place) throw new Error('the fixture has no place with coordinates');
    await page.getByRole('button', { name: `On the map: ${place.title}` }).click();
    const link = page.locator('.leaflet-popup .bp-map-popup a');
    await expect.poll(() => link.getAttribute('href')).toBe(`${pagePath.place.en}${place.slug}/`);
    // A Dutch title on the English page carries its language.
    expect(await link.getAttribute('lang')).toBe(place.lang === 'en' ? null : place.lang);
    expect(await page.locator('.leaflet-control-zoom-in').getAttribute('aria-label')).toBe('Zoom in');
  });

  test('/kaart/#<id> of a point whose row the server did not render: its page of the list, its row, its popup', async () => {
    const served = await openMap({ javaScript: false });
    const rendered = new Set(await listedIds(served));
    const item = items.find((candidate) => !rendered.has(candidate.id));
    if (!item) throw new Error('every point of the fixture has a row in the HTML');
    const page = await openMap({ hash: `#${item.id}` });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(item.id);
    expect(await page.locator(`#${item.id} a`).getAttribute('href')).toBe(`${pagePath[item.type].nl}${item.slug}/`);
    await expect.poll(() => page.locator('.leaflet-popup .bp-map-popup a').textContent()).toBe(item.title);
    expect(await page.locator('[data-list-pagination]').textContent()).toMatch(/Pagina [2-9]\d* van/);
    expect(await page.locator(`.bp-map-marker[data-id="${item.id}"]`).count(), 'drawn on its own').toBe(1);
  });

  test('without JavaScript: the first page of the list, the total, and links to the complete lists', async () => {
    const page = await openMap({ javaScript: false });
    const rows = await listedIds(page);
    expect(rows, 'one page of rows, not every point').toHaveLength(Math.min(items.length, mapPageSize));
    expect(rows.length).toBeLessThan(items.length);
    const withScript = await openMap();
    expect(rows, 'the same rows the script shows first').toEqual(await listedIds(withScript));
    expect(numberIn(await page.locator('[data-status]').textContent()), 'the total').toBe(items.length);
    // (Playwright's text search skips <noscript>, so the note is found by its class.)
    const note = page.locator('.no-js');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/^\s*De kaart en de filters hebben JavaScript nodig\./);
    expect(await note.textContent()).toContain(`de eerste ${String(rows.length)} van de ${String(items.length)}`);
    expect(await note.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/initiatieven/',
      '/plekken/',
    ]);
    expect(await page.locator('#map-canvas').isVisible()).toBe(false);
    expect(await page.locator('[data-map-filters]').isVisible()).toBe(false);
    expect(await page.locator('#map-list button').first().isVisible(), 'no buttons that need the map').toBe(false);
    for (const id of rows) {
      const item = items.find((candidate) => candidate.id === id);
      if (!item) throw new Error(`a row for ${id}, which is not on the map`);
      expect(await page.locator(`#${item.id} a`).getAttribute('href')).toBe(`${pagePath[item.type].nl}${item.slug}/`);
    }
  });
});

describe('accessibility of the map page (axe, WCAG 2.2 AA)', () => {
  const sweep = async (page: Page) => {
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };

  test.each(['nl', 'en'] as const)('the fixture map in %s, with a popup open', async (lang) => {
    const page = await openMap({ lang });
    expect(await sweep(page)).toEqual([]);
    // The point nearest the middle: its popup fits without panning the map (a pan may slide another point
    // under the zoom buttons or the attribution, which axe rightly reports; the list is the equivalent then).
    const middle = await page.locator('#map-canvas').boundingBox();
    const boxes = await page
      .locator('.bp-map-marker')
      .evaluateAll((markers) =>
        markers.map((m) => ({ id: m.getAttribute('data-id'), box: m.getBoundingClientRect() })),
      );
    const centre = { x: (middle?.x ?? 0) + (middle?.width ?? 0) / 2, y: (middle?.y ?? 0) + (middle?.height ?? 0) / 2 };
    const distance = ({ box }: { box: DOMRect }) =>
      Math.hypot(box.x + box.width / 2 - centre.x, box.y + box.height / 2 - centre.y);
    const nearest = boxes.sort((a, b) => distance(a) - distance(b))[0];
    await page.locator(`.bp-map-marker[data-id="${nearest?.id ?? ''}"]`).click();
    await page.locator('.leaflet-popup').waitFor();
    expect(await sweep(page)).toEqual([]);
  });

  test.each(['nl', 'en'] as const)('the real map page in %s', async (lang) => {
    const page = await openMap({ lang, real: true });
    expect(await sweep(page)).toEqual([]);
  });
});
