/**
 * Shared helpers of the e2e tests: one Debian Chromium per test file, a fresh
 * browser context per test, and a check after every test that no page threw
 * an uncaught error or logged a console error. Also reads /data/browse.json,
 * the index the list page filters, so tests derive their expectations from
 * the data instead of hard-coding counts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { BrowseRecord } from '../../src/lib/present/browse-index.ts';
import { launchChromium } from '../../scripts/chromium.ts';

export type Lang = 'nl' | 'en';
export type FacetKey = 'kind' | 'strategy' | 'actor' | 'place' | 'target' | 'theme' | 'municipality';
export const facetKeys: readonly FacetKey[] = ['kind', 'strategy', 'actor', 'place', 'target', 'theme', 'municipality'];

/** URL segments per language, as in src/lib/core/routes.ts and src/lib/core/facets.ts (kept apart on purpose: tests restate the contract). */
export const paths = {
  nl: { home: '/', list: '/initiatieven/', entry: '/initiatief/', about: '/over/', page: 'pagina' },
  en: { home: '/en/', list: '/en/initiatives/', entry: '/en/initiative/', about: '/en/about/', page: 'page' },
} as const satisfies Record<Lang, Record<string, string>>;

export const facetSegments: Record<FacetKey, Record<Lang, string>> = {
  kind: { nl: 'soort', en: 'kind' },
  strategy: { nl: 'strategie', en: 'strategy' },
  actor: { nl: 'actor', en: 'actor' },
  place: { nl: 'plek', en: 'place' },
  target: { nl: 'doelgroep', en: 'target-group' },
  theme: { nl: 'thema', en: 'theme' },
  municipality: { nl: 'gemeente', en: 'municipality' },
};

export const facetPath = (lang: Lang, key: FacetKey, value: string): string =>
  `${paths[lang].list}${facetSegments[key][lang]}/${value}/`;
export const entryPath = (lang: Lang, slug: string): string => `${paths[lang].entry}${slug}/`;

/** Entries per page of a list, as in src/site.config.ts. */
export const pageSize = 24;

/** Origin of the preview server started by global-setup.ts. */
export const baseURL = (): string => inject('baseURL');

export type { BrowseRecord };

export async function loadBrowseIndex(): Promise<BrowseRecord[]> {
  const response = await fetch(`${baseURL()}/data/browse.json`);
  if (!response.ok) throw new Error(`GET /data/browse.json answered ${response.status}`);
  const records = (await response.json()) as BrowseRecord[];
  if (records.length === 0) throw new Error('/data/browse.json holds no entries');
  return records;
}

/** A selection as the list page reads it: OR within a facet, AND across facets. */
export type Selection = Partial<Record<FacetKey, readonly string[]>>;

export function matching(records: readonly BrowseRecord[], selection: Selection): BrowseRecord[] {
  return records.filter((record) =>
    facetKeys.every((key) => {
      const wanted = selection[key] ?? [];
      return wanted.length === 0 || wanted.some((value) => record.facets[key].includes(value));
    }),
  );
}

/** Every facet value used in the data, with how many records carry it, most used first. */
export function valueCounts(records: readonly BrowseRecord[], key: FacetKey): [string, number][] {
  const counts = new Map<string, number>();
  for (const record of records) for (const value of record.facets[key]) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export interface OpenOptions {
  /** false: a reader without JavaScript. */
  javaScriptEnabled?: boolean;
  /** Console errors that are expected on this page (e.g. the 404 status of the 404 page itself). */
  allowConsoleErrors?: readonly RegExp[];
}

interface OpenContext {
  context: BrowserContext;
  errors: string[];
}

export interface BrowserSession {
  /** A new page in a new context, navigated to `path` (relative to the preview server). */
  open(path: string, options?: OpenOptions): Promise<Page>;
  /** A new page in a new context, not navigated yet (to listen to requests from the first one on). */
  newPage(options?: OpenOptions): Promise<Page>;
}

/**
 * Registers the hooks of a test file: Chromium launched once before all tests
 * and closed after them; every context opened in a test is closed after it,
 * and the test fails if one of its pages threw or logged a console error.
 */
export function useBrowser(): BrowserSession {
  let browser: Browser | undefined;
  let open: OpenContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const closing = open;
    open = [];
    await Promise.all(closing.map(({ context }) => context.close()));
    const errors = closing.flatMap(({ errors }) => errors);
    expect(errors, `page errors or console errors:\n${errors.join('\n')}`).toEqual([]);
  });

  const newPage = async (options: OpenOptions = {}): Promise<Page> => {
    if (!browser) throw new Error('useBrowser(): Chromium is not running (call open() inside a test)');
    const context = await browser.newContext({
      baseURL: baseURL(),
      javaScriptEnabled: options.javaScriptEnabled ?? true,
    });
    const entry: OpenContext = { context, errors: [] };
    open.push(entry);
    const allowed = options.allowConsoleErrors ?? [];
    // Every page of the context, including the blank one axe opens to finish its run.
    context.on('page', (page) => {
      page.on('pageerror', (error) => entry.errors.push(`pageerror on ${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowed.some((pattern) => pattern.test(text))) return;
        entry.errors.push(`console error on ${page.url()}: ${text}`);
      });
    });
    return context.newPage();
  };

  return {
    newPage,
    async open(path, options) {
      const page = await newPage(options);
      const response = await page.goto(path);
      if (!response) throw new Error(`No response for ${path}`);
      return page;
    },
  };
}

/** The first whole number in a text, e.g. the count in "29 initiatieven gevonden"; 0 when there is none. */
export function numberIn(text: string | null): number {
  const match = /\d+/.exec(text ?? '');
  return match ? Number(match[0]) : 0;
}
