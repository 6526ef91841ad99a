// @vitest-environment happy-dom
/**
 * The list page's script as a whole (src/client/list/browser.ts) on the markup of tests/unit/list-page.ts, with
 * a fetch that serves the filter data of a small catalog: what it loads and when, what it shows, the address.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { enhance } from '../../src/client/list/browser.ts';
import { filterItems, type Selection } from '../../src/lib/core/facets.ts';
import { listIndexPath } from '../../src/lib/core/list-format.ts';
import { base, fakeServer, pageHtml, pageSize, records, type FakeServer } from './list-page.ts';

let server: FakeServer;

const $ = (selector: string): HTMLElement => {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
};
const root = () => $('[data-browser]');
const box = (key: string, value: string) => $(`input[name="${key}"][value="${value}"]`) as HTMLInputElement;
const titles = () => [...document.querySelectorAll('#results-list a')].map((a) => a.textContent);
const status = () => $('[data-status]').textContent;

async function open(address: string, page = 1): Promise<boolean> {
  history.replaceState(null, '', address);
  document.body.innerHTML = pageHtml(page);
  server = fakeServer();
  return enhance(root(), server.fetch);
}

/** Tick or untick a box as a reader does: it changes, and the change bubbles to the form. */
function toggle(key: string, value: string): void {
  const input = box(key, value);
  input.checked = !input.checked;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The titles and status the view of `selection` at `page` shows. */
function expected(selection: Selection, page = 1) {
  const matched = filterItems(records, selection);
  return {
    titles: matched.slice((page - 1) * pageSize, page * pageSize).map((record) => record.title),
    status: `${String(matched.length)} initiatieven gevonden`,
  };
}

const shown = () => ({ titles: titles(), status: status() });

beforeEach(async () => {
  await open(base);
});

describe('before the filters are used', () => {
  test('marks the browser enhanced and loads nothing', () => {
    expect(root().hasAttribute('data-enhanced')).toBe(true);
    expect(server.requests).toEqual([]);
    expect(titles()).toEqual(records.slice(0, pageSize).map((record) => record.title));
  });

  test('reaching for the filters loads the index, once, and no records', async () => {
    $('[data-facet-form]').dispatchEvent(new Event('focusin', { bubbles: true }));
    $('[data-facet-form]').dispatchEvent(new Event('pointerdown', { bubbles: true }));
    $('[data-facet-form]').dispatchEvent(new Event('focusin', { bubbles: true }));
    await vi.waitFor(() => {
      expect(server.requests).toEqual([listIndexPath]);
    });
  });
});

describe('filtering', () => {
  test('a ticked value shows its entries, writes the address and loads only the record files of that page', async () => {
    toggle('theme', 'health');
    await vi.waitFor(() => {
      expect(shown()).toEqual(expected({ theme: ['health'] }));
    });
    expect(location.pathname + location.search).toBe(`${base}?theme=health`);
    const files = server.requests.filter((url) => url !== listIndexPath);
    // Health is every third entry from the second: the first four are positions 1, 4, 7 and 10, in files 0 to 3
    // of three records each.
    expect(files.map((url) => url.split('/').at(-1))).toEqual(['0.json', '1.json', '2.json', '3.json']);
    expect(server.requests.filter((url) => url === listIndexPath)).toHaveLength(1);
  });

  test('a later filter loads only the record files it has not loaded yet', async () => {
    toggle('theme', 'health');
    await vi.waitFor(() => {
      expect(shown()).toEqual(expected({ theme: ['health'] }));
    });
    const before = server.requests.length;
    toggle('municipality', 'nijmegen');
    const selection = { theme: ['health'], municipality: ['nijmegen'] };
    await vi.waitFor(() => {
      expect(shown()).toEqual(expected(selection));
    });
    // Health in Nijmegen: positions 4 and 16 (files 1 and 5); file 1 is loaded already.
    expect(server.requests.slice(before).map((url) => url.split('/').at(-1))).toEqual(['5.json']);
    expect(box('theme', 'health').checked && box('municipality', 'nijmegen').checked).toBe(true);
  });

  test('counts and cards follow the selection; reset clears it', async () => {
    toggle('strategy', 'bridging');
    await vi.waitFor(() => {
      expect(shown()).toEqual(expected({ strategy: ['bridging'] }));
    });
    const utrecht = filterItems(records, { strategy: ['bridging'], municipality: ['utrecht'] }).length;
    expect($('[data-count-for="municipality:utrecht"]').textContent).toBe(`(${String(utrecht)})`);
    ($('[data-facet-form]') as HTMLFormElement).dispatchEvent(new Event('reset', { cancelable: true }));
    await vi.waitFor(() => {
      expect(shown()).toEqual(expected({}));
    });
    expect(location.search).toBe('');
    expect(box('strategy', 'bridging').checked).toBe(false);
  });

  test('"show the results" moves focus to the results heading', () => {
    ($('[data-facet-form]') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    expect(document.activeElement).toBe($('#results-title'));
  });

  test('an answer for an earlier view never overwrites a later one', async () => {
    server.hold(/\/[0-9]+\.json$/);
    toggle('theme', 'health');
    await vi.waitFor(() => {
      expect(server.requests.some((url) => url.endsWith('.json') && url !== listIndexPath)).toBe(true);
    });
    toggle('theme', 'health');
    toggle('theme', 'safety');
    server.release();
    await vi.waitFor(() => {
      expect(shown()).toEqual(expected({ theme: ['safety'] }));
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shown()).toEqual(expected({ theme: ['safety'] }));
  });
});

describe('pages and the address', () => {
  test('the script pages through the matches, keeping the filter, and focuses the results', async () => {
    toggle('strategy', 'bonding');
    await vi.waitFor(() => {
      expect(shown()).toEqual(expected({ strategy: ['bonding'] }));
    });
    const nav = $('[data-client-pagination]');
    expect(nav.hidden).toBe(false);
    expect($('[data-server-pagination]').hidden).toBe(true);
    nav.querySelector<HTMLAnchorElement>('a[rel="next"]')?.click();
    await vi.waitFor(() => {
      expect(shown()).toEqual(expected({ strategy: ['bonding'] }, 2));
    });
    expect(location.search).toBe('?strategy=bonding&page=2');
    expect(document.activeElement).toBe($('#results-title'));
    expect(nav.querySelector('span')?.textContent).toBe('Pagina 2 van 3');
  });

  test("the server's pagination pages in place once the data is there", async () => {
    ($('[data-server-pagination] a[data-page="2"]') as HTMLAnchorElement).click();
    await vi.waitFor(() => {
      expect(shown()).toEqual(expected({}, 2));
    });
    expect(location.search).toBe('?page=2');
  });

  test('back and forward show the view of the address', async () => {
    toggle('theme', 'health');
    await vi.waitFor(() => {
      expect(shown()).toEqual(expected({ theme: ['health'] }));
    });
    history.replaceState(null, '', `${base}?theme=safety`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => {
      expect(shown()).toEqual(expected({ theme: ['safety'] }));
    });
    expect(box('theme', 'safety').checked).toBe(true);
    expect(box('theme', 'health').checked).toBe(false);
  });

  test('the boxes and the language switch follow the address at once, before the data is there', async () => {
    server.hold(/\.json$/);
    toggle('theme', 'health');
    expect($('[data-lang-switch]').getAttribute('href')).toBe('/en/initiatives/?theme=health');
    $('[data-facet-form]').dispatchEvent(new Event('reset', { cancelable: true }));
    expect($('[data-lang-switch]').getAttribute('href')).toBe('/en/initiatives/');
    expect(box('theme', 'health').checked, 'reset unticks at once').toBe(false);
    history.replaceState(null, '', `${base}?theme=safety`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(box('theme', 'safety').checked, 'back/forward ticks at once').toBe(true);
    server.release();
    await vi.waitFor(() => {
      expect(shown()).toEqual(expected({ theme: ['safety'] }));
    });
  });

  test('a deep link: its boxes ticked at once, its view once the data is there, the language switch on it', async () => {
    history.replaceState(null, '', `${base}?municipality=nijmegen&page=2`);
    document.body.innerHTML = pageHtml();
    server = fakeServer();
    server.hold(/\.json$/);
    const showing = enhance(root(), server.fetch);
    expect(box('municipality', 'nijmegen').checked, 'ticked before the data is there').toBe(true);
    server.release();
    const shownAtOnce = await showing;
    expect(shownAtOnce).toBe(true);
    expect(shown()).toEqual(expected({ municipality: ['nijmegen'] }, 2));
    expect($('[data-lang-switch]').getAttribute('href')).toBe('/en/initiatives/?municipality=nijmegen&page=2');
  });

  test('on server page 3 the view without a query is page 3; a filter goes to the base path', async () => {
    await open(`${base}pagina/3/`, 3);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => {
      expect($('[data-server-pagination]').hidden).toBe(true);
    });
    expect(shown()).toEqual(expected({}, 3));
    toggle('kind', 'example');
    await vi.waitFor(() => {
      expect(shown()).toEqual(expected({ kind: ['example'] }));
    });
    expect(location.pathname).toBe(base);
  });
});

describe('when the data cannot be loaded', () => {
  test('without the index the facet links come back', async () => {
    server.fail(/index\.json$/);
    toggle('theme', 'health');
    await vi.waitFor(() => {
      expect(root().hasAttribute('data-enhanced')).toBe(false);
    });
  });

  test('without a record file too; a later try loads it again', async () => {
    server.fail(/\/0\.json$/);
    toggle('theme', 'health');
    await vi.waitFor(() => {
      expect(root().hasAttribute('data-enhanced')).toBe(false);
    });
    server.fail(/^$/);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => {
      expect(shown()).toEqual(expected({ theme: ['health'] }));
    });
    expect(server.requests.filter((url) => url.endsWith('/0.json'))).toHaveLength(2);
    expect(root().hasAttribute('data-enhanced'), 'the checkboxes are back').toBe(true);
  });

  test('a page without its parts is left alone', async () => {
    document.body.innerHTML = '<div data-browser></div>';
    expect(await enhance(root(), server.fetch)).toBe(false);
    expect(root().hasAttribute('data-enhanced')).toBe(false);
  });
});
