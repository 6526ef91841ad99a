/**
 * The open data: initiatives as export records (the shape of
 * `src/schema/export.ts`), as CSV rows (RFC 4180), as GeoJSON, and collections
 * as JSON Feed 1.1 and RSS items. Pure functions of the catalog; the endpoints
 * in src/pages only serialise what these return.
 */
import Papa from 'papaparse';
import type { Initiative } from '../../schema/initiative.ts';
import { hsdsStatusOf, type Lang } from '../../taxonomy/index.ts';
import { municipalityByName } from '../../taxonomy/municipalities.ts';
import type { CatalogEntry } from '../core/catalog.ts';
import type { ResolvedShowcase } from '../core/showcases.ts';
import { pathFor } from '../core/routes.ts';

/** An exported record: JSON values only (dates as YYYY-MM-DD). */
export type ExportRecord = Record<string, unknown> & { slug: string; url: string; title: string };

const day = (date: Date): string => date.toISOString().slice(0, 10);

/** Dates to YYYY-MM-DD text, recursively; everything else as it is. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return day(value);
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, plain(v)]),
    );
  }
  return value;
}

/** The absolute URL of an entry page, in the entry's own language. */
export function entryUrl(slug: string, lang: Lang, baseUrl: string): string {
  return new URL(pathFor({ view: 'entry', slug }, lang), baseUrl).href;
}

/** The public record of one initiative: never a contact e-mail without `emailPublic`. */
export function exportRecord(slug: string, data: Initiative, baseUrl: string): ExportRecord {
  const { contact } = data;
  const fields = Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'slug' && key !== 'contact'));
  const publicContact = contact && {
    ...(contact.name ? { name: contact.name } : {}),
    ...(contact.website ? { website: contact.website } : {}),
    ...(contact.email && contact.emailPublic ? { email: contact.email } : {}),
  };
  const code = data.municipality ? municipalityByName(data.municipality)?.code : undefined;
  // The CBS code follows the name it was looked up from; the HSDS status follows the status it maps.
  const withCode = Object.fromEntries(
    Object.entries(plain(fields) as Record<string, unknown>).flatMap(([key, value]) =>
      key === 'municipality' && code
        ? [[key, value] as const, ['municipalityCode', code] as const]
        : key === 'status' && typeof value === 'string'
          ? [[key, value] as const, ['hsdsStatus', hsdsStatusOf('status', value)] as const]
          : [[key, value] as const],
    ),
  );
  return {
    slug,
    url: entryUrl(slug, data.lang, baseUrl),
    ...withCode,
    title: data.title,
    ...(publicContact && Object.keys(publicContact).length > 0 ? { contact: publicContact } : {}),
  };
}

export function exportRecords(entries: readonly CatalogEntry[], baseUrl: string): ExportRecord[] {
  return entries.map((entry) => exportRecord(entry.slug, entry.data, baseUrl));
}

/**
 * The CSV columns, in order: one per field, lists joined with "; ", actors as "type: name", the last check as
 * three columns (`verifiedDate`, `verifiedMethod`, `verifiedBy`), the HSDS status after the status.
 */
export const csvColumns = [
  'slug',
  'url',
  'title',
  'summary',
  'kind',
  'lang',
  'strategy',
  'strategyNote',
  'actors',
  'placeTypes',
  'placeName',
  'places',
  'municipality',
  'municipalityCode',
  'neighbourhood',
  'region',
  'lat',
  'lng',
  'targetGroups',
  'themes',
  'contactIntensity',
  'tariff',
  'permanence',
  'startDate',
  'endDate',
  'status',
  'hsdsStatus',
  'thresholdFeatures',
  'hostRole',
  'sources',
  'links',
  'contactName',
  'contactWebsite',
  'contactEmail',
  'published',
  'updated',
  'verifiedDate',
  'verifiedMethod',
  'verifiedBy',
  'aliases',
] as const;

export type CsvRow = Record<(typeof csvColumns)[number], string>;

const joined = (list: readonly string[]): string => list.join('; ');

/** One CSV row of an export record: every cell is text, an absent value is empty. */
export function csvRow(record: ExportRecord): CsvRow {
  const r = record as unknown as {
    [key: string]: unknown;
    actors: { type: string; name?: string }[];
    coordinates?: { lat: number; lng: number };
    sources: { title: string; author?: string; year?: number; url?: string; via?: string }[];
    links: { title: string; url: string }[];
    contact?: { name?: string; website?: string; email?: string };
    verified?: { date: string; method: string; by: string };
  };
  const text = (key: string): string => {
    const value = r[key];
    if (Array.isArray(value)) return joined(value.map((item) => String(item as string | number)));
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  };
  return {
    slug: record.slug,
    url: record.url,
    title: record.title,
    summary: text('summary'),
    kind: text('kind'),
    lang: text('lang'),
    strategy: text('strategy'),
    strategyNote: text('strategyNote'),
    actors: joined(r.actors.map((a) => (a.name ? `${a.type}: ${a.name}` : a.type))),
    placeTypes: text('placeTypes'),
    placeName: text('placeName'),
    places: text('places'),
    municipality: text('municipality'),
    municipalityCode: text('municipalityCode'),
    neighbourhood: text('neighbourhood'),
    region: text('region'),
    lat: r.coordinates ? String(r.coordinates.lat) : '',
    lng: r.coordinates ? String(r.coordinates.lng) : '',
    targetGroups: text('targetGroups'),
    themes: text('themes'),
    contactIntensity: text('contactIntensity'),
    tariff: text('tariff'),
    permanence: text('permanence'),
    startDate: text('startDate'),
    endDate: text('endDate'),
    status: text('status'),
    hsdsStatus: text('hsdsStatus'),
    thresholdFeatures: text('thresholdFeatures'),
    hostRole: text('hostRole'),
    sources: joined(
      r.sources.map((s) => [s.author, s.year, s.title, s.url, s.via && `via ${s.via}`].filter(Boolean).join(', ')),
    ),
    links: joined(r.links.map((l) => `${l.title} <${l.url}>`)),
    contactName: r.contact?.name ?? '',
    contactWebsite: r.contact?.website ?? '',
    contactEmail: r.contact?.email ?? '',
    published: text('published'),
    updated: text('updated'),
    verifiedDate: r.verified?.date ?? '',
    verifiedMethod: r.verified?.method ?? '',
    verifiedBy: r.verified?.by ?? '',
    aliases: text('aliases'),
  };
}

/** RFC 4180 CSV: a header row, CRLF line ends, every field quoted (so a spreadsheet reads ids and dates as text). */
export function toCsv(records: readonly ExportRecord[]): string {
  return csvText(
    csvColumns,
    records.map((record) => csvColumns.map((column) => csvRow(record)[column])),
  );
}

/** CSV text (RFC 4180) with a header row: every cell quoted, CRLF line ends. Every CSV of the site is written so. */
export function csvText(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  return Papa.unparse(
    { fields: [...fields], data: rows.map((row) => [...row]) },
    { quotes: true, newline: '\r\n', header: true },
  );
}

/** A GeoJSON FeatureCollection (RFC 7946) of the entries with coordinates: points as [lng, lat]. */
export function toGeoJson(records: readonly ExportRecord[]) {
  return {
    type: 'FeatureCollection' as const,
    features: records.flatMap((record) => {
      const coordinates = record.coordinates as { lat: number; lng: number } | undefined;
      if (!coordinates) return [];
      const properties = Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'coordinates'));
      return [
        {
          type: 'Feature' as const,
          id: record.slug,
          geometry: { type: 'Point' as const, coordinates: [coordinates.lng, coordinates.lat] as [number, number] },
          properties,
        },
      ];
    }),
  };
}

/** A feed item of an entry, common to RSS and JSON Feed. */
export interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  /** The curator's note, for curated collection items. */
  note?: string;
  published: Date;
  updated?: Date;
  tags: string[];
}

export function feedItem(entry: CatalogEntry, baseUrl: string, note?: string): FeedItem {
  const url = entryUrl(entry.slug, entry.data.lang, baseUrl);
  return {
    id: url,
    url,
    title: entry.data.title,
    summary: entry.data.summary,
    ...(note ? { note } : {}),
    published: entry.data.published,
    ...(entry.data.updated ? { updated: entry.data.updated } : {}),
    tags: [...entry.data.themes],
  };
}

export function showcaseFeedItems(collection: ResolvedShowcase, baseUrl: string): FeedItem[] {
  return collection.items.map((item) => feedItem(item.entry, baseUrl, item.note));
}

/** The text of an item in a feed: the curator's note (if any) before the summary. */
export function itemText(item: FeedItem): string {
  return item.note ? `${item.note}\n\n${item.summary}` : item.summary;
}

export interface FeedMeta {
  title: string;
  description: string;
  /** The page the feed belongs to. */
  homePageUrl: string;
  /** The address of this feed. */
  feedUrl: string;
  lang: Lang;
  authorName: string;
  authorUrl?: string;
}

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(meta: FeedMeta, items: readonly FeedItem[]) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: meta.homePageUrl,
    feed_url: meta.feedUrl,
    description: meta.description,
    language: meta.lang,
    authors: [{ name: meta.authorName, ...(meta.authorUrl ? { url: meta.authorUrl } : {}) }],
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      content_text: itemText(item),
      summary: item.summary,
      date_published: item.published.toISOString(),
      ...(item.updated ? { date_modified: item.updated.toISOString() } : {}),
      ...(item.tags.length > 0 ? { tags: item.tags } : {}),
    })),
  };
}

/** Items for @astrojs/rss. */
export function rssItems(items: readonly FeedItem[]) {
  return items.map((item) => ({
    title: item.title,
    link: item.url,
    description: itemText(item),
    pubDate: item.published,
    categories: item.tags,
  }));
}

/** The feed metadata of a collection: its page, in its own language, and its curator. */
export function showcaseFeedMeta(collection: ResolvedShowcase, baseUrl: string, feedPath: string): FeedMeta {
  const { data, slug } = collection;
  return {
    title: data.title,
    description: data.intro,
    homePageUrl: new URL(pathFor({ view: 'showcase', slug }, data.lang), baseUrl).href,
    feedUrl: new URL(feedPath, baseUrl).href,
    lang: data.lang,
    authorName: data.curator.name,
    authorUrl: data.curator.url,
  };
}

const xmlEscape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A sitemap (sitemaps.org 0.9) of absolute page URLs. */
export function sitemapXml(urls: readonly string[]): string {
  const body = urls.map((url) => `  <url><loc>${xmlEscape(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}
