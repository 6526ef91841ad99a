/**
 * The message catalogue (src/i18n/messages.*.json): both languages have the same keys and placeholders, and every
 * key the schemas raise has a template. The schemas are made to raise every problem they can (a corpus of wrong
 * values below); a custom issue names its key in `params`, a field builder's issue is matched to the English
 * template it was written from. Every key written in src/schema/ must turn up, so a new check without a case here
 * fails, and every problem must render in both languages without a placeholder left open.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { message, messages, type MessageKey } from '../../src/i18n/messages.ts';
import { collectionSchema } from '../../src/schema/collection.ts';
import { partialDate } from '../../src/schema/fields.ts';
import { initiativeSchema } from '../../src/schema/initiative.ts';
import { placeSchema } from '../../src/schema/place.ts';
import { municipalityProblem, problemOf } from '../../src/schema/problems.ts';
import { issueMessage } from '../../src/lib/form-messages.ts';
import { strategies } from '../../src/taxonomy/index.ts';

const { nl, en } = messages;
const keys = Object.keys(en) as MessageKey[];

/** The `{placeholders}` of a template, sorted. */
const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('the catalogue', () => {
  test('nl and en have exactly the same keys', () => {
    expect(Object.keys(nl).sort()).toEqual([...keys].sort());
  });

  test('every key has the same placeholders in both languages', () => {
    const differ = keys
      .filter((key) => placeholders(nl[key]).join() !== placeholders(en[key]).join())
      .map((key) => `${key}: nl {${placeholders(nl[key]).join()}} en {${placeholders(en[key]).join()}}`);
    expect(differ).toEqual([]);
  });

  test('a placeholder without a value is an error, not a text with a hole', () => {
    expect(() => message('nl', 'problem.missing')).toThrow(/no value for \{what\}/);
    expect(message('en', 'problem.missing', { what: 'a title' })).toBe('is missing: add a title');
  });
});

/** Every problem key written in the schema modules (`'problem.…'`). */
function keysInSchemaSources(): Set<string> {
  const found = new Set<string>();
  for (const file of readdirSync('src/schema')) {
    for (const match of readFileSync(`src/schema/${file}`, 'utf8').matchAll(/'(problem\.[\w.]+)'/g)) {
      found.add(match[1] ?? '');
    }
  }
  return found;
}

/** An English template as a pattern that matches the texts made from it. */
function patternOf(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+?')}$`);
}

const problemKeys = keys.filter((key) => key.startsWith('problem.'));

/** The problem key an issue was raised with: from its params, or the one English template its message fits. */
function keyOf(issue: z.core.$ZodIssue): MessageKey | undefined {
  const raised = problemOf(issue);
  if (raised) return raised.key;
  // Several keys can fit a text ("must be {what}, not {got}"): the most specific one (the longest template) wins.
  return problemKeys
    .filter((key) => patternOf(en[key]).test(issue.message))
    .sort((a, b) => en[b].length - en[a].length)[0];
}

const day = '2025-01-01';
const verified = (date: string) => ({ date, method: 'contact', by: 'editors' });
const note = 'Buren uit dezelfde straat, van dezelfde leeftijd, ontmoeten elkaar elke week bij de koffie.';

/** Wrong values that together raise every problem the three content schemas know. */
const corpus: [z.ZodType, unknown][] = [
  // Field builders: missing, wrong type, empty, too short and too long, unknown ids, dates, lists, addresses.
  [initiativeSchema, {}],
  [initiativeSchema, 'not an object'],
  [
    initiativeSchema,
    {
      title: 5,
      summary: '',
      kind: 5,
      strategy: 'bondng',
      lang: 'xx',
      strategyNote: 'te kort',
      actors: 'residents',
      placeTypes: ['cafe', 'cafe'],
      places: ['a', 'a'],
      aliases: ['Oud Adres', 'x', 'x'],
      targetGroups: [],
      published: 'gisteren',
      updated: 5,
      startDate: '2019-13',
      links: [{ title: 'x', url: 'ftp://x' }],
      contact: { email: 'geen-adres', website: 5, emailPublic: 'ja', phone: '06' },
      sources: [
        { title: 'x', year: 'twintig' },
        { title: 'y', year: 20.5 },
        { title: 'z', year: 1800 },
      ],
      coordinates: { lat: 'noord', lng: 200 },
      pending: ['kleur'],
      municipality: 5,
      image: 'plaatje',
      slug: 5,
      region: 'r'.repeat(121),
    },
  ],
  [initiativeSchema, { sources: [{ title: 'x', year: 2200 }], coordinates: { lat: 100, lng: 5 }, strategy: 'bonding' }],
  [initiativeSchema, { neighbourhod: 'x', actors: [], published: undefined, links: [{ title: 'x' }], contact: {} }],
  // No schema leaves a partial date required, so the builder's own message for a missing one is asked for here.
  [partialDate('the start date'), undefined],
  [initiativeSchema, { strategyNote: strategies[0].definition.nl, contact: { email: undefined }, themes: [] }],
  // Checks across fields.
  [initiativeSchema, { kind: 'form', status: 'active', themes: [] }],
  [initiativeSchema, { kind: 'example', neighbourhood: 'Lent', verified: verified('2999-01-01') }],
  [initiativeSchema, { kind: 'example', region: 'landelijk', actors: [{ type: 'residents' }] }],
  [initiativeSchema, { kind: 'example', municipality: 'Nijmegen', region: 'regio' }],
  [initiativeSchema, { startDate: '2020', endDate: '2019', published: day, updated: '2024-01-01' }],
  [initiativeSchema, { status: 'ended', permanence: 'permanent', contact: { email: 'a@b.nl' } }],
  [initiativeSchema, { coordinates: { lat: 5.9, lng: 51.8 }, strategyNote: note }],
  [initiativeSchema, { coordinates: { lat: 40, lng: 2 } }],
  [
    initiativeSchema,
    {
      sources: [
        { title: 'Palaces for the People', author: 'Eric Klinenberg' },
        { kind: 'own-account', title: 'Opgave', via: 'Iemand anders' },
      ],
    },
  ],
  // Municipalities: a typo, a colloquial name, a shared name, a spelling, a village.
  [initiativeSchema, { municipality: 'Nijmegn' }],
  [initiativeSchema, { municipality: 'Den Haag' }],
  [initiativeSchema, { municipality: 'Bergen' }],
  [initiativeSchema, { municipality: 'nijmegen' }],
  [initiativeSchema, { municipality: 'Atlantis' }],
  [placeSchema, { status: 'active', closedDate: '2020', neighbourhood: 'Lent' }],
  [placeSchema, { status: 'missed', openedDate: '2020' }],
  [placeSchema, { status: 'disappeared', openedDate: '2020', closedDate: '2019' }],
  [collectionSchema, { items: [], rule: {} }],
  [collectionSchema, { items: [{ initiative: 'a' }, { initiative: 'a' }], rule: { municipality: ['nijmegn'] } }],
  [collectionSchema, { rule: { municipality: ['atlantis-zee', 5] }, curator: { kind: 'x', extra: 1 } }],
];

describe('every problem the schemas raise has a template', () => {
  const issues = corpus.flatMap(([schema, input]) => {
    const result = schema.safeParse(input);
    return result.success ? [] : result.error.issues;
  });

  test('every issue of the corpus comes from a key of the catalogue', () => {
    const unmatched = issues.filter((issue) => keyOf(issue) === undefined).map((issue) => issue.message);
    expect(unmatched).toEqual([]);
  });

  test('every key written in src/schema/ is raised by the corpus', () => {
    const raised = new Set(issues.map(keyOf));
    const missing = [...keysInSchemaSources()].filter((key) => !raised.has(key as MessageKey));
    expect(missing).toEqual([]);
  });

  test('a custom issue renders in both languages with every placeholder filled', () => {
    const custom = issues.filter((issue) => problemOf(issue));
    expect(custom.length).toBeGreaterThan(20);
    for (const issue of custom) {
      for (const lang of ['nl', 'en'] as const) {
        const text = issueMessage(issue, {}, 'Veld', lang);
        expect(text, `${lang} ${issue.message}`).toMatch(/^Veld: \S/);
        expect(text, `${lang} ${issue.message}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  test('check:content prints the English template of the key the issue carries', () => {
    for (const issue of issues) {
      const raised = problemOf(issue);
      if (raised) expect(issue.message).toBe(message('en', raised.key, raised.values));
    }
  });
});

describe('the municipality advice, worded once per language', () => {
  test.each([
    ['Den Haag', `"Den Haag" is not the official name`, "“Den Haag” heet officieel “'s-Gravenhage”."],
    ['Bergen', 'write "Bergen (NH.)" or "Bergen (L.)"', 'Kies “Bergen (NH.)” of “Bergen (L.)”.'],
    ['Nijmgen', 'Did you mean "Nijmegen"?', 'Is “Nijmegen” bedoeld?'],
  ])('%s', (input, english, dutch) => {
    expect(municipalityProblem(input, 'en')).toContain(english);
    expect(municipalityProblem(input, 'nl')).toContain(dutch);
    expect(municipalityProblem('Nijmegen', 'nl')).toBeUndefined();
  });
});
