/** The list page's view in the address (src/client/list/url.ts) and its pages of results (paging.ts). */
import { describe, expect, test } from 'vitest';
import { pageSlice } from '../../src/client/list/paging.ts';
import { readView, viewUrl } from '../../src/client/list/url.ts';

const base = '/initiatieven/';

describe('the view in the address', () => {
  test('reads the selection in facet order, without duplicates, empty values or unknown keys', () => {
    expect(
      readView({ pathname: base, search: '?theme=health&strategy=bonding&theme=health&theme=&x=1' }, base, 1),
    ).toEqual({ selection: { strategy: ['bonding'], theme: ['health'] }, page: 1 });
  });

  test('reads the page; a page that is no whole number ≥ 1 is the first', () => {
    const page = (search: string) => readView({ pathname: base, search }, base, 1).page;
    expect(page('?page=3')).toBe(3);
    expect(page('?page=0')).toBe(1);
    expect(page('?page=-2')).toBe(1);
    expect(page('?page=twee')).toBe(1);
  });

  test('on server page N without a query, the view is page N of everything', () => {
    expect(readView({ pathname: '/initiatieven/pagina/3/', search: '' }, base, 3)).toEqual({ selection: {}, page: 3 });
    expect(readView({ pathname: base, search: '' }, base, 3)).toEqual({ selection: {}, page: 1 });
  });

  test('writes the base path, the selection in facet order and the page from 2 on', () => {
    expect(viewUrl(base, { selection: {}, page: 1 })).toBe(base);
    expect(viewUrl(base, { selection: { theme: ['health', 'safety'], strategy: ['bonding'] }, page: 1 })).toBe(
      `${base}?strategy=bonding&theme=health&theme=safety`,
    );
    expect(viewUrl(base, { selection: { kind: ['example'] }, page: 2 })).toBe(`${base}?kind=example&page=2`);
    expect(viewUrl(base, { selection: {}, page: 4 })).toBe(`${base}?page=4`);
  });

  test('what it writes, it reads back', () => {
    const view = { selection: { actor: ['library', 'school'], municipality: ['nijmegen'] }, page: 5 };
    const url = new URL(viewUrl(base, view), 'https://example.org');
    expect(readView(url, base, 1)).toEqual(view);
  });
});

describe('pages of results', () => {
  test('slices the matches into pages of pageSize', () => {
    expect(pageSlice(50, 24, 1)).toEqual({ page: 1, pages: 3, skip: 0 });
    expect(pageSlice(50, 24, 3)).toEqual({ page: 3, pages: 3, skip: 48 });
    expect(pageSlice(48, 24, 2)).toEqual({ page: 2, pages: 2, skip: 24 });
  });

  test('a page past the last shows the last; no matches is one empty page', () => {
    expect(pageSlice(50, 24, 9)).toEqual({ page: 3, pages: 3, skip: 48 });
    expect(pageSlice(0, 24, 2)).toEqual({ page: 1, pages: 1, skip: 0 });
  });
});
