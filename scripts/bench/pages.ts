/**
 * The page types the benchmark measures, one sample page each (Dutch addresses), and the page weight of each:
 * what Chromium loads on opening it, as a static host serves it (gzip), by kind. HTML + CSS + JS + fonts is
 * the page weight; images are left out (as the targets say), data files (browse index, Pagefind's index and
 * wasm, map data) are shown apart and not counted in it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { launchChromium } from '../chromium.ts';
import { entrySlug } from './generate.ts';
import { gzippedBytes, servedBytes } from './measure.ts';
import { serve } from './serve.ts';

export const pageTypes = [
  'home',
  'list',
  'facet',
  'entry',
  'search',
  'meedoen',
  'places',
  'place',
  'areas',
  'area',
  'collection',
  'embed',
  'map',
] as const;
export type PageType = (typeof pageTypes)[number];

/** A topical word of the synthetic vocabulary, as a reader would search (the search page opens with results). */
export const searchWord = 'moestuin';

/** Directory names below a dist folder, sorted (for a deterministic sample page). */
function firstDir(dist: string, ...parts: string[]): string | undefined {
  const dir = path.join(dist, ...parts);
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort()[0];
}

/** The sample page of every page type in a build, or undefined for a type the build does not have. */
export function samplePages(dist: string): Record<PageType, string | undefined> {
  const has = (sitePath: string) => existsSync(path.join(dist, sitePath.split('?')[0] ?? '', 'index.html'));
  const theme = firstDir(dist, 'initiatieven', 'thema');
  const collection = firstDir(dist, 'collecties');
  const place = firstDir(dist, 'plekken');
  const area = firstDir(dist, 'gebieden');
  const candidates: Record<PageType, string | undefined> = {
    home: '/',
    list: '/initiatieven/',
    facet: theme && `/initiatieven/thema/${theme}/`,
    entry: `/initiatief/${entrySlug(1)}/`,
    search: `/zoeken/?q=${searchWord}`,
    meedoen: '/meedoen/',
    places: '/plekken/',
    place: place && `/plekken/${place}/`,
    areas: '/gebieden/',
    area: area && `/gebieden/${area}/`,
    collection: collection && `/collecties/${collection}/`,
    embed: collection && `/embed/collecties/${collection}/`,
    map: '/kaart/',
  };
  return Object.fromEntries(
    pageTypes.map((type) => {
      const sitePath = candidates[type];
      return [type, sitePath && has(sitePath) ? sitePath : undefined];
    }),
  ) as Record<PageType, string | undefined>;
}

export interface PageWeight {
  path: string;
  /** Served bytes by kind. `js` includes inline scripts (which `html` also holds; `total` counts them once). */
  html: number;
  css: number;
  js: number;
  fonts: number;
  /** HTML + CSS + external JS + fonts. */
  total: number;
  /** JSON, wasm, Pagefind index files, map data: not in `total`. */
  data: number;
  /** Images: not in `total` either. */
  images: number;
  requests: number;
  /** Requests to other hosts (not measured; a closed network refuses them). */
  external: string[];
}

/** Inline scripts that run (not JSON-LD or other data blocks), gzip-compressed bytes. */
function inlineScriptBytes(html: string): number {
  const code = parse(html)
    .querySelectorAll('script:not([src])')
    .filter((script) => {
      const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
      return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
    })
    .map((script) => script.textContent)
    .join('\n');
  return code.trim() === '' ? 0 : gzippedBytes(code);
}

/** Image files by name, for requests Chromium types as "other" (the favicon). */
const IMAGE = /\.(svg|png|ico|jpe?g|gif|webp|avif)$/i;

/** The dist file a URL path is served from (directory URLs → index.html). */
function fileFor(dist: string, pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.map((candidate) => path.join(dist, candidate)).find((file) => existsSync(file));
}

/**
 * Open each page in Chromium (mobile-sized viewport), wait until the network is idle (and, on the search page,
 * until results show), and add up what it loaded.
 */
export async function measurePageWeights(
  dist: string,
  pages: readonly { type: PageType; path: string }[],
  log: (line: string) => void,
): Promise<Map<PageType, PageWeight>> {
  const server = await serve(dist);
  const browser = await launchChromium();
  const weights = new Map<PageType, PageWeight>();
  try {
    for (const { type, path: sitePath } of pages) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      const loaded: { url: string; kind: string }[] = [];
      page.on('requestfinished', (request) => {
        loaded.push({ url: request.url(), kind: request.resourceType() });
      });
      page.on('requestfailed', (request) => {
        loaded.push({ url: request.url(), kind: request.resourceType() });
      });
      await page.goto(`${server.url}${sitePath}`, { waitUntil: 'load' });
      if (type === 'search') {
        await page
          .locator('[data-search-results] > li')
          .first()
          .waitFor({ timeout: 30_000 })
          .catch(() => undefined);
      }
      await page.waitForLoadState('networkidle');
      await context.close();
      const weight: PageWeight = {
        path: sitePath,
        html: 0,
        css: 0,
        js: 0,
        fonts: 0,
        total: 0,
        data: 0,
        images: 0,
        requests: 0,
        external: [],
      };
      for (const { url, kind } of loaded) {
        const parsed = new URL(url);
        if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') continue;
        weight.requests += 1;
        if (parsed.origin !== server.url) {
          weight.external.push(parsed.origin);
          continue;
        }
        const file = fileFor(dist, parsed.pathname);
        if (!file) continue;
        const bytes = servedBytes(file);
        if (kind === 'document') {
          weight.html += bytes;
          weight.js += inlineScriptBytes(await readFile(file, 'utf8'));
        } else if (kind === 'stylesheet') weight.css += bytes;
        else if (kind === 'script') weight.js += bytes;
        else if (kind === 'font') weight.fonts += bytes;
        else if (kind === 'image' || kind === 'media' || IMAGE.test(file)) weight.images += bytes;
        else weight.data += bytes;
        if (kind === 'script' || kind === 'stylesheet' || kind === 'document' || kind === 'font') {
          weight.total += bytes;
        }
      }
      weight.external = [...new Set(weight.external)];
      weights.set(type, weight);
      log(
        `${type.padEnd(10)} ${sitePath}: ${kb(weight.total)} (HTML ${kb(weight.html)}, CSS ${kb(weight.css)}, ` +
          `JS ${kb(weight.js)}, fonts ${kb(weight.fonts)}); data ${kb(weight.data)}; ${String(weight.requests)} requests`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return weights;
}

/** kB with one decimal (1 kB = 1,000 bytes, as the targets count). */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
