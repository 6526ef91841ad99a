/**
 * The map in the real build: Leaflet's JavaScript and CSS are bundled into the site (no CDN) and reach the map
 * pages only, and the map's worker ships beside them; without JavaScript the map pages render the first page of
 * the list only (never more rows, however many points), the total and links to the complete lists; place pages
 * link to points the map's data holds; /data/map.json holds exactly the points with coordinates, compactly;
 * /plekken.geojson is a valid FeatureCollection of exactly the places with coordinates, with their CBS code and
 * page addresses that exist.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { pageScripts, reachable } from '../../scripts/cms-bundle.ts';
import { checkContent } from '../../src/lib/build/content-files.ts';
import { decodeMapData, mapPageSize, type MapData } from '../../src/lib/core/map-filters.ts';
import type { ValidEntry, ValidPlace } from '../../src/lib/core/validation.ts';
import { site } from '../../src/site.config.ts';
import { hsdsStatusOf } from '../../src/taxonomy/index.ts';
import { municipalityByName } from '../../src/taxonomy/municipalities.ts';
import { parse } from 'node-html-parser';
import { assertBuilt, dist, distFiles, fileFor, page } from './dist.ts';

const mapPages = ['/kaart/index.html', '/en/map/index.html'];
/** Leaflet's code and stylesheet, recognised by what only they contain. */
const LEAFLET_JS = 'leaflet-tile-container';
const LEAFLET_CSS = '.leaflet-pane';
/** Supercluster's code, recognised by a method name that survives minification. */
const SUPERCLUSTER = 'getClusterExpansionZoom';

let initiatives: ValidEntry[] = [];
let places: ValidPlace[] = [];

beforeAll(async () => {
  assertBuilt();
  const content = await checkContent('content');
  expect(content.problems).toEqual([]);
  initiatives = content.initiatives.entries;
  places = content.places;
});

const read = (sitePath: string) => readFileSync(path.join(dist, sitePath), 'utf8');
const mapPoints = () => decodeMapData(JSON.parse(read('/data/map.json')) as MapData);
/** Coordinates as /data/map.json writes them: 5 decimals. */
const round = (value: number | undefined) => Math.round((value ?? NaN) * 1e5) / 1e5;
const htmlFiles = () => distFiles().filter((file) => file.endsWith('.html'));
const stylesheets = (html: string) =>
  [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1] ?? '');

describe('Leaflet loads on the map pages only', () => {
  test('the map pages load Leaflet and its CSS from the site itself', () => {
    for (const file of mapPages) {
      const html = read(file);
      const scripts = pageScripts(html);
      expect(scripts.length, file).toBeGreaterThan(0);
      expect(
        scripts.every((src) => src.startsWith('/_astro/')),
        `${file}: no script from elsewhere`,
      ).toBe(true);
      const leaflet = [...reachable(dist, scripts, { dynamic: false })].filter((chunk) =>
        read(chunk).includes(LEAFLET_JS),
      );
      expect(leaflet.length, `${file} loads Leaflet`).toBeGreaterThan(0);
      const css = stylesheets(html);
      expect(
        css.every((href) => href.startsWith('/_astro/')),
        `${file}: no stylesheet from elsewhere`,
      ).toBe(true);
      expect(
        css.some((href) => read(href).includes(LEAFLET_CSS)),
        `${file} links Leaflet's CSS`,
      ).toBe(true);
    }
  });

  test('the map script starts its worker from the site itself; the worker clusters, the page script does not', () => {
    const script = [...reachable(dist, pageScripts(read('/kaart/index.html')), { dynamic: false })]
      .map((chunk) => read(chunk))
      .find((code) => code.includes(LEAFLET_JS));
    const worker = /new Worker\(new URL\([`'"](\/_astro\/map-worker-[\w-]+\.js)[`'"]/.exec(script ?? '')?.[1];
    expect(worker, 'the map script starts /_astro/map-worker-*.js').toBeDefined();
    const code = read(worker ?? '');
    expect(code, 'supercluster is in the worker').toContain(SUPERCLUSTER);
    expect(code).not.toContain(LEAFLET_JS);
    expect(script, 'and not on the main thread').not.toContain(SUPERCLUSTER);
  });

  test('no other page references a Leaflet chunk or stylesheet, directly or through its imports', () => {
    const offenders: string[] = [];
    let checked = 0;
    for (const file of htmlFiles().filter((f) => !mapPages.includes(f))) {
      const html = read(file);
      for (const chunk of reachable(dist, pageScripts(html), { dynamic: true })) {
        checked++;
        if (read(chunk).includes(LEAFLET_JS)) offenders.push(`${file} loads ${chunk}`);
      }
      for (const href of stylesheets(html).filter((h) => h.startsWith('/_astro/'))) {
        if (read(href).includes(LEAFLET_CSS)) offenders.push(`${file} links ${href}`);
      }
    }
    expect(offenders).toEqual([]);
    // The check saw other pages' scripts (the list, the search and the Meedoen pages have some).
    expect(checked).toBeGreaterThan(0);
  });
});

describe('the map pages without JavaScript', () => {
  const paths = {
    nl: { initiative: '/initiatief/', place: '/plekken/', initiatives: '/initiatieven/', places: '/plekken/' },
    en: { initiative: '/en/initiative/', place: '/en/places/', initiatives: '/en/initiatives/', places: '/en/places/' },
  } as const;

  test('render the first page of the list only, in the order of the data, each row linking to its page', () => {
    const points = mapPoints();
    expect(points.length, 'the real content has points on the map').toBeGreaterThan(0);
    for (const [sitePath, lang] of [
      ['/kaart/', 'nl'],
      ['/en/map/', 'en'],
    ] as const) {
      const root = page(sitePath);
      expect(root.querySelector('html')?.getAttribute('lang')).toBe(lang);
      const rows = root
        .querySelectorAll('#map-list > li')
        .map((row) => ({ id: row.getAttribute('id') ?? '', href: row.querySelector('a')?.getAttribute('href') ?? '' }));
      expect(rows.length, 'never more rows than a page').toBeLessThanOrEqual(mapPageSize);
      expect(rows, sitePath).toEqual(
        points
          .slice(0, mapPageSize)
          .map((point) => ({ id: point.id, href: `${paths[lang][point.type]}${point.slug}/` })),
      );
      for (const row of rows) expect(fileFor(row.href), row.href).toBeDefined();
      // Nothing of the points past the first page is in the page.
      for (const point of points.slice(mapPageSize)) expect(root.querySelector(`#${point.id}`), point.id).toBeNull();
      expect(root.querySelector('#map-canvas')?.getAttribute('aria-label')).toBeTruthy();
    }
  });

  test('say that the map needs JavaScript, how many points there are, and link to the complete lists', () => {
    const points = mapPoints();
    for (const [sitePath, lang] of [
      ['/kaart/', 'nl'],
      ['/en/map/', 'en'],
    ] as const) {
      const root = page(sitePath);
      const status = root.querySelector('[data-status]')?.text ?? '';
      expect(Number(/\d+/.exec(status)?.[0]), `${sitePath}: the total`).toBe(points.length);
      const note = parse(root.querySelector('noscript')?.innerHTML ?? '');
      expect(note.text, 'says the map needs JavaScript').toMatch(/JavaScript/);
      const links = note.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(links).toEqual([paths[lang].initiatives, paths[lang].places]);
      for (const href of links) expect(fileFor(href ?? ''), href).toBeDefined();
    }
  });

  test('every place page with coordinates links to its point on the map, which the map data holds', () => {
    const ids = new Set(mapPoints().map((point) => point.id));
    for (const place of places.filter((p) => p.data.coordinates)) {
      const href = page(`/plekken/${place.slug}/`)
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href'))
        .find((h) => h?.startsWith('/kaart/#'));
      expect(href, place.slug).toBe(`/kaart/#place-${place.slug}`);
      expect(ids.has(`place-${place.slug}`), place.slug).toBe(true);
    }
  });

  test('the tile URL and its attribution come from the site config', () => {
    const tiles = JSON.parse(page('/kaart/').querySelector('[data-tiles]')?.getAttribute('data-tiles') ?? '{}') as {
      url: string;
      attribution: { text: string; url?: string };
    };
    expect(tiles.url).toBe(site.map.tileUrl);
    expect(tiles.attribution).toEqual(site.map.attribution);
  });
});

describe('the map data', () => {
  test('/data/map.json holds exactly the initiatives and places with coordinates, to 5 decimals', () => {
    const points = mapPoints();
    const expected = [
      ...initiatives
        .filter((e) => e.data.coordinates)
        .map((e) => [`initiative-${e.slug}`, e.data.title, e.data.coordinates] as const),
      ...places
        .filter((p) => p.data.coordinates)
        .map((p) => [`place-${p.slug}`, p.data.title, p.data.coordinates] as const),
    ];
    expect(points.map((point) => point.id).sort()).toEqual(expected.map(([id]) => id).sort());
    for (const [id, title, at] of expected) {
      expect(
        points.find((point) => point.id === id),
        id,
      ).toMatchObject({
        title,
        lng: round(at?.lng),
        lat: round(at?.lat),
      });
    }
  });

  test('/data/map.json is compact: rows of values, no repeated keys, no labels', () => {
    const raw = read('/data/map.json');
    const data = JSON.parse(raw) as MapData;
    expect(Object.keys(data).sort()).toEqual(['langs', 'rows', 'values']);
    expect(data.rows.every((row) => Array.isArray(row))).toBe(true);
    expect(raw).not.toMatch(/"(type|geometry|properties|facets|coordinates)":/);
  });

  test('/plekken.geojson: a FeatureCollection of exactly the places with coordinates, every property filled in', () => {
    const geo = JSON.parse(read('/plekken.geojson')) as {
      type: string;
      features: {
        type: string;
        id: string;
        geometry: { type: string; coordinates: [number, number] };
        properties: Record<string, unknown> & { url: string; urls: Record<string, string> };
      }[];
    };
    expect(geo.type).toBe('FeatureCollection');
    const located = places.filter((p) => p.data.coordinates);
    expect(located.length, 'the real content has a place with coordinates').toBeGreaterThan(0);
    expect(geo.features.map((f) => f.id).sort()).toEqual(located.map((p) => p.slug).sort());
    for (const feature of geo.features) {
      const { data, slug } = located.find((p) => p.slug === feature.id) ?? { data: undefined, slug: '' };
      if (!data) throw new Error(`no place ${feature.id}`);
      expect(feature.type).toBe('Feature');
      expect(feature.geometry).toEqual({ type: 'Point', coordinates: [data.coordinates?.lng, data.coordinates?.lat] });
      const pointing = initiatives.filter((e) => e.data.places.includes(slug)).map((e) => e.slug);
      expect({ ...feature.properties, initiatives: [...(feature.properties.initiatives as string[])].sort() }).toEqual({
        slug,
        title: data.title,
        summary: data.summary,
        lang: data.lang,
        kind: data.kind,
        status: data.status,
        hsdsStatus: hsdsStatusOf('placeStatus', data.status),
        verified: data.verified
          ? { date: data.verified.date.toISOString().slice(0, 10), method: data.verified.method, by: data.verified.by }
          : null,
        targetGroups: data.targetGroups,
        municipality: data.municipality ?? null,
        municipalityCode: data.municipality ? (municipalityByName(data.municipality)?.code ?? null) : null,
        neighbourhood: data.neighbourhood ?? null,
        url: new URL(data.lang === 'en' ? `/en/places/${slug}/` : `/plekken/${slug}/`, site.baseUrl).href,
        urls: {
          nl: new URL(`/plekken/${slug}/`, site.baseUrl).href,
          en: new URL(`/en/places/${slug}/`, site.baseUrl).href,
        },
        initiatives: pointing.sort(),
      });
      for (const url of Object.values(feature.properties.urls)) {
        expect(url.startsWith(site.baseUrl), url).toBe(true);
        expect(fileFor(new URL(url).pathname), url).toBeDefined();
      }
    }
  });
});
