// @vitest-environment happy-dom
/**
 * The search page's script as a whole (src/client/search/enhance.ts) on a page shaped like SearchPanel.astro,
 * with a fake Pagefind: it loads nothing until the reader focuses the field or the address holds a search,
 * lists results a batch at a time, keeps the search in the address, and says so when the index is missing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enhanceSearch } from '../../src/client/search/enhance.ts';
import type { Pagefind, SearchOptions } from '../../src/client/search/pagefind.ts';
import { resultBatch } from '../../src/client/search/results.ts';
import { searchTexts } from '../../src/client/search/texts.ts';

const texts = searchTexts('nl');

function mount(): HTMLElement {
  document.body.innerHTML = `
    <div data-search data-lang="nl">
      <form data-search-form>
        <input id="search-q" data-search-input type="search">
        <div data-search-filters>
          <select data-search-sort><option value="relevance"></option><option value="newest"></option></select>
          <input type="checkbox" name="theme" value="health"><span data-count-for="theme:health">(3)</span>
          <button type="button" data-search-clear></button>
        </div>
        <p data-search-status></p><ol data-search-results></ol>
        <p data-search-empty hidden></p><button type="button" data-search-more hidden></button>
      </form>
      <template data-result-template><li><h3><a data-slot="title" href="/zoeken/"></a></h3>
        <p data-slot="excerpt"></p></li></template>
    </div>`;
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) throw new Error('fixture');
  root.dataset.texts = JSON.stringify(texts);
  root.dataset.totals = JSON.stringify({ theme: { health: 3 } });
  return root;
}

/** A Pagefind whose every search finds `hits` pages, with the options of each search. */
function fakePagefind(hits: number) {
  const searches: { query: string | null; options: SearchOptions }[] = [];
  const pagefind: Pagefind = {
    options: vi.fn(() => Promise.resolve()),
    init: vi.fn(() => Promise.resolve()),
    filters: vi.fn(() => Promise.resolve({})),
    search: (query, options) => {
      searches.push({ query, options });
      const results = Array.from({ length: hits }, (_, n) => ({
        id: `nl_${String(n)}`,
        data: () =>
          Promise.resolve({ url: `/initiatief/e${String(n)}/`, excerpt: 'x', meta: { title: `E${String(n)}` } }),
      }));
      return Promise.resolve({ results, filters: { theme: { health: 1 } } });
    },
  };
  return { pagefind, searches, load: vi.fn(() => Promise.resolve(pagefind)) };
}

const status = () => document.querySelector('[data-search-status]')?.textContent;
const listed = () => document.querySelectorAll('[data-search-results] > li').length;

afterEach(() => {
  history.replaceState(null, '', '/zoeken/');
});

describe('the search page script', () => {
  it('prompts without a search and loads Pagefind only when the field gets focus', async () => {
    history.replaceState(null, '', '/zoeken/');
    const { load } = fakePagefind(0);
    const page = enhanceSearch(mount(), { load });
    await page?.settled();
    expect(status()).toBe(texts.prompt);
    expect(load).not.toHaveBeenCalled();
    document.querySelector<HTMLInputElement>('#search-q')?.focus();
    expect(load).toHaveBeenCalledTimes(1);
    expect(document.querySelector('[data-search]')?.hasAttribute('data-enhanced')).toBe(true);
  });

  it('searches at once when the address holds a search, and lists a batch at a time', async () => {
    history.replaceState(null, '', '/zoeken/?q=moestuin&theme=health&sort=newest');
    const { load, searches } = fakePagefind(resultBatch + 3);
    const page = enhanceSearch(mount(), { load });
    await page?.settled();
    expect(searches[0]).toEqual({
      query: 'moestuin',
      options: { filters: { theme: { any: ['health'] } }, sort: { published: 'desc' } },
    });
    expect(status()).toBe(`${String(resultBatch + 3)} resultaten voor “moestuin”`);
    expect(listed()).toBe(resultBatch);
    expect(document.querySelector<HTMLInputElement>('#search-q')?.value).toBe('moestuin');
    expect(document.querySelector('[data-count-for="theme:health"]')?.textContent).toBe('(1)');
    document.querySelector<HTMLButtonElement>('[data-search-more]')?.click();
    await vi.waitFor(() => {
      expect(listed()).toBe(resultBatch + 3);
    });
    expect(document.querySelector<HTMLElement>('[data-search-more]')?.hidden).toBe(true);
  });

  it('puts a submitted search into the address, and clears it back to the build’s counts', async () => {
    history.replaceState(null, '', '/zoeken/');
    const { load } = fakePagefind(1);
    const page = enhanceSearch(mount(), { load });
    const input = document.querySelector<HTMLInputElement>('#search-q');
    if (!input) throw new Error('fixture');
    input.value = 'buurt';
    document.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => {
      expect(status()).toBe('1 resultaat voor “buurt”');
    });
    await page?.settled();
    expect(location.search).toBe('?q=buurt');
    document.querySelector<HTMLButtonElement>('[data-search-clear]')?.click();
    await page?.settled();
    expect(location.search).toBe('');
    expect(status()).toBe(texts.prompt);
    expect(document.querySelector('[data-count-for="theme:health"]')?.textContent).toBe('(3)');
  });

  it('says the index is unavailable when Pagefind cannot be loaded', async () => {
    history.replaceState(null, '', '/zoeken/?q=buurt');
    const page = enhanceSearch(mount(), { load: () => Promise.reject(new Error('404')) });
    await page?.settled();
    expect(status()).toBe(texts.unavailable);
    expect(document.querySelector('[data-search-filters]')?.hasAttribute('aria-busy')).toBe(false);
  });
});
