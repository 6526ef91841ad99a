/**
 * What an entry page shows of an initiative's fields, as readable text:
 * labels instead of ids, in the interface language, with the terms used (and
 * their definitions) collected for the "terms on this page" list.
 */
import { dateFormat, formatDate, t, type Lang, type UiKey } from '../i18n/index.ts';
import type { Initiative } from '../schema/initiative.ts';
import { findTerm, labelOf, vocabularies, type Term, type VocabularyName } from '../taxonomy/index.ts';
import { municipalitySlug } from './catalog.ts';
import type { FacetKey } from './facets.ts';
import { pathFor } from './routes.ts';

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

/**
 * The facts of an entry in reading order; empty optional fields are left out. `placeTitle` names the places of
 * the atlas the entry points at (their slugs are checked at build time).
 */
export function entryFacts(
  data: Initiative,
  lang: Lang,
  placeTitle: (slug: string) => string | undefined = () => undefined,
): Fact[] {
  const definition = (vocabulary: VocabularyName, id: string) => findTerm(vocabulary, id)?.definition[lang];
  const facts: (Fact | false | undefined)[] = [
    {
      key: 'entry.kind',
      values: [term('entryKind', data.kind, lang, 'kind')],
      definition: definition('entryKind', data.kind),
    },
    {
      key: 'entry.strategy',
      values: [term('strategy', data.strategy, lang, 'strategy')],
      definition: definition('strategy', data.strategy),
    },
    { key: 'entry.strategyNote', values: [{ text: data.strategyNote, authored: true }] },
    {
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
    },
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
    data.neighbourhood !== undefined && {
      key: 'entry.neighbourhood',
      values: [{ text: data.neighbourhood, authored: true }],
    },
    data.coordinates && {
      key: 'entry.coordinates',
      values: [{ text: `${data.coordinates.lat.toFixed(5)}, ${data.coordinates.lng.toFixed(5)}` }],
    },
    { key: 'entry.targetGroups', values: data.targetGroups.map((id) => term('targetGroup', id, lang, 'target')) },
    data.themes.length > 0 && {
      key: 'entry.themes',
      values: data.themes.map((id) => term('theme', id, lang, 'theme')),
    },
    {
      key: 'entry.contactIntensity',
      values: [term('contactIntensity', data.contactIntensity, lang)],
      definition: definition('contactIntensity', data.contactIntensity),
    },
    {
      key: 'entry.tariff',
      values: [term('tariff', data.tariff, lang)],
      definition: definition('tariff', data.tariff),
    },
    // Left to the editors (`pending`): no page says so, the fact is simply not there yet.
    data.permanence !== undefined && {
      key: 'entry.permanence',
      values: [term('permanence', data.permanence, lang)],
      definition: definition('permanence', data.permanence),
    },
    Boolean(data.startDate ?? data.endDate) && {
      key: 'entry.period',
      values: [
        {
          text: [
            data.startDate && t(lang, 'entry.from', { date: formatDate(data.startDate, lang) }),
            data.endDate && t(lang, 'entry.until', { date: formatDate(data.endDate, lang) }),
          ]
            .filter(Boolean)
            .join(' '),
        },
      ],
    },
    data.status !== undefined && {
      key: 'entry.status',
      values: [term('status', data.status, lang)],
      definition: definition('status', data.status),
    },
    data.thresholdFeatures.length > 0 && {
      key: 'entry.thresholdFeatures',
      values: data.thresholdFeatures.map((id) => term('thresholdFeature', id, lang)),
    },
    data.hostRole !== undefined && { key: 'entry.hostRole', values: [{ text: data.hostRole, authored: true }] },
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
