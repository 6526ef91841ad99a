/**
 * The open-data shaping in src/lib/present/exports.ts: export records (derived schema,
 * no unpublished e-mail), CSV that round-trips awkward values, GeoJSON, JSON
 * Feed, and the JSON Schema generated from the zod schema.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/core/catalog.ts';
import { resolveShowcase } from '../../src/lib/core/showcases.ts';
import {
  showcaseFeedItems,
  showcaseFeedMeta,
  csvColumns,
  csvRow,
  exportRecord,
  exportRecords,
  jsonFeed,
  sitemapXml,
  toCsv,
  toGeoJson,
} from '../../src/lib/present/exports.ts';
import { showcaseSchema } from '../../src/schema/showcase.ts';
import { initiativeExportSchema, initiativeJsonSchema } from '../../src/schema/export.ts';
import { initiativeFields, type Initiative } from '../../src/schema/initiative.ts';
import { makeInitiative, makeItem } from './make-initiative.ts';

const BASE = 'https://example.org';

// The schema already refuses an e-mail address without permission; the export guards it again, so the
// test builds such an entry past the schema.
const awkward: Initiative = {
  ...makeInitiative({
    title: 'Café "De Verbinding", Zuid',
    summary: 'Eén regel, met komma’s;\nen een tweede regel met "aanhalingstekens" en geëmigreerd.',
    municipality: "'s-Hertogenbosch",
    coordinates: { lat: 51.69, lng: 5.3 },
    actors: [{ type: 'business', name: 'Café "De Verbinding"' }, { type: 'residents' }],
    sources: [{ title: 'Bron, met komma', author: 'Jansen & Zn.', year: 2024, url: 'https://example.org/?a=1&b=2' }],
    aliases: ['oud-cafe'],
    updated: '2025-06-01',
  }),
  contact: { name: 'Stichting', email: 'geheim@example.org', emailPublic: false },
};
const open = makeInitiative({
  title: 'Open tuin',
  lang: 'en',
  contact: { email: 'tuin@example.org', emailPublic: true },
});

describe('export records', () => {
  test('dates as YYYY-MM-DD, defaults filled in, slug and canonical URL first, all schema fields but slug and contact', () => {
    const record = exportRecord('cafe', awkward, BASE);
    expect(Object.keys(record).slice(0, 2)).toEqual(['slug', 'url']);
    expect(record.url).toBe('https://example.org/initiatief/cafe/');
    expect(record.published).toBe('2025-01-01');
    expect(record.updated).toBe('2025-06-01');
    expect(record.thresholdFeatures).toEqual([]);
    expect(record.links).toEqual([]);
    expect(exportRecord('tuin', open, BASE).url).toBe('https://example.org/en/initiative/tuin/');
    const fields = initiativeFields.filter((field) => field !== 'slug');
    for (const field of fields.filter((f) => f !== 'contact' && awkward[f] !== undefined)) {
      expect(record, field).toHaveProperty(field);
    }
  });

  test('never an e-mail address without permission, and never the permission flag itself', () => {
    expect(exportRecord('cafe', awkward, BASE).contact).toEqual({ name: 'Stichting' });
    expect(exportRecord('tuin', open, BASE).contact).toEqual({ email: 'tuin@example.org' });
    const hidden: Initiative = { ...open, contact: { email: 'a@b.nl', emailPublic: false } };
    expect(exportRecord('x', hidden, BASE)).not.toHaveProperty('contact');
  });

  test('every record passes the export schema, which is derived from the initiative schema', () => {
    for (const record of exportRecords(
      buildCatalog([
        { slug: 'cafe', data: awkward },
        { slug: 'tuin', data: open },
      ]).entries,
      BASE,
    )) {
      expect(initiativeExportSchema.safeParse(record).error?.issues ?? []).toEqual([]);
    }
    // Derived, not copied: every initiative field is in the export schema.
    const shape = Object.keys(initiativeExportSchema.shape);
    expect(shape).toEqual([
      'slug',
      'url',
      ...initiativeFields
        .filter((f) => f !== 'slug' && f !== 'contact')
        .flatMap((f) => (f === 'municipality' ? [f, 'municipalityCode'] : f === 'status' ? [f, 'hsdsStatus'] : [f])),
      'contact',
    ]);
  });

  test('a record gains the CBS code of its municipality, right after the name', () => {
    const [record] = exportRecords(buildCatalog([makeItem('nijmegen', { municipality: 'Nijmegen' })]).entries, BASE);
    const keys = Object.keys(record ?? {});
    expect(record?.municipalityCode).toBe('GM0268');
    expect(keys.indexOf('municipalityCode')).toBe(keys.indexOf('municipality') + 1);
    const [nationwide] = exportRecords(buildCatalog([makeItem('overal')]).entries, BASE);
    expect(nationwide).not.toHaveProperty('municipalityCode');
    expect(csvRow(record ?? { slug: '', url: '', title: '' }).municipalityCode).toBe('GM0268');
  });

  test('the generated JSON Schema accepts the records and refuses a leaked e-mail flag or a Date object', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(initiativeJsonSchema(`${BASE}/schema/initiative.json`));
    const record = exportRecord('cafe', awkward, BASE);
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...record, contact: { email: 'a@b.nl', emailPublic: true } })).toBe(false);
    expect(validate({ ...record, published: '1 januari 2025' })).toBe(false);
    expect(validate({ ...record, strategy: 'bondage' })).toBe(false);
  });
});

describe('CSV', () => {
  test('RFC 4180: header row, CRLF, and commas, quotes, newlines and diacritics round-trip exactly', () => {
    const records = [exportRecord('cafe', awkward, BASE), exportRecord('tuin', open, BASE)];
    const csv = toCsv(records);
    expect(csv.split('\r\n')[0]).toBe(csvColumns.map((c) => `"${c}"`).join(','));
    const parsed = Papa.parse<string[]>(csv, { newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...csvColumns]);
    expect(parsed.data.slice(1)).toEqual(records.map((r) => csvColumns.map((c) => csvRow(r)[c])));
    const row = csvRow(records[0] ?? exportRecord('x', awkward, BASE));
    expect(row.title).toBe('Café "De Verbinding", Zuid');
    expect(row.summary).toBe('Eén regel, met komma’s;\nen een tweede regel met "aanhalingstekens" en geëmigreerd.');
    expect(row.actors).toBe('business: Café "De Verbinding"; residents');
    expect(row.lat).toBe('51.69');
    expect(row.contactEmail).toBe('');
    expect(row.aliases).toBe('oud-cafe');
  });
});

describe('GeoJSON', () => {
  test('a FeatureCollection of the entries with coordinates, as [lng, lat] points', () => {
    const geo = toGeoJson([exportRecord('cafe', awkward, BASE), exportRecord('tuin', open, BASE)]);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(1);
    expect(geo.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [5.3, 51.69] });
    expect(geo.features[0]?.properties).not.toHaveProperty('coordinates');
    expect(geo.features[0]?.properties.title).toBe(awkward.title);
  });
});

describe('feeds', () => {
  test('JSON Feed 1.1 of a collection: required fields, curated order, the note before the summary', () => {
    const catalog = buildCatalog([
      { slug: 'cafe', data: awkward },
      { slug: 'tuin', data: open },
    ]);
    const data = showcaseSchema.parse({
      title: 'Collectie',
      curator: { name: 'Gemeente X', kind: 'municipality', url: 'https://example.org/x' },
      intro: 'Een collectie om te testen, met een noot.',
      items: [{ initiative: 'tuin', note: 'Eerst de tuin.' }, { initiative: 'cafe' }],
      published: '2026-01-01',
    });
    const collection = resolveShowcase(catalog, 'c', data);
    const feed = jsonFeed(
      showcaseFeedMeta(collection, BASE, '/collecties/c/feed.json'),
      showcaseFeedItems(collection, BASE),
    );
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.home_page_url).toBe('https://example.org/collecties/c/');
    expect(feed.feed_url).toBe('https://example.org/collecties/c/feed.json');
    expect(feed.authors).toEqual([{ name: 'Gemeente X', url: 'https://example.org/x' }]);
    expect(feed.items.map((item) => item.id)).toEqual([
      'https://example.org/en/initiative/tuin/',
      'https://example.org/initiatief/cafe/',
    ]);
    expect(feed.items[0]?.content_text).toBe(`Eerst de tuin.\n\n${open.summary}`);
    expect(feed.items[0]?.date_published).toBe('2025-01-01T00:00:00.000Z');
  });

  test('the sitemap escapes its addresses', () => {
    expect(sitemapXml(['https://example.org/?a=1&b=2'])).toContain('<loc>https://example.org/?a=1&amp;b=2</loc>');
  });
});
