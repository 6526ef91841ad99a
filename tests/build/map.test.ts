/**
 * The map in the real build: Leaflet's JavaScript and CSS are bundled into the site (no CDN) and reach the map
 * pages only; the map pages list every initiative and place with coordinates without JavaScript, with the anchors
 * place pages link to; /data/map.json holds the same points; /plekken.geojson is a valid FeatureCollection of
 * exactly the places with coordinates, with their CBS code and page addresses that exist.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { pageScripts, reachable } from '../../scripts/cms-bundle.ts';
import { checkContent } from '../../src/lib/content-files.ts';
import type { ValidEntry, ValidPlace } from '../../src/lib/validation.ts';
import { site } from '../../src/site.config.ts';
import { municipalityByName } from '../../src/taxonomy/municipalities.ts';
import { assertBuilt, dist, distFiles, fileFor, page } from './dist.ts';

const mapPages = ['/kaart/index.html', '/en/map/index.html'];
/** Leaflet's code and stylesheet, recognised by what only they contain. */
const LEAFLET_JS = 'leaflet-tile-container';
const LEAFLET_CSS = '.leaflet-pane';

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
  test('list every initiative and place with coordinates, each linking to its page in the page’s language', () => {
    const expected = (lang: 'nl' | 'en') =>
      [
        ...initiatives
          .filter((e) => e.data.coordinates)
          .map((e) => ({
            id: `initiative-${e.slug}`,
            href: lang === 'nl' ? `/initiatief/${e.slug}/` : `/en/initiative/${e.slug}/`,
          })),
        ...places
          .filter((p) => p.data.coordinates)
          .map((p) => ({
            id: `place-${p.slug}`,
            href: lang === 'nl' ? `/plekken/${p.slug}/` : `/en/places/${p.slug}/`,
          })),
      ].sort((a, b) => a.id.localeCompare(b.id));
    for (const [sitePath, lang] of [
      ['/kaart/', 'nl'],
      ['/en/map/', 'en'],
    ] as const) {
      const root = page(sitePath);
      expect(root.querySelector('html')?.getAttribute('lang')).toBe(lang);
      const rows = root
        .querySelectorAll('#map-list > li')
        .map((row) => ({ id: row.getAttribute('id') ?? '', href: row.querySelector('a')?.getAttribute('href') ?? '' }))
        .sort((a, b) => a.id.localeCompare(b.id));
      expect(rows, sitePath).toEqual(expected(lang));
      for (const row of rows) expect(fileFor(row.href), row.href).toBeDefined();
      expect(root.querySelector('noscript')?.text, 'says the map needs JavaScript').toMatch(/JavaScript/);
      expect(root.querySelector('#map-canvas')?.getAttribute('aria-label')).toBeTruthy();
    }
  });

  test('every place page with coordinates links to its row on the map', () => {
    for (const place of places.filter((p) => p.data.coordinates)) {
      const href = page(`/plekken/${place.slug}/`)
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href'))
        .find((h) => h?.startsWith('/kaart/#'));
      expect(href, place.slug).toBe(`/kaart/#place-${place.slug}`);
      expect(page('/kaart/').querySelector(`#place-${place.slug}`), place.slug).not.toBeNull();
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
  test('/data/map.json holds exactly the initiatives and places with coordinates, as [lng, lat] points', () => {
    const index = JSON.parse(read('/data/map.json')) as {
      features: { id: string; geometry: { coordinates: [number, number] } }[];
    };
    const expected = [
      ...initiatives
        .filter((e) => e.data.coordinates)
        .map((e) => [`initiative-${e.slug}`, e.data.coordinates] as const),
      ...places.filter((p) => p.data.coordinates).map((p) => [`place-${p.slug}`, p.data.coordinates] as const),
    ];
    expect(index.features.map((f) => f.id).sort()).toEqual(expected.map(([id]) => id).sort());
    for (const [id, at] of expected) {
      expect(index.features.find((f) => f.id === id)?.geometry.coordinates).toEqual([at?.lng, at?.lat]);
    }
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
