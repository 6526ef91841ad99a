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
import { showcaseSchema } from '../../src/schema/showcase.ts';
import { partialDate } from '../../src/schema/fields.ts';
import { initiativeSchema } from '../../src/schema/initiative.ts';
import { placeSchema } from '../../src/schema/place.ts';
import { siteConfigSchema } from '../../src/schema/site.ts';
import { municipalityProblem, problemOf } from '../../src/schema/problems.ts';
import { issueMessage } from '../../src/lib/present/form-messages.ts';
import { aliasProblems, validateShowcases, validateInitiatives } from '../../src/lib/core/validation.ts';
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

  test('every template is used: its key is written in src/', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(ts|astro)$/.test(file),
    );
    const source = files.map((file) => readFileSync(`src/${file}`, 'utf8')).join('\n');
    expect(keys.filter((key) => !source.includes(`'${key}'`))).toEqual([]);
  });

  test('a placeholder without a value is an error, not a text with a hole', () => {
    expect(() => message('nl', 'problem.missing')).toThrow(/no value for \{what\}/);
    expect(message('en', 'problem.missing', { what: 'a title' })).toBe('is missing: add a title');
  });
});

/** Every problem and warning key written in these source files (`'problem.…'`, `'warning.…'`). */
function keysIn(files: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/'((?:problem|warning)\.[\w.]+)'/g)) {
      found.add(match[1] ?? '');
    }
  }
  return found;
}

/** An English template as a pattern that matches the texts made from it (the whole text, or anywhere in it). */
function patternOf(template: string, whole = true): RegExp {
  const parts = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return whole ? new RegExp(`^${parts.join('.+?')}$`) : new RegExp(parts.join('.*?'));
}

/** The keys whose template was filled in somewhere in `texts` (a text can hold one inside another). */
function keysFilledIn(texts: readonly string[]): Set<MessageKey> {
  return new Set(keys.filter((key) => texts.some((text) => patternOf(en[key], false).test(text))));
}

const problemKeys = keys.filter((key) => key.startsWith('problem.') || key.startsWith('warning.'));

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

/** Wrong site settings that together raise every problem the site config schema knows. */
const siteCorpus: unknown[] = [
  {},
  {
    languages: [],
    cms: { repo: 5, localPort: 'x', openAuthoring: 'ja' },
    pageSize: 'x',
    freshnessMonths: 'x',
    map: { tileUrl: 5, maxZoom: 'x', subdomains: 5 },
  },
  {
    languages: ['nl', 'nl', 'xx'],
    cms: { repo: 'https://github.com/a/b', localPort: 80.5 },
    pageSize: 2.5,
    freshnessMonths: 0.5,
    map: { tileUrl: 'tiles/{z}', maxZoom: 9.5, subdomains: 'A-B' },
  },
  { cms: { repo: 'a/b', localPort: 80 }, pageSize: 2, freshnessMonths: 0, map: { maxZoom: 5 } },
  {
    cms: { repo: 'a/b', localPort: 70000 },
    pageSize: 500,
    freshnessMonths: 500,
    map: { tileUrl: 'https://t.example.org/{s}/{z}/{x}/{y}.png', maxZoom: 30 },
  },
];
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
  [showcaseSchema, { items: [], rule: {} }],
  [showcaseSchema, { items: [{ initiative: 'a' }, { initiative: 'a' }], rule: { municipality: ['nijmegn'] } }],
  [showcaseSchema, { rule: { municipality: ['atlantis-zee', 5] }, curator: { kind: 'x', extra: 1 } }],
];

describe('every problem the schemas raise has a template', () => {
  const issues = [...corpus, ...siteCorpus.map((input): [z.ZodType, unknown] => [siteConfigSchema, input])].flatMap(
    ([schema, input]) => {
      const result = schema.safeParse(input);
      return result.success ? [] : result.error.issues;
    },
  );

  test('every issue of the corpus comes from a key of the catalogue', () => {
    const unmatched = issues.filter((issue) => keyOf(issue) === undefined).map((issue) => issue.message);
    expect(unmatched).toEqual([]);
  });

  test('every key written in src/schema/ is raised by the corpus', () => {
    const raised = new Set([...issues.map(keyOf), ...keysFilledIn(issues.map((issue) => issue.message))]);
    const sources = readdirSync('src/schema').map((file) => `src/schema/${file}`);
    const missing = [...keysIn(sources)].filter((key) => !raised.has(key as MessageKey));
    expect(missing).toEqual([]);
  });

  test('a custom issue renders in both languages, in the words of a form', () => {
    const custom = issues.filter((issue) => problemOf(issue));
    expect(custom.length).toBeGreaterThan(20);
    for (const issue of custom) {
      for (const lang of ['nl', 'en'] as const) {
        const text = issueMessage(issue, {}, 'Veld', lang);
        // message() throws on a placeholder without a value, so a text here has every one filled.
        expect(text, `${lang} ${issue.message}`).toMatch(/^Veld: \S/);
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
    [
      'Den Haag',
      `"Den Haag" is not the official name`,
      "“Den Haag” heet officieel “'s-Gravenhage” (op de lijst van het CBS van 1 januari 2025).",
    ],
    ['Bergen', 'write "Bergen (NH.)" or "Bergen (L.)"', 'Kies “Bergen (NH.)” of “Bergen (L.)”.'],
    ['Nijmgen', 'Did you mean "Nijmegen"?', 'Is “Nijmegen” bedoeld?'],
  ])('%s', (input, english, dutch) => {
    expect(municipalityProblem(input, 'en')).toContain(english);
    expect(municipalityProblem(input, 'nl')).toContain(dutch);
    expect(municipalityProblem('Nijmegen', 'nl')).toBeUndefined();
  });
});

describe('every problem of the checks across files has a template', () => {
  const md = (file: string, frontmatter: string, body = '') => ({ file, text: `---\n${frontmatter}\n---\n${body}` });
  const { problems, warnings } = validateInitiatives(
    [
      { file: 'c/geen.md', text: 'Geen frontmatter.' },
      md('c/kapot.md', 'title: [open'),
      md('c/Met Spatie.md', 'pending: [themes]\nplaces: [nergens, ijssalon-pleinn]', '## Leeg\n'),
      md('c/een.md', 'slug: dubbel'),
      md('c/twee.md', 'slug: dubbel'),
    ],
    ['ijssalon-plein'],
  );
  const entry = (slug: string, aliases: string[]) =>
    ({ file: `c/${slug}.md`, slug, data: { aliases } }) as unknown as Parameters<typeof aliasProblems>[0][number];
  const aliases = aliasProblems([entry('a', ['a', 'b']), entry('b', ['x']), entry('c', ['x'])]);
  const collections = validateShowcases(
    [
      { file: 'k/kapot.yaml', text: 'title: [open' },
      { file: 'k/lijst.yaml', text: 'items:\n  - initiative: open-tiun\n  - initiative: zzzzzzzzzz\n' },
    ],
    [{ slug: 'open-tuin', data: { aliases: [] } } as unknown as Parameters<typeof validateShowcases>[1][number]],
  ).problems;
  const texts = [...problems, ...warnings, ...aliases, ...collections].map((problem) => problem.message);

  test('every key written in src/lib/core/validation.ts turns up in its problems', () => {
    const filled = keysFilledIn(texts);
    const missing = [...keysIn(['src/lib/core/validation.ts'])].filter((key) => !filled.has(key as MessageKey));
    expect(missing).toEqual([]);
  });
});
