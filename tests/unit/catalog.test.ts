/**
 * The catalog on a hand-made set of seven initiatives. Reading order (newest
 * first, ties by title in Dutch collation) and every facet list below are
 * worked out from this table:
 *
 *   slug              published   title                     strategy  municipality
 *   moestuin-oost     2026-05-20  Moestuin Oost             bonding   Nijmegen
 *   aanschuiftafel    2026-03-01  aanschuiftafel De Buurt   bridging  Arnhem
 *   lief-en-leed      2026-03-01  Lief en Leed-straat       bonding   's-Hertogenbosch
 *   repair-cafe-zuid  2026-03-01  Repair Café Zuid          bridging  Nijmegen
 *   ijssalon          2025-06-15  IJssalon De Hoek          both      Súdwest-Fryslân
 *   bieb-bergen       2025-01-10  Bibliotheek Bergen        bridging  Bergen (NH.)
 *   huiskamer         2024-11-01  Huiskamer in de wijk      both      — (nationwide)
 */
import { describe, expect, test } from 'vitest';
import {
  buildCatalog,
  compareNewest,
  facetValueLabel,
  facetValuesOf,
  municipalitySlug,
  paginate,
  placeOf,
  relatedEntries,
  usedValues,
  type Catalog,
  type CatalogEntry,
} from '../../src/lib/core/catalog.ts';
import { facetKeys } from '../../src/lib/core/facets.ts';
import { makeInitiative, makeItem } from './make-initiative.ts';

const items = [
  makeItem('ijssalon', {
    title: 'IJssalon De Hoek',
    published: '2025-06-15',
    strategy: 'both',
    actors: [{ type: 'business' }, { type: 'residents', name: 'Buurtvereniging De Hoek' }],
    placeTypes: ['cafe'],
    targetGroups: ['everyone', 'older-people'],
    themes: ['loneliness', 'health'],
    municipality: 'Súdwest-Fryslân',
    neighbourhood: 'Workum',
  }),
  makeItem('repair-cafe-zuid', {
    title: 'Repair Café Zuid',
    published: '2026-03-01',
    strategy: 'bridging',
    actors: [{ type: 'volunteers' }],
    placeTypes: ['workshop'],
    targetGroups: ['everyone'],
    themes: ['sustainability'],
    municipality: 'Nijmegen',
    neighbourhood: 'Dukenburg',
  }),
  makeItem('huiskamer', {
    title: 'Huiskamer in de wijk',
    published: '2024-11-01',
    strategy: 'both',
    actors: [{ type: 'welfare-organisation' }],
    placeTypes: ['living-room'],
    targetGroups: ['older-people', 'single-person-households'],
    themes: ['loneliness'],
  }),
  makeItem('lief-en-leed', {
    title: 'Lief en Leed-straat',
    published: '2026-03-01',
    strategy: 'bonding',
    actors: [{ type: 'residents' }],
    placeTypes: ['street'],
    targetGroups: ['everyone'],
    themes: ['loneliness'],
    municipality: "'s-Hertogenbosch",
  }),
  makeItem('bieb-bergen', {
    title: 'Bibliotheek Bergen',
    published: '2025-01-10',
    strategy: 'bridging',
    actors: [{ type: 'library' }],
    placeTypes: ['library'],
    targetGroups: ['newcomers'],
    themes: ['inclusion', 'education'],
    municipality: 'Bergen (NH.)',
  }),
  makeItem('moestuin-oost', {
    title: 'Moestuin Oost',
    published: '2026-05-20',
    strategy: 'bonding',
    actors: [{ type: 'residents' }, { type: 'volunteers' }, { type: 'residents', name: 'Tuinclub Oost' }],
    placeTypes: ['community-garden'],
    targetGroups: ['everyone'],
    themes: ['sustainability', 'health'],
    municipality: 'Nijmegen',
  }),
  makeItem('aanschuiftafel', {
    title: 'aanschuiftafel De Buurt',
    published: '2026-03-01',
    strategy: 'bridging',
    actors: [{ type: 'volunteers' }],
    placeTypes: ['community-centre'],
    targetGroups: ['everyone', 'low-income'],
    themes: ['poverty', 'loneliness'],
    municipality: 'Arnhem',
  }),
];

const catalog = buildCatalog(items);

/** The catalog entry of a slug; fails the test when it is missing. */
function entry(slug: string): CatalogEntry {
  const found = catalog.bySlug.get(slug);
  if (!found) throw new Error(`no entry ${slug} in the test catalog`);
  return found;
}

const slugs = (entries: readonly CatalogEntry[] | undefined): string[] => (entries ?? []).map((entry) => entry.slug);
const byFacet = (key: keyof Catalog['byFacet'], value: string): string[] => slugs(catalog.byFacet[key].get(value));

describe('municipalitySlug', () => {
  test.each([
    ["'s-Hertogenbosch", 's-hertogenbosch'],
    ['’s-Gravenhage', 's-gravenhage'],
    ['Súdwest-Fryslân', 'sudwest-fryslan'],
    ['Bergen (NH.)', 'bergen-nh'],
    ['Bergen (L.)', 'bergen-l'],
    ['Nuenen, Gerwen en Nederwetten', 'nuenen-gerwen-en-nederwetten'],
    ['IJsselstein', 'ijsselstein'],
    ['Den Haag', 'den-haag'],
  ])('%s → %s', (name, slug) => {
    expect(municipalitySlug(name)).toBe(slug);
  });
});

describe('facetValuesOf', () => {
  test('an entry with strategy both counts under bonding, bridging and both', () => {
    expect(facetValuesOf(makeInitiative({ strategy: 'both' })).strategy).toEqual(['bonding', 'bridging', 'both']);
    expect(facetValuesOf(makeInitiative({ strategy: 'bonding' })).strategy).toEqual(['bonding']);
    expect(facetValuesOf(makeInitiative({ strategy: 'bridging' })).strategy).toEqual(['bridging']);
  });

  test('reads every facet off the entry; actors of the same type count once', () => {
    expect(facetValuesOf(entry('moestuin-oost').data)).toEqual({
      kind: ['example'],
      strategy: ['bonding'],
      actor: ['residents', 'volunteers'],
      place: ['community-garden'],
      target: ['everyone'],
      theme: ['sustainability', 'health'],
      municipality: ['nijmegen'],
    });
  });

  test('an entry without a municipality has no municipality value', () => {
    expect(facetValuesOf(makeInitiative({})).municipality).toEqual([]);
    expect(entry('huiskamer').facets.municipality).toEqual([]);
  });
});

describe('buildCatalog', () => {
  test('sorts newest first; the same date sorts by title in Dutch collation (case-insensitive)', () => {
    expect(slugs(catalog.entries)).toEqual([
      'moestuin-oost',
      'aanschuiftafel',
      'lief-en-leed',
      'repair-cafe-zuid',
      'ijssalon',
      'bieb-bergen',
      'huiskamer',
    ]);
  });

  test('the order does not depend on the input order', () => {
    expect(slugs(buildCatalog([...items].reverse()).entries)).toEqual(slugs(catalog.entries));
  });

  test('the same date and title sort by slug', () => {
    const twins = buildCatalog([
      makeItem('b-twin', { title: 'Tweeling', published: '2025-05-05' }),
      makeItem('a-twin', { title: 'Tweeling', published: '2025-05-05' }),
      makeItem('c-older', { title: 'Aaa', published: '2025-05-04' }),
    ]);
    expect(slugs(twins.entries)).toEqual(['a-twin', 'b-twin', 'c-older']);
  });

  test('compareNewest is negative when the first is newer', () => {
    const newer = entry('moestuin-oost');
    const older = entry('huiskamer');
    expect(compareNewest(newer, older)).toBeLessThan(0);
    expect(compareNewest(older, newer)).toBeGreaterThan(0);
    expect(compareNewest(newer, newer)).toBe(0);
  });

  test('bySlug finds every entry', () => {
    expect([...catalog.bySlug.keys()].sort()).toEqual(items.map((item) => item.slug).sort());
    expect(catalog.bySlug.get('bieb-bergen')?.data.title).toBe('Bibliotheek Bergen');
    expect(catalog.bySlug.get('no-such-entry')).toBeUndefined();
  });

  test('byFacet lists each used value with its entries, newest first', () => {
    expect(byFacet('strategy', 'bonding')).toEqual(['moestuin-oost', 'lief-en-leed', 'ijssalon', 'huiskamer']);
    expect(byFacet('strategy', 'bridging')).toEqual([
      'aanschuiftafel',
      'repair-cafe-zuid',
      'ijssalon',
      'bieb-bergen',
      'huiskamer',
    ]);
    expect(byFacet('strategy', 'both')).toEqual(['ijssalon', 'huiskamer']);
    expect(byFacet('theme', 'loneliness')).toEqual(['aanschuiftafel', 'lief-en-leed', 'ijssalon', 'huiskamer']);
    expect(byFacet('actor', 'residents')).toEqual(['moestuin-oost', 'lief-en-leed', 'ijssalon']);
    expect(byFacet('target', 'older-people')).toEqual(['ijssalon', 'huiskamer']);
    expect(byFacet('place', 'library')).toEqual(['bieb-bergen']);
  });

  test('byFacet holds only used values', () => {
    expect([...catalog.byFacet.place.keys()].sort()).toEqual(
      ['cafe', 'community-centre', 'community-garden', 'library', 'living-room', 'street', 'workshop'].sort(),
    );
    expect(catalog.byFacet.theme.has('safety')).toBe(false);
  });

  test('municipalities are listed by slug, with their names as written', () => {
    expect(Object.fromEntries(catalog.municipalities)).toEqual({
      nijmegen: 'Nijmegen',
      arnhem: 'Arnhem',
      's-hertogenbosch': "'s-Hertogenbosch",
      'sudwest-fryslan': 'Súdwest-Fryslân',
      'bergen-nh': 'Bergen (NH.)',
    });
    expect(byFacet('municipality', 'nijmegen')).toEqual(['moestuin-oost', 'repair-cafe-zuid']);
    expect(byFacet('municipality', 's-hertogenbosch')).toEqual(['lief-en-leed']);
    expect(byFacet('municipality', 'sudwest-fryslan')).toEqual(['ijssalon']);
    expect(byFacet('municipality', 'bergen-nh')).toEqual(['bieb-bergen']);
  });

  test('a nationwide entry appears under no municipality', () => {
    const listed = [...catalog.byFacet.municipality.values()].flatMap((entries) => slugs(entries));
    expect(listed).not.toContain('huiskamer');
    expect(listed).toHaveLength(6);
  });

  test('counts are taken over all entries', () => {
    expect(Object.fromEntries(catalog.counts.strategy)).toEqual({ bonding: 4, bridging: 5, both: 2 });
    expect(Object.fromEntries(catalog.counts.municipality)).toEqual({
      nijmegen: 2,
      arnhem: 1,
      's-hertogenbosch': 1,
      'sudwest-fryslan': 1,
      'bergen-nh': 1,
    });
    expect(catalog.counts.actor.get('residents')).toBe(3);
  });

  test('an empty collection gives an empty catalog', () => {
    const empty = buildCatalog([]);
    expect(empty.entries).toEqual([]);
    expect(empty.municipalities.size).toBe(0);
    for (const key of facetKeys) expect(empty.byFacet[key].size).toBe(0);
  });
});

describe('usedValues', () => {
  test('vocabulary facets come in taxonomy order', () => {
    expect(usedValues(catalog, 'strategy', 'nl')).toEqual(['bonding', 'bridging', 'both']);
    expect(usedValues(catalog, 'theme', 'nl')).toEqual([
      'loneliness',
      'health',
      'poverty',
      'inclusion',
      'sustainability',
      'education',
    ]);
    expect(usedValues(catalog, 'target', 'en')).toEqual([
      'everyone',
      'older-people',
      'single-person-households',
      'newcomers',
      'low-income',
    ]);
    expect(usedValues(catalog, 'actor', 'en')).toEqual([
      'welfare-organisation',
      'library',
      'residents',
      'volunteers',
      'business',
    ]);
  });

  test('municipalities come alphabetically by name (Dutch collation: the apostrophe of ’s first)', () => {
    const expected = ['s-hertogenbosch', 'arnhem', 'bergen-nh', 'nijmegen', 'sudwest-fryslan'];
    expect(usedValues(catalog, 'municipality', 'nl')).toEqual(expected);
    expect(usedValues(catalog, 'municipality', 'en')).toEqual(expected);
  });

  test('an accent does not move a name out of its letter', () => {
    const names = buildCatalog([
      makeItem('a', { municipality: 'Súdwest-Fryslân' }),
      makeItem('b', { municipality: 'Sluis' }),
      makeItem('c', { municipality: 'Tilburg' }),
      makeItem('d', { municipality: 'Stein (L.)' }),
    ]);
    expect(usedValues(names, 'municipality', 'nl')).toEqual(['sluis', 'stein-l', 'sudwest-fryslan', 'tilburg']);
  });
});

describe('facetValueLabel', () => {
  test('taxonomy labels in the chosen language', () => {
    expect(facetValueLabel(catalog, 'target', 'older-people', 'nl')).toBe('Ouderen');
    expect(facetValueLabel(catalog, 'target', 'older-people', 'en')).toBe('Older people');
    expect(facetValueLabel(catalog, 'strategy', 'both', 'nl')).toBe('Bonding én bridging');
    expect(facetValueLabel(catalog, 'place', 'library', 'en')).toBe('Library');
    expect(facetValueLabel(catalog, 'actor', 'welfare-organisation', 'nl')).toBe('Welzijnsorganisatie');
  });

  test('municipalities by their name as written, in both languages', () => {
    expect(facetValueLabel(catalog, 'municipality', 's-hertogenbosch', 'en')).toBe("'s-Hertogenbosch");
    expect(facetValueLabel(catalog, 'municipality', 'bergen-nh', 'nl')).toBe('Bergen (NH.)');
  });

  test('unknown values come back as they are', () => {
    expect(facetValueLabel(catalog, 'municipality', 'atlantis', 'nl')).toBe('atlantis');
    expect(facetValueLabel(catalog, 'theme', 'no-such-theme', 'en')).toBe('no-such-theme');
  });
});

describe('placeOf', () => {
  test.each([
    [{ neighbourhood: 'Feijenoord', municipality: 'Rotterdam' }, 'Feijenoord, Rotterdam'],
    [{ municipality: 'Rotterdam' }, 'Rotterdam'],
    [{ neighbourhood: 'Feijenoord' }, 'Feijenoord'],
    [{}, ''],
  ])('%o → "%s"', (data, expected) => {
    expect(placeOf(data)).toBe(expected);
  });

  test('reads a validated entry', () => {
    expect(placeOf(entry('ijssalon').data)).toBe('Workum, Súdwest-Fryslân');
  });
});

describe('relatedEntries', () => {
  // Six entries, all bonding (strategy does not count for relatedness).
  //   x         target everyone      municipality Heumen   (the entry we ask about)
  //   rare      shares only Heumen (2 of 6 entries):          weight ln(1 + 6/2) = ln 4   ≈ 1.39
  //   common-*  share only target everyone (4 of 6 entries):  weight ln(1 + 6/4) = ln 2.5 ≈ 0.92
  //   stranger  shares nothing but the strategy
  // `rare` is the oldest, so only its weight can put it first.
  const related = buildCatalog([
    makeItem('x', {
      title: 'X',
      published: '2025-06-01',
      actors: [{ type: 'residents' }],
      placeTypes: ['community-centre'],
      targetGroups: ['everyone'],
      themes: ['loneliness'],
      municipality: 'Heumen',
    }),
    makeItem('rare', {
      title: 'Rare',
      published: '2020-01-01',
      actors: [{ type: 'artist' }],
      placeTypes: ['online'],
      targetGroups: ['young-people'],
      themes: ['work'],
      municipality: 'Heumen',
    }),
    makeItem('common-new', {
      title: 'Common new',
      published: '2025-03-01',
      actors: [{ type: 'library' }],
      placeTypes: ['library'],
      targetGroups: ['everyone'],
      themes: ['education'],
      municipality: 'Arnhem',
    }),
    makeItem('common-mid', {
      title: 'Common mid',
      published: '2024-03-01',
      actors: [{ type: 'school' }],
      placeTypes: ['school'],
      targetGroups: ['everyone'],
      themes: ['safety'],
      municipality: 'Ede',
    }),
    makeItem('common-old', {
      title: 'Common old',
      published: '2023-03-01',
      actors: [{ type: 'business' }],
      placeTypes: ['shop'],
      targetGroups: ['everyone'],
      themes: ['poverty'],
      municipality: 'Zwolle',
    }),
    makeItem('stranger', {
      title: 'Stranger',
      published: '2026-01-01',
      actors: [{ type: 'care-provider' }],
      placeTypes: ['care-home'],
      targetGroups: ['families'],
      themes: ['health'],
      municipality: 'Utrecht',
    }),
  ]);

  test('a rarer shared value outranks a common one; ties go to the newer entry', () => {
    expect(slugs(relatedEntries(related, 'x'))).toEqual(['rare', 'common-new', 'common-mid', 'common-old']);
  });

  test('never lists the entry itself, nor entries that share nothing (strategy does not count)', () => {
    const all = slugs(relatedEntries(related, 'x', 10));
    expect(all).toEqual(['rare', 'common-new', 'common-mid', 'common-old']);
    expect(all).not.toContain('x');
    expect(all).not.toContain('stranger');
    expect(relatedEntries(related, 'stranger', 10)).toEqual([]);
  });

  test('ranks exactly as scoring every entry and sorting them all would, on a larger random catalog', () => {
    // A seeded random catalog of 300 entries over few values, so scores tie often.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = <T>(list: readonly T[], n: number): T[] => [
      ...new Set(Array.from({ length: n }, () => list[Math.floor(random() * list.length)] as T)),
    ];
    const big = buildCatalog(
      Array.from({ length: 300 }, (_, i) =>
        makeItem(`e${String(i)}`, {
          actors: pick(['residents', 'volunteers', 'library'] as const, 2).map((type) => ({ type })),
          placeTypes: pick(['library', 'park', 'street'] as const, 2),
          targetGroups: pick(['everyone', 'families', 'young-people'] as const, 2),
          themes: pick(['health', 'loneliness'] as const, 1),
          municipality: pick(['Nijmegen', 'Heumen', 'Utrecht'], 1)[0],
          published: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
        }),
      ),
    );
    const reference = (slug: string, limit: number): string[] => {
      const entry = big.bySlug.get(slug);
      if (!entry) return [];
      const scores = new Map<string, number>();
      for (const key of ['actor', 'place', 'target', 'theme', 'municipality'] as const) {
        for (const value of entry.facets[key]) {
          const sharing: readonly CatalogEntry[] = big.byFacet[key].get(value) ?? [];
          const weight = Math.log(1 + big.entries.length / sharing.length);
          for (const other of sharing) {
            if (other !== entry) scores.set(other.slug, (scores.get(other.slug) ?? 0) + weight);
          }
        }
      }
      const order = new Map(big.entries.map((e, i) => [e.slug, i]));
      return [...scores.entries()]
        .sort((a, b) => b[1] - a[1] || (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0))
        .slice(0, limit)
        .map(([other]) => other);
    };
    for (const { slug } of big.entries) {
      expect(slugs(relatedEntries(big, slug)), slug).toEqual(reference(slug, 4));
      expect(slugs(relatedEntries(big, slug, 9)), slug).toEqual(reference(slug, 9));
    }
  });

  test('respects the limit', () => {
    expect(slugs(relatedEntries(related, 'x', 2))).toEqual(['rare', 'common-new']);
    expect(slugs(relatedEntries(related, 'x', 1))).toEqual(['rare']);
    expect(relatedEntries(related, 'x', 0)).toEqual([]);
  });

  test('shared values add up: two common values beat one rare value', () => {
    // Seven entries now. both-shared shares "everyone" (5 of 7: ln 2.4 ≈ 0.88) and Heumen (3 of 7: ln(1 + 7/3) ≈ 1.20)
    // with x: 2.08, more than rare's 1.20 for Heumen alone, though both-shared is the oldest of all.
    const more = buildCatalog([
      ...related.entries.map(({ slug, data }) => ({ slug, data })),
      makeItem('both-shared', {
        title: 'Both shared',
        published: '2019-01-01',
        actors: [{ type: 'artist' }],
        placeTypes: ['online'],
        targetGroups: ['everyone'],
        themes: ['work'],
        municipality: 'Heumen',
      }),
    ]);
    const found = slugs(relatedEntries(more, 'x'));
    expect(found).toEqual(['both-shared', 'rare', 'common-new', 'common-mid']);
  });

  test('an unknown slug gives an empty list', () => {
    expect(relatedEntries(related, 'no-such-entry')).toEqual([]);
  });

  test('works on the main catalog: the Nijmegen neighbour comes first', () => {
    // repair-cafe-zuid shares Nijmegen (2 of 7), volunteers (3 of 7), sustainability (2 of 7) and everyone
    // (5 of 7) with moestuin-oost: no other entry shares more.
    expect(slugs(relatedEntries(catalog, 'repair-cafe-zuid', 1))).toEqual(['moestuin-oost']);
  });
});

describe('paginate', () => {
  const numbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

  test('an empty list gives one empty page', () => {
    expect(paginate([], 24)).toEqual([{ page: 1, pages: 1, items: [] }]);
  });

  test('25 items by 24 give two pages of 24 and 1', () => {
    const pages = paginate(numbers(25), 24);
    expect(pages.map((page) => page.page)).toEqual([1, 2]);
    expect(pages.map((page) => page.pages)).toEqual([2, 2]);
    expect(pages.map((page) => page.items.length)).toEqual([24, 1]);
    expect(pages[1]?.items).toEqual([25]);
    expect(pages[0]?.items[0]).toBe(1);
    expect(pages[0]?.items[23]).toBe(24);
  });

  test('a full last page makes no extra page', () => {
    expect(paginate(numbers(24), 24).map((page) => page.items.length)).toEqual([24]);
    expect(paginate(numbers(48), 24).map((page) => page.items.length)).toEqual([24, 24]);
  });

  test('small pages keep every item once, in order', () => {
    const pages = paginate(['a', 'b', 'c', 'd', 'e'], 2);
    expect(pages).toEqual([
      { page: 1, pages: 3, items: ['a', 'b'] },
      { page: 2, pages: 3, items: ['c', 'd'] },
      { page: 3, pages: 3, items: ['e'] },
    ]);
  });
});
