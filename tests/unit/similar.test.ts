/**
 * "Bestaat dit al?": the ranking of similar titles. Accents, case, spacing, hyphens and word order do not
 * matter; the municipality and the place rank the same title higher; unrelated titles stay out.
 */
import { describe, expect, test } from 'vitest';
import { normalise, similarEntries, titleIndex, type TitleIndex } from '../../src/lib/core/similar.ts';

const index: TitleIndex = titleIndex([
  { slug: 'repair-cafe', data: { title: 'Repair café in a house or room for the neighbourhood' } },
  {
    slug: 'repair-cafe-heumen',
    data: { title: 'Repair Café Heumen', municipality: 'Heumen', placeName: 'Dorpshuis De Hoge Hof' },
  },
  { slug: 'repair-cafe-nijmegen', data: { title: 'Repair Café Nijmegen-Oost', municipality: 'Nijmegen' } },
  {
    slug: 'lief-en-leed-straat-rotterdam',
    data: { title: 'Lief en Leed-straat Rotterdam', municipality: 'Rotterdam' },
  },
  {
    slug: 'kickboksschool',
    data: { title: 'Kickboksschool Lief en Leed-straat Rotterdam', municipality: 'Rotterdam' },
  },
  { slug: 'ijssalon', data: { title: 'IJssalon in het dorp', municipality: 'Heumen', places: ['ijssalon-malden'] } },
  { slug: 'buurtmoestuin', data: { title: 'Buurtmoestuin', municipality: 'Utrecht' } },
  { slug: 'huis-van-de-wijk', data: { title: 'Huis van de Wijk', municipality: 'Nijmegen' } },
]);

const slugs = (title: string, extra: { municipality?: string; place?: string } = {}) =>
  similarEntries({ title, ...extra }, index).map((entry) => entry.slug);

describe('normalising', () => {
  test('accents, case, hyphens and punctuation go; words stay', () => {
    expect(normalise('  Repair Café – Lief-en-Leed!  ')).toBe('repair cafe lief en leed');
    expect(normalise('Ĳssalon ’s-Hertogenbosch')).toBe('ijssalon s hertogenbosch');
  });
});

describe('similar entries', () => {
  test('"repair cafe" finds every Repair café, without accent or capitals', () => {
    expect(slugs('repair cafe').slice(0, 3).sort()).toEqual([
      'repair-cafe',
      'repair-cafe-heumen',
      'repair-cafe-nijmegen',
    ]);
    expect(slugs('REPAIR CAFÉ')).toEqual(slugs('repair cafe'));
  });

  test('"lief en leed straat" finds the Lief en Leed-straat, best match first', () => {
    expect(slugs('lief en leed straat')).toEqual(['lief-en-leed-straat-rotterdam', 'kickboksschool']);
  });

  test('singular and plural meet: "lief en leed straat" finds "Lief en Leed-straten …"', () => {
    const plural = titleIndex([
      {
        slug: 'straten',
        data: { title: 'Lief en Leed-straten van Opzoomeren in Rotterdam', municipality: 'Rotterdam' },
      },
      { slug: 'anders', data: { title: 'Repair café in het dorpshuis' } },
    ]);
    expect(similarEntries({ title: 'lief en leed straat' }, plural).map((entry) => entry.slug)).toEqual(['straten']);
  });

  test('word order, spacing and words run together do not matter', () => {
    expect(slugs('straat leed en lief')[0]).toBe('lief-en-leed-straat-rotterdam');
    expect(slugs('repaircafe')).toContain('repair-cafe-heumen');
    expect(slugs('lief en leedstraat')[0]).toBe('lief-en-leed-straat-rotterdam');
  });

  test('the word being typed matches the start of a word; a long word may have a typo', () => {
    expect(slugs('repair caf')).toContain('repair-cafe');
    expect(slugs('buurtmoestiun')).toEqual(['buurtmoestuin']);
  });

  test('the municipality and the place rank the same title higher', () => {
    expect(slugs('repair cafe', { municipality: 'Nijmegen' })[0]).toBe('repair-cafe-nijmegen');
    expect(slugs('repair cafe', { municipality: 'heumen' })[0]).toBe('repair-cafe-heumen');
    expect(slugs('repair cafe', { place: 'De Hoge Hof' })[0]).toBe('repair-cafe-heumen');
    // A municipality named in the title counts as a word found.
    expect(slugs('Repair Café Heumen')[0]).toBe('repair-cafe-heumen');
    expect(slugs('ijssalon malden')).toEqual(['ijssalon']);
    // The title's own municipality is where, not what: a repair café elsewhere is still found.
    expect(slugs('Repair Café Beuningen', { municipality: 'Beuningen' })).toContain('repair-cafe');
    expect(slugs('Repair Café Beuningen')).not.toContain('repair-cafe');
  });

  test('a municipality alone, unrelated titles and a few letters find nothing', () => {
    expect(slugs('Malden')).toEqual([]);
    expect(slugs('Voedselbank', { municipality: 'Heumen' })).toEqual([]);
    expect(slugs('de')).toEqual([]);
    expect(slugs('re')).toEqual([]);
    expect(slugs('huis van de buurt')).toEqual([]);
  });

  test('at most `limit`, each with its title and municipality', () => {
    const found = similarEntries({ title: 'repair cafe' }, index, { limit: 1 });
    expect(found).toHaveLength(1);
    expect(found[0]?.title).toMatch(/^Repair/);
    expect(Object.keys(found[0] ?? {}).sort()).toEqual(['municipality', 'score', 'slug', 'title']);
  });
});
