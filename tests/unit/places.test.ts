/**
 * The place schema against fixture files (tests/fixtures/bad-places): each malformed place yields exactly the
 * problem in the table, the valid one none; an initiative that points at a missing place fails naming the
 * field and the nearest slug; the place index links places to the initiatives that point at them.
 */
import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/core/catalog.ts';
import { buildPlaceIndex } from '../../src/lib/present/places.ts';
import {
  placeReferenceProblems,
  splitFrontmatter,
  validateInitiatives,
  validatePlaces,
} from '../../src/lib/core/validation.ts';
import { placeFields } from '../../src/schema/place.ts';
import { fixtureRoots, placeNames, readFixtures, readPlaceFixtures } from './fixtures.ts';
import { makeItem } from './make-initiative.ts';

const root = fixtureRoots.badPlaces;

/** Every file in tests/fixtures/bad-places/places/ and the one problem it must yield (none for the valid one). */
const expected: Record<string, { field: string; message: string } | null> = {
  'closed-before-opened.md': { field: 'closedDate', message: 'is before the opening date' },
  'closed-but-active.md': { field: 'closedDate', message: 'the place has not disappeared: set status to disappeared' },
  'ijssalon-het-plein.md': null,
  'kind-typo.md': { field: 'kind', message: '"libary" is not a known place type. Did you mean "library"?' },
  'municipality-den-bosch.md': {
    field: 'municipality',
    message: `"Den Bosch" is not the official name of the municipality: write "'s-Hertogenbosch"`,
  },
  'neighbourhood-without-municipality.md': {
    field: 'municipality',
    message: 'a place with a neighbourhood needs the municipality it lies in',
  },
  'opened-but-missed.md': { field: 'openedDate', message: 'a missed place does not exist (yet)' },
  'script-in-body.md': { field: 'body', message: 'uses the HTML element <script>' },
  'sources-missing.md': { field: 'sources', message: 'is missing: add a list of sources' },
  'status-unknown.md': { field: 'status', message: '"closed" is not a known place status' },
};

describe('place fixtures', () => {
  const result = validatePlaces(readPlaceFixtures(root));

  test('every file has a row and every row a file', () => {
    expect(placeNames(root)).toEqual(Object.keys(expected).sort());
  });

  for (const [name, row] of Object.entries(expected)) {
    test(`${name} → ${row ? row.field : 'valid'}`, () => {
      const found = result.problems.filter((problem) => problem.file.endsWith(`/${name}`));
      if (!row) {
        expect(found).toEqual([]);
        expect(result.places.map((place) => place.slug)).toContain(name.replace(/\.md$/, ''));
        return;
      }
      expect(found.map((problem) => problem.field)).toEqual([row.field]);
      expect(found[0]?.message).toContain(row.message);
    });
  }

  test('the valid place uses every field of the schema', () => {
    const place = result.places.find((candidate) => candidate.slug === 'ijssalon-het-plein');
    expect(Object.keys(place?.data ?? {}).sort()).toEqual([...placeFields].sort());
  });

  test('only the valid place passes', () => {
    expect(result.places.map((place) => place.slug)).toEqual(['ijssalon-het-plein']);
    expect(result.checked).toBe(placeNames(root).length);
  });
});

describe('initiatives that point at places', () => {
  const places = validatePlaces(readPlaceFixtures(root)).places;
  const parsed = readFixtures(root).map(({ file, text }) => ({ file, data: splitFrontmatter(text).data }));
  const problems = placeReferenceProblems(
    parsed,
    places.map((place) => place.slug),
  );

  test('a missing place fails naming the entry, the field and the nearest slug', () => {
    expect(problems).toEqual([
      {
        file: `${root}/initiatives/points-at-missing-place.mdx`,
        field: 'places[0]',
        message:
          'points at the place "ijssalon-het-pleinn", but there is no place with that slug: did you mean "ijssalon-het-plein"?',
      },
    ]);
  });

  test('validating the initiatives with the place slugs reports the same problem, from the frontmatter it parsed', () => {
    expect(validateInitiatives(readFixtures(root), ['ijssalon-het-plein']).problems).toEqual(problems);
  });

  test('the entries themselves are valid: the reference is checked across files', () => {
    expect(validateInitiatives(readFixtures(root)).problems).toEqual([]);
  });

  test('a place named twice fails', () => {
    const entries = validateInitiatives([
      {
        file: 'x/initiatives/twice.md',
        text:
          readFixtures(root)
            .find((file) => file.file.endsWith('existing-place.mdx'))
            ?.text.replace('  - ijssalon-het-plein', '  - a\n  - a') ?? '',
      },
    ]);
    expect(entries.problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'places: names the same place twice: list each once',
    ]);
  });
});

describe('the place index', () => {
  const validPlace = validatePlaces(readPlaceFixtures(root)).places[0]?.data;
  if (!validPlace) throw new Error('the valid place fixture does not validate');
  const base = validPlace;
  const place = (slug: string, status: 'active' | 'disappeared' | 'missed', title: string) => ({
    slug,
    data: { ...base, status, title },
  });

  test('orders by status (exists, disappeared, missed), then title, and links initiatives newest first', () => {
    const catalog = buildCatalog([
      makeItem('oud', { places: ['b'], published: '2020-01-01' }),
      makeItem('nieuw', { places: ['b', 'c'], published: '2024-01-01' }),
      makeItem('los'),
    ]);
    const index = buildPlaceIndex(
      [
        place('c', 'missed', 'Aa'),
        place('b', 'active', 'Zz'),
        place('a', 'active', 'Mm'),
        place('d', 'disappeared', 'Bb'),
      ],
      catalog,
    );
    expect(index.places.map((p) => p.slug)).toEqual(['a', 'b', 'd', 'c']);
    expect(index.bySlug.get('b')?.initiatives.map((entry) => entry.slug)).toEqual(['nieuw', 'oud']);
    expect(index.bySlug.get('c')?.initiatives.map((entry) => entry.slug)).toEqual(['nieuw']);
    expect(index.bySlug.get('a')?.initiatives).toEqual([]);
  });
});
