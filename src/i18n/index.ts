/**
 * UI strings in keyed dictionaries, looked up through one `t()`.
 * Dutch is the source dictionary: its keys type every lookup, and a unit test
 * checks that English has exactly the same keys and placeholders.
 */
import { idsOf, type Lang } from '../taxonomy/index.ts';
import { fill, placeholdersOf } from './format.ts';
import coreEn from './en.json';
import coreNl from './nl.json';
import areasEn from './areas.en.json';
import areasNl from './areas.nl.json';
import mapEn from './map.en.json';
import mapNl from './map.nl.json';
import placesEn from './places.en.json';
import placesNl from './places.nl.json';
import freshnessEn from './freshness.en.json';
import freshnessNl from './freshness.nl.json';
import { messages } from './messages.ts';

export type { Lang };

/**
 * One dictionary per part of the site, merged: the parts are edited independently. The message catalogue
 * (`messages.ts`: problems and what the forms say about a field) is one of them, so `t()` reaches it too.
 */
const nl = { ...coreNl, ...placesNl, ...areasNl, ...mapNl, ...freshnessNl, ...messages.nl };
const en = { ...coreEn, ...placesEn, ...areasEn, ...mapEn, ...freshnessEn, ...messages.en };
export type UiKey = keyof typeof nl;

export const dictionaries: Record<Lang, Record<UiKey, string>> = { nl, en };

/** The interface languages, default first: the taxonomy's language vocabulary. */
export const uiLanguages: readonly Lang[] = idsOf('lang');
export const defaultLang: Lang = idsOf('lang')[0];

/** Look up a UI string and fill its `{placeholders}`. A missing placeholder value is an error. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const template = dictionaries[lang][key];
  const missing = placeholdersOf(template).find((name) => vars[name] === undefined);
  if (missing !== undefined) throw new Error(`t(${lang}, ${key}): no value for {${missing}}`);
  return fill(template, vars);
}

/** The text for one or for more of two UI strings, by `count` (which fills `{count}`): `1 plek`, `3 plekken`. */
export function tn(
  lang: Lang,
  count: number,
  keys: { one: UiKey; other: UiKey },
  vars: Record<string, string | number> = {},
): string {
  return t(lang, count === 1 ? keys.one : keys.other, { ...vars, count });
}

/** The other interface language (for the language switch). */
export function otherLang(lang: Lang): Lang {
  return lang === 'nl' ? 'en' : 'nl';
}

/** The BCP 47 locale for dates and numbers. */
export function locale(lang: Lang): string {
  return lang === 'nl' ? 'nl-NL' : 'en-GB';
}

/** Date formats per language, made once: creating an Intl formatter per call cost seconds in a 10,000-entry build. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An Intl date format of a language with these options (UTC), made once and reused. */
export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(lang), { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

const fullDate: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

const monthYear: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

/**
 * A date as readers of this language write it (1 november 2026 / 1 November 2026). A date known only to the
 * month or the year (`2019-05`, `2019`: the schema's partial dates) is written as precisely as it is known:
 * mei 2019 / May 2019, 2019.
 */
export function formatDate(date: Date | string, lang: Lang): string {
  if (date instanceof Date) return dateFormat(lang, fullDate).format(date);
  const [year, month, day] = date.split('-');
  if (month === undefined) return year ?? date;
  const value = new Date(`${year ?? ''}-${month}-${day ?? '01'}T00:00:00Z`);
  if (Number.isNaN(value.getTime())) return date;
  return dateFormat(lang, day === undefined ? monthYear : fullDate).format(value);
}

/** The `datetime` attribute of a `<time>`: YYYY-MM-DD, or the partial date as it is (HTML reads YYYY and YYYY-MM). */
export function machineDate(date: Date | string): string {
  return date instanceof Date ? date.toISOString().slice(0, 10) : date;
}

/** Pick the singular or plural count string. */
export function countInitiatives(lang: Lang, count: number): string {
  return tn(lang, count, { one: 'count.initiative', other: 'count.initiatives' });
}
