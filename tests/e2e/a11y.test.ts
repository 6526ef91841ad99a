/**
 * Accessibility of every page type in both languages: an axe sweep against
 * WCAG 2.2 A/AA, the page structure (one h1, a main landmark), keyboard use
 * (a skip link first in the tab order that moves focus to the content, a
 * visible focus outline) and entry pages that load no JavaScript at all.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import {
  baseURL,
  entryPath,
  facetKeys,
  facetPath,
  loadBrowseIndex,
  pageSize,
  paths,
  useBrowser,
  valueCounts,
  type BrowseRecord,
  type Lang,
  type OpenOptions,
} from './browser.ts';

const session = useBrowser();
// Read at collection time so every test is named after the page it checks.
const records = await loadBrowseIndex();

function entryIn(lang: Lang): BrowseRecord {
  const record = records.find((candidate) => candidate.lang === lang);
  if (!record) throw new Error(`browse.json has no entry written in ${lang}`);
  return record;
}

/** The most used value of a facet that does not match every entry, so a filter visibly narrows the list. */
function filteringValue(key: (typeof facetKeys)[number]): string {
  const counts = valueCounts(records, key);
  const [value] = counts.find(([, count]) => count < records.length) ?? counts[0] ?? [];
  if (value === undefined) throw new Error(`No ${key} values in browse.json`);
  return value;
}

interface Target {
  name: string;
  path: string;
  /** The `<html lang>` the page must have. */
  lang: Lang;
  kind: 'home' | 'list' | 'facet' | 'entry' | 'about' | 'areas' | 'area' | '404';
  options?: OpenOptions;
  /** Brings the page into the state to check, after it loaded. */
  prepare?: (page: Page) => Promise<void>;
}

const notFound: OpenOptions = { allowConsoleErrors: [/status of 404/] };
const strategy = filteringValue('strategy');

/**
 * The area overview in both languages, and the first municipality page and first neighbourhood page (when the
 * content names one) in Dutch and English: their addresses are the `url` column of the CSV of figures.
 */
async function areaTargets(): Promise<Target[]> {
  const response = await fetch(`${baseURL()}/gebieden/cijfers.csv`);
  if (!response.ok) throw new Error(`GET /gebieden/cijfers.csv answered ${response.status}`);
  const rows = Papa.parse<Record<string, string>>(await response.text(), { header: true, skipEmptyLines: true }).data;
  const first = (level: string) => rows.find((row) => row.level === level && row.url)?.url;
  const pages = (['municipality', 'neighbourhood'] as const).flatMap((level) => {
    const url = first(level);
    if (!url) return [];
    const nl = new URL(url).pathname;
    return [
      { name: `nl ${level} page`, path: nl, lang: 'nl' as const, kind: 'area' as const },
      {
        name: `en ${level} page`,
        path: nl.replace(/^\/gebieden\//, '/en/areas/'),
        lang: 'en' as const,
        kind: 'area' as const,
      },
    ];
  });
  return [
    { name: 'nl areas', path: '/gebieden/', lang: 'nl', kind: 'areas' },
    { name: 'en areas', path: '/en/areas/', lang: 'en', kind: 'areas' },
    ...pages,
  ];
}
const areas = await areaTargets();

const targets: Target[] = [
  ...(['nl', 'en'] as const).flatMap((lang): Target[] => [
    { name: `${lang} home`, path: paths[lang].home, lang, kind: 'home' },
    { name: `${lang} list`, path: paths[lang].list, lang, kind: 'list' },
    {
      name: `${lang} list filtered by strategy=${strategy}`,
      path: paths[lang].list,
      lang,
      kind: 'list',
      prepare: async (page) => {
        await page.locator('[data-browser][data-enhanced]').waitFor({ state: 'attached' });
        await page.locator(`input[type="checkbox"][name="strategy"][value="${strategy}"]`).check();
        await page.waitForURL((url) => url.searchParams.get('strategy') === strategy);
      },
    },
    ...facetKeys.map((key): Target => ({
      name: `${lang} facet page ${key}`,
      path: facetPath(lang, key, filteringValue(key)),
      lang,
      kind: 'facet',
    })),
    ...(['nl', 'en'] as const).map((entryLang): Target => ({
      name: `${lang} entry written in ${entryLang}`,
      path: entryPath(lang, entryIn(entryLang).slug),
      lang,
      kind: 'entry',
    })),
    { name: `${lang} about`, path: paths[lang].about, lang, kind: 'about' },
  ]),
  ...areas,
  { name: '404 page', path: '/404.html', lang: 'nl', kind: '404', options: notFound },
  { name: 'unknown URL', path: '/bestaat-niet/', lang: 'nl', kind: '404', options: notFound },
];

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map(
          (node) =>
            `    - ${JSON.stringify(node.target)}\n      ${(node.failureSummary ?? '').replaceAll('\n', '\n      ')}`,
        )
        .join('\n');
      return `  ${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

async function openTarget(target: Target): Promise<Page> {
  const page = await session.open(target.path, target.options);
  expect(await page.locator('html').getAttribute('lang')).toBe(target.lang);
  await target.prepare?.(page);
  return page;
}

describe('axe finds no WCAG 2.2 A/AA violations', () => {
  test.for(targets)('$name ($path)', async (target) => {
    const page = await openTarget(target);
    // Legacy mode skips the blank page axe otherwise opens to collect frame results (about 1 s per page);
    // the site has no frames, so nothing is lost.
    const results = await new AxeBuilder({ page }).withTags(wcag).setLegacyMode(true).analyze();
    expect(
      results.violations.map((violation) => violation.id),
      `axe violations on ${target.path}:\n${describeViolations(results.violations)}`,
    ).toEqual([]);
  });
});

/** What the keyboard focus is on: enough to tell elements apart in a failure message. */
interface Focused {
  tag: string;
  href: string | null;
  id: string;
  inMain: boolean;
  focusVisible: boolean;
  outlineWidth: string;
  outlineStyle: string;
  onScreen: boolean;
}

function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      href: element.getAttribute('href'),
      id: element.id,
      inMain: element.closest('main') !== null,
      focusVisible: element.matches(':focus-visible'),
      outlineWidth: style.outlineWidth,
      outlineStyle: style.outlineStyle,
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight,
    };
  });
}

const skipText: Record<Lang, RegExp> = { nl: /^Direct naar de inhoud$/, en: /^Skip to content$/ };

describe('structure and keyboard use', () => {
  test.for(targets)('$name ($path)', async (target) => {
    const page = await openTarget(target);
    if (target.prepare) {
      // Start the tab order afresh from the top of the filtered view, as a reader opening its URL would.
      await page.reload();
      await page.locator('[data-browser][data-enhanced]').waitFor({ state: 'attached' });
    }
    expect(await page.locator('h1').count(), 'exactly one h1').toBe(1);
    expect(await page.getByRole('main').count(), 'one main landmark').toBe(1);
    expect(await page.locator('main#main').count(), 'the main landmark is #main').toBe(1);

    // The first Tab lands on the skip link, which shows itself when focused.
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip, 'first focusable element').toMatchObject({ tag: 'a', href: '#main', onScreen: true });
    expect((await page.evaluate(() => document.activeElement?.textContent ?? '')).trim()).toMatch(
      skipText[target.lang],
    );

    // The next Tab reaches a header link, with a visible focus outline.
    await page.keyboard.press('Tab');
    const link = await focused(page);
    expect(link, 'second focusable element').toMatchObject({ tag: 'a', focusVisible: true });
    expect(link?.outlineStyle, 'focus outline style').not.toBe('none');
    expect(Number.parseFloat(link?.outlineWidth ?? '0'), 'focus outline width').toBeGreaterThan(0);

    // Activating the skip link moves focus to the main content; the next Tab stays inside it.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatchObject({ href: '#main' });
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page).then((element) => element?.id)).toBe('main');
    expect(new URL(page.url()).hash).toBe('#main');
    await page.keyboard.press('Tab');
    expect(await focused(page), 'first focusable element after skipping').toMatchObject({ inMain: true });
  });
});

describe('entry pages load no JavaScript', () => {
  const entries = targets.filter((target) => target.kind === 'entry');

  test.for(entries)('$name ($path)', async (target) => {
    const html = await (await fetch(`${baseURL()}${target.path}`)).text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]);
    const executable = scripts.filter((tag) => {
      const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
      return /\bsrc\s*=/i.test(tag) || type === undefined || type === 'module' || type.includes('javascript');
    });
    expect(executable, `script elements in ${target.path}`).toEqual([]);

    const page = await session.newPage(target.options);
    const requested: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') requested.push(request.url());
    });
    await page.goto(target.path, { waitUntil: 'networkidle' });
    expect(requested, `scripts requested by ${target.path}`).toEqual([]);
  });
});

describe('reflow: nothing scrolls sideways at 320 CSS pixels (WCAG 1.4.10)', () => {
  test('every page type', async () => {
    // One page per set of options, so the 404 pages' expected console error is allowed there only.
    const pages = new Map<OpenOptions | undefined, Page>();
    const wide: string[] = [];
    for (const target of targets) {
      let page = pages.get(target.options);
      if (!page) {
        page = await session.newPage(target.options);
        await page.setViewportSize({ width: 320, height: 640 });
        pages.set(target.options, page);
      }
      await page.goto(target.path);
      await target.prepare?.(page);
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const culprits = [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > width + 1)
          .filter((element) => !element.closest('.bp-visually-hidden, [hidden], template'))
          .slice(0, 3)
          .map(
            (element) =>
              `${element.tagName.toLowerCase()}${element.className ? `.${element.className.split(' ')[0] ?? ''}` : ''}`,
          );
        return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
      });
      if (overflow.scrollWidth > overflow.width) {
        wide.push(
          `${target.path}: ${overflow.scrollWidth}px wide in a ${overflow.width}px viewport (${overflow.culprits.join(', ')})`,
        );
      }
    }
    expect(wide).toEqual([]);
  });
});

describe('keyboard use of the filtered list', () => {
  test('paging with the keyboard keeps focus in the results', async (context) => {
    if (records.length <= pageSize) {
      context.skip(`the list has one page (${records.length} entries)`);
      return;
    }
    const page = await session.open(paths.nl.list);
    await page.locator('[data-browser][data-enhanced]').waitFor({ state: 'attached' });
    await page.getByRole('navigation', { name: 'Paginering' }).getByRole('link', { name: 'Volgende' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    // The activated link is replaced by the new pagination: focus must not fall back to <body>,
    // or keyboard and screen reader users are thrown back to the top of the page.
    expect(await focused(page), 'focus after activating "Volgende" (null: it fell back to <body>)').toMatchObject({
      inMain: true,
    });
  });

  test("the filters' submit button takes the focus on to the results", async () => {
    const page = await session.open(paths.nl.list);
    await page.locator('[data-browser][data-enhanced]').waitFor({ state: 'attached' });
    await page.locator(`input[name="strategy"][value="${strategy}"]`).check();
    await page.getByRole('button', { name: 'Toon de resultaten' }).press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('results-title');
    expect(new URL(page.url()).searchParams.getAll('strategy')).toEqual([strategy]);
  });
});
