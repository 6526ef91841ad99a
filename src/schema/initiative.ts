/**
 * The initiative schema: the frontmatter of `content/initiatives/<slug>.md`.
 *
 * Built from the taxonomy module; the content collection, `check:content`, the
 * tests (and later the CMS and the exports) all use this one schema. Every
 * message is written for a practitioner: what is wrong and how to fix it.
 */
import { z } from 'astro/zod';
import { distance } from 'fastest-levenshtein';
import { strategies } from '../taxonomy/index.ts';
import { NETHERLANDS_BOUNDS } from '../taxonomy/netherlands.ts';
import {
  date,
  list,
  municipality,
  partialDate,
  partialDateBefore,
  slug,
  termId,
  termIdList,
  text,
  frontmatter,
} from './fields.ts';
import { problemText, raise, refinement, type FieldProblem } from './problems.ts';

/** Coordinates are checked against the one box around the Netherlands (src/taxonomy/netherlands.ts). */
export { NETHERLANDS_BOUNDS };

import {
  SUMMARY_MAX,
  actorSchema,
  contactSchema,
  coordinatesSchema,
  fold,
  futureVerificationProblem,
  imageSchema,
  linkSchema,
  sourceProblems,
  sourceSchema,
  updatedProblems,
  verificationSchema,
} from './parts.ts';

// The parts shared with places, so that importers find every part of an initiative here.
export * from './parts.ts';

/**
 * Fields a practitioner may leave to the editors ("nog te bepalen door de redactie"): listed in `pending`, they may
 * be left out; `check:content` warns until the editors fill them in, and no page says that they are missing.
 */
export const pendingFields = ['themes', 'permanence', 'status'] as const;

/** Shortest note on who meets whom: long enough to name both sides and whether contact arises. */
export const STRATEGY_NOTE_MIN = 60;

/** Text as the definition check compares it: case, accents and punctuation folded, words single-spaced. */
const plain = (value: string): string =>
  fold(value)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Every strategy's definition in both languages, folded once. */
const plainDefinitions = strategies.flatMap((term) => [plain(term.definition.nl), plain(term.definition.en)]);

/**
 * Does a note only repeat a strategy's definition? True when it contains a definition or a piece of one, or is at
 * most a quarter of its length away from one (after case, accents and punctuation are folded). The edit distance is
 * at least the difference in length, so a note much longer or shorter than a definition skips computing it.
 */
export function isDefinitionCopy(note: string): boolean {
  const text = plain(note);
  return plainDefinitions.some((def) => {
    const bound = def.length / 4;
    if (text.includes(def) || def.includes(text)) return true;
    return Math.abs(text.length - def.length) <= bound && distance(text, def) <= bound;
  });
}

const baseShape = {
  /** Optional URL slug; defaults to the file name. Lowercase ASCII with dashes. */
  slug: slug('the slug').optional(),
  /**
   * Former slugs of this entry, after a rename: each keeps its old URL working as a redirect page
   * (both languages). An alias may not be any entry's slug or another entry's alias.
   */
  aliases: list(slug('a former slug'), 'former slugs')
    .refine((list) => new Set(list).size === list.length, refinement('problem.listedTwice', { what: 'former slug' }))
    .default([]),
  /** Name of the initiative. */
  title: text('a title', { max: 120 }),
  /** One or two sentences, shown in lists and search results. */
  summary: text('a summary', { max: SUMMARY_MAX }),
  /**
   * Form of initiative (a type research names) or practice example (one concrete case): taxonomy `entryKind`.
   * What each kind must and may not have is in `kindRules`.
   */
  kind: termId('entryKind', 'kind of entry'),
  /** The language the entry is written in. */
  lang: termId('lang', 'language').default('nl'),
  /** Bonding, bridging or both. */
  strategy: termId('strategy', 'strategy'),
  /**
   * Who meets whom, in terms of group make-up (same or different socio-economic background, migration background,
   * lifestyle, religion, age …), and whether contact actually arises. Not a copy of the strategy's definition.
   */
  strategyNote: text('a note on who meets whom', { min: STRATEGY_NOTE_MIN, max: 600 }).refine(
    (note) => !isDefinitionCopy(note),
    refinement('problem.strategyNote.definition'),
  ),
  /** Who carries the initiative (one or more). */
  actors: list(actorSchema, 'actors, each with a type', { min: 1, why: 'who carries the initiative?' }),
  /** The kind(s) of place where people meet. */
  placeTypes: termIdList('placeType', 'place type'),
  /** The name of the place, when the source gives it. */
  placeName: text('the name of the place').optional(),
  /** The places of the atlas (`content/places/<slug>.md`) where it happens, by slug. */
  places: list(slug('the slug of a place (its file name without .md)'), 'place slugs')
    .refine((list) => new Set(list).size === list.length, refinement('problem.listedTwice', { what: 'place' }))
    .default([]),
  /** Municipality, by its CBS name: a practice example only (a form has none). */
  municipality: municipality('the municipality, by its official CBS name').optional(),
  /**
   * Where a practice example runs, in words, when that is not one municipality ("landelijk", "vier gemeenten in de
   * regio Nijmegen"); it then needs a named actor. Not for a form.
   */
  region: text('where it runs, in words', { max: 120 }).optional(),
  /** Neighbourhood or village within the municipality. */
  neighbourhood: text('the neighbourhood').optional(),
  /** Where it happens, when it is one place. */
  coordinates: coordinatesSchema.optional(),
  /** Who it is meant for. */
  targetGroups: termIdList('targetGroup', 'target group'),
  /** Societal themes it contributes to (may be left empty while listed in `pending`). */
  themes: termIdList('theme', 'theme', { min: 0 }).default([]),
  /** How strong the contact that arises is. */
  contactIntensity: termId('contactIntensity', 'contact intensity'),
  /** What taking part costs. */
  tariff: termId('tariff', 'tariff'),
  /** Permanent or temporary (pop-up); may be left out while listed in `pending`. */
  permanence: termId('permanence', 'permanence').optional(),
  /** When it started (or starts), as precisely as known: `2019`, `2019-05` or `2019-05-12`. */
  startDate: partialDate('the start date').optional(),
  /** When it ended (or ends), as precisely as known. */
  endDate: partialDate('the end date').optional(),
  /** Whether it ran when last checked (taxonomy `status`, mapped onto HSDS in the exports): a practice example
   * only (required there unless listed in `pending`; a form has none). */
  status: termId('status', 'status').optional(),
  /** What makes it low-threshold. */
  thresholdFeatures: termIdList('thresholdFeature', 'threshold feature', { min: 0 }).default([]),
  /** The role of the host (owner, staff, volunteer) in making people feel welcome. */
  hostRole: text('the role of the host', { max: 600 }).optional(),
  /** The texts this entry is based on: at least one. */
  sources: list(sourceSchema, 'sources, each with a title', { min: 1, why: 'say where the facts come from' }),
  /** Further reading. */
  links: list(linkSchema, 'links, each with a title and url').default([]),
  /** Contact details of the organisation. */
  contact: contactSchema.optional(),
  /** An illustration with alt text. */
  image: imageSchema.optional(),
  /** When the entry was first published. */
  published: date('the publication date'),
  /** When the entry was last changed in substance. */
  updated: date('the update date').optional(),
  /** When, how and by whom the facts were last checked; absent: never checked. */
  verified: verificationSchema.optional(),
  /** Fields the submitter left to the editors (`pendingFields`): the editors decide them before publishing. */
  pending: list(
    z.enum(pendingFields, { error: problemText('problem.oneOf', { ids: pendingFields.join(', ') }) }),
    'field names',
  ).default([]),
};

/**
 * What each kind of entry must and may not have. A form of initiative is a type: it has no status, dates or
 * location, so area pages and the map never count it as a municipality's initiative. A practice example says
 * where (a municipality, or a region in words with a named actor) and whether it runs.
 */
export const kindRules = {
  form: {
    forbidden: ['status', 'startDate', 'endDate', 'municipality', 'neighbourhood', 'coordinates', 'region'],
  },
  example: { required: ['status'], where: ['municipality', 'region'] },
} as const satisfies Record<
  string,
  { forbidden?: readonly string[]; required?: readonly string[]; where?: readonly string[] }
>;

/** Checks of the kind of entry: what a form may not have and what an example needs. */
export function kindProblems(entry: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const given = (key: string) => entry[key] !== undefined && entry[key] !== null && entry[key] !== '';
  if (entry.kind === 'form') {
    for (const key of kindRules.form.forbidden) {
      if (given(key)) problems.push([[key], 'problem.kind.formHas', { key }]);
    }
  }
  if (entry.kind === 'example') {
    const pending = Array.isArray(entry.pending) ? (entry.pending as unknown[]) : [];
    if (!given('status') && !pending.includes('status')) problems.push([['status'], 'problem.kind.statusMissing']);
    if (!given('municipality')) {
      const actors = Array.isArray(entry.actors) ? (entry.actors as ({ name?: unknown } | null)[]) : [];
      const named = actors.some((actor) => typeof actor?.name === 'string' && actor.name.trim() !== '');
      if (!given('region')) problems.push([['municipality'], 'problem.kind.whereMissing']);
      else if (!named) problems.push([['actors'], 'problem.kind.actorUnnamed']);
    } else if (given('region')) {
      problems.push([['region'], 'problem.kind.regionAndMunicipality']);
    }
  }
  return problems;
}

/**
 * The checks that span fields. They run even when other fields have problems (zod would skip them by
 * default), so a practitioner sees every problem at once; each check looks only at fields that parsed.
 */
function crossFieldChecks(value: unknown, ctx: z.core.$RefinementCtx): void {
  if (typeof value !== 'object' || value === null) return;
  const entry = value as Record<string, unknown>;
  const { startDate, endDate, status, permanence, contact, neighbourhood, municipality, verified } = entry;
  const problems: FieldProblem[] = [];
  const future = futureVerificationProblem(verified);
  if (future) problems.push(future);
  if (
    entry.kind !== 'form' &&
    typeof neighbourhood === 'string' &&
    neighbourhood.trim() !== '' &&
    municipality === undefined
  ) {
    problems.push([['municipality'], 'problem.neighbourhood.entryMunicipality']);
  }
  // Themes and permanence may only be missing while the editors still have to decide them (status: kindProblems).
  const pending = Array.isArray(entry.pending) ? (entry.pending as unknown[]) : [];
  if (!pending.includes('themes') && Array.isArray(entry.themes) && entry.themes.length === 0) {
    problems.push([['themes'], 'problem.themes.missing']);
  }
  if (entry.permanence === undefined && !pending.includes('permanence')) {
    problems.push([['permanence'], 'problem.permanence.missing']);
  }
  if (typeof startDate === 'string' && typeof endDate === 'string' && partialDateBefore(endDate, startDate)) {
    problems.push([['endDate'], 'problem.endDate.beforeStart']);
  }
  problems.push(...updatedProblems(entry));
  if (status === 'ended' && permanence === 'permanent' && endDate === undefined) {
    problems.push([['endDate'], 'problem.endDate.missing']);
  }
  problems.push(...kindProblems(entry), ...sourceProblems(entry.sources));
  if (typeof contact === 'object' && contact !== null) {
    const { email, emailPublic } = contact as Record<string, unknown>;
    if (typeof email === 'string' && email !== '' && emailPublic !== true) {
      problems.push([['contact', 'email'], 'problem.contact.emailPermission']);
    }
  }
  for (const [path, key, values] of problems) raise(ctx, path, key, values);
}

/** The fields of an initiative as one shape, for schemas derived from it (the open-data export). */
export const initiativeShape = baseShape;

/** The initiative frontmatter, with the checks that span fields. */
export const initiativeSchema = frontmatter(baseShape, 'the frontmatter of an initiative', crossFieldChecks);

/** A validated initiative, as pages and lib/ see it. */
export type Initiative = z.output<typeof initiativeSchema>;
/** An initiative as written in a content file (before defaults). */
export type InitiativeInput = z.input<typeof initiativeSchema>;

/** The fields of the schema, in order: what the CMS, the exports and the contract tests walk. */
export const initiativeFields = Object.keys(baseShape) as (keyof typeof baseShape)[];

/** The body sections suggested for every entry (src/schema/body-sections.ts). */
export { bodySections } from './body-sections.ts';
