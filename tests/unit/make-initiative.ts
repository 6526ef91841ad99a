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
  strategy: 'bonding',
  strategyNote: 'Buren ontmoeten buren.',
  actors: [{ type: 'residents' }],
  placeTypes: ['community-centre'],
  targetGroups: ['everyone'],
  themes: ['loneliness'],
  contactIntensity: 'recurring',
  tariff: 'free',
  permanence: 'permanent',
  status: 'active',
  sources: [{ title: 'Een bron' }],
  published: '2025-01-01',
};

/** A validated initiative: the base entry with these fields replaced. */
export function makeInitiative(overrides: Partial<InitiativeInput> = {}): Initiative {
  return initiativeSchema.parse({ ...base, ...overrides });
}

/** A slug with its validated initiative, as `buildCatalog` takes them. */
export function makeItem(slug: string, overrides: Partial<InitiativeInput> = {}): { slug: string; data: Initiative } {
  return { slug, data: makeInitiative(overrides) };
}
