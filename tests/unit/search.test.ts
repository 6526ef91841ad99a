import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/core/catalog.ts';
import { facetKeys } from '../../src/lib/core/facets.ts';
import {
  pagefindFilters,
  publishedSortKey,
  searchFilterKeys,
  searchFiltersOf,
  searchQueryString,
  searchStateFromParams,
  vocabularyOfFilter,
} from '../../src/lib/core/search.ts';
import { makeItem } from './make-initiative.ts';

describe('search filters of an entry', () => {
  const catalog = buildCatalog([
    makeItem('beide', {
      strategy: 'both',
      status: 'planned',
      municipality: "'s-Hertogenbosch",
      actors: [{ type: 'library' }, { type: 'volunteers' }],
      published: '2026-03-09',
    }),
  ]);
  const entry = catalog.bySlug.get('beide');
  if (!entry) throw new Error('fixture missing');

  test('are the kind (initiative), the facet values plus status, with both strategies spelled out', () => {
    expect(searchFiltersOf(entry)).toEqual({
      type: ['initiative'],
      kind: ['example'],
      strategy: ['bonding', 'bridging', 'both'],
      actor: ['library', 'volunteers'],
      place: ['community-centre'],
      target: ['everyone'],
      theme: ['loneliness'],
      municipality: ['s-hertogenbosch'],
      status: ['planned'],
    });
  });

  test('sort by the publication date as YYYY-MM-DD', () => {
    expect(publishedSortKey(entry)).toBe('2026-03-09');
  });

  test('cover the kind of page, every browse facet and status, each with its vocabulary', () => {
    expect(searchFilterKeys).toEqual(['type', ...facetKeys, 'status']);
    expect(vocabularyOfFilter('type')).toBeNull();
    expect(vocabularyOfFilter('status')).toBe('status');
    expect(vocabularyOfFilter('place')).toBe('placeType');
    expect(vocabularyOfFilter('municipality')).toBeNull();
  });
});

describe('pagefindFilters', () => {
  test('puts the values of one filter in `any` (OR) and leaves empty filters out', () => {
    expect(pagefindFilters({ strategy: ['bonding', 'both'], theme: ['health'], actor: [] })).toEqual({
      strategy: { any: ['bonding', 'both'] },
      theme: { any: ['health'] },
    });
  });

  test('can leave one filter out, for the counts of that filter', () => {
    expect(pagefindFilters({ strategy: ['bonding'], status: ['active'] }, 'strategy')).toEqual({
      status: { any: ['active'] },
    });
  });

  test('gives an empty object for no selection', () => {
    expect(pagefindFilters({})).toEqual({});
  });
});

describe('search state in the URL', () => {
  test('reads query, filters (status included) and order; ignores unknown keys', () => {
    const state = searchStateFromParams(
      new URLSearchParams('q=+repair+caf%C3%A9+&theme=health&status=active&strategy=both&page=3&sort=newest'),
    );
    expect(state).toEqual({
      query: 'repair café',
      selection: { strategy: ['both'], theme: ['health'], status: ['active'] },
      sort: 'newest',
    });
  });

  test('defaults to relevance and an empty query', () => {
    expect(searchStateFromParams(new URLSearchParams('sort=oldest'))).toEqual({
      query: '',
      selection: {},
      sort: 'relevance',
    });
  });

  test('writes query first, filters in a fixed order, and sort only when not the default', () => {
    expect(
      searchQueryString({
        query: 'buurt huis',
        selection: { status: ['active'], strategy: ['bonding'] },
        sort: 'newest',
      }),
    ).toBe('?q=buurt+huis&strategy=bonding&status=active&sort=newest');
    expect(searchQueryString({ query: '', selection: {}, sort: 'relevance' })).toBe('');
  });

  test('round-trips', () => {
    const state = { query: 'moestuin', selection: { place: ['park', 'community-garden'] }, sort: 'relevance' } as const;
    expect(searchStateFromParams(new URLSearchParams(searchQueryString(state)))).toEqual(state);
  });
});
