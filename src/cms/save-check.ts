/**
 * The check the CMS runs before it saves an entry: the same initiative (or
 * place) schema and body checks as `check:content` and the build, in Dutch, naming each field
 * by its CMS label. It catches what Decap's own field checks cannot express:
 * a field required once its optional group is used (an image needs its alt
 * text), the checks that span fields (end date after start date), and unsafe
 * bodies. The preview shows the same list while the entry is being written.
 */
import type { z } from 'astro/zod';
import { checkBody } from '../lib/core/body-safety.ts';
import { bodyMessage, contactMessage, issueMessage } from '../lib/present/form-messages.ts';
import { contactProblems } from '../lib/core/private-contact.ts';
import { showcaseSchema } from '../schema/showcase.ts';
import { bodySections, initiativeSchema, pendingFields } from '../schema/initiative.ts';
import { placeSchema } from '../schema/place.ts';
import { showcaseTextOf, fieldTexts, placeTextOf, textOf, type FieldText } from './labels.ts';
import { prepareInitiative, pruneEmpty } from './entry-data.ts';
import { OWN_ACCOUNT_TITLE, OWN_ACCOUNT_TITLE_EN, PRIVATE_CONTACT_FIELD } from './config.ts';

/** "Bronnen 2 → Titel" for `sources[1].title`: the CMS labels along the path, list items counted from 1. */
export function labelOfPath(
  path: readonly PropertyKey[],
  texts: (path: string) => FieldText | undefined = textOf,
  whole = 'Initiatief',
): string {
  const parts: string[] = [];
  const names: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') {
      const last = parts.pop();
      if (last !== undefined) parts.push(`${last} ${String(key + 1)}`);
      continue;
    }
    names.push(String(key));
    parts.push(texts(names.join('.'))?.label ?? String(key));
  }
  return parts.join(' → ') || whole;
}

/** One problem the save check found: the field it belongs to (`['sources', 0, 'title']`) and what to do. */
export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

/** The problems of a Markdown entry (frontmatter fields plus `body`) against its schema, named by the CMS labels. */
function markdownProblemList(
  data: Record<string, unknown>,
  schema: z.ZodType,
  texts: (path: string) => FieldText | undefined,
  whole: string,
): FieldProblem[] {
  const { body, ...frontmatter } = pruneEmpty(data);
  const problems: FieldProblem[] = [];
  const result = schema.safeParse(frontmatter);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({
        path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
        message: issueMessage(issue, frontmatter, labelOfPath(issue.path, texts, whole), 'nl'),
      });
    }
  }
  const bodyLabel = texts('body')?.label ?? fieldTexts.body.label;
  if (typeof body === 'string') {
    for (const problem of checkBody(body, 'md')) {
      problems.push({ path: ['body'], message: bodyMessage(problem, bodyLabel, 'nl') });
    }
  }
  // E-mail addresses and phone numbers in what is published: only with the organisation's permission.
  for (const found of contactProblems(frontmatter, typeof body === 'string' ? body : undefined)) {
    const label = found.field === 'body' ? bodyLabel : labelOfPath([found.field], texts, whole);
    problems.push({ path: [found.field], message: contactMessage(found, label, 'nl') });
  }
  return problems;
}

function markdownProblems(
  data: Record<string, unknown>,
  schema: z.ZodType,
  texts: (path: string) => FieldText | undefined,
  whole: string,
): string[] {
  return markdownProblemList(data, schema, texts, whole).map((problem) => problem.message);
}

/** Today as YYYY-MM-DD (local time): the date an own account gets when it has none. */
const today = (): string => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** What the CMS saves of an initiative as Decap holds it (admin.ts applies the same before saving). */
export function preparedInitiative(data: Record<string, unknown>): Record<string, unknown> {
  const { set } = prepareInitiative(pruneEmpty(data), today(), {
    pendingFields,
    sections: bodySections,
    ownAccountTitle: { nl: OWN_ACCOUNT_TITLE, en: OWN_ACCOUNT_TITLE_EN },
  });
  // The contact for the editors is never part of the entry (admin.ts takes it out before saving).
  const entry: Record<string, unknown> = { ...data, ...set };
  Reflect.deleteProperty(entry, PRIVATE_CONTACT_FIELD);
  return entry;
}

/** Every problem of an initiative as Decap holds it (frontmatter fields plus `body`), as Dutch sentences. */
export function saveProblems(data: Record<string, unknown>): string[] {
  return markdownProblems(preparedInitiative(data), initiativeSchema, textOf, 'Initiatief');
}

/**
 * Every problem of a place as Decap holds it, as Dutch sentences: the place schema (with its checks across
 * fields: a closing date only for a disappeared place, …) and the body checks.
 */
export function placeSaveProblems(data: Record<string, unknown>): string[] {
  return markdownProblems(data, placeSchema, placeTextOf, 'Plek');
}

/** The problems of each CMS collection with the field each belongs to, to show them at their fields. */
export const saveProblemLists: Readonly<Record<string, (data: Record<string, unknown>) => FieldProblem[]>> = {
  initiatives: (data) => markdownProblemList(preparedInitiative(data), initiativeSchema, textOf, 'Initiatief'),
  places: (data) => markdownProblemList(data, placeSchema, placeTextOf, 'Plek'),
  collections: (data) => {
    const values = pruneEmpty(data);
    const result = showcaseSchema.safeParse(values);
    if (result.success) return [];
    return result.error.issues.map((issue) => ({
      path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
      message: issueMessage(issue, values, labelOfPath(issue.path, showcaseTextOf, 'Collectie'), 'nl'),
    }));
  },
};

/** The save check of each CMS collection, by its name in the config. */
export const saveChecks: Readonly<Record<string, (data: Record<string, unknown>) => string[]>> = {
  initiatives: saveProblems,
  places: placeSaveProblems,
  collections: showcaseSaveProblems,
};

/**
 * Every problem of a collection as Decap holds it, in Dutch. Whether the chosen initiatives exist is
 * not checked here: the relation widget only offers existing ones, and the build checks it again.
 */
export function showcaseSaveProblems(data: Record<string, unknown>): string[] {
  const values = pruneEmpty(data);
  const result = showcaseSchema.safeParse(values);
  if (result.success) return [];
  return result.error.issues.map((issue) =>
    issueMessage(issue, values, labelOfPath(issue.path, showcaseTextOf, 'Collectie'), 'nl'),
  );
}
