// @vitest-environment happy-dom
/**
 * The search page's form, URL and filters (src/client/search/state.ts, filters.ts): reading the search from the
 * form and the address, and the counts beside the filters (OR within a filter, AND across filters).
 */
import { describe, expect, it, vi } from 'vitest';
import { activeFilters, countsFor, selectionOfBoxes, showCounts, tickBoxes } from '../../src/client/search/filters.ts';
import type { Pagefind, SearchOptions } from '../../src/client/search/pagefind.ts';
import {
  emptySearch,
  isEmptySearch,
  searchUrl,
  showState,
  stateOfForm,
  stateOfLocation,
} from '../../src/client/search/state.ts';

function form(): HTMLFormElement {
  const element = document.createElement('form');
  element.innerHTML = `
    <input data-search-input type="search">
    <select data-search-sort><option value="relevance"></option><option value="newest"></option></select>
    <input type="checkbox" name="strategy" value="bonding"><span data-count-for="strategy:bonding"></span>
    <input type="checkbox" name="strategy" value="bridging"><span data-count-for="strategy:bridging"></span>
    <input type="checkbox" name="theme" value="health"><span data-count-for="theme:health"></span>`;
  document.body.replaceChildren(element);
  return element;
}

function fieldsOf(element: HTMLFormElement) {
  const input = element.querySelector<HTMLInputElement>('[data-search-input]');
  const sort = element.querySelector<HTMLSelectElement>('[data-search-sort]');
  if (!input || !sort) throw new Error('fixture');
  return { input, sort, boxes: [...element.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')] };
}

describe('form and URL', () => {
  it('reads the search from the form, the query trimmed', () => {
    const fields = fieldsOf(form());
    fields.input.value = '  moestuin ';
    fields.sort.value = 'newest';
    const [, bridging] = fields.boxes;
    if (bridging) bridging.checked = true;
    expect(stateOfForm(fields)).toEqual({ query: 'moestuin', selection: { strategy: ['bridging'] }, sort: 'newest' });
  });

  it('shows a state in the form, and back', () => {
    const fields = fieldsOf(form());
    const state = {
      query: 'buurt',
      selection: { strategy: ['bonding'], theme: ['health'] },
      sort: 'relevance',
    } as const;
    showState(fields, state);
    expect(fields.boxes.map((box) => box.checked)).toEqual([true, false, true]);
    expect(stateOfForm(fields)).toEqual(state);
  });

  it('writes the state into the address and reads it back', () => {
    const state = { query: 'buurt', selection: { theme: ['health'] }, sort: 'newest' } as const;
    const url = searchUrl('/zoeken/', state);
    expect(url).toBe('/zoeken/?q=buurt&theme=health&sort=newest');
    expect(stateOfLocation(new URL(url, 'http://localhost'))).toEqual(state);
    expect(searchUrl('/zoeken/', emptySearch)).toBe('/zoeken/');
  });

  it('knows a search without query or filter', () => {
    expect(isEmptySearch(emptySearch)).toBe(true);
    expect(isEmptySearch({ ...emptySearch, sort: 'newest' })).toBe(true);
    expect(isEmptySearch({ ...emptySearch, selection: { theme: [] } })).toBe(true);
    expect(isEmptySearch({ ...emptySearch, selection: { theme: ['health'] } })).toBe(false);
  });
});

describe('filters', () => {
  it('reads and ticks the boxes by filter', () => {
    const { boxes } = fieldsOf(form());
    tickBoxes(boxes, { strategy: ['bonding', 'bridging'] });
    expect(selectionOfBoxes(boxes)).toEqual({ strategy: ['bonding', 'bridging'] });
    expect(activeFilters(selectionOfBoxes(boxes))).toEqual(['strategy']);
  });

  it('shows counts and disables boxes that would give nothing, unless ticked or focused', () => {
    const element = form();
    const { boxes } = fieldsOf(element);
    const [bonding, bridging, health] = boxes as [HTMLInputElement, HTMLInputElement, HTMLInputElement];
    health.checked = true;
    bridging.focus();
    showCounts(element, boxes, { strategy: { bonding: 0, bridging: 0 } });
    expect(element.querySelector('[data-count-for="strategy:bonding"]')?.textContent).toBe('(0)');
    expect([bonding.disabled, bridging.disabled, health.disabled]).toEqual([true, false, false]);
    showCounts(element, boxes, { strategy: { bonding: 4 } });
    expect(bonding.disabled).toBe(false);
    expect(element.querySelector('[data-count-for="strategy:bonding"]')?.textContent).toBe('(4)');
  });

  it('counts a selected filter without its own values (OR within, AND across), loading filter data once', async () => {
    const calls: SearchOptions[] = [];
    const pagefind: Pagefind = {
      options: vi.fn(),
      init: vi.fn(),
      filters: vi.fn(() => Promise.resolve({})),
      search: (_query, options) => {
        calls.push(options);
        const own = options.filters?.strategy ? 'with' : 'without';
        return Promise.resolve({
          results: [],
          filters: { strategy: { bonding: own === 'with' ? 1 : 9 }, theme: { health: 2 } },
        });
      },
    };
    const selection = { strategy: ['bonding'] };
    const counts = await countsFor(pagefind, 'buurt', selection);
    expect(counts).toEqual({ strategy: { bonding: 9 }, theme: { health: 2 } });
    expect(calls.map((options) => Object.keys(options.filters ?? {}))).toEqual([['strategy'], []]);
    await countsFor(pagefind, 'plein', selection);
    expect(pagefind.filters).toHaveBeenCalledTimes(1);
  });
});
