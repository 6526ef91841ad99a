/**
 * The feeds, exports and embeds in the real build, read with real parsers:
 * RSS 2.0 (fast-xml-parser), JSON Feed 1.1, CSV (papaparse), GeoJSON, every
 * exported record validated with ajv against the published JSON Schema, and
 * the collection and embed pages against the collection files.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/build/content-files.ts';
import { csvColumns, csvRow, type ExportRecord } from '../../src/lib/present/exports.ts';
import type { ValidShowcase, ValidEntry } from '../../src/lib/core/validation.ts';
import { site } from '../../src/site.config.ts';
import { assertBuilt, dist, fileFor, page } from './dist.ts';
import slugify from '@sindresorhus/slugify';

let entries: ValidEntry[] = [];
let collections: ValidShowcase[] = [];

beforeAll(async () => {
  assertBuilt();
  const result = await checkContent('content');
  expect(result.problems).toEqual([]);
  entries = result.initiatives.entries;
  collections = result.collections;
  expect(collections.length).toBeGreaterThanOrEqual(3);
});

const read = (sitePath: string) => readFileSync(path.join(dist, sitePath), 'utf8');
/** The site path of an absolute URL on the site (`https://buurtpodium.nl/x/` → `/x/`), or throws. */
function local(url: string): string {
  expect(url.startsWith(site.baseUrl), `${url} is on the site`).toBe(true);
  return new URL(url).pathname;
}
const slugOfEntryUrl = (url: string) => /\/(?:initiatief|en\/initiative)\/([^/]+)\/$/.exec(url)?.[1] ?? '';

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });

interface RssItem {
  title: string;
  link: string;
  guid: string | { '#text': string };
  pubDate: string;
  description: string;
}

function parseRss(sitePath: string): {
  channel: { title: string; link: string; description: string; item?: RssItem[] };
} {
  const text = read(sitePath);
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), sitePath).toBe(true);
  const doc = xml.parse(text) as {
    rss: { '@_version': string; channel: { title: string; link: string; description: string; item?: RssItem[] } };
  };
  expect(doc.rss['@_version']).toBe('2.0');
  const { channel } = doc.rss;
  expect(channel.title, sitePath).toBeTruthy();
  expect(channel.link, sitePath).toMatch(/^https?:\/\//);
  expect(channel.description, sitePath).toBeTruthy();
  for (const item of channel.item ?? []) {
    expect(item.title).toBeTruthy();
    expect(fileFor(local(item.link)), item.link).toBeDefined();
    expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
  }
  return doc.rss;
}

/** The slugs a collection should list: curated first, then rule matches newest first (worked out here from the files). */
function expectedSlugs(collection: ValidShowcase): string[] {
  const curated = collection.data.items.map((item) => item.initiative);
  const rule = collection.data.rule ?? {};
  const ruled = Object.values(rule).some((values: readonly string[] | undefined) => (values?.length ?? 0) > 0)
    ? entries
        .filter(({ data }) => {
          const values = {
            strategy: data.strategy === 'both' ? ['bonding', 'bridging', 'both'] : [data.strategy],
            actor: data.actors.map((a) => a.type),
            place: data.placeTypes,
            target: data.targetGroups,
            theme: data.themes,
            municipality: data.municipality ? [slugify(data.municipality, { decamelize: false })] : [],
          } as Record<string, string[]>;
          return Object.entries(rule).every(
            ([key, wanted]: [string, readonly string[] | undefined]) =>
              (wanted?.length ?? 0) === 0 || (wanted ?? []).some((w) => values[key]?.includes(w)),
          );
        })
        .sort(
          (a, b) =>
            b.data.published.getTime() - a.data.published.getTime() ||
            a.data.title.localeCompare(b.data.title, 'nl') ||
            a.slug.localeCompare(b.slug),
        )
        .map((entry) => entry.slug)
    : [];
  return [...new Set([...curated, ...ruled])];
}

describe('collection pages and embeds', () => {
  test('the list of collections links every collection, in both languages', () => {
    for (const [list, prefix] of [
      ['/collecties/', '/collecties/'],
      ['/en/collections/', '/en/collections/'],
    ] as const) {
      const hrefs = page(list)
        .querySelectorAll('.collections h2 a')
        .map((a) => a.getAttribute('href'));
      expect(hrefs.sort()).toEqual(collections.map((c) => `${prefix}${c.slug}/`).sort());
    }
  });

  test('a collection page lists curated items first with their notes, then the rule’s matches, once each', () => {
    for (const collection of collections) {
      for (const [sitePath, entryPrefix] of [
        [`/collecties/${collection.slug}/`, '/initiatief/'],
        [`/en/collections/${collection.slug}/`, '/en/initiative/'],
      ] as const) {
        const root = page(sitePath);
        const items = root.querySelectorAll('.collection-items > .item');
        const slugs = items.map((li) =>
          (li.querySelector('a')?.getAttribute('href') ?? '').slice(entryPrefix.length, -1),
        );
        expect(slugs, sitePath).toEqual(expectedSlugs(collection));
        collection.data.items.forEach((item, i) => {
          expect(items[i]?.getAttribute('data-curated')).toBe('true');
          if (item.note) expect(items[i]?.querySelector('.note')?.text, sitePath).toContain(item.note);
        });
        expect(root.querySelector('h1')?.text.trim()).toBe(collection.data.title);
        expect(root.querySelector('.curator a')?.getAttribute('href')).toBe(collection.data.curator.url);
        expect(root.querySelector('#share-link')?.getAttribute('value')).toBe(new URL(sitePath, site.baseUrl).href);
        const snippet = root.querySelector('[data-embed-snippet]')?.text ?? '';
        expect(snippet).toContain(
          `src="${new URL(sitePath.startsWith('/en/') ? `/en/embed/collections/${collection.slug}/` : `/embed/collecties/${collection.slug}/`, site.baseUrl).href}"`,
        );
        expect(snippet).toMatch(/height="\d+"/);
        expect(snippet).toMatch(/title="[^"]+"/);
      }
    }
  });

  test('embed pages: no site chrome, links open on the main site, nothing from other origins, no index', () => {
    for (const collection of collections) {
      for (const [sitePath, lang] of [
        [`/embed/collecties/${collection.slug}/`, 'nl'],
        [`/en/embed/collections/${collection.slug}/`, 'en'],
      ] as const) {
        const root = page(sitePath);
        expect(root.querySelector('html')?.getAttribute('lang')).toBe(lang);
        expect(root.querySelector('.site-header'), sitePath).toBeNull();
        expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
        const links = root.querySelectorAll('a[href]');
        expect(links.length).toBeGreaterThan(collection.data.items.length);
        for (const link of links) {
          const href = link.getAttribute('href') ?? '';
          // Root-relative, so inside the iframe they resolve against the embed's address: this site.
          expect(href.startsWith('/'), href).toBe(true);
          expect(fileFor(href), href).toBeDefined();
          expect(link.getAttribute('target'), href).toBe('_top');
        }
        // Only first-party assets; the one script is the optional theme reader.
        for (const el of root.querySelectorAll('[src], link[href]:not([rel="canonical"])')) {
          const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
          expect(ref.startsWith('/'), `${sitePath}: ${ref}`).toBe(true);
        }
        expect(root.querySelectorAll('script').length).toBeLessThanOrEqual(1);
      }
    }
  });

  test('entry and collection pages carry Open Graph and schema.org JSON-LD', () => {
    const samples = [
      ...entries.slice(0, 3).map((e) => ({ path: `/initiatief/${e.slug}/`, type: 'Article', name: e.data.title })),
      ...collections.map((c) => ({ path: `/collecties/${c.slug}/`, type: 'CollectionPage', name: c.data.title })),
    ];
    for (const { path: sitePath, type, name } of samples) {
      const root = page(sitePath);
      expect(root.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(name);
      expect(root.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
      const ld = JSON.parse(root.querySelector('script[type="application/ld+json"]')?.text ?? '{}') as Record<
        string,
        unknown
      >;
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe(type);
      expect(ld.headline ?? ld.name).toBe(name);
    }
  });
});

describe('feeds', () => {
  test('the site-wide RSS feed lists the newest entries', () => {
    const rss = parseRss('/initiatieven.xml');
    expect(rss.channel.item?.length).toBe(Math.min(50, entries.length));
  });

  test('each collection has RSS 2.0 and JSON Feed 1.1 in the collection’s order', () => {
    for (const collection of collections) {
      const slugs = expectedSlugs(collection);
      const rss = parseRss(`/collecties/${collection.slug}/rss.xml`);
      expect(rss.channel.item?.map((item) => slugOfEntryUrl(item.link))).toEqual(slugs);
      const feed = JSON.parse(read(`/collecties/${collection.slug}/feed.json`)) as {
        version: string;
        title: string;
        home_page_url: string;
        feed_url: string;
        items: { id: string; url: string; content_text?: string; content_html?: string; date_published: string }[];
      };
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.title).toBe(collection.data.title);
      expect(fileFor(local(feed.home_page_url))).toBeDefined();
      expect(local(feed.feed_url)).toBe(`/collecties/${collection.slug}/feed.json`);
      for (const item of feed.items) {
        expect(item.id).toBeTruthy();
        expect(item.content_text ?? item.content_html).toBeTruthy();
        expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
      }
      expect(feed.items.map((item) => slugOfEntryUrl(item.url))).toEqual(slugs);
    }
  });
});

describe('open data', () => {
  const records = () => (JSON.parse(read('/initiatieven.json')) as { initiatives: ExportRecord[] }).initiatives;

  test('every exported record validates against the published JSON Schema (ajv)', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(read('/schema/initiative.json')) as object);
    const all = records();
    expect(all.map((r) => r.slug).sort()).toEqual(entries.map((e) => e.slug).sort());
    for (const record of all) expect(validate(record), `${record.slug}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    const showcaseCsvSlugs = collections.flatMap((c) =>
      Papa.parse<Record<string, string>>(read(`/collecties/${c.slug}/initiatieven.csv`), { header: true }).data.map(
        (row) => row.slug,
      ),
    );
    expect(showcaseCsvSlugs.length).toBeGreaterThan(0);
  });

  test('no contact e-mail address without emailPublic', () => {
    const all = records();
    for (const { slug, data } of entries) {
      const record = all.find((r) => r.slug === slug) as { contact?: { email?: string } } | undefined;
      if (!data.contact?.emailPublic) expect(record?.contact?.email, slug).toBeUndefined();
    }
    expect(read('/initiatieven.json')).not.toContain('emailPublic');
  });

  test('the CSV round-trips: a header row and exactly the rows of the JSON records', () => {
    const text = read('/initiatieven.csv');
    expect(text.includes('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text, { newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...csvColumns]);
    expect(parsed.data.slice(1)).toEqual(records().map((record) => csvColumns.map((c) => csvRow(record)[c])));
  });

  test('GeoJSON: a FeatureCollection of points for exactly the entries with coordinates', () => {
    const geo = JSON.parse(read('/initiatieven.geojson')) as {
      type: string;
      features: {
        type: string;
        id: string;
        geometry: { type: string; coordinates: [number, number] };
        properties: { slug: string };
      }[];
    };
    expect(geo.type).toBe('FeatureCollection');
    const located = entries.filter((e) => e.data.coordinates);
    expect(geo.features.map((f) => f.id).sort()).toEqual(located.map((e) => e.slug).sort());
    for (const feature of geo.features) {
      const entry = located.find((e) => e.slug === feature.id);
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe('Point');
      expect(feature.geometry.coordinates).toEqual([entry?.data.coordinates?.lng, entry?.data.coordinates?.lat]);
      expect(feature.properties.slug).toBe(feature.id);
    }
  });

  test('sitemap, robots.txt and _headers', () => {
    const sitemap = xml.parse(read('/sitemap.xml')) as { urlset: { url: { loc: string }[] } };
    const locs = sitemap.urlset.url.map((u) => u.loc);
    for (const loc of locs) {
      expect(fileFor(local(loc)), loc).toBeDefined();
      expect(loc).not.toMatch(/\/embed\//);
    }
    for (const { slug, data } of entries) {
      expect(locs).toContain(
        new URL(data.lang === 'en' ? `/en/initiative/${slug}/` : `/initiatief/${slug}/`, site.baseUrl).href,
      );
    }
    expect(read('/robots.txt')).toContain(`Sitemap: ${new URL('/sitemap.xml', site.baseUrl).href}`);
    expect(existsSync(path.join(dist, '_headers'))).toBe(true);
    expect(read('/_headers')).toMatch(/^\/embed\/\*\n {2}Content-Security-Policy: .*; frame-ancestors \*$/m);
  });
});
