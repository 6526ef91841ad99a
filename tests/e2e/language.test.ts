/**
 * The language switch and the language of the text: every page type links to
 * the same page in the other language, `<html lang>` follows the interface
 * language, and an entry written in the other language says so and marks its
 * own text with `lang`, so screen readers pronounce it right.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  entryPath,
  facetPath,
  loadBrowseIndex,
  pageSize,
  paths,
  useBrowser,
  valueCounts,
  type BrowseRecord,
  type Lang,
} from './browser.ts';

const session = useBrowser();
let records: BrowseRecord[] = [];

beforeAll(async () => {
  records = await loadBrowseIndex();
});

function entryIn(lang: Lang): BrowseRecord {
  const record = records.find((candidate) => candidate.lang === lang);
  if (!record) throw new Error(`browse.json has no entry written in ${lang}`);
  return record;
}

function mostUsed(key: 'theme' | 'target'): string {
  const [first] = valueCounts(records, key);
  if (!first) throw new Error(`browse.json has no ${key} values`);
  return first[0];
}

/** The language switch in the site header (the banner landmark), not some link in the content. */
const languageSwitch = (page: Page, to: Lang) => page.getByRole('banner').locator(`a[hreflang="${to}"]`);

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');

/** The page's path, as the browser sees it after following links. */
const pathOf = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search;

async function switchLanguage(page: Page, to: Lang, expectedPath: string): Promise<void> {
  const link = languageSwitch(page, to);
  expect(await link.count(), `one language switch to ${to} on ${page.url()}`).toBe(1);
  expect(await link.getAttribute('lang'), 'the switch is labelled in the language it leads to').toBe(to);
  await Promise.all([page.waitForURL((url) => url.pathname === expectedPath), link.click()]);
  expect(pathOf(page)).toBe(expectedPath);
  expect(await htmlLang(page)).toBe(to);
}

interface Pair {
  name: string;
  nl: () => string;
  en: () => string;
}

const pairs: Pair[] = [
  { name: 'home', nl: () => paths.nl.home, en: () => paths.en.home },
  { name: 'list', nl: () => paths.nl.list, en: () => paths.en.list },
  {
    name: 'facet page (theme)',
    nl: () => facetPath('nl', 'theme', mostUsed('theme')),
    en: () => facetPath('en', 'theme', mostUsed('theme')),
  },
  {
    name: 'facet page (target group)',
    nl: () => facetPath('nl', 'target', mostUsed('target')),
    en: () => facetPath('en', 'target', mostUsed('target')),
  },
  { name: 'Dutch entry', nl: () => entryPath('nl', entryIn('nl').slug), en: () => entryPath('en', entryIn('nl').slug) },
  {
    name: 'English entry',
    nl: () => entryPath('nl', entryIn('en').slug),
    en: () => entryPath('en', entryIn('en').slug),
  },
  { name: 'about', nl: () => paths.nl.about, en: () => paths.en.about },
];

describe('the language switch leads to the same page in the other language and back', () => {
  test.for(pairs)('$name', async ({ nl, en }) => {
    const page = await session.open(nl());
    expect(await htmlLang(page)).toBe('nl');
    await switchLanguage(page, 'en', en());
    await switchLanguage(page, 'nl', nl());
  });

  test('page 2 of the list', async (context) => {
    if (records.length <= pageSize) {
      context.skip(`the list has one page (${records.length} entries)`);
      return;
    }
    const nl = `${paths.nl.list}${paths.nl.page}/2/`;
    const page = await session.open(nl);
    expect(await htmlLang(page)).toBe('nl');
    await switchLanguage(page, 'en', `${paths.en.list}${paths.en.page}/2/`);
    await switchLanguage(page, 'nl', nl);
  });

  test('starting from English', async () => {
    const page = await session.open(paths.en.about);
    expect(await htmlLang(page)).toBe('en');
    await switchLanguage(page, 'nl', paths.nl.about);
    await switchLanguage(page, 'en', paths.en.about);
  });
});

/** The language a piece of text is in: the `lang` of its nearest ancestor that has one. */
const languageOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.closest('[lang]')?.getAttribute('lang') ?? null);

describe('an entry in the other language than the interface', () => {
  test('an English entry in the Dutch interface has a Dutch notice and English text', async () => {
    const record = entryIn('en');
    const page = await session.open(entryPath('nl', record.slug));
    expect(await htmlLang(page)).toBe('nl');
    const header = page.locator('main article header').first();
    expect(await header.getAttribute('lang')).toBe('en');
    expect(await languageOf(page, 'main article h1')).toBe('en');
    expect((await page.locator('main article h1').textContent())?.trim()).toBe(record.title);
    const notice = header.getByText(/beschreven in het Engels/);
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe('nl');

    await switchLanguage(page, 'en', entryPath('en', record.slug));
    expect(await page.locator('main article header').first().getAttribute('lang')).toBeNull();
    expect(await languageOf(page, 'main article h1')).toBe('en');
    expect(await page.getByText(/described in English/).count()).toBe(0);

    await switchLanguage(page, 'nl', entryPath('nl', record.slug));
  });

  test('a Dutch entry in the English interface has an English notice and Dutch text', async () => {
    const record = entryIn('nl');
    const page = await session.open(entryPath('en', record.slug));
    expect(await htmlLang(page)).toBe('en');
    const header = page.locator('main article header').first();
    expect(await header.getAttribute('lang')).toBe('nl');
    expect(await languageOf(page, 'main article h1')).toBe('nl');
    const notice = header.getByText(/described in Dutch/);
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe('en');

    await switchLanguage(page, 'nl', entryPath('nl', record.slug));
    expect(await page.locator('main article header').first().getAttribute('lang')).toBeNull();
    expect(await page.getByText(/beschreven in het/).count()).toBe(0);
  });

  test('on a filtered list the switch keeps the filters, and after a filter change too', async () => {
    const theme = mostUsed('theme');
    const page = await session.open(`${paths.nl.list}?theme=${theme}`);
    await page.locator('[data-browser][data-enhanced]').waitFor();
    expect(await languageSwitch(page, 'en').getAttribute('href')).toBe(`${paths.en.list}?theme=${theme}`);
    await page.locator('input[type="checkbox"][name="theme"]:checked').uncheck();
    expect(await languageSwitch(page, 'en').getAttribute('href')).toBe(paths.en.list);
    await page.locator(`input[type="checkbox"][name="theme"][value="${theme}"]`).check();
    await Promise.all([page.waitForURL((url) => url.pathname === paths.en.list), languageSwitch(page, 'en').click()]);
    expect(pathOf(page)).toBe(`${paths.en.list}?theme=${theme}`);
    await page.locator('[data-browser][data-enhanced]').waitFor();
    expect(await page.locator(`input[name="theme"][value="${theme}"]`).isChecked()).toBe(true);
  });
});
