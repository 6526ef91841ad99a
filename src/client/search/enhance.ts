/**
 * The search page's script: it wires the form of SearchPanel.astro to Pagefind. The query, filters and order
 * live in the URL (state.ts); without a query or filter the page shows the counts over all entries, which the
 * build wrote into the page, and loads nothing. Pagefind is loaded when the reader first focuses the field or
 * when the address already holds a search, so a visit that does not search downloads no index.
 */
import { pagefindFilters, type SearchState } from '../../lib/core/search.ts';
import type { Lang } from '../../taxonomy/index.ts';
import { countsFor, showCounts } from './filters.ts';
import { pagefindLoader, sortOption, type FilterCounts, type ImportModule, type Pagefind } from './pagefind.ts';
import { resultItem, statusText } from './render.ts';
import { resultPager, type ResultPager } from './results.ts';
import { emptySearch, isEmptySearch, searchUrl, showState, stateOfForm, stateOfLocation } from './state.ts';
import type { SearchFields } from './state.ts';
import type { SearchTexts } from './texts.ts';
import { handed } from '../handed.ts';

/** The texts and the counts over all entries as the component hands them over (`data-texts`, `data-totals`). */
export const searchTextsData = handed<SearchTexts>('texts');
export const searchTotals = handed<FilterCounts>('totals');

/** How long typing pauses before the search runs (ms). */
export const typingDelay = 250;

interface Parts extends SearchFields {
  form: HTMLFormElement;
  status: HTMLElement;
  list: HTMLElement;
  empty: HTMLElement;
  more: HTMLButtonElement;
  clear: HTMLButtonElement;
  template: HTMLTemplateElement;
  filters: HTMLElement | null;
}

/** The page's parts, found by their `data-search-*` attributes; null when one is missing. */
export function partsOf(root: HTMLElement): Parts | null {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const sort = root.querySelector<HTMLSelectElement>('[data-search-sort]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLElement>('[data-search-results]');
  const empty = root.querySelector<HTMLElement>('[data-search-empty]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]');
  const template = root.querySelector<HTMLTemplateElement>('[data-result-template]');
  if (!form || !input || !sort || !status || !list || !empty || !more || !clear || !template) return null;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const filters = root.querySelector<HTMLElement>('[data-search-filters]');
  return { form, input, sort, boxes, status, list, empty, more, clear, template, filters };
}

interface Page {
  parts: Parts;
  texts: SearchTexts;
  /** Counts over all entries, from the build. */
  totals: FilterCounts;
  pagefind: () => Promise<Pagefind>;
  pager: ResultPager;
  /** Counts up with every render; a render that is no longer the latest stops. */
  generation: number;
}

function showPrompt(page: Page): void {
  const { parts, texts, pager, totals } = page;
  pager.reset([]);
  parts.empty.hidden = true;
  parts.status.textContent = texts.prompt;
  showCounts(parts.form, parts.boxes, totals);
  parts.filters?.removeAttribute('aria-busy');
}

/** Show the search of `state`: status, first batch of results, then the counts beside the filters. */
async function render(page: Page, state: SearchState): Promise<void> {
  const { parts, texts, pager } = page;
  showState(parts, state);
  const mine = ++page.generation;
  const current = () => mine === page.generation;
  if (isEmptySearch(state)) {
    showPrompt(page);
    return;
  }
  parts.status.textContent = texts.loading;
  // The counts beside the filters are out of date until the new ones arrive.
  parts.filters?.setAttribute('aria-busy', 'true');
  let pagefind: Pagefind;
  try {
    pagefind = await page.pagefind();
  } catch {
    if (!current()) return;
    parts.status.textContent = texts.unavailable;
    parts.filters?.removeAttribute('aria-busy');
    return;
  }
  const query = state.query || null;
  const filters = pagefindFilters(state.selection);
  const search = await pagefind.search(query, { filters, sort: sortOption(state.sort) });
  if (!current()) return;
  const total = search.results.length;
  parts.status.textContent = statusText(texts, total, state.query);
  parts.empty.hidden = total > 0;
  pager.reset(search.results);
  await pager.showMore();
  // For the benchmark: what loaded before this mark was needed for the results, what follows is for the counts.
  performance.mark('bp:search-results');
  if (!current()) return;
  const counts = await countsFor(pagefind, query, state.selection);
  if (!current()) return;
  showCounts(parts.form, parts.boxes, counts);
  parts.filters?.removeAttribute('aria-busy');
}

/** The page's listeners: typing (debounced), submit, any other change, clear, more, back/forward, focus. */
function listen(page: Page, update: () => Promise<void>): void {
  const { parts } = page;
  const go = (state: SearchState, replace = false): void => {
    const url = searchUrl(location.pathname, state);
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    void update();
  };
  let typing: number | undefined;
  parts.input.addEventListener('focus', () => void page.pagefind().catch(() => undefined), { once: true });
  parts.input.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => {
      go(stateOfForm(parts), true);
    }, typingDelay);
  });
  parts.form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    go(stateOfForm(parts));
  });
  parts.form.addEventListener('change', (event) => {
    if (event.target !== parts.input) go(stateOfForm(parts));
  });
  parts.clear.addEventListener('click', () => {
    go(emptySearch);
    parts.input.focus();
  });
  parts.more.addEventListener('click', () => {
    const next = parts.list.children.length;
    void page.pager.showMore().then(() => parts.list.children[next]?.querySelector('a')?.focus());
  });
  window.addEventListener('popstate', () => void update());
}

export interface EnhanceOptions {
  /** How Pagefind's script is imported (tests pass a fake). */
  load?: ImportModule;
}

/** A search page once enhanced: `settled()` resolves when the latest render has finished. */
export interface SearchPage {
  settled: () => Promise<void>;
}

/** Enhance the search page under `root` (`[data-search]`); undefined when its parts are missing. */
export function enhanceSearch(root: HTMLElement, options: EnhanceOptions = {}): SearchPage | undefined {
  const parts = partsOf(root);
  if (!parts) return undefined;
  const texts = searchTextsData.read(root);
  const lang = (root.dataset.lang ?? 'nl') as Lang;
  const page: Page = {
    parts,
    texts,
    totals: searchTotals.read(root),
    pagefind: pagefindLoader(location.origin, root.dataset.worker !== undefined, options.load),
    pager: resultPager(parts.list, parts.more, (data) => resultItem(parts.template, data, lang, texts)),
    generation: 0,
  };
  let latest = render(page, stateOfLocation(location));
  const update = () => (latest = render(page, stateOfLocation(location)));
  listen(page, update);
  root.dataset.enhanced = '';
  return { settled: () => latest };
}
