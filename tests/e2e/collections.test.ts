/**
 * Collections in a real browser: axe (WCAG 2.2 A/AA) on the collection and
 * embed pages in both languages, and the embed inside an iframe of a page
 * served from a second localhost port (another origin): it shows the items,
 * takes the host's theme from its address, sets no cookies, asks nothing of
 * other origins, and its links open on the main site in the top window.
 */
import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseURL, useBrowser } from './browser.ts';

const session = useBrowser();
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A collection slug from the built list of collections. */
async function firstShowcase(): Promise<string> {
  const html = await (await fetch(`${baseURL()}/collecties/`)).text();
  const slug = /href="\/collecties\/([a-z0-9-]+)\/"/.exec(html)?.[1];
  if (!slug) throw new Error('/collecties/ links no collection');
  return slug;
}
const slug = await firstShowcase();

const pages = [
  { name: 'nl collections', path: '/collecties/', lang: 'nl' },
  { name: 'en collections', path: '/en/collections/', lang: 'en' },
  { name: 'nl collection', path: `/collecties/${slug}/`, lang: 'nl' },
  { name: 'en collection', path: `/en/collections/${slug}/`, lang: 'en' },
  { name: 'nl embed', path: `/embed/collecties/${slug}/`, lang: 'nl' },
  { name: 'en embed', path: `/en/embed/collections/${slug}/`, lang: 'en' },
] as const;

describe('axe finds no WCAG 2.2 A/AA violations', () => {
  test.for(pages)('$name ($path)', async ({ path, lang }) => {
    const page = await session.open(path);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('h1').count()).toBe(1);
    const results = await new AxeBuilder({ page }).withTags(wcag).setLegacyMode(true).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`),
    ).toEqual([]);
  });
});

describe('the embed on another site', () => {
  let host: Server;
  let hostURL = '';

  beforeAll(async () => {
    // A page of "another site": a second origin (another port) that frames the embed as the snippet says.
    host = createServer((_request, response) => {
      const src = `${baseURL()}/en/embed/collections/${slug}/?nl-link-color=%23aa0000`;
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="en"><head><title>Municipality</title></head><body><h1>Our examples</h1>` +
          `<iframe src="${src}" title="Examples" width="100%" height="640" style="border:0"></iframe></body></html>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostURL = `http://127.0.0.1:${String((host.address() as AddressInfo).port)}/`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) =>
      host.close(() => {
        resolve();
      }),
    );
  });

  test('shows the collection, themed by the host, without cookies or other origins', async () => {
    const page = await session.newPage();
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.goto(hostURL);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('.collection-items > .item').count()).toBeGreaterThan(0);
    await expect.poll(() => frame.locator('h1').textContent()).toBeTruthy();
    const color = await frame
      .locator('.collection-items a')
      .first()
      .evaluate((a) => getComputedStyle(a).color);
    expect(color).toBe('rgb(170, 0, 0)');
    expect(await page.context().cookies()).toEqual([]);
    expect([...origins].sort()).toEqual([new URL(baseURL()).origin, new URL(hostURL).origin].sort());
  });

  test('its links open on the main site, in the top window', async () => {
    const page = await session.newPage();
    await page.goto(hostURL);
    const link = page.frameLocator('iframe').locator('.collection-items a').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/en\/initiative\/[a-z0-9-]+\/$/);
    await link.click();
    await page.waitForURL(`${baseURL()}${href ?? ''}`);
    expect(await page.locator('h1').count()).toBe(1);
    expect(page.frames()).toHaveLength(1);
  });

  test('works without JavaScript too', async () => {
    const page = await session.newPage({ javaScriptEnabled: false });
    await page.goto(hostURL);
    await expect
      .poll(() => page.frameLocator('iframe').locator('.collection-items > .item').count())
      .toBeGreaterThan(0);
  });
});
