/**
 * Typed initiatives for unit tests, built through the real schema so defaults
 * (lang, thresholdFeatures, links, …) and date parsing apply as in a build.
 *
 * The base entry is deliberately plain; a test states every facet value it
 * relies on, so the expected results can be worked out by hand from the test.
 */
import { initiativeSchema, type Initiative, type InitiativeInput } from '../../src/schema/initiative.ts';

const base: InitiativeInput = {
  title: 'Een initiatief',
  summary: 'Een korte samenvatting van het initiatief.',
  kind: 'form',
  strategy: 'bonding',
  strategyNote: 'Buren uit dezelfde straat, van dezelfde leeftijd, ontmoeten elkaar elke week.',
  actors: [{ type: 'residents' }],
  placeTypes: ['community-centre'],
  targetGroups: ['everyone'],
  themes: ['loneliness'],
  contactIntensity: 'recurring',
  tariff: 'free',
  permanence: 'permanent',
  sources: [{ title: 'Een bron' }],
  published: '2025-01-01',
};

/** Fields only a practice example has: a test that gives one gets an example (kind set unless the test sets it). */
const exampleOnly = [
  'status',
  'startDate',
  'endDate',
  'municipality',
  'neighbourhood',
  'coordinates',
  'region',
] as const;

/**
 * An initiative as written in a file (before parsing): the base entry (a form) with these fields replaced. Given
 * a field only a practice example has, it is an example, active unless said otherwise; without a municipality it
 * runs nationwide (`region`), carried by the named actor. For tests of what the schema refuses.
 */
export function makeInput(overrides: Partial<InitiativeInput> | Record<string, unknown> = {}): InitiativeInput {
  const example =
    overrides.kind === 'example' || (overrides.kind === undefined && exampleOnly.some((key) => key in overrides));
  if (!example) return { ...base, ...overrides };
  const nationwide = overrides.municipality === undefined && overrides.region === undefined;
  return {
    ...base,
    kind: 'example',
    status: 'active',
    ...(nationwide ? { region: 'landelijk', actors: [{ type: 'residents', name: 'Een landelijke groep' }] } : {}),
    ...overrides,
  };
}

/** A validated initiative: `makeInput` parsed by the real schema. */
export function makeInitiative(overrides: Partial<InitiativeInput> = {}): Initiative {
  return initiativeSchema.parse(makeInput(overrides));
}

/** A slug with its validated initiative, as `buildCatalog` takes them. */
export function makeItem(slug: string, overrides: Partial<InitiativeInput> = {}): { slug: string; data: Initiative } {
  return { slug, data: makeInitiative(overrides) };
}
