/**
 * Collections: the schema's messages, the checks across files (missing
 * initiatives with a suggestion, aliases that collide), and how a collection
 * resolves: curated items first in the curator's order, then the rule's
 * matches newest first, no entry twice.
 */
import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/core/catalog.ts';
import { resolveShowcase, ruleMatches, ruleSelection } from '../../src/lib/core/showcases.ts';
import { aliasProblems, validateShowcases, validateInitiatives } from '../../src/lib/core/validation.ts';
import { showcaseSchema, type Showcase } from '../../src/schema/showcase.ts';
import { formatProblem } from '../../src/schema/report.ts';
import { fixtureRoots, readShowcaseFixtures, readFixtures } from './fixtures.ts';
import { makeInitiative } from './make-initiative.ts';

const catalog = buildCatalog([
  {
    slug: 'oud',
    data: makeInitiative({ title: 'Oud', published: '2024-01-01', strategy: 'bridging', themes: ['health'] }),
  },
  {
    slug: 'midden',
    data: makeInitiative({ title: 'Midden', published: '2025-01-01', strategy: 'bonding', aliases: ['vroeger'] }),
  },
  {
    slug: 'nieuw',
    data: makeInitiative({ title: 'Nieuw', published: '2026-01-01', strategy: 'both', municipality: 'Nijmegen' }),
  },
  {
    slug: 'nieuwst',
    data: makeInitiative({ title: 'Nieuwst', published: '2026-06-01', strategy: 'bridging', themes: ['health'] }),
  },
]);

/** A collection file's fields, before parsing; it still needs items or a rule. */
const input = {
  title: 'Een collectie',
  curator: { name: 'Gemeente X', kind: 'municipality', url: 'https://example.org' },
  intro: 'Waarom deze voorbeelden bij elkaar horen.',
  published: '2026-01-01',
};

function collection(overrides: Partial<Record<string, unknown>> = {}): Showcase {
  return showcaseSchema.parse({ ...input, ...overrides });
}

const slugs = (c: Showcase) => resolveShowcase(catalog, 'c', c).items.map((item) => item.entry.slug);

describe('rule evaluation', () => {
  test('a rule is a facet selection: OR within a facet, AND across facets, newest first', () => {
    expect(ruleMatches(catalog, { strategy: ['bridging'] }).map((e) => e.slug)).toEqual(['nieuwst', 'nieuw', 'oud']);
    expect(ruleMatches(catalog, { strategy: ['bridging'], theme: ['health'] }).map((e) => e.slug)).toEqual([
      'nieuwst',
      'oud',
    ]);
    expect(ruleMatches(catalog, { strategy: ['bonding', 'bridging'] }).map((e) => e.slug)).toEqual([
      'nieuwst',
      'nieuw',
      'midden',
      'oud',
    ]);
    expect(ruleMatches(catalog, { municipality: ['nijmegen'] }).map((e) => e.slug)).toEqual(['nieuw']);
  });

  test('no rule, or a rule without values, selects nothing', () => {
    expect(ruleMatches(catalog, undefined)).toEqual([]);
    expect(ruleMatches(catalog, {})).toEqual([]);
    expect(ruleSelection({ theme: ['health'], strategy: [] })).toEqual({ theme: ['health'] });
  });

  test('curated items first in the curator’s order, then rule matches newest first, no entry twice', () => {
    const c = collection({
      items: [{ initiative: 'oud', note: 'Eerst' }, { initiative: 'midden' }],
      rule: { strategy: ['bridging'] },
    });
    expect(slugs(c)).toEqual(['oud', 'midden', 'nieuwst', 'nieuw']);
    const items = resolveShowcase(catalog, 'c', c).items;
    expect(items.map((item) => item.curated)).toEqual([true, true, false, false]);
    expect(items[0]?.note).toBe('Eerst');
    expect(items[1]?.note).toBeUndefined();
  });

  test('an item named by an alias reads as the renamed entry', () => {
    expect(slugs(collection({ items: [{ initiative: 'vroeger' }] }))).toEqual(['midden']);
  });

  test('a slug that is no entry throws (validation reports it before a build gets here)', () => {
    expect(() => slugs(collection({ items: [{ initiative: 'bestaat-niet' }] }))).toThrow(/bestaat-niet/);
  });
});

describe('the collection schema', () => {
  const problems = (input: unknown) =>
    (showcaseSchema.safeParse(input).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

  test('needs items or a rule', () => {
    const base = { ...input, items: [] };
    expect(problems(base).join('\n')).toMatch(/items: is empty and there is no rule/);
    expect(problems({ ...base, rule: {} }).join('\n')).toMatch(/rule: selects nothing/);
  });

  test('names wrong facet ids and unknown rule keys with a suggestion', () => {
    const text = problems({ ...input, rule: { theme: ['helth'], permanence: ['temporary'] } }).join('\n');
    expect(text).toContain('rule.theme.0: "helth" is not a known theme. Did you mean "health"?');
    expect(text).toMatch(/rule: has an unknown field "permanence"/);
  });

  test('refuses the same initiative twice, an unknown curator kind and a logo without alt text', () => {
    const text = problems({
      ...input,
      items: [{ initiative: 'oud' }, { initiative: 'oud' }],
      curator: { name: 'X', kind: 'gemeente', url: 'https://example.org', logo: { src: '/x.svg' } },
    }).join('\n');
    expect(text).toContain('items.1.initiative: lists "oud" a second time');
    expect(text).toContain('curator.kind: "gemeente" is not a known curator kind');
    expect(text).toContain('curator.logo.alt: is missing');
  });
});

describe('checks across files', () => {
  test('the fixture collection is valid and its alias reference resolves', () => {
    const initiatives = validateInitiatives(readFixtures(fixtureRoots.collections));
    expect(initiatives.problems).toEqual([]);
    const result = validateShowcases(readShowcaseFixtures(fixtureRoots.collections), initiatives.entries);
    expect(result.problems).toEqual([]);
    expect(result.collections[0]?.data.items.map((item) => item.initiative)).toEqual([
      'open-tuin',
      'cafe-de-verbinding',
    ]);
  });

  test('every problem at once: a missing initiative (named with the collection and a suggestion), bad ids, alias collisions', () => {
    const root = fixtureRoots.badShowcases;
    const initiatives = validateInitiatives(readFixtures(root));
    const result = validateShowcases(readShowcaseFixtures(root), initiatives.entries);
    const lines = [...initiatives.problems, ...result.problems].map(formatProblem);
    expect(lines).toEqual([
      `${root}/initiatives/tweede-tuin.md: aliases[0]: "open-tuin" is the slug of ${root}/initiatives/open-tuin.md: an old URL cannot point at two entries, so remove the alias or rename that entry`,
      `${root}/collections/kapot.yaml: items[0].initiative: collection "kapot" lists "open-tiun", but there is no initiative with that slug: did you mean "open-tuin"?`,
      `${root}/collections/kapot.yaml: curator.kind: "gemeente" is not a known curator kind. Use one of: municipality, organisation, editorial`,
      `${root}/collections/kapot.yaml: rule.theme[0]: "eenzaamheid" is not a known theme. Use one of: loneliness, health, safety, poverty, inclusion, sustainability, education, work`,
    ]);
  });

  test('an alias may not be another entry’s alias, or the entry’s own slug', () => {
    const a = { file: 'a.md', slug: 'a', data: makeInitiative({ aliases: ['oud', 'a'] }) };
    const b = { file: 'b.md', slug: 'b', data: makeInitiative({ aliases: ['oud'] }) };
    expect(aliasProblems([a, b]).map(formatProblem)).toEqual([
      'a.md: aliases[1]: "a" is this entry\'s own slug: remove it from aliases',
      'b.md: aliases[0]: "oud" is already an alias of a.md: an old URL can only redirect to one entry',
    ]);
  });

  test('a collection file that is not YAML is reported, not thrown', () => {
    const result = validateShowcases([{ file: 'x.yaml', text: 'title: [unclosed' }], []);
    expect(result.problems[0]?.message).toMatch(/^is not valid YAML/);
  });
});
