/**
 * The initiative schema's problems in the words of a form, in Dutch or English:
 * "Vul de samenvatting in." instead of `summary: is missing: add a summary`.
 * The schema's own messages are written for editors running check:content; the
 * contribution form (both languages) and the CMS's save check (Dutch) speak to
 * the person filling in the form, naming the field by its label.
 */
import type { z } from 'astro/zod';
import { locale, t, type Lang } from '../../i18n/index.ts';
import { municipalityAdvice } from '../../taxonomy/municipalities.ts';
import type { BodyProblem } from '../core/body-safety.ts';
import type { ContactFound } from '../core/private-contact.ts';

/** The value at a path of the data (what the person filled in), for messages that quote it. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Lists a person adds items to (a source, an actor, a link), rather than choosing options from. */
const addedLists = new Set(['sources', 'actors', 'links', 'items']);

const filled = (value: unknown): boolean =>
  value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');

/** A label as the start of a sentence: a question's "?" goes, so "Wie ontmoeten elkaar?: …" reads "Wie ontmoeten elkaar: …". */
const sentenceLabel = (label: string): string => label.replace(/\?\s*$/, '');

/**
 * Why `value` is not a municipality, and what to choose instead, the way `municipalityProblem` says it for
 * check:content: a name that only differs in how it is written, a colloquial or shared name ("Den Haag",
 * "Bergen"), a likely typo, or a place that is no municipality.
 */
export function municipalityMessage(value: string, field: string, lang: Lang): string {
  const typed = value.trim().replace(/\s+/g, ' ');
  const advice = municipalityAdvice(typed);
  if (advice.kind === 'unknown') {
    return advice.guess
      ? t(lang, 'form.error.municipalityGuess', { field, value: typed, name: advice.guess })
      : t(lang, 'form.error.municipalityUnknown', { field, value: typed });
  }
  const names = advice.kind === 'otherName' ? advice.names : [advice.kind === 'spelling' ? advice.name : typed];
  const [first] = names;
  if (first !== undefined && names.length === 1) {
    return t(lang, 'form.error.municipalityOfficial', { field, value: typed, name: first });
  }
  const quote = (name: string) => `“${name}”`;
  const list = new Intl.ListFormat(locale(lang), { type: 'disjunction' }).format(names.map(quote));
  return t(lang, 'form.error.municipalityOneOf', { field, value: typed, count: names.length, names: list });
}

/** One schema problem as a sentence about the field called `field`. */
export function issueMessage(issue: z.core.$ZodIssue, data: unknown, label: string, lang: Lang): string {
  const field = sentenceLabel(label);
  const value = valueAt(data, issue.path);
  const last = issue.path.at(-1);
  switch (issue.code) {
    case 'invalid_type':
      if (!filled(value)) {
        return issue.expected === 'array'
          ? t(lang, addedLists.has(String(last)) ? 'form.error.addAtLeast' : 'form.error.chooseAtLeast', {
              field,
              min: 1,
            })
          : t(lang, 'form.error.required', { field });
      }
      return issue.expected === 'number'
        ? t(lang, 'form.error.number', { field })
        : t(lang, 'form.error.other', { field, message: issue.message });
    case 'invalid_value':
      // A municipality is typed in the form (and may be typed by hand in a file): say which name to use.
      if (last === 'municipality' && typeof value === 'string' && value.trim() !== '') {
        return municipalityMessage(value, field, lang);
      }
      return t(lang, 'form.error.choose', { field });
    case 'too_small':
      if (issue.origin === 'array') {
        const key = addedLists.has(String(last)) ? 'form.error.addAtLeast' : 'form.error.chooseAtLeast';
        return t(lang, key, { field, min: Number(issue.minimum) });
      }
      if (issue.origin === 'number') return t(lang, 'form.error.tooSmall', { field, min: Number(issue.minimum) });
      if (issue.origin === 'string' && Number(issue.minimum) > 1 && typeof value === 'string' && value.trim() !== '') {
        return t(lang, 'form.error.tooShort', { field, length: value.trim().length, min: Number(issue.minimum) });
      }
      return t(lang, 'form.error.required', { field });
    case 'too_big':
      if (issue.origin === 'number') return t(lang, 'form.error.tooLarge', { field, max: Number(issue.maximum) });
      return t(lang, 'form.error.tooLong', {
        field,
        length: typeof value === 'string' ? value.trim().length : 0,
        max: Number(issue.maximum),
      });
    case 'invalid_format':
      if (issue.format === 'url') return t(lang, 'form.error.url', { field });
      if (issue.format === 'email') return t(lang, 'form.error.email', { field });
      if (issue.format === 'date') return t(lang, 'form.error.date', { field });
      if (issue.format === 'partial-date') return t(lang, 'form.error.partialDate', { field });
      return t(lang, 'form.error.other', { field, message: issue.message });
    case 'invalid_union':
      // Dates are a union of a Date and an ISO date string (partial dates: also a year as a number).
      if (!filled(value)) return t(lang, 'form.error.required', { field });
      return /date$/i.test(String(last)) && last !== 'published'
        ? t(lang, 'form.error.partialDate', { field })
        : t(lang, 'form.error.date', { field });
    case 'custom':
      // The cross-field checks of the initiative schema, told apart by the field they point at.
      if (last === 'endDate') {
        return filled(value)
          ? t(lang, 'form.error.endBeforeStart', { field })
          : t(lang, 'form.error.endMissing', { field });
      }
      if (last === 'updated') return t(lang, 'form.error.updatedBeforePublished', { field });
      if (last === 'email') return t(lang, 'form.error.emailPermission', { field });
      if (last === 'coordinates') return t(lang, 'form.error.coordinates', { field });
      // A practice example says where it runs and whether it runs.
      if ((last === 'status' || last === 'municipality') && !filled(value))
        return t(lang, 'form.error.required', { field });
      if (last === 'strategyNote') return t(lang, 'form.error.strategyNoteDefinition', { field });
      return t(lang, 'form.error.other', { field, message: issue.message });
    default:
      return t(lang, 'form.error.other', { field, message: issue.message });
  }
}

/** A body problem (`body-safety.ts`) as a sentence about the field called `field`. */
export function bodyMessage(problem: BodyProblem, label: string, lang: Lang): string {
  const field = sentenceLabel(label);
  // The words around the problem, not a line number: a rich-text writer sees no Markdown lines.
  const snippet = problem.snippet;
  switch (problem.code) {
    case 'element':
      return t(lang, 'form.error.bodyElement', { field, snippet, element: problem.detail });
    case 'event-handler':
      return t(lang, 'form.error.bodyHandler', { field, snippet, attribute: problem.detail });
    case 'url':
      return t(lang, 'form.error.bodyUrl', { field, snippet, scheme: problem.detail });
    default:
      return t(lang, 'form.error.other', { field, message: `“${snippet}”: ${problem.message}` });
  }
}

/** A contact detail in a published text (`private-contact.ts`) as a sentence about the field called `field`. */
export function contactMessage(found: ContactFound, label: string, lang: Lang): string {
  const field = sentenceLabel(label);
  return t(lang, found.kind === 'email' ? 'form.error.contactEmail' : 'form.error.contactPhone', {
    field,
    snippet: found.snippet,
  });
}
