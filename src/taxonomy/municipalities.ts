/**
 * The Dutch municipalities, from the CBS list in `data/gemeenten-<year>.csv` (generated into
 * `municipality-list.ts` by `npm run data:municipalities`): lookups by name, code and URL slug, and the
 * message a practitioner sees for a name that is not on the list. Content names a municipality by its
 * official CBS name; the code is looked up from it, so there is one source for both.
 */
import slugify from '@sindresorhus/slugify';
import { suggest } from '../util/suggest.ts';
import { municipalityList, municipalityListYear } from './municipality-list.ts';

export { municipalityListYear };

export type MunicipalityName = (typeof municipalityList)[number]['name'];

export interface Municipality {
  /** CBS code: GM and four digits. */
  code: string;
  /** Official CBS name, as content writes it. */
  name: MunicipalityName;
  /** URL slug of the name: `'s-Hertogenbosch` → `s-hertogenbosch`. */
  slug: string;
}

/** The URL slug of a municipality name: `'s-Hertogenbosch` → `s-hertogenbosch`, `Bergen (NH.)` → `bergen-nh`. */
export function municipalitySlug(name: string): string {
  return slugify(name, { decamelize: false });
}

/** Every municipality, sorted by CBS code. */
export const municipalities: readonly Municipality[] = municipalityList.map((row) => ({
  ...row,
  slug: municipalitySlug(row.name),
}));

/** The official names as a non-empty tuple, as `z.enum` wants them (typed as plain strings: 342 literals help no one). */
export const municipalityNames = municipalities.map((row) => row.name as string) as [string, ...string[]];
/** The URL slugs as a non-empty tuple. */
export const municipalitySlugs = municipalities.map((row) => row.slug) as [string, ...string[]];

const byName = new Map(municipalities.map((row) => [row.name as string, row]));
const bySlug = new Map(municipalities.map((row) => [row.slug, row]));
const byCode = new Map(municipalities.map((row) => [row.code, row]));

export const municipalityByName = (name: string): Municipality | undefined => byName.get(name);
export const municipalityBySlug = (slug: string): Municipality | undefined => bySlug.get(slug);
export const municipalityByCode = (code: string): Municipality | undefined => byCode.get(code);

/**
 * Names readers use that are not the CBS name, with the official name(s) they stand for: colloquial names and
 * the names CBS disambiguates with a province suffix. Content must use the official name; these only make the
 * error message helpful. Every official name here is checked against the list by a unit test.
 */
export const colloquialNames: Readonly<Record<string, readonly MunicipalityName[]>> = {
  'Den Haag': ["'s-Gravenhage"],
  'The Hague': ["'s-Gravenhage"],
  'Den Bosch': ["'s-Hertogenbosch"],
  Hertogenbosch: ["'s-Hertogenbosch"],
  Bergen: ['Bergen (NH.)', 'Bergen (L.)'],
  Hengelo: ['Hengelo (O.)'],
  Laren: ['Laren (NH.)'],
  Rijswijk: ['Rijswijk (ZH.)'],
  Middelburg: ['Middelburg (Z.)'],
  Beek: ['Beek (L.)'],
  Stein: ['Stein (L.)'],
  Nuenen: ['Nuenen, Gerwen en Nederwetten'],
};

/** How a typed name is compared: lower case, no spaces, typographic apostrophes (’ ‘ ` ´) as '. */
const typedKey = (name: string): string =>
  name
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201B\u0060\u00B4\u02BC]/g, "'")
    .replace(/\s+/g, '')
    .toLowerCase();
const byTypedKey = new Map(municipalities.map((row) => [typedKey(row.name), row.name as string]));
const colloquialByKey = new Map(Object.entries(colloquialNames).map(([name, official]) => [typedKey(name), official]));

/** The official names a colloquial or shared name stands for ("Den Haag" → 's-Gravenhage), if it is one. */
export function colloquialMatch(input: string): readonly MunicipalityName[] | undefined {
  return colloquialByKey.get(typedKey(input));
}

const quote = (name: string) => `"${name}"`;

/**
 * What to tell someone who typed `input` as a municipality: the one decision behind `check:content`'s message
 * (`municipalityProblem`) and the forms' (`municipalityMessage` in src/lib/present/form-messages.ts). In order: an
 * official name; spelling that differs only in case, spacing or apostrophe; a colloquial or shared name ("Den
 * Haag", "Bergen"); anything else, with a likely typo's official name.
 */
export type MunicipalityAdvice =
  | { kind: 'official' }
  | { kind: 'spelling'; name: MunicipalityName }
  | { kind: 'otherName'; names: readonly MunicipalityName[] }
  | { kind: 'unknown'; guess: string | undefined };

export function municipalityAdvice(input: string): MunicipalityAdvice {
  if (byName.has(input)) return { kind: 'official' };
  const same = officialMunicipalityName(input);
  if (same) return { kind: 'spelling', name: same };
  const names = colloquialMatch(input);
  if (names) return { kind: 'otherName', names };
  return { kind: 'unknown', guess: suggest(input.trim(), municipalityNames) };
}

/** Why a name is not an official municipality name, with the fix (for check:content); undefined when it is one. */
export function municipalityProblem(input: string): string | undefined {
  const advice = municipalityAdvice(input);
  const year = String(municipalityListYear);
  const list = `the CBS list of 1 January ${year} (data/gemeenten-${year}.csv)`;
  switch (advice.kind) {
    case 'official':
      return undefined;
    case 'spelling':
      return `"${input}" is not written as CBS writes it: use "${advice.name}"`;
    case 'otherName': {
      const [first, ...rest] = advice.names;
      return rest.length === 0
        ? `"${input}" is not the official name of the municipality: write "${first ?? ''}", its name on ${list}`
        : `"${input}" is the name of ${String(advice.names.length)} municipalities: write ${advice.names.map(quote).join(' or ')}, their names on ${list}`;
    }
    case 'unknown':
      return `"${input}" is not a Dutch municipality on ${list}.${advice.guess ? ` Did you mean "${advice.guess}"?` : ''} A village or neighbourhood goes in neighbourhood, with its municipality here`;
  }
}

/**
 * The official CBS name of what someone typed, when it differs from it only in case, spacing or a typographic
 * apostrophe (`’s-hertogenbosch ` → `'s-Hertogenbosch`); undefined otherwise (a colloquial name or a typo:
 * `municipalityProblem` says what to write). Forms use it to accept what people type and still store the
 * official name.
 */
export function officialMunicipalityName(input: string): MunicipalityName | undefined {
  return byTypedKey.get(typedKey(input)) as MunicipalityName | undefined;
}
