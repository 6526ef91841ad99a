// @vitest-environment happy-dom
/** Writing a view into the list page (src/client/list/render.ts), on the markup of tests/unit/list-page.ts. */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { renderBoxes, renderCard, renderPagination, statusText } from '../../src/client/list/render.ts';
import { countFacets } from '../../src/lib/core/facets.ts';
import type { ListRecord } from '../../src/lib/core/list-format.ts';
import { pageHtml, records, texts } from './list-page.ts';

const $ = (selector: string): HTMLElement => {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
};

beforeEach(() => {
  document.body.innerHTML = pageHtml();
});

describe('a card', () => {
  const card = (record: ListRecord) => {
    const list = document.createElement('ul');
    list.append(renderCard($('[data-card-template]') as HTMLTemplateElement, record, texts, 'nl'));
    return list;
  };

  test('shows the title as a link to the entry, the summary, the strategy label and the place', () => {
    const li = card({
      slug: 'huiskamer',
      lang: 'nl',
      title: 'Huiskamer',
      summary: 'Buren.',
      strategy: 'both',
      place: 'Oost, Zwolle',
    });
    const link = li.querySelector<HTMLAnchorElement>('[data-slot="title"]');
    expect(link?.textContent).toBe('Huiskamer');
    expect(link?.getAttribute('href')).toBe('/initiatief/huiskamer/');
    expect(li.querySelector('[data-slot="summary"]')?.textContent).toBe('Buren.');
    expect(li.querySelector('[data-slot="strategy"]')?.textContent).toBe('Allebei');
    expect(li.querySelector('[data-slot="place"]')?.textContent).toBe('Oost, Zwolle');
    expect(li.querySelector('article')?.hasAttribute('lang')).toBe(false);
    expect(li.querySelector<HTMLElement>('[data-slot="language"]')?.hidden).toBe(true);
  });

  test('an entry in the other language says so and carries its lang; no place reads as nationwide', () => {
    const li = card({ slug: 'shop', lang: 'en', title: 'Shop', summary: 'A shop.', strategy: 'bridging', place: '' });
    expect(li.querySelector('article')?.getAttribute('lang')).toBe('en');
    const language = li.querySelector<HTMLElement>('[data-slot="language"]');
    expect(language?.hidden).toBe(false);
    expect(language?.textContent).toBe('In het Engels');
    expect(li.querySelector('[data-slot="place"]')?.textContent).toBe('Landelijk');
  });

  test('text stays text: markup in a title is not parsed', () => {
    const li = card({
      slug: 'x',
      lang: 'nl',
      title: '<img src=x onerror=alert(1)>',
      summary: '',
      strategy: 'bonding',
      place: '',
    });
    expect(li.querySelector('img')).toBeNull();
    expect(li.querySelector('[data-slot="title"]')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

test('the status line counts none, one and many', () => {
  expect(statusText(texts, 0)).toBe('Geen initiatieven gevonden');
  expect(statusText(texts, 1)).toBe('1 initiatief gevonden');
  expect(statusText(texts, 12)).toBe('12 initiatieven gevonden');
});

describe('the checkboxes', () => {
  const box = (key: string, value: string) => $(`input[name="${key}"][value="${value}"]`) as HTMLInputElement;
  const countOf = (key: string, value: string) => $(`[data-count-for="${key}:${value}"]`).textContent;
  const render = (selection: Parameters<typeof renderBoxes>[2]) => {
    const form = $('[data-facet-form]') as HTMLFormElement;
    renderBoxes(form, [...form.querySelectorAll('input')], selection, countFacets(records, selection));
  };

  test('are ticked as the selection says and show what each value would match', () => {
    render({ theme: ['health'] });
    expect(box('theme', 'health').checked).toBe(true);
    expect(box('theme', 'safety').checked).toBe(false);
    const health = records.filter((record) => record.facets.theme.includes('health'));
    const nijmegen = health.filter((record) => record.facets.municipality.includes('nijmegen')).length;
    expect(countOf('municipality', 'nijmegen')).toBe(`(${String(nijmegen)})`);
    // Its own facet is counted under the other facets only: ticking a theme leaves the other themes' counts.
    const safety = records.filter((record) => record.facets.theme.includes('safety')).length;
    expect(countOf('theme', 'safety')).toBe(`(${String(safety)})`);
  });

  test('a value that would match nothing is disabled, unless ticked or focused', () => {
    render({ kind: ['form'] });
    expect(countOf('municipality', 'utrecht')).toBe('(0)');
    expect(box('municipality', 'utrecht').disabled).toBe(true);
    expect(box('municipality', 'nijmegen').disabled).toBe(true);
    render({});
    box('municipality', 'nijmegen').focus();
    render({ kind: ['form'] });
    expect(box('municipality', 'nijmegen').disabled).toBe(false);
    expect(box('municipality', 'utrecht').disabled).toBe(true);
    render({ kind: ['form'], municipality: ['utrecht'] });
    expect(box('municipality', 'utrecht').disabled).toBe(false);
  });
});

describe('the script’s pagination', () => {
  const nav = () => $('[data-client-pagination]');
  const hrefFor = (page: number) => `/initiatieven/?page=${String(page)}`;

  test('is hidden and empty with one page', () => {
    renderPagination(nav(), texts, { page: 1, pages: 1, hrefFor, follow: () => undefined });
    expect(nav().hidden).toBe(true);
    expect(nav().children).toHaveLength(0);
  });

  test('links to the previous and next page and says where the reader is', () => {
    renderPagination(nav(), texts, { page: 2, pages: 3, hrefFor, follow: () => undefined });
    expect(nav().hidden).toBe(false);
    const links = [...nav().querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href'), a.rel]);
    expect(links).toEqual([
      ['Vorige', '/initiatieven/?page=1', 'prev'],
      ['Volgende', '/initiatieven/?page=3', 'next'],
    ]);
    expect(nav().querySelector('span')?.textContent).toBe('Pagina 2 van 3');
  });

  test('a plain click is followed in place; a click with a modifier is left to the browser', () => {
    const follow = vi.fn();
    renderPagination(nav(), texts, { page: 1, pages: 2, hrefFor, follow });
    const next = nav().querySelector('a');
    next?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
    expect(follow).not.toHaveBeenCalled();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    next?.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(follow).toHaveBeenCalledWith(expect.stringMatching(/\/initiatieven\/\?page=2$/));
  });
});
