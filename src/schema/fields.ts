/**
 * Field builders shared by the collection schemas: taxonomy-backed enums that
 * suggest the nearest valid id, dates, URLs and e-mail addresses, each with a
 * plain-language message that says how to fix the value.
 */
import { z } from 'astro/zod';
import { idsOf, type VocabularyName } from '../taxonomy/index.ts';
import { municipalityNames, municipalityProblem, municipalitySlugs } from '../taxonomy/municipalities.ts';
import { suggest } from '../util/suggest.ts';

export { suggest };

function describe(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (typeof input === 'string') return `"${input}"`;
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a group of fields';
  return `${typeof input} ${JSON.stringify(input)}`;
}

/**
 * An enum of the ids of one vocabulary. An unknown id fails with the nearest
 * valid id ("did you mean …") and the full list of valid ids.
 */
export function termId<V extends VocabularyName>(vocabulary: V, noun: string) {
  const ids = idsOf(vocabulary);
  return z.enum(ids, {
    error: (issue) => {
      const input = issue.input;
      if (input === undefined) return `is missing: give one ${noun} id (one of ${ids.join(', ')})`;
      if (typeof input !== 'string') return `must be one ${noun} id, not ${describe(input)} (one of ${ids.join(', ')})`;
      const guess = suggest(input, ids);
      const hint = guess ? ` Did you mean "${guess}"?` : '';
      return `"${input}" is not a known ${noun}.${hint} Use one of: ${ids.join(', ')}`;
    },
  });
}

/** A non-empty list of unique ids of one vocabulary. */
export function termIdList<V extends VocabularyName>(vocabulary: V, noun: string, { min = 1 } = {}) {
  return list(termId(vocabulary, noun), `${noun} ids`, { min }).refine((list) => new Set(list).size === list.length, {
    error: `names the same ${noun} twice: list each one once`,
  });
}

/** A required or optional piece of text with friendly length messages. */
export function text(what: string, { min = 1, max }: { min?: number; max?: number } = {}) {
  let schema = z
    .string({
      error: (issue) =>
        issue.input === undefined ? `is missing: add ${what}` : `must be text (${what}), not ${describe(issue.input)}`,
    })
    .trim()
    .min(min, { error: min <= 1 ? `is empty: add ${what}` : `is too short: write at least ${min} characters` });
  if (max !== undefined) {
    schema = schema.max(max, {
      error: (issue) =>
        `is too long: ${String((issue.input as string).length)} characters, at most ${max} allowed. Shorten it`,
    });
  }
  return schema;
}

/** A calendar date, written as YYYY-MM-DD in the frontmatter. */
export function date(what: string) {
  const error = (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `is missing: add ${what} as YYYY-MM-DD`
      : `is not a valid date (${describe(issue.input)}): write ${what} as YYYY-MM-DD`;
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
      ? `is missing: add ${what} as YYYY, YYYY-MM or YYYY-MM-DD`
      : `is not a valid date (${describe(issue.input)}): write ${what} as a year (2019), a month (2019-05) or a day (2019-05-12)`;
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
    error: (issue) =>
      issue.input === undefined
        ? `is missing: add a list of ${what}${why ? ` (${why})` : ''}`
        : `must be a list of ${what} (each on its own line starting with "- "), not ${describe(issue.input)}`,
  });
  return min > 0 ? schema.min(min, { error: `needs at least ${min} of ${what}${why ? `: ${why}` : ''}` }) : schema;
}

/** An absolute http(s) URL. */
export function url(what: string) {
  return z.url({
    protocol: /^https?$/,
    error: (issue) =>
      issue.input === undefined
        ? `is missing: add ${what} as a full web address (https://…)`
        : `is not a web address: write ${what} in full, starting with https://`,
  });
}

/** An e-mail address. */
export function email(what: string) {
  return z.email({
    error: (issue) =>
      issue.input === undefined
        ? `is missing: add ${what}`
        : `is not an e-mail address: check ${what} (name@example.nl)`,
  });
}

/** A kebab-case ASCII slug, as used in URLs. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export function slug(what: string) {
  return z.string({ error: `must be text: ${what}` }).regex(slugPattern, {
    error: `must be lowercase letters, digits and dashes only (e.g. repair-cafe-zuid): ${what}`,
  });
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
            return `has an unknown field "${key}"${guess ? `: did you mean "${guess}"?` : `; known fields: ${keys.join(', ')}`}`;
          })
          .join('; ');
      }
      return issue.input === undefined ? `is missing: add ${what}` : `must be ${what}, not ${describe(issue.input)}`;
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
      if (input === undefined) return `is missing: add ${what}`;
      if (typeof input !== 'string') return `must be the name of ${what}, not ${describe(input)}`;
      return municipalityProblem(input);
    },
  });
}

/** A municipality by the URL slug of its CBS name (`s-hertogenbosch`), as facet values and collection rules use. */
export function municipalitySlug(what: string) {
  return z.enum(municipalitySlugs, {
    error: (issue) => {
      const input = issue.input;
      if (typeof input !== 'string') return `must be ${what}, not ${describe(input)}`;
      const guess = suggest(input, municipalitySlugs);
      return `"${input}" is not the slug of a Dutch municipality's CBS name.${guess ? ` Did you mean "${guess}"?` : ''} Write the name in lowercase with dashes, e.g. s-hertogenbosch or bergen-nh`;
    },
  });
}
