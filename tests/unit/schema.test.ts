/**
 * The initiative schema against the fixture files: every valid fixture passes,
 * and every malformed fixture yields exactly the problems in the table below
 * (field path as `fieldPath` writes it, and a piece of the message).
 *
 * The table and the folder are kept in step: a malformed file without a row,
 * or a row without a file, fails the suite.
 */
import { describe, expect, test } from 'vitest';
import {
  initiativeFields,
  initiativeSchema,
  NETHERLANDS_BOUNDS,
  SUMMARY_MAX,
  pendingFields,
  isDefinitionCopy,
} from '../../src/schema/initiative.ts';
import { strategies } from '../../src/taxonomy/index.ts';
import { suggest } from '../../src/schema/fields.ts';
import { splitFrontmatter, validateInitiatives, type ValidEntry } from '../../src/lib/core/validation.ts';
import type { Problem } from '../../src/schema/report.ts';
import { fixtureNames, fixtureRoots, readFixtures } from './fixtures.ts';

interface Expected {
  /** The field path, as `fieldPath` writes it. */
  field: string;
  /** A piece of the message. */
  message: string;
}

interface Row extends Expected {
  /** Further problems the same single mistake rightly causes (the row then lists every problem of the file). */
  also?: Expected[];
}

/** Every file in tests/fixtures/malformed/initiatives/, and every problem it must yield: nothing more, nothing less. */
const malformed: Record<string, Row> = {
  'Bad Name.mdx': { field: 'slug', message: '"Bad Name" cannot be used in a URL' },
  'actor-type-unknown.mdx': {
    field: 'actors[1].type',
    message: '"welfare-organization" is not a known actor type. Did you mean "welfare-organisation"?',
  },
  'actors-empty.mdx': { field: 'actors', message: 'needs at least 1 of actors' },
  'contact-email-invalid.mdx': { field: 'contact.email', message: 'is not an e-mail address' },
  'contact-email-not-public.mdx': {
    field: 'contact.email',
    message: 'may not be published without permission: set contact.emailPublic to true',
  },
  'coordinates-out-of-range.mdx': {
    field: 'coordinates.lat',
    message: 'is out of range: latitude lies between -90 and 90',
    also: [{ field: 'coordinates', message: 'lie outside the Netherlands: check lat' }],
  },
  'coordinates-swapped.mdx': { field: 'coordinates', message: 'lat and lng look swapped' },
  'end-date-before-start-date.mdx': { field: 'endDate', message: 'is before the start date' },
  'image-without-alt.mdx': { field: 'image.alt', message: 'is missing: add an alt text' },
  'lang-fr.mdx': { field: 'lang', message: '"fr" is not a known language.' },
  'link-without-url.mdx': { field: 'links[0].url', message: 'is missing: add the address of the link' },
  'municipality-bergen.mdx': {
    field: 'municipality',
    message: '"Bergen" is the name of 2 municipalities: write "Bergen (NH.)" or "Bergen (L.)"',
  },
  'municipality-den-haag.mdx': {
    field: 'municipality',
    message: `"Den Haag" is not the official name of the municipality: write "'s-Gravenhage"`,
  },
  'municipality-typo.mdx': {
    field: 'municipality',
    message: 'is not a Dutch municipality on the CBS list of 1 January 2025. Did you mean "Nijmegen"?',
  },
  'municipality-village.mdx': {
    field: 'municipality',
    message: 'A village or neighbourhood goes in the neighbourhood field, with its municipality here',
  },
  'no-frontmatter.mdx': { field: '(frontmatter)', message: 'has no frontmatter' },
  'place-type-unknown.mdx': {
    field: 'placeTypes[1]',
    message: '"comunity-centre" is not a known place type. Did you mean "community-centre"?',
  },
  'published-as-text.mdx': { field: 'published', message: 'is not a valid date ("gisteren")' },
  'source-url-not-a-url.mdx': { field: 'sources[0].url', message: 'is not a web address' },
  'source-year-as-text.mdx': { field: 'sources[0].year', message: 'must be a year written as a number' },
  'sources-missing.mdx': { field: 'sources', message: 'is missing: add a list of sources' },
  'start-date-impossible.mdx': {
    field: 'startDate',
    message: 'is not a valid date ("2024-02-31")',
  },
  'start-date-impossible-quoted.mdx': { field: 'startDate', message: 'is not a valid date ("2024-02-31")' },
  'status-ended-without-end-date.mdx': { field: 'endDate', message: 'an ended initiative needs the date it ended' },
  'strategy-not-text.mdx': { field: 'strategy', message: 'must be one strategy id, not number 3' },
  'strategy-typo.mdx': { field: 'strategy', message: '"brigding" is not a known strategy. Did you mean "bridging"?' },
  'summary-too-long.mdx': { field: 'summary', message: `is too long: 364 characters, at most ${SUMMARY_MAX} allowed` },
  'target-group-duplicated.mdx': { field: 'targetGroups', message: 'names the same target group twice' },
  'themes-not-a-list.mdx': { field: 'themes', message: 'must be a list of theme ids' },
  'title-missing.mdx': { field: 'title', message: 'is missing: add a title' },
  'unknown-field-neighbourhod.mdx': {
    field: '(frontmatter)',
    message: 'has an unknown field "neighbourhod": did you mean "neighbourhood"?',
  },
  'unknown-field-sumary.mdx': {
    field: '(frontmatter)',
    message: 'has an unknown field "sumary": did you mean "summary"?',
    // The typo also leaves the real field empty.
    also: [{ field: 'summary', message: 'is missing: add a summary' }],
  },
  'updated-before-published.mdx': { field: 'updated', message: 'is before the publication date' },
  'yaml-syntax-error.mdx': { field: '(frontmatter)', message: 'is not valid YAML (line 2)' },
  // The kind of entry: a form is a type (no status, dates or place); an example says where and whether it runs.
  'kind-missing.mdx': { field: 'kind', message: 'is missing: give one kind of entry id (one of form, example)' },
  'form-with-status-and-municipality.mdx': {
    field: 'status',
    message: 'is set, but a form of initiative is a type, not one initiative: remove status, or set kind to example',
    also: [
      {
        field: 'municipality',
        message: 'is set, but a form of initiative is a type, not one initiative: remove municipality',
      },
    ],
  },
  'example-without-status.mdx': {
    field: 'status',
    message: 'is missing: a practice example says whether it runs (active, paused, ended or planned)',
  },
  'example-without-municipality.mdx': {
    field: 'municipality',
    message: 'is missing: a practice example needs the municipality where it runs',
  },
  'example-region-without-named-actor.mdx': {
    field: 'actors',
    message: 'name no organisation: a practice example without a municipality needs the named organisation',
  },
  // Who meets whom: long enough to say it, and not the definition of the strategy.
  'strategy-note-too-short.mdx': { field: 'strategyNote', message: 'is too short: write at least 60 characters' },
  'strategy-note-definition.mdx': { field: 'strategyNote', message: 'repeats the definition of a strategy' },
  // Reader text: no taxonomy ids, no field names.
  'body-field-names.mdx': {
    field: 'body',
    message: 'line 45: uses the code "welcoming-host", which readers do not know: write it in words',
    also: [{ field: 'body', message: 'line 45: names the field "strategyNote": readers see the page' }],
  },
  // Citations as read: a second-hand source says where it was read, and that text is a source too.
  'source-second-hand-without-via.mdx': {
    field: 'sources[1].via',
    message: 'is missing: the editors know Klinenberg only through another text, so say where it was read',
  },
  'source-via-not-listed.mdx': {
    field: 'sources[1].via',
    message: 'names "Brummel en Smits (2021)", which is not among this entry\'s sources',
  },
  // Two entries with the same title once case, accents and punctuation are folded.
  'title-duplicate.mdx': {
    field: 'title',
    message: 'is the same title as tests/fixtures/malformed/initiatives/Bad Name.mdx: readers cannot tell them apart',
  },
};

function byFile(problems: readonly Problem[]): Map<string, Problem[]> {
  const map = new Map<string, Problem[]>();
  for (const problem of problems) {
    const name = problem.file.split('/').pop() ?? problem.file;
    map.set(name, [...(map.get(name) ?? []), problem]);
  }
  return map;
}

describe('malformed fixtures', () => {
  const names = fixtureNames(fixtureRoots.malformed);
  // All files at once, as check:content reads them: one file's problems must not leak into another's.
  const result = validateInitiatives(readFixtures(fixtureRoots.malformed));
  const problems = byFile(result.problems);

  test('are at least twenty, each with a row in the table, and every row has a file', () => {
    expect(names.length).toBeGreaterThanOrEqual(20);
    expect(
      names.filter((name) => !(name in malformed)),
      'files without a row',
    ).toEqual([]);
    expect(
      Object.keys(malformed).filter((name) => !names.includes(name)),
      'rows without a file',
    ).toEqual([]);
  });

  for (const [name, row] of Object.entries(malformed)) {
    const expected = [row, ...(row.also ?? [])];
    const title = `${name} → ${expected.map((e) => e.field).join(' + ')}`;
    test(title, () => {
      const found = problems.get(name) ?? [];
      const lines = found.map((p) => `${p.field}: ${p.message}`).join('\n');
      expect(found.map((p) => p.field).sort(), lines).toEqual(expected.map((e) => e.field).sort());
      for (const { field, message } of expected) {
        const messages = found.filter((p) => p.field === field).map((p) => p.message);
        expect(
          messages.some((m) => m.includes(message)),
          `${field}: …${message}… in\n${lines}`,
        ).toBe(true);
      }
    });
  }
});

describe('valid fixtures', () => {
  const result = validateInitiatives(readFixtures(fixtureRoots.valid));
  const entry = (name: string): ValidEntry => {
    const found = result.entries.find((e) => e.file.endsWith(`/${name}`));
    if (!found) throw new Error(`${name} is not among the valid entries`);
    return found;
  };
  const frontmatter = (name: string): Record<string, unknown> =>
    splitFrontmatter(readFixtures(fixtureRoots.valid).find((f) => f.file.endsWith(`/${name}`))?.text ?? '')
      .data as Record<string, unknown>;

  test('yield no problems', () => {
    expect(result.problems).toEqual([]);
    expect(result.checked).toBeGreaterThanOrEqual(3);
    expect(result.entries).toHaveLength(result.checked);
  });

  test('the minimal one has exactly the required fields, and gets the defaults', () => {
    const required = initiativeFields.filter((key) => !initiativeSchema.shape[key].safeParse(undefined).success);
    // Themes and permanence are required unless left to the editors (`pending`); the minimal entry is a form,
    // which has no status.
    expect(Object.keys(frontmatter('minimal-required-only.mdx')).sort()).toEqual(
      [...required, ...pendingFields.filter((field) => field !== 'status')].sort(),
    );
    const { data, slug } = entry('minimal-required-only.mdx');
    expect(slug).toBe('minimal-required-only');
    expect(data.lang).toBe('nl');
    expect(data.thresholdFeatures).toEqual([]);
    expect(data.links).toEqual([]);
    expect(data.contact).toBeUndefined();
    expect(data.published).toEqual(new Date('2024-05-14T00:00:00Z'));
  });

  test('the full one uses every field of the schema (region only where there is no municipality)', () => {
    // region and municipality exclude each other: the nationwide example carries region.
    expect(Object.keys(frontmatter('full-all-optional-fields.mdx')).sort()).toEqual(
      initiativeFields.filter((field) => field !== 'region').sort(),
    );
    expect(entry('nationwide-example.mdx').data.region).toBe('landelijk');
    expect(entry('full-all-optional-fields.mdx').data.sources[0]?.via).toBe('Brummel en Smits (2021)');
    const { data, slug } = entry('full-all-optional-fields.mdx');
    expect(slug).toBe('ijssalon-als-ontmoetingsplek');
    expect(data.contact).toEqual({
      name: 'IJssalon Het Plein',
      website: 'https://www.example.nl/ijssalon-het-plein',
      email: 'info@ijssalon-het-plein.example.nl',
      emailPublic: true,
    });
    expect(data.image?.alt).toMatch(/\S/);
    const { lat, lng } = data.coordinates ?? { lat: NaN, lng: NaN };
    expect(lat).toBeGreaterThanOrEqual(NETHERLANDS_BOUNDS.minLat);
    expect(lat).toBeLessThanOrEqual(NETHERLANDS_BOUNDS.maxLat);
    expect(lng).toBeGreaterThanOrEqual(NETHERLANDS_BOUNDS.minLng);
    expect(lng).toBeLessThanOrEqual(NETHERLANDS_BOUNDS.maxLng);
    // Start and end are kept as precisely as they are known, as text.
    expect(data.startDate).toBe('2024-04-01');
    expect(data.endDate).toBe('2024-09-30');
    expect(data.updated).toEqual(new Date('2024-11-15T00:00:00Z'));
    expect(data.verified).toEqual({ date: new Date('2025-01-20T00:00:00Z'), method: 'contact', by: 'editors' });
    expect(data.links).toHaveLength(1);
    expect(data.sources[1]).toEqual({
      kind: 'publication',
      date: '2021-06',
      title: 'De betekenis van sociale infrastructuur',
      author: 'Brummel en Smits',
      year: 2021,
      url: 'https://doi.org/10.18352/jsi.702',
    });
  });

  test('the English one is marked as English', () => {
    expect(entry('english-language-entry.mdx').data.lang).toBe('en');
  });
});

describe('messages', () => {
  test('suggest the nearest id for a likely typo, and nothing for a wild guess', () => {
    expect(suggest('brigding', ['bonding', 'bridging', 'both'])).toBe('bridging');
    expect(suggest('Bonding', ['bonding', 'bridging', 'both'])).toBe('bonding');
    expect(suggest('sociaal', ['free', 'social', 'commercial', 'mixed'])).toBe('social');
    expect(suggest('helemaal-iets-anders', ['bonding', 'bridging', 'both'])).toBeUndefined();
    expect(suggest('', ['bonding'])).toBeUndefined();
    expect(suggest('bonding', [])).toBeUndefined();
  });

  test('do not suggest an unrelated id for an unknown two-letter language ("fr" must not become "nl")', () => {
    const issues = initiativeSchema.shape.lang.safeParse('fr').error?.issues ?? [];
    expect(issues[0]?.message).toContain('"fr" is not a known language');
    expect(issues[0]?.message).not.toContain('Did you mean');
  });

  test('count the summary limit in characters, not bytes', () => {
    const summary = 'é'.repeat(SUMMARY_MAX);
    expect(initiativeSchema.shape.summary.safeParse(summary).success).toBe(true);
    expect(initiativeSchema.shape.summary.safeParse(`${summary}é`).error?.issues[0]?.message).toBe(
      `is too long: ${SUMMARY_MAX + 1} characters, at most ${SUMMARY_MAX} allowed. Shorten it`,
    );
  });

  test('refuse a strategy note that is a definition, a piece of one or a near copy, and nothing further away', () => {
    for (const term of strategies) {
      for (const definition of [term.definition.nl, term.definition.en]) {
        expect(isDefinitionCopy(definition.toUpperCase())).toBe(true);
        expect(isDefinitionCopy(`Kort gezegd: ${definition} Meer niet.`)).toBe(true);
        // Letters changed or left out, within a quarter of the length: a copy (the length check must not skip it).
        expect(isDefinitionCopy(definition.replace(/[a-z]/g, (c, at: number) => (at % 8 === 0 ? 'q' : c)))).toBe(true);
        expect(isDefinitionCopy(definition.replace(/[a-z]/g, (c, at: number) => (at % 6 === 0 ? '' : c)))).toBe(true);
        // Further away: a note as long as the definition in other words, or a longer note of its own.
        expect(isDefinitionCopy('ab '.repeat(Math.ceil(definition.length / 3)))).toBe(false);
      }
    }
    const longer = 'Oudere bewoners en jonge gezinnen uit dezelfde straat ontmoeten elkaar elke week bij de koffie.';
    expect(isDefinitionCopy(longer.repeat(3))).toBe(false);
  });
});
