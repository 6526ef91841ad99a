/**
 * The place schema: the frontmatter of `content/places/<slug>.md`, a meaningful place in a neighbourhood (social
 * infrastructure, after Klinenberg and Brummel & Smits): what kind of place, whether it exists, disappeared or is
 * missed, who uses it, the contact that arises there and what keeps its threshold low. Initiatives point at places
 * by slug (`places` in the initiative schema); that cross-reference is checked in `src/lib/core/validation.ts`.
 */
import { z } from 'astro/zod';
import {
  date,
  list,
  municipality,
  partialDate,
  partialDateBefore,
  termId,
  termIdList,
  text,
  frontmatter,
} from './fields.ts';
import {
  coordinatesSchema,
  futureVerificationProblem,
  imageSchema,
  sourceProblems,
  sourceSchema,
  SUMMARY_MAX,
  updatedProblems,
  verificationSchema,
} from './parts.ts';
import { raise, type FieldProblem } from './problems.ts';

const placeShape = {
  /** The name of the place; a generic description when the source names none ("Ijssalon in het dorp"). */
  title: text('the name of the place', { max: 120 }),
  /** One or two sentences, shown in lists, on the map and on area pages. */
  summary: text('a summary', { max: SUMMARY_MAX }),
  /** The language the entry is written in. */
  lang: termId('lang', 'language').default('nl'),
  /** What kind of place it is (taxonomy `placeType`). */
  kind: termId('placeType', 'place type'),
  /** Exists, disappeared or missed (taxonomy `placeStatus`, mapped onto HSDS in the exports). */
  status: termId('placeStatus', 'place status'),
  /** Who uses it (or would, for a missed place). */
  targetGroups: termIdList('targetGroup', 'target group'),
  /** The contact that arises there. */
  contactIntensity: termId('contactIntensity', 'contact intensity'),
  /** What makes it low-threshold. */
  thresholdFeatures: termIdList('thresholdFeature', 'threshold feature', { min: 0 }).default([]),
  /** The role of the host (owner, staff, volunteer) in making people feel welcome. */
  hostRole: text('the role of the host', { max: 600 }).optional(),
  /** Municipality, by its CBS name; left out when the source describes the place in general. */
  municipality: municipality('the municipality, by its official CBS name').optional(),
  /** Neighbourhood or village within the municipality. */
  neighbourhood: text('the neighbourhood').optional(),
  /** Where it is (or was), only when the source locates it. */
  coordinates: coordinatesSchema.optional(),
  /** When it opened, as precisely as known: `1975`, `1975-09` or `1975-09-01`. */
  openedDate: partialDate('the date it opened').optional(),
  /** When it closed (a disappeared place only), as precisely as known. */
  closedDate: partialDate('the date it closed').optional(),
  /** The texts this entry is based on: at least one. */
  sources: list(sourceSchema, 'sources, each with a title', { min: 1, why: 'say where the facts come from' }),
  /** An illustration with alt text. */
  image: imageSchema.optional(),
  /** When the entry was first published. */
  published: date('the publication date'),
  /** When the entry was last changed in substance. */
  updated: date('the update date').optional(),
  /** When, how and by whom the facts were last checked; absent: never checked. */
  verified: verificationSchema.optional(),
};

/** Checks across fields; like the initiative's, they run even when other fields fail. */
function crossFieldChecks(value: unknown, ctx: z.core.$RefinementCtx): void {
  if (typeof value !== 'object' || value === null) return;
  const place = value as Record<string, unknown>;
  const { status, openedDate, closedDate, neighbourhood, municipality, verified } = place;
  const problems: FieldProblem[] = [];
  const future = futureVerificationProblem(verified);
  if (future) problems.push(future);
  if (closedDate !== undefined && status !== undefined && status !== 'disappeared') {
    problems.push([['closedDate'], 'problem.place.closedNotDisappeared']);
  }
  if (openedDate !== undefined && status === 'missed') problems.push([['openedDate'], 'problem.place.openedButMissed']);
  if (typeof openedDate === 'string' && typeof closedDate === 'string' && partialDateBefore(closedDate, openedDate)) {
    problems.push([['closedDate'], 'problem.place.closedBeforeOpened']);
  }
  problems.push(...updatedProblems(place));
  if (typeof neighbourhood === 'string' && neighbourhood.trim() !== '' && municipality === undefined) {
    problems.push([['municipality'], 'problem.neighbourhood.placeMunicipality']);
  }
  problems.push(...sourceProblems(place.sources));
  for (const [path, key, values] of problems) raise(ctx, path, key, values);
}

/** The fields of a place as one shape, for schemas derived from it (exports, CMS). */
export { placeShape };

/** The place frontmatter, with the checks that span fields. */
export const placeSchema = frontmatter(placeShape, 'the frontmatter of a place', crossFieldChecks);

export type Place = z.output<typeof placeSchema>;
export type PlaceInput = z.input<typeof placeSchema>;

/** The fields of the schema, in order: what the CMS and the contract tests walk. */
export const placeFields = Object.keys(placeShape) as (keyof typeof placeShape)[];

/** The body sections suggested for every place (src/schema/body-sections.ts). */
export { placeBodySections } from './body-sections.ts';
