/**
 * Full-text search with Pagefind, in a real browser against the built index.
 * Every expectation comes from the content itself (read and validated as the
 * build reads it) and from /data/browse.json: the words searched for are
 * picked at test time (a word in one entry only, an accented word typed
 * without its accent, a Dutch singular typed as its plural), filter counts are
 * computed from the facet values (OR within a filter, AND across filters), and
 * the newest-first order from the publication dates. Also: the URL holds the
 * search (reload, back and forward restore it), the header form leads to the
 * search page without loading any search code before, keyboard use, the
 * English index, the page without JavaScript and an axe sweep. Places are searched too (`type` filter: initiative
 * or place): their text is part of the content the expectations come from, and their results are `place:<slug>`.
 */
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { contentRoot, readEntryFiles } from '../../src/lib/build/content-files.ts';
import { termsUsed } from '../../src/lib/present/entry-facts.ts';
import { validateInitiatives, validatePlaces, type ValidEntry, type ValidPlace } from '../../src/lib/core/validation.ts';
import { fill, statusText } from '../../src/client/search/render.ts';
import { resultBatch } from '../../src/client/search/results.ts';
import { searchTexts, type SearchTexts } from '../../src/client/search/texts.ts';
import { t } from '../../src/i18n/index.ts';
import { pathFor } from '../../src/lib/core/routes.ts';
import { searchFilterKeys, type SearchFilterKey, type SearchSelection } from '../../src/lib/core/search.ts';
import { entryPath, loadBrowseIndex, paths, useBrowser, type BrowseRecord, type Lang } from './browser.ts';

const session = useBrowser();

// --- The contract of the search page, from the modules that define it ---------------------------

/** The search page per interface language (src/lib/core/routes.ts). */
const searchPath: Record<Lang, string> = {
  nl: pathFor({ view: 'search' }, 'nl'),
  en: pathFor({ view: 'search' }, 'en'),
};

/** Results shown at once, and added by "more results" (src/client/search/results.ts). */
const batchSize = resultBatch;

type FilterKey = SearchFilterKey;
const filterKeys: readonly FilterKey[] = searchFilterKeys;
type FilterSelection = SearchSelection;

/** The texts of the search page (src/client/search/texts.ts, from the i18n catalogue). */
const texts = Object.fromEntries(
  (['nl', 'en'] as const).map((lang) => {
    const shown = searchTexts(lang);
    return [
      lang,
      {
        ...shown,
        results: (count: number, query: string) => statusText(shown, count, query),
        inLanguage: Object.fromEntries(
          (['nl', 'en'] as const).map((written) => [
            written,
            fill(shown.inLanguage, { language: shown.language[written] ?? written }),
          ]),
        ) as Record<Lang, string>,
        more: t(lang, 'search.more'),
        noJs: t(lang, 'search.noJs'),
      },
    ];
  }),
) as Record<
  Lang,
  Omit<SearchTexts, 'results' | 'inLanguage'> & {
    results: (count: number, query: string) => string;
    inLanguage: Record<Lang, string>;
    more: string;
    noJs: string;
  }
>;

// --- The content, read as the build reads it ------------------------------------------------------

const validated = validateInitiatives(await readEntryFiles(path.join(contentRoot(), 'initiatives')));
if (validated.problems.length > 0) {
  throw new Error(`The content has problems: ${validated.problems.map((p) => `${p.file}: ${p.message}`).join('; ')}`);
}
const entries: readonly ValidEntry[] = validated.entries;
/** The places of the atlas: their pages are searched too, with `type: place` and no other filter value. */
const places: readonly ValidPlace[] = validatePlaces(
  await readEntryFiles(path.join(contentRoot(), 'places'), undefined, undefined, true),
).places;
/** The id of a place among the search results (entries are their slug). */
const placeId = (slug: string): string => `place:${slug}`;
const entryBySlug = new Map(entries.map((entry) => [entry.slug, entry]));

function entryOf(slug: string): ValidEntry {
  const entry = entryBySlug.get(slug);
  if (!entry) throw new Error(`No entry ${slug} in the content`);
  return entry;
}

/** Lower case without diacritics: "Café" → "cafe". */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a text that stand on their own (letters only: no parts of "Leed-straat" or of URLs), lower case. */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase())
    .filter((token) => /^\p{L}+$/u.test(token));
}

/** The body as readers see it: without link targets and tags. */
const prose = (body: string): string => body.replace(/\]\([^)]*\)/g, ']').replace(/<[^>]*>/g, ' ');

/** What the search index surely holds of an entry or a place: its title, summary and body text. */
const searchableWords = new Map([
  ...entries.map(
    (entry) =>
      [entry.slug, new Set(wordsOf([entry.data.title, entry.data.summary, prose(entry.body)].join('\n')))] as const,
  ),
  ...places.map(
    (place) =>
      [
        placeId(place.slug),
        new Set(wordsOf([place.data.title, place.data.summary, prose(place.body)].join('\n'))),
      ] as const,
  ),
]);
/** Everything an entry's or place's file says (a superset of what is indexed), folded: to rule out matches elsewhere. */
const fullText = new Map([
  ...entries.map((entry) => [entry.slug, fold(`${JSON.stringify(entry.data)}\n${entry.body}`)] as const),
  ...places.map((place) => [placeId(place.slug), fold(`${JSON.stringify(place.data)}\n${place.body}`)] as const),
]);

/** The entries and places (as `place:<slug>`) whose searchable words include a match. */
const slugsWith = (matches: (word: string) => boolean): string[] =>
  [...searchableWords].filter(([, words]) => [...words].some(matches)).map(([id]) => id);

/**
 * Long words of `text` (of entries written in `lang`) that no other entry comes
 * close to: no other file contains even their first letters (Pagefind matches
 * stems and prefixes), so searching one must find that entry and nothing else.
 * Longest first.
 */
function uniqueWords(lang: Lang, text: (entry: ValidEntry) => Iterable<string>): { word: string; slug: string }[] {
  return entries
    .filter((entry) => entry.data.lang === lang)
    .flatMap((entry) =>
      [...new Set(text(entry))]
        .filter((word) => word.length >= 10 && word === fold(word))
        .filter((word) => {
          const start = word.slice(0, word.length - 6);
          return [...fullText].every(([slug, other]) => slug === entry.slug || !other.includes(start));
        })
        .map((word) => ({ word, slug: entry.slug })),
    )
    .sort((a, b) => b.word.length - a.word.length || a.word.localeCompare(b.word));
}

/** A word of the title, summary or body of one entry written in `lang` only. */
function uniqueWord(lang: Lang): { word: string; slug: string } {
  const [best] = uniqueWords(lang, (entry) => searchableWords.get(entry.slug) ?? []);
  if (!best) throw new Error(`No word occurs in exactly one entry written in ${lang}`);
  return best;
}

/** A word of one entry that its author wrote in a fact (who meets whom, the host's role) and nowhere else. */
function factWord(): { word: string; slug: string } | undefined {
  const facts = (entry: ValidEntry) =>
    wordsOf(`${entry.data.strategyNote}\n${entry.data.hostRole ?? ''}`).filter(
      (word) => !(searchableWords.get(entry.slug) ?? new Set()).has(word),
    );
  return [...uniqueWords('nl', facts), ...uniqueWords('en', facts)][0];
}

/**
 * An accented word typed without its accent ("cafe" for "café"): the word as
 * folded, and the entries that contain it with the accent.
 */
function accentProbe(): { query: string; slugs: string[] } {
  const accented = new Map<string, Set<string>>();
  for (const [slug, words] of searchableWords) {
    for (const word of words) {
      const folded = fold(word);
      if (word === folded || folded.length < 4 || !/^[a-z]+$/.test(folded)) continue;
      accented.set(folded, (accented.get(folded) ?? new Set()).add(slug));
    }
  }
  const ranked = [...accented].sort(
    ([a, aSlugs], [b, bSlugs]) => Number(b === 'cafe') - Number(a === 'cafe') || bSlugs.size - aSlugs.size,
  );
  const [first] = ranked;
  if (!first) throw new Error('No word with a diacritic in the content');
  return { query: first[0], slugs: [...first[1]].sort() };
}

/**
 * A Dutch singular and its plural that both occur in the content, preferring a
 * plural that shortens a long vowel (bibliotheek → bibliotheken): searching
 * the plural must find the entries that only have the singular, and back.
 */
function pluralPair(): { singular: string; plural: string } {
  const vocabulary = new Map<string, Set<string>>();
  for (const [slug, words] of searchableWords) {
    for (const word of words) vocabulary.set(word, (vocabulary.get(word) ?? new Set()).add(slug));
  }
  const pairs: { singular: string; plural: string; only: number; shortened: boolean }[] = [];
  for (const [singular, slugs] of vocabulary) {
    if (singular.length < 5 || !/^[a-z]+$/.test(singular)) continue;
    const long = /^(.*[^aeiou])([aeou])\2([^aeiouy])$/.exec(singular);
    const shortened = long ? `${long[1] ?? ''}${long[2] ?? ''}${long[3] ?? ''}en` : undefined;
    for (const plural of [`${singular}en`, ...(shortened ? [shortened] : [])]) {
      const pluralSlugs = vocabulary.get(plural);
      if (!pluralSlugs) continue;
      const only = [...slugs].filter((slug) => !pluralSlugs.has(slug)).length;
      if (only > 0) pairs.push({ singular, plural, only, shortened: plural === shortened });
    }
  }
  pairs.sort(
    (a, b) =>
      Number(b.singular === 'bibliotheek') - Number(a.singular === 'bibliotheek') ||
      Number(b.shortened) - Number(a.shortened) ||
      b.singular.length - a.singular.length ||
      b.only - a.only ||
      a.singular.localeCompare(b.singular),
  );
  const [best] = pairs;
  if (!best) throw new Error('No Dutch singular and plural in the content to test stemming with');
  return best;
}

/** The longest word of an entry's title (what a reader remembers of it), if it has one of 5 letters or more. */
function titleWord(entry: ValidEntry): string | undefined {
  return wordsOf(entry.data.title)
    .filter((word) => word.length >= 5)
    .sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
}

/** About eight entries spread over the content, with at least one written in each language. */
function titleSample(): ValidEntry[] {
  const step = Math.max(1, Math.ceil(entries.length / 8));
  const sample = entries.filter((_, i) => i % step === 0);
  for (const lang of ['nl', 'en'] as const) {
    const written = entries.find((entry) => entry.data.lang === lang);
    if (written && !sample.some((entry) => entry.data.lang === lang)) sample.push(written);
  }
  return sample;
}

/**
 * A word that every page of some entry shows in its definitions (an ignored part of the page),
 * while no entry's own text comes close to it: searching it must find nothing.
 */
function definitionWord(): { word: string; slug: string } | undefined {
  const candidates = entries.flatMap((entry) =>
    termsUsed(entry.data).flatMap(({ term }) =>
      wordsOf(term.definition.nl)
        .filter((word) => word.length >= 9 && word === fold(word))
        .filter((word) => [...fullText.values()].every((text) => !text.includes(word.slice(0, word.length - 4))))
        .map((word) => ({ word, slug: entry.slug })),
    ),
  );
  return candidates.sort((a, b) => b.word.length - a.word.length || a.word.localeCompare(b.word))[0];
}

/** A word that shares not even three letters in a row with any entry, so it can only find nothing. */
function nonsenseWord(): string {
  for (const word of ['qwzxvbnk', 'zzyzxqvw', 'xqvjzwkpf']) {
    const triples = Array.from({ length: word.length - 2 }, (_, i) => word.slice(i, i + 3));
    if ([...fullText.values()].every((text) => triples.every((triple) => !text.includes(triple)))) return word;
  }
  throw new Error('Every nonsense word occurs in the content');
}

const publishedOf = (slug: string): string =>
  (slug.startsWith('place:')
    ? places.find((place) => placeId(place.slug) === slug)?.data.published
    : entryOf(slug).data.published
  )
    ?.toISOString()
    .slice(0, 10) ?? '';

/** The slug of an entry URL in either language, or `place:<slug>` of a place URL. */
function slugOfHref(href: string): string {
  const place = /^(?:\/plekken\/|\/en\/places\/)([^/]+)\/$/.exec(href);
  if (place?.[1]) return placeId(place[1]);
  const match = new RegExp(`^(?:${paths.nl.entry}|${paths.en.entry})([^/]+)/$`).exec(href);
  if (!match?.[1]) throw new Error(`Not an entry URL: ${href}`);
  return match[1];
}

// --- The data behind the filters ------------------------------------------------------------------

interface Item {
  slug: string;
  values: Record<FilterKey, readonly string[]>;
}

let records: BrowseRecord[] = [];
let items: Item[] = [];

beforeAll(async () => {
  records = await loadBrowseIndex();
  expect(records.map((record) => record.slug).sort(), 'browse.json and the content hold the same entries').toEqual(
    entries.map((entry) => entry.slug).sort(),
  );
  const none = Object.fromEntries(filterKeys.map((key) => [key, []])) as unknown as Record<FilterKey, string[]>;
  items = [
    ...records.map((record) => ({
      slug: record.slug,
      values: {
        ...record.facets,
        type: ['initiative'],
        status: [entryOf(record.slug).data.status].filter((s) => s !== undefined),
      },
    })),
    // A place page carries only its type: any facet or status filter leaves it out.
    ...places.map((place) => ({ slug: placeId(place.slug), values: { ...none, type: ['place'] } })),
  ];
});

function matchesSelection(item: Item, selection: FilterSelection, except?: FilterKey): boolean {
  return filterKeys.every((key) => {
    const wanted = selection[key] ?? [];
    return key === except || wanted.length === 0 || wanted.some((value) => item.values[key].includes(value));
  });
}

const matchingSlugs = (selection: FilterSelection): string[] =>
  items.filter((item) => matchesSelection(item, selection)).map((item) => item.slug);
const sizeOf = (selection: FilterSelection): number => matchingSlugs(selection).length;

/** The count shown next to each checkbox: the value within the selection of all *other* filters. */
function expectedCount(selection: FilterSelection, key: FilterKey, value: string): number {
  return items.filter((item) => item.values[key].includes(value) && matchesSelection(item, selection, key)).length;
}

/** Values of a filter, most used first. */
function valuesOf(key: FilterKey): string[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const value of item.values[key]) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value);
}

/** A value that narrows `selection` without emptying it, preferably strictly; undefined if none keeps anything. */
function narrowing(key: FilterKey, selection: FilterSelection): string | undefined {
  const current = sizeOf(selection);
  const options = valuesOf(key)
    .filter((value) => !(selection[key] ?? []).includes(value))
    .map((value) => ({ value, size: sizeOf({ ...selection, [key]: [...(selection[key] ?? []), value] }) }))
    .filter(({ size }) => size > 0);
  return (options.find(({ size }) => size < current) ?? options[0])?.value;
}

/** Pairs `key=value` of a selection, sorted. */
function selectionPairs(selection: FilterSelection): string[] {
  return filterKeys.flatMap((key) => (selection[key] ?? []).map((value) => `${key}=${value}`)).sort();
}

// --- Reading the page -----------------------------------------------------------------------------

interface State {
  query: string;
  selection: FilterSelection;
  sort: 'relevance' | 'newest';
}

const urlPairs = ({ query, selection, sort }: State): string[] =>
  [
    ...(query ? [`q=${query}`] : []),
    ...selectionPairs(selection),
    ...(sort === 'newest' ? ['sort=newest'] : []),
  ].sort();

/** The query string of a state, as a link to the search page would have it. */
function queryString({ query, selection, sort }: State): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const key of filterKeys) for (const value of selection[key] ?? []) params.append(key, value);
  if (sort === 'newest') params.set('sort', 'newest');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A filter value written as `key=value` or `key:value`. */
function parsePair(pair: string): { key: FilterKey; value: string } {
  const match = /^([a-z]+)[=:](.+)$/.exec(pair);
  const key = filterKeys.find((candidate) => candidate === match?.[1]);
  if (!key || !match?.[2]) throw new Error(`Not a filter value: ${pair}`);
  return { key, value: match[2] };
}

interface View {
  path: string;
  pairs: string[];
  query: string;
  sort: string;
  checked: string[];
  status: string;
  hrefs: string[];
  moreHidden: boolean;
  emptyHidden: boolean;
}

/**
 * Wait until the page shows the search of `state`: its URL, and a finished
 * render (a final status, as many results listed as the first batch of the
 * count the status gives, and the facet counts in). Returns what the page shows then.
 */
async function settled(page: Page, lang: Lang, state: State): Promise<View> {
  const pairs = urlPairs(state);
  await page.waitForFunction(
    ({ pairs, loading, batch }) => {
      const current = [...new URLSearchParams(location.search)].map(([key, value]) => `${key}=${value}`).sort();
      if (JSON.stringify(current) !== JSON.stringify(pairs)) return false;
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      if (status === '' || status === loading) return false;
      // The facet counts arrive after the results; the filter panel is aria-busy until then.
      if (document.querySelector('[data-search-filters][aria-busy="true"]')) return false;
      const count = /^\d+/.exec(status);
      const shown = document.querySelectorAll('[data-search-results] > li').length;
      return shown === Math.min(count ? Number(count[0]) : 0, batch);
    },
    { pairs, loading: texts[lang].loading, batch: batchSize },
  );
  return view(page);
}

function view(page: Page): Promise<View> {
  return page.evaluate(() => {
    const form = document.querySelector('[data-search-form]');
    const input = document.querySelector<HTMLInputElement>('#search-q');
    const sort = document.querySelector<HTMLSelectElement>('#search-sort');
    return {
      path: location.pathname,
      pairs: [...new URLSearchParams(location.search)].map(([key, value]) => `${key}=${value}`).sort(),
      query: input?.value ?? '',
      sort: sort?.value ?? '',
      checked: [...(form?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked') ?? [])]
        .map((box) => `${box.name}=${box.value}`)
        .sort(),
      status: document.querySelector('[data-search-status]')?.textContent ?? '',
      hrefs: [...document.querySelectorAll('[data-search-results] > li h3 a')].map((a) => a.getAttribute('href') ?? ''),
      moreHidden: document.querySelector<HTMLElement>('[data-search-more]')?.hidden === true,
      emptyHidden: document.querySelector<HTMLElement>('[data-search-empty]')?.hidden === true,
    };
  });
}

/** Open the search page at `state` (as a deep link) and wait for its results. */
async function openSearch(lang: Lang, state: State): Promise<Page> {
  const page = await session.open(`${searchPath[lang]}${queryString(state)}`);
  expect(await page.locator('html').getAttribute('lang')).toBe(lang);
  await settled(page, lang, state);
  return page;
}

const emptyState: State = { query: '', selection: {}, sort: 'relevance' };

/** Click "more results" until every result is listed; returns all result URLs in order. */
async function allResults(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  for (let guard = 0; guard < 100; guard++) {
    const current = await view(page);
    if (current.moreHidden) return current.hrefs;
    await more.click();
    const before = current.hrefs.length;
    await page.waitForFunction(
      (before) => document.querySelectorAll('[data-search-results] > li').length > before,
      before,
    );
  }
  throw new Error('"More results" does not end');
}

/** The counts next to the checkboxes, and which boxes are disabled. */
function shownCounts(page: Page): Promise<{ pair: string; count: string; disabled: boolean }[]> {
  return page.locator('[data-search-form] input[type="checkbox"]').evaluateAll((boxes) =>
    (boxes as HTMLInputElement[]).map((box) => ({
      pair: `${box.name}:${box.value}`,
      count: document.querySelector(`[data-count-for="${box.name}:${box.value}"]`)?.textContent ?? '',
      disabled: box.disabled,
    })),
  );
}

/** Every checkbox shows the count of its value under the other filters, and is disabled only at 0 (unless ticked). */
async function expectCounts(page: Page, selection: FilterSelection): Promise<void> {
  const shown = await shownCounts(page);
  expect(shown.length).toBeGreaterThan(0);
  const actual = shown.map(({ pair, count, disabled }) => `${pair} ${count}${disabled ? ' disabled' : ''}`);
  const expected = shown.map(({ pair }) => {
    const { key, value } = parsePair(pair);
    const count = expectedCount(selection, key, value);
    const ticked = (selection[key] ?? []).includes(value);
    return `${pair} (${count})${count === 0 && !ticked ? ' disabled' : ''}`;
  });
  expect(actual, 'counts next to the checkboxes').toEqual(expected);
}

const checkbox = (page: Page, key: FilterKey, value: string) =>
  page.locator(`[data-search-form] input[type="checkbox"][name="${key}"][value="${value}"]`);

/** What has keyboard focus, as `tag#id` or `tag name=value` or `a href`; "body" when focus is lost. */
function focusOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      return `checkbox ${element.name}=${element.value}`;
    }
    if (element instanceof HTMLAnchorElement) return `a ${element.getAttribute('href') ?? ''}`;
    return `${element.tagName.toLowerCase()}#${element.id}`;
  });
}

/** Type a query in the search field as a reader does, and wait until the URL and results follow. */
async function typeQuery(page: Page, lang: Lang, state: State): Promise<View> {
  const input = page.locator('#search-q');
  await input.fill('');
  await input.pressSequentially(state.query);
  return settled(page, lang, state);
}

// --- 1. Queries find the entries that contain the words -------------------------------------------

describe('queries find the entries that contain the words', () => {
  test('a word that occurs in one entry only finds exactly that entry', async () => {
    const { word, slug } = uniqueWord('nl');
    const state: State = { ...emptyState, query: word };
    const page = await openSearch('nl', state);
    const shown = await view(page);
    expect(shown.hrefs).toEqual([entryPath('nl', slug)]);
    expect(shown.status).toBe(texts.nl.results(1, word));
    expect(shown.moreHidden).toBe(true);
    const excerpt = page.locator('[data-search-results] > li .excerpt');
    expect(
      (await excerpt.locator('mark').allTextContents()).map((mark) => fold(mark)),
      'the word is highlighted in the excerpt',
    ).toContainEqual(expect.stringContaining(word.slice(0, word.length - 6)));
    expect(await page.locator('[data-search-results] > li h3 a').textContent()).toBe(entryOf(slug).data.title);
    expect(
      (await excerpt.evaluate((element) => [...element.querySelectorAll('*')].map((child) => child.tagName))).filter(
        (tag) => tag !== 'MARK',
      ),
      'the excerpt holds only text and highlights',
    ).toEqual([]);
  });

  test('a word the author wrote in a fact (who meets whom, the host) finds the entry', async (context) => {
    const probe = factWord();
    if (!probe) {
      context.skip('no word occurs only in the facts of one entry');
      return;
    }
    const page = await openSearch('nl', { ...emptyState, query: probe.word });
    expect((await view(page)).hrefs).toEqual([entryPath('nl', probe.slug)]);
  });

  test('the longest word of a title finds its entry and every other entry that has the word', async () => {
    const page = await openSearch('nl', emptyState);
    const problems: string[] = [];
    let checked = 0;
    for (const entry of titleSample()) {
      const word = titleWord(entry);
      if (!word) continue;
      const state: State = { ...emptyState, query: word };
      await page.locator('#search-q').fill(word);
      await page.locator('#search-q').press('Enter');
      await settled(page, 'nl', state);
      const found = new Set((await allResults(page)).map(slugOfHref));
      const missing = slugsWith((candidate) => candidate === word).filter((slug) => !found.has(slug));
      if (!found.has(entry.slug) || missing.length > 0) {
        problems.push(`"${word}" (from ${entry.slug}) misses ${[entry.slug, ...missing].join(', ')}`);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test('a word typed without its accent finds the entries that have it with the accent', async () => {
    const { query, slugs } = accentProbe();
    expect(slugs.length).toBeGreaterThan(0);
    const state: State = { ...emptyState, query };
    const page = await openSearch('nl', state);
    const found = await allResults(page);
    expect(found.map(slugOfHref)).toEqual(expect.arrayContaining(slugs));
    expect((await view(page)).status).toBe(texts.nl.results(found.length, query));
    // Every result shows why it was found: a highlighted form of the word.
    const marks = await page
      .locator('[data-search-results] > li')
      .evaluateAll((results) =>
        results.map((result) => [...result.querySelectorAll('.excerpt mark')].map((mark) => mark.textContent)),
      );
    expect(marks.length).toBe(found.length);
    for (const [i, resultMarks] of marks.entries()) {
      expect(
        resultMarks.some((mark) => fold(mark).includes(query)),
        `result ${found[i] ?? i} highlights a form of "${query}": ${resultMarks.join(', ')}`,
      ).toBe(true);
    }
  });

  test('a Dutch plural finds the entries that only have the singular, and the other way round', async () => {
    const { singular, plural } = pluralPair();
    const withSingular = slugsWith((word) => word === singular);
    const withPlural = slugsWith((word) => word === plural);
    const onlySingular = withSingular.filter((slug) => !withPlural.includes(slug));
    const onlyPlural = withPlural.filter((slug) => !withSingular.includes(slug));
    expect(onlySingular.length, `entries with "${singular}" but not "${plural}"`).toBeGreaterThan(0);

    const page = await openSearch('nl', { ...emptyState, query: plural });
    const fromPlural = (await allResults(page)).map(slugOfHref);
    expect(fromPlural, `"${plural}" finds the entries with "${singular}"`).toEqual(
      expect.arrayContaining([...withSingular, ...withPlural]),
    );
    if (onlyPlural.length > 0) {
      await typeQuery(page, 'nl', { ...emptyState, query: singular });
      const fromSingular = (await allResults(page)).map(slugOfHref);
      expect(fromSingular, `"${singular}" finds the entries with "${plural}"`).toEqual(
        expect.arrayContaining([...withSingular, ...withPlural]),
      );
    }
  });
});

// --- 2. Filters -----------------------------------------------------------------------------------

describe('filters narrow the results', () => {
  test('OR within a filter, AND across filters, with the counts next to every checkbox', async () => {
    // A strategy that leaves some entries out; a second one that adds entries (OR); a theme and a status
    // that keep some of them (AND), preferably fewer.
    const strategies = valuesOf('strategy');
    const first = strategies.find((value) => sizeOf({ strategy: [value] }) < items.length);
    if (!first) throw new Error('No strategy value leaves out any entry');
    const second = strategies.find(
      (value) => value !== first && sizeOf({ strategy: [first, value] }) > sizeOf({ strategy: [first] }),
    );
    const steps: { key: FilterKey; value: string }[] = [{ key: 'strategy', value: first }];
    if (second) steps.push({ key: 'strategy', value: second });
    const add = (selection: FilterSelection, { key, value }: { key: FilterKey; value: string }): FilterSelection => ({
      ...selection,
      [key]: [...(selection[key] ?? []), value],
    });
    const theme = narrowing('theme', steps.reduce(add, {}));
    if (!theme) throw new Error('No theme shares entries with the strategies');
    steps.push({ key: 'theme', value: theme });
    const status = narrowing('status', steps.reduce(add, {}));
    if (status) steps.push({ key: 'status', value: status });

    const page = await openSearch('nl', emptyState);
    const prompt = await view(page);
    expect(prompt.status).toBe(texts.nl.prompt);
    expect(prompt.hrefs).toEqual([]);
    await expectCounts(page, {});

    let selection: FilterSelection = {};
    const sizes: number[] = [];
    for (const step of steps) {
      selection = add(selection, step);
      const label = selectionPairs(selection).join(' & ');
      const expected = matchingSlugs(selection);
      sizes.push(expected.length);
      await checkbox(page, step.key, step.value).check();
      const shown = await settled(page, 'nl', { ...emptyState, selection });
      expect(shown.status, label).toBe(texts.nl.results(expected.length, ''));
      expect(shown.checked, label).toEqual(selectionPairs(selection));
      await expectCounts(page, selection);
      expect((await allResults(page)).map(slugOfHref).sort(), label).toEqual([...expected].sort());
    }
    // The second strategy widened the results (OR); the theme and the status kept them or narrowed them (AND).
    if (second) expect(sizes[1]).toBeGreaterThan(sizes[0] ?? 0);
    const afterStrategies = sizes[second ? 1 : 0] ?? 0;
    for (const size of sizes.slice(second ? 2 : 1)) expect(size).toBeLessThanOrEqual(afterStrategies);
    expect(sizes.at(-1)).toBeGreaterThan(0);
  });

  test('a nonsense word finds nothing, says so and links back to the list', async () => {
    const word = nonsenseWord();
    const page = await openSearch('nl', emptyState);
    await page.locator('#search-q').fill(word);
    await page.locator('#search-q').press('Enter');
    const shown = await settled(page, 'nl', { ...emptyState, query: word });
    expect(shown.status).toBe(texts.nl.none);
    expect(shown.hrefs).toEqual([]);
    expect(shown.moreHidden).toBe(true);
    expect(shown.emptyHidden).toBe(false);
    const back = page.locator('[data-search-empty] a');
    expect(await back.isVisible()).toBe(true);
    expect(await back.getAttribute('href')).toBe(paths.nl.list);
    expect(await page.locator('[data-search-status]').getAttribute('role')).toBe('status');

    // Clearing goes back to the prompt, with an empty URL query and focus in the search field.
    await page.locator('[data-search-clear]').click();
    const cleared = await settled(page, 'nl', emptyState);
    expect(cleared.status).toBe(texts.nl.prompt);
    expect(cleared.query).toBe('');
    expect(cleared.emptyHidden).toBe(true);
    expect(await focusOf(page)).toBe('input#search-q');
  });

  test('what the page shows but the author did not write (definitions) is not searchable', async (context) => {
    const probe = definitionWord();
    if (!probe) {
      context.skip('every definition word also occurs in the content');
      return;
    }
    const entryPage = await session.open(entryPath('nl', probe.slug));
    expect(fold((await entryPage.locator('main').textContent()) ?? ''), 'the entry page shows the word').toContain(
      probe.word,
    );
    // Pagefind may still find entries by a part of the word (it matches loosely when nothing matches
    // exactly), but no result may be found by the word itself: no excerpt highlights it.
    const page = await openSearch('nl', { ...emptyState, query: probe.word });
    const found = await allResults(page);
    const marks = (await page.locator('[data-search-results] .excerpt mark').allTextContents()).map((mark) =>
      fold(mark).replace(/[^\p{L}]+/gu, ''),
    );
    expect(marks, `highlights for "${probe.word}" in ${found.join(', ')}`).not.toContain(probe.word);
  });
});

// --- 4. The URL holds the search ------------------------------------------------------------------

describe('the search lives in the URL', () => {
  test('newest first lists the filtered entries by publication date, newest first', async () => {
    const strategy = valuesOf('strategy')[0];
    if (!strategy) throw new Error('No strategy values');
    const selection = { strategy: [strategy] };
    const page = await openSearch('nl', { query: '', selection, sort: 'newest' });
    expect(await page.locator('#search-sort').inputValue()).toBe('newest');
    const expected = matchingSlugs(selection).sort(
      (a, b) => publishedOf(b).localeCompare(publishedOf(a)) || a.localeCompare(b),
    );
    const found = (await allResults(page)).map(slugOfHref);
    // Entries published on the same day may come in either order: compare the dates, then the sets.
    expect(found.map(publishedOf)).toEqual(expected.map(publishedOf));
    expect([...found].sort()).toEqual([...expected].sort());
  });

  test('typing, filtering and sorting write the URL; back, forward and reload restore each state', async () => {
    // A word in several entries, and a strategy that keeps some but not all of them.
    const { singular: word } = pluralPair();
    const withWord = slugsWith((candidate) => candidate === word);
    const strategy = valuesOf('strategy').find((value) => {
      const kept = withWord.filter((slug) => items.find((item) => item.slug === slug)?.values.strategy.includes(value));
      return kept.length >= 2 && kept.length < withWord.length;
    });
    if (!strategy) throw new Error(`No strategy splits the entries with "${word}"`);

    const page = await openSearch('nl', emptyState);
    const typed: State = { query: word, selection: {}, sort: 'relevance' };
    const filtered: State = { ...typed, selection: { strategy: [strategy] } };
    const sorted: State = { ...filtered, sort: 'newest' };

    const atTyped = await typeQuery(page, 'nl', typed);
    expect(atTyped.status).toMatch(new RegExp(`^\\d+ resultaten voor “${word}”$`));
    await checkbox(page, 'strategy', strategy).check();
    const atFiltered = await settled(page, 'nl', filtered);
    const filteredAll = await allResults(page);
    await page.locator('#search-sort').selectOption('newest');
    const atSorted = await settled(page, 'nl', sorted);

    expect(atSorted.pairs).toEqual([`q=${word}`, `sort=newest`, `strategy=${strategy}`].sort());
    expect(atSorted.query).toBe(word);
    expect(atSorted.checked).toEqual([`strategy=${strategy}`]);
    expect(atSorted.sort).toBe('newest');
    // The filter holds (every result has the strategy, and every entry with the word and the strategy is
    // there), and newest first lists the first of the same results by date.
    const strategyOf = (href: string) => items.find((item) => item.slug === slugOfHref(href))?.values.strategy ?? [];
    for (const href of filteredAll) expect(strategyOf(href), href).toContain(strategy);
    expect(filteredAll.map(slugOfHref)).toEqual(
      expect.arrayContaining(withWord.filter((slug) => strategyOf(entryPath('nl', slug)).includes(strategy))),
    );
    expect(atSorted.status).toBe(texts.nl.results(filteredAll.length, word));
    const byDate = [...filteredAll].sort((a, b) =>
      publishedOf(slugOfHref(b)).localeCompare(publishedOf(slugOfHref(a))),
    );
    expect(atSorted.hrefs.map((href) => publishedOf(slugOfHref(href)))).toEqual(
      byDate.slice(0, batchSize).map((href) => publishedOf(slugOfHref(href))),
    );

    const expectState = async (state: State, expected: View) => {
      const shown = await settled(page, 'nl', state);
      expect(shown.query).toBe(state.query);
      expect(shown.sort).toBe(state.sort);
      expect(shown.checked).toEqual(selectionPairs(state.selection));
      expect(shown.hrefs).toEqual(expected.hrefs);
      expect(shown.status).toBe(expected.status);
    };
    await page.goBack();
    await expectState(filtered, atFiltered);
    await page.goBack();
    await expectState(typed, atTyped);
    await page.goForward();
    await expectState(filtered, atFiltered);
    await page.goForward();
    await expectState(sorted, atSorted);

    await page.reload();
    await expectState(sorted, atSorted);
    // The same URL in a new browser gives the same page.
    const linked = await session.open(new URL(page.url()).pathname + new URL(page.url()).search);
    const shown = await settled(linked, 'nl', sorted);
    expect(shown).toEqual(atSorted);
  });
});

// --- 5. The English interface ---------------------------------------------------------------------

describe('the English search page', () => {
  test('finds a Dutch entry, links to its English page and marks it as Dutch', async () => {
    const { word, slug } = uniqueWord('nl');
    const page = await openSearch('en', { ...emptyState, query: word });
    const shown = await view(page);
    expect(shown.hrefs).toEqual([entryPath('en', slug)]);
    expect(shown.status).toBe(texts.en.results(1, word));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const result = page.locator('[data-search-results] > li article');
    expect(await result.getAttribute('lang')).toBe('nl');
    const marker = result.locator('[data-slot="language"]');
    expect(await marker.isVisible()).toBe(true);
    expect((await marker.textContent())?.trim()).toBe(texts.en.inLanguage.nl);
    expect(await marker.getAttribute('lang'), 'the marker itself is in the interface language').toBe('en');
  });

  test('an English entry has no marker in English, and one in the Dutch interface', async () => {
    const { word, slug } = uniqueWord('en');
    const english = await openSearch('en', { ...emptyState, query: word });
    expect((await view(english)).hrefs).toEqual([entryPath('en', slug)]);
    expect(await english.locator('[data-search-results] > li article').getAttribute('lang')).toBeNull();
    expect(await english.locator('[data-search-results] [data-slot="language"]').isVisible()).toBe(false);

    const dutch = await openSearch('nl', { ...emptyState, query: word });
    expect((await view(dutch)).hrefs).toEqual([entryPath('nl', slug)]);
    const result = dutch.locator('[data-search-results] > li article');
    expect(await result.getAttribute('lang')).toBe('en');
    expect((await result.locator('[data-slot="language"]').textContent())?.trim()).toBe(texts.nl.inLanguage.en);
  });

  test('filters and their counts work in English too', async () => {
    const theme = valuesOf('theme').find((value) => sizeOf({ theme: [value] }) < items.length);
    if (!theme) throw new Error('No theme leaves out any entry');
    const page = await openSearch('en', emptyState);
    expect((await view(page)).status).toBe(texts.en.prompt);
    await checkbox(page, 'theme', theme).check();
    const expected = matchingSlugs({ theme: [theme] });
    const shown = await settled(page, 'en', { ...emptyState, selection: { theme: [theme] } });
    expect(shown.status).toBe(texts.en.results(expected.length, ''));
    expect(shown.hrefs.every((href) => href.startsWith(paths.en.entry))).toBe(true);
    await expectCounts(page, { theme: [theme] });
  });
});

// --- 6. The header form, and no JavaScript --------------------------------------------------------

describe('the search field in the header', () => {
  test.for(['nl', 'en'] as const)('%s: pages load no search code; Enter leads to the search page', async (lang) => {
    const { word, slug } = uniqueWord('nl');
    const page = await session.newPage();
    const pagefindRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefindRequests.push(request.url());
    });
    for (const pagePath of [paths[lang].list, entryPath(lang, slug), paths[lang].about, paths[lang].home]) {
      const response = await page.goto(pagePath);
      expect(response?.status(), pagePath).toBe(200);
      expect(pagefindRequests, `requests to /pagefind/ from ${pagePath}`).toEqual([]);
      expect(await page.locator('header form[role="search"] input[name="q"]').count(), pagePath).toBe(1);
    }

    const field = page.locator('header form[role="search"] input[name="q"]');
    await field.fill(word);
    await field.press('Enter');
    await page.waitForURL((url) => url.pathname === searchPath[lang]);
    const shown = await settled(page, lang, { ...emptyState, query: word });
    expect(shown.path).toBe(searchPath[lang]);
    expect(shown.query).toBe(word);
    expect(shown.hrefs).toEqual([entryPath(lang, slug)]);
    expect(pagefindRequests.length, 'the search page loads the index').toBeGreaterThan(0);
    // The search page has its own, larger field instead of the header form.
    expect(await page.locator('header form[role="search"]').count()).toBe(0);
    expect(await page.locator('input[name="q"]').count()).toBe(1);
  });

  test('without JavaScript the header form still leads to the search page, which links to the lists', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const page = await session.open(paths[lang].home, { javaScriptEnabled: false });
      const field = page.locator('header form[role="search"] input[name="q"]');
      await field.fill('buurt');
      await Promise.all([page.waitForURL((url) => url.pathname === searchPath[lang]), field.press('Enter')]);
      expect(new URL(page.url()).searchParams.get('q')).toBe('buurt');
      const message = page.locator('[data-search-nojs]');
      expect(await message.isVisible(), `${lang}: the no-JavaScript message`).toBe(true);
      expect((await message.locator('p').first().textContent())?.trim()).toBe(texts[lang].noJs);
      const link = message.locator('a');
      expect(await link.getAttribute('href')).toBe(paths[lang].list);
      expect(await link.isVisible()).toBe(true);
      expect(await page.locator('#search-q').isVisible(), `${lang}: the search form is hidden`).toBe(false);
    }
  });
});

// --- 7. Keyboard ----------------------------------------------------------------------------------

/**
 * Two values of one filter and a value of another filter that shares entries with the second only:
 * with all three ticked, the first counts 0.
 */
function zeroAfterOtherFilter():
  { key: FilterKey; first: string; second: string; other: { key: FilterKey; value: string } } | undefined {
  for (const key of filterKeys) {
    for (const first of valuesOf(key)) {
      for (const second of valuesOf(key).filter((value) => value !== first)) {
        for (const otherKey of filterKeys.filter((candidate) => candidate !== key)) {
          const value = valuesOf(otherKey).find(
            (candidate) =>
              sizeOf({ [key]: [first], [otherKey]: [candidate] }) === 0 &&
              sizeOf({ [key]: [second], [otherKey]: [candidate] }) > 0,
          );
          if (value) return { key, first, second, other: { key: otherKey, value } };
        }
      }
    }
  }
  return undefined;
}

describe('keyboard use', () => {
  test('Tab reaches the order and the filters; Space filters and keeps focus on the checkbox', async () => {
    const page = await openSearch('nl', emptyState);
    await page.locator('#search-q').focus();
    let reached = false;
    for (let i = 0; i < 4 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await focusOf(page)) === 'select#search-sort';
    }
    expect(reached, 'Tab from the search field reaches the order').toBe(true);
    await page.keyboard.press('Tab');
    const first = await focusOf(page);
    expect(first, 'the next Tab reaches a checkbox').toMatch(/^checkbox /);
    const { key, value } = parsePair(first.replace(/^checkbox /, ''));

    await page.keyboard.press('Space');
    const selection: FilterSelection = { [key]: [value] };
    const shown = await settled(page, 'nl', { ...emptyState, selection });
    expect(shown.checked).toEqual([`${key}=${value}`]);
    expect(shown.status).toBe(texts.nl.results(sizeOf(selection), ''));
    expect(await focusOf(page), 'focus stays on the ticked checkbox').toBe(first);

    await page.keyboard.press('Tab');
    const next = await focusOf(page);
    expect(next).toMatch(/^checkbox /);
    await page.keyboard.press('Space');
    const other = parsePair(next.replace(/^checkbox /, ''));
    const both: FilterSelection = { ...selection, [other.key]: [...(selection[other.key] ?? []), other.value] };
    await settled(page, 'nl', { ...emptyState, selection: both });
    expect(await focusOf(page)).toBe(next);

    await page.keyboard.press('Space');
    await settled(page, 'nl', { ...emptyState, selection });
    expect(await focusOf(page), 'focus stays on the unticked checkbox').toBe(next);
  });

  test('unticking a value that has no results left keeps focus on its checkbox', async (context) => {
    // With both values of one filter and a value of another ticked, the first value counts 0;
    // unticking it must not take the focus away.
    const triple = zeroAfterOtherFilter();
    if (!triple) {
      context.skip('no two filter values of which only one shares entries with a third');
      return;
    }
    const { key, first, second, other } = triple;
    const page = await openSearch('nl', emptyState);
    let selection: FilterSelection = {};
    for (const [boxKey, boxValue] of [
      [key, first],
      [key, second],
      [other.key, other.value],
    ] as const) {
      selection = { ...selection, [boxKey]: [...(selection[boxKey] ?? []), boxValue] };
      await checkbox(page, boxKey, boxValue).focus();
      await page.keyboard.press('Space');
      await settled(page, 'nl', { ...emptyState, selection });
    }
    await expectCounts(page, selection);
    expect(expectedCount(selection, key, first)).toBe(0);

    await checkbox(page, key, first).focus();
    await page.keyboard.press('Space');
    selection = { ...selection, [key]: [second] };
    await settled(page, 'nl', { ...emptyState, selection });
    expect(await focusOf(page), `focus after unticking ${key}=${first}`).toBe(`checkbox ${key}=${first}`);
  });

  test('"more results" adds the next results and moves focus to the first of them', async (context) => {
    const broad = valuesOf('strategy').find((value) => sizeOf({ strategy: [value] }) > batchSize);
    const selection: FilterSelection | undefined = broad ? { strategy: [broad] } : undefined;
    if (!selection) {
      context.skip(`no strategy has more than ${batchSize} entries`);
      return;
    }
    const total = sizeOf(selection);
    const page = await openSearch('nl', { ...emptyState, selection });
    const more = page.getByRole('button', { name: texts.nl.more });
    expect(await more.isVisible()).toBe(true);
    await more.focus();
    await page.keyboard.press('Enter');
    const expectedShown = Math.min(total, 2 * batchSize);
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-search-results] > li').length === count,
      expectedShown,
    );
    const shown = await view(page);
    const firstNew = shown.hrefs[batchSize];
    expect(firstNew).toBeDefined();
    await expect.poll(() => focusOf(page)).toBe(`a ${firstNew ?? ''}`);
    expect(shown.moreHidden).toBe(total <= 2 * batchSize);
    expect(new Set(shown.hrefs).size, 'no result is listed twice').toBe(shown.hrefs.length);
  });
});

// --- 8. Accessibility -----------------------------------------------------------------------------

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function describeViolations(violations: readonly Result[]): string {
  return violations
    .map(
      (violation) =>
        `  ${violation.id}: ${violation.help}\n${violation.nodes
          .map((node) => `    - ${JSON.stringify(node.target)}\n      ${node.failureSummary ?? ''}`)
          .join('\n')}`,
    )
    .join('\n');
}

describe('axe finds no WCAG 2.2 A/AA violations on the search page', () => {
  const cases = (['nl', 'en'] as const).flatMap((lang) => [
    { name: `${lang} with results`, lang, results: true },
    { name: `${lang} without a query`, lang, results: false },
  ]);
  test.for(cases)('$name', async ({ lang, results }) => {
    // Results of a word in many entries, in both languages of content (the language marker shows).
    const state: State = results ? { ...emptyState, query: accentProbe().query } : emptyState;
    const page = await openSearch(lang, state);
    const shown = await view(page);
    if (results) expect(shown.hrefs.length).toBeGreaterThan(0);
    else expect(shown.status).toBe(texts[lang].prompt);
    const axe = await new AxeBuilder({ page }).withTags(wcag).setLegacyMode(true).analyze();
    expect(
      axe.violations.map((violation) => violation.id),
      `axe violations on ${page.url()}:\n${describeViolations(axe.violations)}`,
    ).toEqual([]);
  });
});
