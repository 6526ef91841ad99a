/**
 * The list page's facet filters, in a real browser. Every expectation is
 * derived from /data/browse.json (the very index the page filters), so the
 * tests hold whatever the content is: ticking values filters the list (OR
 * within a facet, AND across facets), the selection lives in the URL query,
 * back/forward and deep links restore it, reset clears it, and without
 * JavaScript the panel links to static facet pages with the same counts.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  entryPath,
  facetKeys,
  facetSegments,
  matching,
  numberIn,
  pageSize,
  paths,
  useBrowser,
  valueCounts,
  loadBrowseIndex,
  type BrowseRecord,
  type FacetKey,
  type Lang,
  type Selection,
} from './browser.ts';

const session = useBrowser();
let records: BrowseRecord[] = [];

beforeAll(async () => {
  records = await loadBrowseIndex();
});

// --- Choosing facet values from the data --------------------------------------------------------

interface Pick {
  key: FacetKey;
  value: string;
}

/** Every (facet, value) pair used in the data, most used first within each facet. */
function allPicks(keys: readonly FacetKey[] = facetKeys): Pick[] {
  return keys.flatMap((key) => valueCounts(records, key).map(([value]) => ({ key, value })));
}

const sizeOf = (selection: Selection): number => matching(records, selection).length;

/** The most used value of a facet that does not match every entry (so ticking it visibly filters). */
function filteringValue(key: FacetKey): Pick {
  const counts = valueCounts(records, key);
  const [value] = counts.find(([, count]) => count < records.length) ?? counts[0] ?? [];
  if (value === undefined) throw new Error(`No ${key} values in browse.json`);
  return { key, value };
}

/** Two values of one facet whose union is larger than each of them (strategy if it has such a pair). */
function unionPair(): { key: FacetKey; first: string; second: string } {
  for (const key of facetKeys) {
    const values = valueCounts(records, key).map(([value]) => value);
    let best: { first: string; second: string; size: number } | undefined;
    for (const first of values) {
      for (const second of values) {
        if (first === second) continue;
        const size = sizeOf({ [key]: [first, second] });
        if (size > sizeOf({ [key]: [first] }) && size > sizeOf({ [key]: [second] }) && size > (best?.size ?? 0)) {
          best = { first, second, size };
        }
      }
    }
    if (best) return { key, first: best.first, second: best.second };
  }
  throw new Error('browse.json has no facet with two values whose union is larger than each: cannot test OR');
}

/**
 * A value of another facet that narrows `base` without emptying it, preferably to fewer
 * entries than both sides alone (so AND is told apart from either filter alone and from OR).
 */
function narrowingPick(base: Pick): Pick {
  const baseSize = sizeOf({ [base.key]: [base.value] });
  const candidates = allPicks(facetKeys.filter((key) => key !== base.key)).map((pick) => {
    const both = sizeOf({ [base.key]: [base.value], [pick.key]: [pick.value] });
    return { pick, both, alone: sizeOf({ [pick.key]: [pick.value] }) };
  });
  const useful = candidates.filter(({ both }) => both > 0 && both < baseSize);
  const best = useful.find(({ both, alone }) => both < alone) ?? useful[0];
  if (!best) throw new Error(`No value narrows ${base.key}=${base.value}: cannot test AND`);
  return best.pick;
}

// --- Reading the page ---------------------------------------------------------------------------

const checkbox = (page: Page, { key, value }: Pick) =>
  page.locator(`input[type="checkbox"][name="${key}"][value="${value}"]`);

async function openList(path: string, lang: Lang = 'nl'): Promise<Page> {
  const page = await session.open(path);
  expect(await page.locator('html').getAttribute('lang')).toBe(lang);
  // The script marks the browser enhanced once it has set up the filters (browse.json loads when needed).
  await page.locator('[data-browser][data-enhanced]').waitFor({ state: 'attached' });
  return page;
}

async function checkedBoxes(page: Page): Promise<string[]> {
  return page
    .locator('input[type="checkbox"]:checked')
    .evaluateAll((boxes) => boxes.map((box) => `${(box as HTMLInputElement).name}=${(box as HTMLInputElement).value}`))
    .then((pairs) => pairs.sort());
}

function selectionPairs(selection: Selection): string[] {
  return facetKeys.flatMap((key) => (selection[key] ?? []).map((value) => `${key}=${value}`)).sort();
}

/** The query of a URL as sorted `key=value` pairs, `page` included. */
function queryPairs(url: string): string[] {
  return [...new URL(url).searchParams].map(([key, value]) => `${key}=${value}`).sort();
}

/**
 * The page shows exactly the view of `selection` at page `pageNumber`: the URL
 * (path and query), the ticked boxes, the status count and the listed titles.
 */
async function expectView(page: Page, lang: Lang, selection: Selection, pageNumber = 1): Promise<void> {
  const expected = matching(records, selection);
  const shown = expected.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
  const query = [...selectionPairs(selection), ...(pageNumber > 1 ? [`page=${pageNumber}`] : [])].sort();
  await expect.poll(() => queryPairs(page.url()), { message: 'URL query' }).toEqual(query);
  expect(new URL(page.url()).pathname, 'URL path').toBe(paths[lang].list);
  await expect.poll(() => checkedBoxes(page), { message: 'ticked checkboxes' }).toEqual(selectionPairs(selection));
  await expect
    .poll(async () => numberIn(await page.locator('[data-status]').textContent()), { message: 'status count' })
    .toBe(expected.length);
  expect(await page.locator('[data-status]').getAttribute('role')).toBe('status');
  const links = await page
    .locator('#results-list > li a')
    .evaluateAll((anchors) => anchors.map((a) => ({ title: a.textContent.trim(), href: a.getAttribute('href') })));
  expect(links, 'listed entries').toEqual(
    shown.map((record) => ({ title: record.title, href: entryPath(lang, record.slug) })),
  );
}

// --- With JavaScript ----------------------------------------------------------------------------

describe('filtering the Dutch list with JavaScript', () => {
  test('the unfiltered list shows the first page of all entries', async () => {
    const page = await openList(paths.nl.list);
    await expectView(page, 'nl', {});
  });

  test('the filter data loads when the filters are first used, not with the page', async () => {
    const page = await session.open(paths.nl.list);
    const loads: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/data/list/index.json') loads.push(request.url());
    });
    await page.locator('[data-browser][data-enhanced]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    // Neither the index nor any record file (lib/core/list-format.ts), nor the whole catalog the page once loaded.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/\/data\/(list\/|browse\.json)/)]),
    );
    const strategy = filteringValue('strategy');
    await checkbox(page, strategy).check();
    await expectView(page, 'nl', { strategy: [strategy.value] });
    expect(loads).toHaveLength(1);
  });

  test('ticking one strategy shows its entries and writes ?strategy= to the URL', async () => {
    const strategy = filteringValue('strategy');
    const page = await openList(paths.nl.list);
    await checkbox(page, strategy).check();
    await expectView(page, 'nl', { strategy: [strategy.value] });
    expect(new URL(page.url()).searchParams.getAll('strategy')).toEqual([strategy.value]);
  });

  test('a second value in the same facet gives the union (OR)', async () => {
    const { key, first, second } = unionPair();
    const page = await openList(paths.nl.list);
    await checkbox(page, { key, value: first }).check();
    await expectView(page, 'nl', { [key]: [first] });
    await checkbox(page, { key, value: second }).check();
    await expectView(page, 'nl', { [key]: [first, second] });
  });

  test('a value in another facet gives the intersection (AND)', async () => {
    const strategy = filteringValue('strategy');
    const other = narrowingPick(strategy);
    const page = await openList(paths.nl.list);
    await checkbox(page, strategy).check();
    await checkbox(page, other).check();
    const selection = { [strategy.key]: [strategy.value], [other.key]: [other.value] };
    await expectView(page, 'nl', selection);
    expect(sizeOf(selection)).toBeLessThan(sizeOf({ [strategy.key]: [strategy.value] }));
  });

  test('more than a page of matches gets a page 2 link that keeps the filters', async (context) => {
    const { key, first, second } = unionPair();
    const candidates: Selection[] = [
      { [key]: [first, second] },
      ...allPicks().map((pick): Selection => ({ [pick.key]: [pick.value] })),
    ];
    const selection = candidates.find((candidate) => sizeOf(candidate) > pageSize);
    if (!selection) {
      context.skip(`no selection in browse.json matches more than ${pageSize} entries`);
      return;
    }
    const page = await openList(paths.nl.list);
    for (const facet of facetKeys)
      for (const value of selection[facet] ?? []) await checkbox(page, { key: facet, value }).check();
    await expectView(page, 'nl', selection);
    const pagination = page.getByRole('navigation', { name: 'Paginering' }).filter({ visible: true });
    await expect.poll(() => pagination.count()).toBe(1);
    await pagination.getByRole('link', { name: 'Volgende' }).click();
    await expectView(page, 'nl', selection, 2);
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    await pagination.getByRole('link', { name: 'Vorige' }).click();
    await expectView(page, 'nl', selection, 1);
  });

  test('back and forward restore the URL, the checkboxes and the list', async () => {
    const strategy = filteringValue('strategy');
    const other = narrowingPick(strategy);
    const one = { [strategy.key]: [strategy.value] };
    const two = { ...one, [other.key]: [other.value] };
    const page = await openList(paths.nl.list);
    await checkbox(page, strategy).check();
    await expectView(page, 'nl', one);
    await checkbox(page, other).check();
    await expectView(page, 'nl', two);

    await page.goBack();
    await expectView(page, 'nl', one);
    await page.goBack();
    await expectView(page, 'nl', {});
    await page.goForward();
    await expectView(page, 'nl', one);
    await page.goForward();
    await expectView(page, 'nl', two);
  });

  test('a deep link with a query opens the filtered view', async () => {
    // actor=library&theme=education when the data has it, else the first actor/theme pair that matches something.
    const pairs = allPicks(['actor']).flatMap((actor) => allPicks(['theme']).map((theme) => ({ actor, theme })));
    const preferred = pairs.find(({ actor, theme }) => actor.value === 'library' && theme.value === 'education');
    const pair = [...(preferred ? [preferred] : []), ...pairs].find(
      ({ actor, theme }) => sizeOf({ actor: [actor.value], theme: [theme.value] }) > 0,
    );
    if (!pair) throw new Error('No actor and theme in browse.json share an entry');
    const selection = { actor: [pair.actor.value], theme: [pair.theme.value] };
    const page = await openList(`${paths.nl.list}?actor=${pair.actor.value}&theme=${pair.theme.value}`);
    await expectView(page, 'nl', selection);
  });

  test('"Alle filters wissen" clears every filter', async () => {
    const strategy = filteringValue('strategy');
    const other = narrowingPick(strategy);
    const page = await openList(`${paths.nl.list}?${strategy.key}=${strategy.value}&${other.key}=${other.value}`);
    await expectView(page, 'nl', { [strategy.key]: [strategy.value], [other.key]: [other.value] });
    await page.getByRole('button', { name: 'Alle filters wissen' }).click();
    await expectView(page, 'nl', {});
  });
});

test('the English list filters the same way', async () => {
  const theme = filteringValue('theme');
  const page = await openList(paths.en.list, 'en');
  await checkbox(page, theme).check();
  await expectView(page, 'en', { theme: [theme.value] });
  const count = sizeOf({ theme: [theme.value] });
  expect(await page.locator('[data-status]').textContent()).toMatch(
    count === 1 ? /^\s*1 initiative found\s*$/ : new RegExp(`^\\s*${count} initiatives found\\s*$`),
  );
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expectView(page, 'en', {});
});

// --- Without JavaScript -------------------------------------------------------------------------

/** The facet and value a facet page link points to, read back from its URL. */
function facetOfLink(lang: Lang, href: string): Pick {
  const match = new RegExp(`^${paths[lang].list}([^/]+)/([^/]+)/$`).exec(href);
  const key = facetKeys.find((facet) => facetSegments[facet][lang] === match?.[1]);
  if (!match?.[2] || !key) throw new Error(`Not a facet page link: ${href}`);
  return { key, value: decodeURIComponent(match[2]) };
}

/** Entries listed on a static list page and all the pages its pagination links to. */
async function entriesAcrossPages(page: Page): Promise<string[]> {
  const titles: string[] = [];
  for (let guard = 0; guard < 100; guard++) {
    titles.push(...(await page.locator('main ul.entry-list > li a').allTextContents()).map((title) => title.trim()));
    const next = page.locator('main nav a[rel="next"]');
    if ((await next.count()) === 0) return titles;
    const href = await next.getAttribute('href');
    if (!href) throw new Error(`Next link without href on ${page.url()}`);
    await page.goto(href);
  }
  throw new Error('Pagination does not end');
}

describe('the Dutch list without JavaScript', () => {
  test('shows links to facet pages instead of checkboxes, and the first page of entries', async () => {
    const page = await session.open(paths.nl.list, { javaScriptEnabled: false });
    const panel = page.locator('form[data-facet-form]');
    expect(await panel.locator('input[type="checkbox"]').first().isVisible()).toBe(false);
    expect(await panel.getByRole('button', { name: 'Alle filters wissen' }).isVisible()).toBe(false);
    for (const key of facetKeys) {
      const links = panel.locator(`a[href^="${paths.nl.list}${facetSegments[key].nl}/"]`);
      const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      const values = hrefs.map((href) => facetOfLink('nl', href).value).sort();
      expect(values, `${key} links`).toEqual(
        valueCounts(records, key)
          .map(([value]) => value)
          .sort(),
      );
      expect(await links.first().isVisible(), `${key} links are visible`).toBe(true);
    }
    const titles = (await page.locator('#results-list > li a').allTextContents()).map((title) => title.trim());
    expect(titles).toEqual(records.slice(0, pageSize).map((record) => record.title));
    expect(numberIn(await page.locator('[data-status]').textContent())).toBe(records.length);
    const pageTwo = page.locator(`main nav a[rel="next"][href="${paths.nl.list}${paths.nl.page}/2/"]`);
    expect(await pageTwo.count(), 'link to page 2').toBe(records.length > pageSize ? 1 : 0);
  });

  test('every facet link leads to a page with as many entries as browse.json has', async () => {
    const page = await session.open(paths.nl.list, { javaScriptEnabled: false });
    const links = await page.locator('form[data-facet-form] a[href]').evaluateAll((anchors) =>
      anchors.map((a) => ({
        href: a.getAttribute('href') ?? '',
        count: a.querySelector('.count')?.textContent ?? '',
      })),
    );
    expect(links.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const link of links) {
      const pick = facetOfLink('nl', link.href);
      const expected = matching(records, { [pick.key]: [pick.value] }).map((record) => record.title);
      if (numberIn(link.count) !== expected.length) {
        problems.push(`${link.href}: the panel says ${link.count}, browse.json has ${expected.length}`);
      }
      const response = await page.goto(link.href);
      if (response?.status() !== 200) {
        problems.push(`${link.href}: HTTP ${response?.status() ?? 'no response'}`);
        continue;
      }
      const titles = await entriesAcrossPages(page);
      if (titles.length !== expected.length || [...titles].sort().join('\n') !== [...expected].sort().join('\n')) {
        problems.push(`${link.href}: lists ${titles.length} entries, browse.json has ${expected.length}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
