/**
 * How the schemas raise problems: as a key of the message catalogue (`src/i18n/messages.ts`) plus the values its
 * template needs. A check across fields or a refinement raises a custom issue whose `params` carry both, so every
 * consumer renders it in its own language; its `message` is the English text `check:content` prints. zod keeps
 * `params` only on custom issues: the field builders' own issues (missing, too long, not a date) carry their code
 * and limits, from which the forms choose their template (`src/lib/present/form-messages.ts`).
 */
import type { z } from 'astro/zod';
import { isMessageKey, message, quote, type MessageKey, type MessageValues } from '../i18n/messages.ts';
import type { Lang } from '../taxonomy/index.ts';
import { municipalityAdvice, municipalityListYear } from '../taxonomy/municipalities.ts';

/** What a custom issue of the schemas carries in its `params`. */
export interface ProblemParams {
  key: MessageKey;
  values: MessageValues;
}

/** A problem as the checks that span fields collect it: the path of the field, the key and its values. */
export type FieldProblem = [path: (string | number)[], key: MessageKey, values?: MessageValues];

/** The English text of a problem, as `check:content` prints it after `file: field:`. */
export function problemText(key: MessageKey, values: MessageValues = {}): string {
  return message('en', key, values);
}

/** Raise the problem `key` at `path` (relative to the value being refined). */
export function raise(
  ctx: z.core.$RefinementCtx,
  path: (string | number)[],
  key: MessageKey,
  values: MessageValues = {},
): void {
  const params: ProblemParams = { key, values };
  ctx.addIssue({ code: 'custom', path, params, message: problemText(key, values), input: undefined });
}

/** The options of `.refine()` that raise the problem `key`: its English text and its params. */
export function refinement(key: MessageKey, values: MessageValues = {}) {
  const params: ProblemParams = { key, values };
  return { error: problemText(key, values), params };
}

/** The key and values a custom issue of the schemas carries, or undefined for any other issue. */
export function problemOf(issue: z.core.$ZodIssue): ProblemParams | undefined {
  if (issue.code !== 'custom') return undefined;
  const params = issue.params as Partial<ProblemParams> | undefined;
  if (!params || !isMessageKey(params.key)) return undefined;
  return { key: params.key, values: params.values ?? {} };
}

/**
 * Why `input` is not an official municipality name and what to write instead, in `lang` (undefined when it is
 * one): the decision is `municipalityAdvice`'s, the words are the catalogue's, for check:content, the form and
 * the CMS alike.
 */
export function municipalityProblem(input: string, lang: Lang): string | undefined {
  const advice = municipalityAdvice(input);
  const value = quote(lang, input);
  const year = municipalityListYear;
  switch (advice.kind) {
    case 'official':
      return undefined;
    case 'spelling':
      return message(lang, 'problem.municipality.spelling', { value, name: quote(lang, advice.name) });
    case 'otherName': {
      const names = advice.names.map((name) => quote(lang, name));
      const [first] = names;
      if (first !== undefined && names.length === 1) {
        return message(lang, 'problem.municipality.otherName', { value, name: first, year });
      }
      const list = new Intl.ListFormat(lang, { type: 'disjunction' }).format(names);
      return message(lang, 'problem.municipality.otherNames', { value, count: names.length, names: list, year });
    }
    case 'unknown':
      return advice.guess
        ? message(lang, 'problem.municipality.unknownGuess', { value, name: quote(lang, advice.guess), year })
        : message(lang, 'problem.municipality.unknown', { value, year });
  }
}
