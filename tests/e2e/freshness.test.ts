/**
 * Freshness and places in search, in a real browser on a fixture site (tests/fixtures/freshness: a practice example
 * checked in 2020, one never checked, places stale and never checked; real content has no old checks, and none may be
 * invented for it): the stale and never-checked notices, "Klopt dit nog?" without JavaScript, a query that finds a
 * place and the kind filter, the editors' list, and axe on each of these states.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve, type StaticServer } from '../../scripts/bench/serve.ts';
import { buildSite, type FixtureBuild } from '../support/build-site.ts';
import { useBrowser } from './browser.ts';

const FIXTURE = 'tests/fixtures/freshness';
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const session = useBrowser();
let build: FixtureBuild | undefined;
let server: StaticServer | undefined;

beforeAll(async () => {
  // "Now" fixed at the build (BUURTPODIUM_NOW), so what is stale and the "… geleden" texts do not move with the clock.
  build = await buildSite(FIXTURE, { BUURTPODIUM_NOW: '2026-06-01' });
  expect(build.failure, 'the fixture build failed').toBeUndefined();
  server = await serve(build.dist);
}, 240_000);

afterAll(async () => {
  await server?.close();
  build?.remove();
});

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
  const page = await session.newPage({ javaScriptEnabled });
  await page.goto(`${server?.url ?? ''}${path}`);
  return page;
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcag).setLegacyMode(true).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

describe('the notice on a page whose facts were not checked', () => {
  test.each([
    ['/initiatief/oud-gecontroleerd/', 'Langer dan een jaar niet gecontroleerd', '15 maart 2020', /jaar geleden/],
    ['/en/initiative/oud-gecontroleerd/', 'Not checked for more than a year', '15 March 2020', /years? ago/],
    ['/plekken/zeldzame-plek/', 'Langer dan een jaar niet gecontroleerd', '1 februari 2023', /jaar geleden/],
  ])('%s: stale, with the date, how long ago, how and by whom; axe-clean', async (path, notice, date, ago) => {
    const page = await open(path);
    const section = page.locator('[data-verification="stale"]');
    await expect.poll(() => section.locator('[data-verification-notice]').textContent()).toContain(notice);
    const text = (await section.textContent()) ?? '';
    expect(text).toContain(date);
    expect(text).toMatch(ago);
    expect(text).toMatch(/Contact met de organisatie|Contact with the organisation|Bezoek/);
    expect(await axe(page)).toEqual([]);
  });

  test.each([
    ['/initiatief/nooit-gecontroleerd/', 'Nog niet gecontroleerd door de redactie'],
    ['/en/places/nooit-bezochte-plek/', 'Not yet checked by the editors'],
  ])('%s: never checked; axe-clean', async (path, notice) => {
    const page = await open(path);
    expect(await page.locator('[data-verification="never"] [data-verification-notice]').textContent()).toContain(
      notice,
    );
    expect(await axe(page)).toEqual([]);
  });
});

describe('Klopt dit nog? without JavaScript', () => {
  test.each([
    ['/initiatief/oud-gecontroleerd/', 'Klopt dit nog?', 'https://buurtpodium.nl/initiatief/oud-gecontroleerd/'],
    ['/en/places/zeldzame-plek/', 'Is this still right?', 'https://buurtpodium.nl/plekken/zeldzame-plek/'],
  ])('%s: a mailto: and a GitHub issue link, prefilled with the page and its facts', async (path, heading, url) => {
    const page = await open(path, false);
    await expect.poll(() => page.getByRole('heading', { name: heading, exact: true }).isVisible()).toBe(true);
    const mail = await page.locator('[data-report] a[href^="mailto:"]').getAttribute('href');
    expect(mail).toMatch(/^mailto:redactie@buurtpodium\.nl\?subject=/);
    const [, subject = '', body = ''] = /subject=([^&]*)&body=(.*)$/.exec(mail ?? '') ?? [];
    expect(decodeURIComponent(subject)).toBe(`${heading} ${(await page.locator('h1').textContent())?.trim() ?? ''}`);
    expect(decodeURIComponent(body)).toContain(url);
    expect(decodeURIComponent(body)).toMatch(/2020-03-15|2023-02-01/);
    const issue = new URL((await page.locator('[data-report-issue]').getAttribute('href')) ?? '');
    expect(issue.pathname).toMatch(/\/issues\/new$/);
    expect(issue.searchParams.get('body')).toContain(url);
    // axe needs JavaScript in the page: the same pages are checked with it above.
  });
});

/** The search page after the results and counts are in: status text and result links. */
async function results(page: Page): Promise<{ status: string; hrefs: string[] }> {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return /^\d+|^Geen|^No/.test(status) && !document.querySelector('[data-search-filters][aria-busy="true"]');
  });
  return page.evaluate(() => ({
    status: document.querySelector('[data-search-status]')?.textContent ?? '',
    hrefs: [...document.querySelectorAll('[data-search-results] > li h3 a')].map((a) => a.getAttribute('href') ?? ''),
  }));
}

describe('places in search', () => {
  test('a word only a place uses finds it, linked in the reader’s language', async () => {
    const nl = await open('/zoeken/?q=kwispelstaartfestijn');
    expect((await results(nl)).hrefs).toEqual(['/plekken/zeldzame-plek/']);
    const en = await open('/en/search/?q=kwispelstaartfestijn');
    expect((await results(en)).hrefs).toEqual(['/en/places/zeldzame-plek/']);
  });

  test('the kind filter narrows to places or to initiatives; axe-clean', async () => {
    const page = await open('/zoeken/');
    await page.getByLabel(/^Plek/).check();
    await page.waitForURL(/type=place/);
    const places = await results(page);
    expect(places.hrefs.sort()).toEqual(['/plekken/nooit-bezochte-plek/', '/plekken/zeldzame-plek/']);
    expect(await axe(page)).toEqual([]);
    await page.getByLabel(/^Plek/).uncheck();
    await page.getByLabel(/^Initiatief/).check();
    await page.waitForURL(/type=initiative/);
    const initiatives = await results(page);
    expect(initiatives.hrefs.length).toBe(4);
    expect(initiatives.hrefs.every((href) => href.startsWith('/initiatief/'))).toBe(true);
  });
});

describe('the editors’ list', () => {
  test('lists never-checked and stale entries, oldest first, is noindex and axe-clean', async () => {
    const page = await open('/redactie/te-controleren/');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    const rows = await page
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => `${tr.getAttribute('data-state') ?? ''} ${tr.querySelector('a')?.getAttribute('href') ?? ''}`),
      );
    expect(rows).toEqual([
      'never /initiatief/nooit-gecontroleerd/',
      'never /plekken/nooit-bezochte-plek/',
      'stale /initiatief/oud-gecontroleerd/',
      'stale /plekken/zeldzame-plek/',
    ]);
    expect(await axe(page)).toEqual([]);
  });
});
