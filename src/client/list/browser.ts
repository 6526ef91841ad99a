/**
 * The list page's script (components/InitiativeBrowser.astro): it swaps the facet links for checkboxes, loads
 * the filter data when the filters or the pagination are first used (at once when the address holds a
 * selection), shows the view the address asks for and keeps the selection and page in the address.
 */
import type { ListRecord } from '../../lib/core/list-format.ts';
import { countValues, matchSet, type FacetIndex } from './facet-index.ts';
import { positionsOf, size } from './bitset.ts';
import { findParts, readConfig, type ListConfig, type ListParts } from './config.ts';
import { listData, fetchJson, type FetchJson, type ListData } from './data.ts';
import { pageSlice, type PageSlice } from './paging.ts';
import { renderBoxes, renderCard, renderPagination, statusText, tickBoxes } from './render.ts';
import { selectionFromBoxes, turns } from './state.ts';
import { readView, viewUrl, type View } from './url.ts';

interface Browser {
  config: ListConfig;
  parts: ListParts;
  data: ListData;
  /** The language switch's address without a query, as the server wrote it. */
  switchHref: string;
  turns: ReturnType<typeof turns>;
}

/** Set up the list browser in `root`; false when the page lacks a part it needs. */
export function enhance(root: HTMLElement, fetchFile: FetchJson = fetchJson): Promise<boolean> {
  const parts = findParts(root);
  if (!parts) return Promise.resolve(false);
  const config = readConfig(root);
  const browser: Browser = {
    config,
    parts,
    data: listData(config.src, fetchFile),
    switchHref: parts.languageSwitch?.getAttribute('href') ?? '',
    turns: turns(),
  };
  listen(browser);
  root.dataset.enhanced = '';
  if (!location.search) return Promise.resolve(true);
  followAddress(browser);
  return render(browser);
}

/**
 * What follows the address at once, before the data is there: the ticked boxes, and the language switch, which
 * leads to the same view in the other language.
 */
function followAddress(browser: Browser): void {
  const { config, parts, switchHref } = browser;
  tickBoxes(parts.boxes, currentView(browser).selection);
  if (parts.languageSwitch) {
    parts.languageSwitch.href = location.search ? `${config.otherBase}${location.search}` : switchHref;
  }
}

/** Go to a view's address (a new history entry) and show it. */
function go(browser: Browser, href: string): Promise<boolean> {
  history.pushState(null, '', href);
  followAddress(browser);
  return render(browser);
}

/** The view of the current address. */
const currentView = ({ config }: Browser): View => readView(location, config.base, config.serverPage);

/**
 * Show the view the address asks for; false when the filter data could not be loaded (the facet links come
 * back then) or a later render overtook this one.
 */
async function render(browser: Browser): Promise<boolean> {
  const { config, parts, data } = browser;
  const stillCurrent = browser.turns.begin();
  const view = currentView(browser);
  const index = await data.index();
  const matched = index && matchSet(index, view.selection);
  const matches = matched ? size(matched) : 0;
  const slice = pageSlice(matches, config.pageSize, view.page);
  const records = matched && (await data.records(positionsOf(matched, slice.skip, config.pageSize)));
  if (!stillCurrent()) return false;
  if (!index || !records) {
    // Without the data the filters cannot work: back to the links to the facet pages.
    delete parts.root.dataset.enhanced;
    return false;
  }
  show(browser, { index, view, records, matches, slice });
  // Back to the checkboxes if an earlier try failed and dropped them.
  parts.root.dataset.enhanced = '';
  return true;
}

/** A view ready to show: the matches' count, the page of them and its records. */
interface Shown {
  index: FacetIndex;
  view: View;
  records: readonly ListRecord[];
  matches: number;
  slice: PageSlice;
}

function show(browser: Browser, { index, view, records, matches, slice }: Shown): void {
  const { config, parts } = browser;
  renderBoxes(parts.form, parts.boxes, view.selection, countValues(index, view.selection));
  parts.list.replaceChildren(...records.map((record) => renderCard(parts.template, record, config.texts, config.lang)));
  parts.status.textContent = statusText(config.texts, matches);
  parts.serverPagination.hidden = true;
  renderPagination(parts.clientPagination, config.texts, {
    page: slice.page,
    pages: slice.pages,
    hrefFor: (page) => viewUrl(config.base, { selection: view.selection, page }),
    follow: (href) => {
      void go(browser, href);
      toResults(parts);
    },
  });
  // The results are on screen: the benchmark (scripts/bench/list.ts) counts what a filter loaded up to here.
  performance.mark('bp:list-results');
}

/** Keyboard and screen-reader users go on to the results: focus on their heading, the status in view. */
function toResults(parts: ListParts): void {
  parts.heading?.focus({ preventScroll: true });
  parts.status.scrollIntoView({ block: 'start' });
}

function listen(browser: Browser): void {
  const { config, parts, data } = browser;
  const goTo = (view: View) => go(browser, viewUrl(config.base, view));
  parts.form.addEventListener('change', () => void goTo({ selection: selectionFromBoxes(parts.boxes), page: 1 }));
  parts.form.addEventListener('reset', (event) => {
    event.preventDefault();
    void goTo({ selection: {}, page: 1 });
  });
  // The boxes filter as they change; "Toon de resultaten" takes keyboard and screen-reader users on to them.
  parts.form.addEventListener('submit', (event) => {
    event.preventDefault();
    toResults(parts);
  });
  // The server's pagination (shown until the data is loaded) pages in place too, keeping focus in the results.
  parts.serverPagination.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-page]') : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void goTo({ selection: currentView(browser).selection, page: Number(link.dataset.page) }).then((shown) => {
      if (shown) toResults(parts);
      else if (!parts.root.hasAttribute('data-enhanced')) location.href = link.href;
    });
  });
  // The index loads as the reader reaches for the filters, before the first change.
  for (const type of ['pointerdown', 'focusin'] as const) {
    parts.form.addEventListener(type, () => void data.index(), { once: true });
  }
  window.addEventListener('popstate', () => {
    followAddress(browser);
    void render(browser);
  });
}
