/**
 * Field builders shared by the collection schemas: taxonomy-backed enums that
 * suggest the nearest valid id, dates, URLs and e-mail addresses, each with a
 * plain-language message that says how to fix the value (templates of the
 * message catalogue, `src/i18n/messages.en.json`, in the English of check:content).
 * `what`, `noun` and `why` describe the field to an editor, in English.
 */
import { z } from 'astro/zod';
import { describeValue } from '../i18n/messages.ts';
import { idsOf, type VocabularyName } from '../taxonomy/index.ts';
import { municipalityNames, municipalitySlugs } from '../taxonomy/municipalities.ts';
import { suggest } from '../util/suggest.ts';
import { municipalityProblem, problemText, refinement } from './problems.ts';

export { suggest };

/** A value as check:content names it: nothing, "text", a list, a group of fields. */
const describe = (input: unknown): string => describeValue('en', input);

/**
 * An enum of the ids of one vocabulary. An unknown id fails with the nearest
 * valid id ("did you mean …") and the full list of valid ids.
 */
export function termId<V extends VocabularyName>(vocabulary: V, noun: string) {
  const ids = idsOf(vocabulary);
  return z.enum(ids, {
    error: (issue) => {
      const input = issue.input;
      const list = ids.join(', ');
      if (input === undefined) return problemText('problem.term.missing', { noun, ids: list });
      if (typeof input !== 'string')
        return problemText('problem.term.notText', { noun, ids: list, got: describe(input) });
      const guess = suggest(input, ids);
      return guess
        ? problemText('problem.term.unknownGuess', { value: input, noun, guess, ids: list })
        : problemText('problem.term.unknown', { value: input, noun, ids: list });
    },
  });
}

/** A non-empty list of unique ids of one vocabulary. */
export function termIdList<V extends VocabularyName>(vocabulary: V, noun: string, { min = 1 } = {}) {
  return list(termId(vocabulary, noun), `${noun} ids`, { min }).refine(
    (list) => new Set(list).size === list.length,
    refinement('problem.term.twice', { noun }),
  );
}

/** A required or optional piece of text with friendly length messages. */
export function text(what: string, { min = 1, max }: { min?: number; max?: number } = {}) {
  let schema = z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? problemText('problem.missing', { what })
          : problemText('problem.text.notText', { what, got: describe(issue.input) }),
    })
    .trim()
    .min(min, {
      error: min <= 1 ? problemText('problem.text.empty', { what }) : problemText('problem.text.tooShort', { min }),
    });
  if (max !== undefined) {
    schema = schema.max(max, {
      error: (issue) => problemText('problem.text.tooLong', { length: (issue.input as string).length, max }),
    });
  }
  return schema;
}

/** A calendar date, written as YYYY-MM-DD in the frontmatter. */
export function date(what: string) {
  const error = (issue: { input?: unknown }) =>
    issue.input === undefined
      ? problemText('problem.date.missing', { what })
      : problemText('problem.date.invalid', { what, got: describe(issue.input) });
  return z
    .union([z.date({ error }), z.iso.date({ error })], { error })
    .transform((value) => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value));
}

/** A date as precise as it is known: a year (`2019`), a year and month (`2019-05`) or a full date (`2019-05-12`). */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `value` is a real year, month or day in the form of `PARTIAL_DATE` (2019-02-30 and 2019-13 are not). */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (Number(year) < 1800 || Number(year) > 2200) return false;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day === undefined) return true;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * A date as precise as it is known, kept as text: `2019`, `2019-05` or `2019-05-12` (ISO 8601 with reduced
 * precision). A bare year may be written unquoted (YAML reads it as a number); a full date YAML read as a date is
 * taken back to its text. Anything else fails, so a partial or mistyped date is never dropped silently.
 */
export function partialDate(what: string) {
  const error = (issue: { input?: unknown }) =>
    issue.input === undefined
      ? problemText('problem.partialDate.missing', { what })
      : problemText('problem.partialDate.invalid', { what, got: describe(issue.input) });
  const schema = z
    .union([z.date({ error }), z.int({ error }), z.string({ error })], { error })
    .transform((value, ctx) => {
      const text =
        value instanceof Date
          ? Number.isNaN(value.getTime())
            ? ''
            : value.toISOString().slice(0, 10)
          : String(value).trim();
      if (!isPartialDate(text)) {
        ctx.addIssue({
          code: 'invalid_format',
          format: 'partial-date',
          input: String(value),
          message: error({ input: value }),
        });
        return z.NEVER;
      }
      return text;
    });
  partialDateSchemas.add(schema);
  return schema;
}

/** The schemas `partialDate()` made: the CMS, the form and the export tell them from full dates by this. */
export const partialDateSchemas = new WeakSet<z.ZodType>();

/** Whether partial date `b` lies before `a`, compared at the precision both have (2019-05 is not before 2019). */
export function partialDateBefore(b: string, a: string): boolean {
  const length = Math.min(a.length, b.length);
  return b.slice(0, length) < a.slice(0, length);
}

/** A list of items of one schema, with messages for a missing list or a lone item. */
export function list<T extends z.ZodType>(item: T, what: string, { min = 0, why = '' } = {}) {
  const schema = z.array(item, {
    error: (issue) => {
      if (issue.input !== undefined) return problemText('problem.list.notList', { what, got: describe(issue.input) });
      return why
        ? problemText('problem.list.missingWhy', { what, why })
        : problemText('problem.list.missing', { what });
    },
  });
  if (min === 0) return schema;
  const error = why
    ? problemText('problem.list.tooFewWhy', { min, what, why })
    : problemText('problem.list.tooFew', { min, what });
  return schema.min(min, { error });
}

/** An absolute http(s) URL. */
export function url(what: string) {
  return z.url({
    protocol: /^https?$/,
    error: (issue) =>
      issue.input === undefined
        ? problemText('problem.url.missing', { what })
        : problemText('problem.url.invalid', { what }),
  });
}

/** An e-mail address. */
export function email(what: string) {
  return z.email({
    error: (issue) =>
      issue.input === undefined
        ? problemText('problem.missing', { what })
        : problemText('problem.email.invalid', { what }),
  });
}

/** A kebab-case ASCII slug, as used in URLs. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export function slug(what: string) {
  return z
    .string({ error: problemText('problem.slug.notText', { what }) })
    .regex(slugPattern, { error: problemText('problem.slug.invalid', { what }) });
}

/** A strict object: an unknown key is a likely typo and gets reported with the nearest known key. */
export function record<Shape extends z.ZodRawShape>(shape: Shape, what: string) {
  const keys = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys
          .map((key) => {
            const guess = suggest(key, keys);
            return guess
              ? problemText('problem.record.unknownField', { key, guess })
              : problemText('problem.record.unknownFieldList', { key, keys: keys.join(', ') });
          })
          .join('; ');
      }
      return issue.input === undefined
        ? problemText('problem.missing', { what })
        : problemText('problem.notA', { what, got: describe(issue.input) });
    },
  });
}

/**
 * The frontmatter of one kind of file: the fields of `shape` (unknown fields refused), then `checks`, the checks
 * that span fields, which run only on an object (a file whose frontmatter is no object gets one message).
 */
export function frontmatter<Shape extends z.ZodRawShape>(
  shape: Shape,
  what: string,
  checks: (value: unknown, ctx: z.core.$RefinementCtx) => void,
) {
  return record(shape, what).superRefine(checks, {
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });
}

/**
 * A municipality by its official CBS name (`data/gemeenten-<year>.csv`). A colloquial name ("Den Haag"), a
 * name CBS disambiguates ("Bergen") or a typo fails with the official name(s) to use.
 */
export function municipality(what: string) {
  return z.enum(municipalityNames, {
    error: (issue) => {
      const input = issue.input;
      if (input === undefined) return problemText('problem.missing', { what });
      if (typeof input !== 'string') return problemText('problem.municipality.notText', { what, got: describe(input) });
      return municipalityProblem(input, 'en');
    },
  });
}

/** A municipality by the URL slug of its CBS name (`s-hertogenbosch`), as facet values and collection rules use. */
export function municipalitySlug(what: string) {
  return z.enum(municipalitySlugs, {
    error: (issue) => {
      const input = issue.input;
      if (typeof input !== 'string') return problemText('problem.notA', { what, got: describe(input) });
      const guess = suggest(input, municipalitySlugs);
      return guess
        ? problemText('problem.municipalitySlug.unknownGuess', { value: input, guess })
        : problemText('problem.municipalitySlug.unknown', { value: input });
    },
  });
}
