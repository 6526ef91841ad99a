/**
 * What an entry page shows of an initiative's fields, as readable text:
 * labels instead of ids, in the interface language, with the terms used (and
 * their definitions) collected for the "terms on this page" list.
 */
import { dateFormat, formatDate, t, type Lang, type UiKey } from '../../i18n/index.ts';
import type { Initiative } from '../../schema/initiative.ts';
import { findTerm, labelOf, vocabularies, type Term, type VocabularyName } from '../../taxonomy/index.ts';
import { municipalitySlug } from '../core/catalog.ts';
import type { FacetKey } from '../core/facets.ts';
import { pathFor } from '../core/routes.ts';

/** One value in a fact: text, optionally a link to its facet page, optionally in the entry's own language. */
export interface FactValue {
  text: string;
  facet?: { key: FacetKey; value: string };
  /** A link to another page than a facet page (a place, an area). */
  href?: string;
  /** Written by the entry's author (so in the entry's language), not a taxonomy label. */
  authored?: boolean;
  /** A short qualifier after the value, e.g. "(informeel)". */
  note?: string;
}

export interface Fact {
  key: UiKey;
  values: FactValue[];
  /** The definition of a single-valued taxonomy field, shown under the value. */
  definition?: string;
}

interface UsedTerm {
  vocabulary: VocabularyName;
  term: Term;
}

const term = (vocabulary: VocabularyName, id: string, lang: Lang, facet?: FacetKey): FactValue => ({
  text: labelOf(vocabulary, id, lang),
  ...(facet ? { facet: { key: facet, value: id } } : {}),
});

/** A fact of one taxonomy value with its definition under it (`facet`: the value links to its facet page). */
export function termFact(key: UiKey, vocabulary: VocabularyName, id: string, lang: Lang, facet?: FacetKey): Fact {
  return { key, values: [term(vocabulary, id, lang, facet)], definition: findTerm(vocabulary, id)?.definition[lang] };
}

/** Where exactly, shared by entries and places: the neighbourhood and the coordinates, when known. */
export function locationFacts(data: {
  neighbourhood?: string | undefined;
  coordinates?: { lat: number; lng: number } | undefined;
}): Fact[] {
  const facts: (Fact | false | undefined)[] = [
    data.neighbourhood !== undefined && {
      key: 'entry.neighbourhood',
      values: [{ text: data.neighbourhood, authored: true }],
    },
    data.coordinates && {
      key: 'entry.coordinates',
      values: [{ text: `${data.coordinates.lat.toFixed(5)}, ${data.coordinates.lng.toFixed(5)}` }],
    },
  ];
  return facts.filter((fact): fact is Fact => Boolean(fact));
}

/** How low the threshold is and who hosts, shared by entries and places, when known. */
export function welcomeFacts(
  data: { thresholdFeatures: readonly string[]; hostRole?: string | undefined },
  lang: Lang,
): Fact[] {
  const facts: (Fact | false)[] = [
    data.thresholdFeatures.length > 0 && {
      key: 'entry.thresholdFeatures',
      values: data.thresholdFeatures.map((id) => term('thresholdFeature', id, lang)),
    },
    data.hostRole !== undefined && { key: 'entry.hostRole', values: [{ text: data.hostRole, authored: true }] },
  ];
  return facts.filter((fact): fact is Fact => Boolean(fact));
}

/** The carriers of an initiative: their names with their kind, or the kind alone; formal or informal. */
function actorsFact(data: Initiative, lang: Lang): Fact {
  return {
    key: 'entry.actors',
    values: data.actors.map((actor) => {
      const kind = vocabularies.actorType.find((a) => a.id === actor.type);
      return {
        text: actor.name
          ? `${actor.name} (${labelOf('actorType', actor.type, lang).toLowerCase()})`
          : labelOf('actorType', actor.type, lang),
        facet: { key: 'actor', value: actor.type },
        authored: Boolean(actor.name),
        ...(kind ? { note: t(lang, kind.formality === 'formal' ? 'entry.formal' : 'entry.informal') } : {}),
      };
    }),
  };
}

/** Where an initiative happens: the kinds of place, its place, the places of the atlas, the municipality. */
function whereFacts(data: Initiative, lang: Lang, placeTitle: (slug: string) => string | undefined): Fact[] {
  const facts: (Fact | false)[] = [
    { key: 'entry.placeTypes', values: data.placeTypes.map((id) => term('placeType', id, lang, 'place')) },
    data.placeName !== undefined && { key: 'entry.placeName', values: [{ text: data.placeName, authored: true }] },
    data.places.length > 0 && {
      key: 'entry.places',
      values: data.places.map((slug) => ({
        text: placeTitle(slug) ?? slug,
        href: pathFor({ view: 'place', slug }, lang),
      })),
    },
    // A form of initiative is a type: it has no place, so no municipality line at all.
    data.kind === 'example' && {
      key: 'entry.municipality',
      values: data.municipality
        ? [{ text: data.municipality, facet: { key: 'municipality', value: municipalitySlug(data.municipality) } }]
        : [{ text: data.region ?? t(lang, 'entry.nationwide'), authored: data.region !== undefined }],
    },
  ];
  return [...facts.filter((fact): fact is Fact => Boolean(fact)), ...locationFacts(data)];
}

/** When: the period as precisely as known, or nothing. */
function periodFact(data: Initiative, lang: Lang): Fact | undefined {
  if (!(data.startDate ?? data.endDate)) return undefined;
  const text = [
    data.startDate && t(lang, 'entry.from', { date: formatDate(data.startDate, lang) }),
    data.endDate && t(lang, 'entry.until', { date: formatDate(data.endDate, lang) }),
  ]
    .filter(Boolean)
    .join(' ');
  return { key: 'entry.period', values: [{ text }] };
}

/**
 * The facts of an entry in reading order; empty optional fields are left out. `placeTitle` names the places of
 * the atlas the entry points at (their slugs are checked at build time). Fields left to the editors (`pending`)
 * are simply not there yet: no page says so.
 */
export function entryFacts(
  data: Initiative,
  lang: Lang,
  placeTitle: (slug: string) => string | undefined = () => undefined,
): Fact[] {
  const facts: (Fact | false | undefined)[] = [
    termFact('entry.kind', 'entryKind', data.kind, lang, 'kind'),
    termFact('entry.strategy', 'strategy', data.strategy, lang, 'strategy'),
    { key: 'entry.strategyNote', values: [{ text: data.strategyNote, authored: true }] },
    actorsFact(data, lang),
    ...whereFacts(data, lang, placeTitle),
    { key: 'entry.targetGroups', values: data.targetGroups.map((id) => term('targetGroup', id, lang, 'target')) },
    data.themes.length > 0 && {
      key: 'entry.themes',
      values: data.themes.map((id) => term('theme', id, lang, 'theme')),
    },
    termFact('entry.contactIntensity', 'contactIntensity', data.contactIntensity, lang),
    termFact('entry.tariff', 'tariff', data.tariff, lang),
    data.permanence !== undefined && termFact('entry.permanence', 'permanence', data.permanence, lang),
    periodFact(data, lang),
    data.status !== undefined && termFact('entry.status', 'status', data.status, lang),
    ...welcomeFacts(data, lang),
  ];
  return facts.filter((fact): fact is Fact => Boolean(fact));
}

/**
 * The terms of an entry's list fields, once each, in taxonomy order: the
 * "terms on this page". Single-valued fields show their definition in place.
 */
export function termsUsed(data: Initiative): UsedTerm[] {
  const used: [VocabularyName, readonly string[]][] = [
    ['actorType', data.actors.map((a) => a.type)],
    ['placeType', data.placeTypes],
    ['targetGroup', data.targetGroups],
    ['theme', data.themes],
    ['thresholdFeature', data.thresholdFeatures],
  ];
  return used.flatMap(([vocabulary, ids]) =>
    vocabularies[vocabulary]
      .filter((candidate) => ids.includes(candidate.id))
      .map((candidate) => ({ vocabulary, term: candidate })),
  );
}

/** A reference in APA style, in the interface language. */
export function citation(data: Initiative, url: string, lang: Lang, siteName: string, author: string): string {
  const date = data.updated ?? data.published;
  const [day, month, year] = [
    date.getUTCDate(),
    dateFormat(lang, { month: 'long' }).format(date),
    date.getUTCFullYear(),
  ];
  const when = lang === 'nl' ? `${year}, ${day} ${month}` : `${year}, ${month} ${day}`;
  // APA: a title's own closing punctuation takes the place of the full stop.
  const title = /[.?!]$/.test(data.title) ? data.title : `${data.title}.`;
  return `${author} (${when}). ${title} ${siteName}. ${url}`;
}
