/**
 * The browse index: one compact record per entry, in catalog order (newest
 * first), with what a card shows and the entry's facet values.
 */
import { describe, expect, test } from 'vitest';
import { browseIndex } from '../../src/lib/present/browse-index.ts';
import { buildCatalog } from '../../src/lib/core/catalog.ts';
import { makeItem } from './make-initiative.ts';

const catalog = buildCatalog([
  makeItem('huiskamer', {
    title: 'Huiskamer in de wijk',
    summary: 'Een huiskamer waar buren binnenlopen.',
    published: '2024-11-01',
    strategy: 'both',
    actors: [{ type: 'welfare-organisation' }, { type: 'volunteers', name: 'Vrijwilligers Oost' }],
    placeTypes: ['living-room'],
    targetGroups: ['older-people'],
    themes: ['loneliness'],
  }),
  makeItem('games-shop', {
    lang: 'en',
    title: 'A games shop outside its own neighbourhood',
    summary: 'A shop where players from all over town meet.',
    published: '2026-02-01',
    strategy: 'bridging',
    actors: [{ type: 'business' }],
    placeTypes: ['shop'],
    targetGroups: ['young-people', 'everyone'],
    themes: ['inclusion'],
    municipality: 'Nijmegen',
  }),
  makeItem('lief-en-leed', {
    title: 'Lief en Leed-straat',
    summary: 'Bewoners van één straat letten op elkaar.',
    published: '2025-05-05',
    strategy: 'bonding',
    actors: [{ type: 'residents' }],
    placeTypes: ['street'],
    targetGroups: ['everyone'],
    themes: ['loneliness', 'safety'],
    municipality: "'s-Hertogenbosch",
    neighbourhood: 'De Muntel',
  }),
]);

describe('browseIndex', () => {
  const records = browseIndex(catalog);

  test('one record per entry, in catalog order, with exactly the card fields and the facet values', () => {
    expect(records).toStrictEqual([
      {
        slug: 'games-shop',
        lang: 'en',
        title: 'A games shop outside its own neighbourhood',
        summary: 'A shop where players from all over town meet.',
        strategy: 'bridging',
        place: 'Nijmegen',
        facets: {
          kind: ['example'],
          strategy: ['bridging'],
          actor: ['business'],
          place: ['shop'],
          target: ['young-people', 'everyone'],
          theme: ['inclusion'],
          municipality: ['nijmegen'],
        },
      },
      {
        slug: 'lief-en-leed',
        lang: 'nl',
        title: 'Lief en Leed-straat',
        summary: 'Bewoners van één straat letten op elkaar.',
        strategy: 'bonding',
        place: "De Muntel, 's-Hertogenbosch",
        facets: {
          kind: ['example'],
          strategy: ['bonding'],
          actor: ['residents'],
          place: ['street'],
          target: ['everyone'],
          theme: ['loneliness', 'safety'],
          municipality: ['s-hertogenbosch'],
        },
      },
      {
        slug: 'huiskamer',
        lang: 'nl',
        title: 'Huiskamer in de wijk',
        summary: 'Een huiskamer waar buren binnenlopen.',
        strategy: 'both',
        place: '',
        facets: {
          kind: ['form'],
          strategy: ['bonding', 'bridging', 'both'],
          actor: ['welfare-organisation', 'volunteers'],
          place: ['living-room'],
          target: ['older-people'],
          theme: ['loneliness'],
          municipality: [],
        },
      },
    ]);
  });

  test('follows the catalog order', () => {
    expect(records.map((record) => record.slug)).toEqual(catalog.entries.map((entry) => entry.slug));
  });

  test('survives JSON, as /data/browse.json serves it', () => {
    expect(JSON.parse(JSON.stringify(records))).toEqual(records);
  });

  test('an empty catalog gives an empty index', () => {
    expect(browseIndex(buildCatalog([]))).toEqual([]);
  });
});
