/**
 * The Content-Security-Policy (src/lib/build/csp.ts) in Chromium: every kind of page that runs something is opened and
 * used a little, and the test counts what the policy refused (`securitypolicyviolation` events, reported from the
 * page as they happen, and console messages about the policy) and the page errors: zero of each. The pages: home,
 * the list filtered from the address, a search with a query (Pagefind's script, WebAssembly and index), the map
 * (tiles from the configured host, answered here: nothing leaves 127.0.0.1), the Meedoen form filled in and
 * checked, a themed embed and /admin (Decap CMS against a local decap-server, an entry opened with its preview).
 * The policy comes from the page's meta tag only: the preview server sends no headers, as on GitHub Pages.
 *
 * And the check can fail: an inline script, an inline style and eval() put into a page are refused and seen.
 */
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { site } from '../../src/site.config.ts';
import { startCmsServer, type CmsServer } from '../support/cms-server.ts';
import { tilePng } from '../support/png.ts';
import { baseURL, useBrowser, type OpenOptions } from './browser.ts';

const session = useBrowser();

interface Watched {
  page: Page;
  /** What the policy refused, as the page reported it (`directive blocked-URI sample`). */
  violations: string[];
  /** Console messages about the policy (Chromium logs every refusal; workers' too). */
  consoleMessages: string[];
  /** Uncaught errors of the page. */
  pageErrors: string[];
}

const CSP_MESSAGE = /Content[- ]Security[- ]Policy/i;

/**
 * A new page that reports every refusal of its policy: a listener added before any of the page's own scripts runs,
 * in every document it loads, hands each `securitypolicyviolation` to the test at once (so nothing is lost when
 * the page navigates).
 */
async function watchedPage(options: OpenOptions = {}): Promise<Watched> {
  const page = await session.newPage(options);
  const watched: Watched = { page, violations: [], consoleMessages: [], pageErrors: [] };
  await page.exposeBinding('__bpCspViolation', (_source, text: string) => {
    watched.violations.push(text);
  });
  await page.addInitScript(() => {
    const report = (window as unknown as { __bpCspViolation: (text: string) => Promise<void> }).__bpCspViolation;
    document.addEventListener('securitypolicyviolation', (event) => {
      void report(
        [event.effectiveDirective, event.blockedURI, event.sample, `${event.sourceFile}:${String(event.lineNumber)}`]
          .filter(Boolean)
          .join(' '),
      );
    });
  });
  page.on('console', (message) => {
    if (CSP_MESSAGE.test(message.text())) watched.consoleMessages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => watched.pageErrors.push(error.message));
  return watched;
}

/** Nothing refused, nothing logged about the policy, no page errors. */
function expectClean({ page, violations, consoleMessages, pageErrors }: Watched): void {
  expect(violations, `violations on ${page.url()}`).toEqual([]);
  expect(consoleMessages, `console messages on ${page.url()}`).toEqual([]);
  expect(pageErrors, `page errors on ${page.url()}`).toEqual([]);
}

/** The page's policy, as its meta tag says. */
const metaPolicy = (page: Page): Promise<string | null> =>
  page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

describe('no page runs into its policy', () => {
  test('home', async () => {
    const watched = await watchedPage();
    await watched.page.goto('/');
    await watched.page.waitForLoadState('networkidle');
    expect(await metaPolicy(watched.page)).toContain("script-src 'self'");
    expectClean(watched);
  });

  test('the list, filtered from the address (fetches its filter data from /data/list/)', async () => {
    const watched = await watchedPage();
    const { page } = watched;
    const browse = page.waitForResponse((response) => response.url().endsWith('/data/list/index.json'));
    await page.goto('/initiatieven/?strategy=bridging');
    expect((await browse).ok()).toBe(true);
    await page.locator('[data-browser][data-enhanced]').waitFor({ state: 'attached' });
    await page
      .getByRole('checkbox', { name: /Bridging/ })
      .first()
      .waitFor();
    expect(
      await page
        .getByRole('checkbox', { name: /Bridging/ })
        .first()
        .isChecked(),
    ).toBe(true);
    await page.waitForLoadState('networkidle');
    expectClean(watched);
  });

  test('search with a query (Pagefind: its script, WebAssembly and index)', async () => {
    const watched = await watchedPage();
    const { page } = watched;
    const wasm = page.waitForResponse((response) => /\/pagefind\/wasm\.[a-z]+\.pagefind$/.test(response.url()));
    await page.goto('/zoeken/?q=buurt');
    expect((await wasm).ok()).toBe(true);
    await expect.poll(() => page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
    // The inline script (allowed by its hash) ran before the first paint.
    expect(await page.locator('html').getAttribute('class')).toContain('bp-search-js');
    expect(await metaPolicy(watched.page)).toContain("'wasm-unsafe-eval'");
    expectClean(watched);
  });

  test("search in Pagefind's worker, as from 2,000 entries on", async () => {
    const watched = await watchedPage();
    const { page } = watched;
    // The built page of this small site runs Pagefind on the page; a large one marks the search `data-worker`
    // (searchWorkerFrom, lib/core/search.ts). The same page with that mark, and the same policy:
    await page.route('**/zoeken/?q=*', async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      expect(html).toContain('data-search data-lang=');
      await route.fulfill({
        response,
        body: html.replace('data-search data-lang=', 'data-search data-worker data-lang='),
      });
    });
    const fallback: string[] = [];
    page.on('console', (message) => {
      if (/worker/i.test(message.text())) fallback.push(message.text());
    });
    const worker = page.waitForEvent('worker');
    await page.goto('/zoeken/?q=buurt');
    expect((await worker).url()).toMatch(/\/pagefind\/pagefind-worker\.js$/);
    // The worker compiles the wasm and reads the index before the first results: more than expect.poll's 1 s on
    // a busy machine.
    await expect.poll(() => page.locator('[data-search-results] > li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // Pagefind says so when its worker fails and it falls back to the page.
    expect(fallback).toEqual([]);
    expectClean(watched);
  });

  test('the map, with tiles from the configured host (answered here)', async () => {
    const watched = await watchedPage();
    const { page } = watched;
    const tileHost = new URL(site.map.tileUrl.replace('{s}', site.map.subdomains?.[0] ?? '')).host;
    const tile = tilePng();
    let tiles = 0;
    const offsite: string[] = [];
    await page.context().route('**/*', async (route: Route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      if (url.host === tileHost) {
        tiles += 1;
        return route.fulfill({ status: 200, contentType: 'image/png', body: tile });
      }
      offsite.push(url.href);
      return route.abort();
    });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/kaart/');
    await page.locator('[data-map-browser][data-enhanced]').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('.leaflet-tile-loaded').count()).toBeGreaterThan(0);
    await page.locator('.bp-map-marker, .bp-map-cluster-marker').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(tiles).toBeGreaterThan(0);
    expect(offsite).toEqual([]);
    expect(await metaPolicy(page)).toContain(`https://${tileHost}`);
    expectClean(watched);
  });

  test('Meedoen: the form filled in, checked and turned into a file', async () => {
    const watched = await watchedPage();
    const { page } = watched;
    await page.goto('/meedoen/');
    await page.locator('form[data-contribute-form]:not([hidden])').waitFor();
    // First with a gap: the error summary appears.
    await page.getByLabel(t('nl', 'contribute.field.title'), { exact: true }).fill('Buurtkamer De Kroon');
    await page.getByRole('button', { name: t('nl', 'contribute.submit') }).click();
    await page.locator('[data-error-summary]').waitFor();
    await page.getByRole('radio', { name: 'Bonding (binden)', exact: true }).check();
    await page.locator('#f-municipality').fill('Nijm');
    await page.waitForLoadState('networkidle');
    expectClean(watched);
  });

  test('an embed, themed from its address', async () => {
    const watched = await watchedPage();
    const { page } = watched;
    await page.goto('/embed/collecties/pop-up-sociale-basis/?nl-link-color=%23005ea5');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('--nl-link-color')))
      .toBe('#005ea5');
    await page.waitForLoadState('networkidle');
    expectClean(watched);
  });

  describe('/admin', () => {
    let cms: CmsServer | undefined;
    beforeAll(async () => {
      cms = await startCmsServer();
    }, 30_000);
    afterAll(() => {
      cms?.stop();
    });

    test('Decap loads, lists the entries and opens one with its preview', async () => {
      const watched = await watchedPage();
      const { page } = watched;
      await page.goto(`/admin/?local_backend=${String(cms?.port)}`);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      const entry = page.getByText('Repair café in a house or room for the neighbourhood');
      await entry.waitFor();
      await entry.click();
      // The preview is a frame of the page's own document: the site's styles reach it as a <style>.
      const preview = page.locator('iframe').first().contentFrame();
      await preview.getByText('Repair café in a house or room for the neighbourhood').first().waitFor();
      await page.waitForLoadState('networkidle');
      expectClean(watched);
    }, 60_000);

    test('an image uploaded in the media library shows', async () => {
      const watched = await watchedPage();
      const { page } = watched;
      await page.goto(`/admin/?local_backend=${String(cms?.port)}#/collections/initiatives/new`);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('button', { name: 'Kies een afbeelding' }).first().click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByText('Nieuwe uploaden').click();
      await (await chooser).setFiles({ name: 'tegel.png', mimeType: 'image/png', buffer: tilePng(64) });
      // Decap shows the upload from a blob: URL.
      const thumbnail = page.locator('img[src^="blob:"]').first();
      await thumbnail.waitFor();
      await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);
      expectClean(watched);
    }, 60_000);
  });
});

describe('the check sees what the policy refuses', () => {
  test('an inline script, an inline style, and eval() in a script of the site', async () => {
    const watched = await watchedPage({ allowConsoleErrors: [CSP_MESSAGE] });
    const { page } = watched;
    // A script of this site's own origin (so allowed to run) that tries eval: served here, not from dist/.
    await page.route('**/csp-probe.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'try { window.evaluated = eval("true"); } catch { window.evaluated = false; }',
      }),
    );
    await page.goto('/');
    await page.addScriptTag({ url: '/csp-probe.js' });
    const ran = await page.evaluate(() => {
      const state = window as unknown as { injected?: boolean; evaluated?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.head.append(script);
      const styled = document.createElement('p');
      styled.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(styled);
      return { script: state.injected === true, style: getComputedStyle(styled).color, evaluated: state.evaluated };
    });
    expect(ran).toEqual({
      script: false,
      style: expect.not.stringMatching('rgb(255, 0, 0)') as unknown,
      evaluated: false,
    });
    await expect.poll(() => watched.violations.length).toBeGreaterThanOrEqual(3);
    expect(watched.violations.map((violation) => violation.split(' ')[0])).toEqual(
      expect.arrayContaining(['script-src-elem', 'style-src-attr', 'script-src']),
    );
    expect(watched.consoleMessages.length).toBeGreaterThan(0);
  });

  test('the preview server sends no policy header: what applies is the meta tag, as on GitHub Pages', async () => {
    const response = await fetch(`${baseURL()}/`);
    expect(response.headers.get('content-security-policy')).toBeNull();
  });
});
