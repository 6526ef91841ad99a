/**
 * The places of the atlas: every place with the initiatives that point at it, built once per build from the
 * `places` collection and the catalog (see content.ts), and the facts a place page shows. Pure.
 */
import { formatDate, t, type Lang } from '../../i18n/index.ts';
import type { Place } from '../../schema/place.ts';
import { findTerm, labelOf, vocabularies, type VocabularyName } from '../../taxonomy/index.ts';
import { municipalityByName } from '../../taxonomy/municipalities.ts';
import type { Catalog, CatalogEntry } from '../core/catalog.ts';
import { locationFacts, termFact, welcomeFacts, type Fact, type FactValue } from './entry-facts.ts';
import { pathFor } from '../core/routes.ts';

export interface PlaceEntry {
  slug: string;
  data: Place;
  /** The initiatives that point at this place, newest first. */
  initiatives: readonly CatalogEntry[];
}

export interface PlaceIndex {
  /** Every place, by status (existing, disappeared, missed), then by title. */
  places: readonly PlaceEntry[];
  bySlug: ReadonlyMap<string, PlaceEntry>;
}

const statusOrder = (status: string) => vocabularies.placeStatus.findIndex((term) => term.id === status);

/** Index the places and link each to the initiatives that name it (the catalog is newest first already). */
export function buildPlaceIndex(items: readonly { slug: string; data: Place }[], catalog: Catalog): PlaceIndex {
  const at = new Map<string, CatalogEntry[]>();
  for (const entry of catalog.entries) {
    for (const slug of entry.data.places) at.set(slug, [...(at.get(slug) ?? []), entry]);
  }
  const places = items
    .map(({ slug, data }) => ({ slug, data, initiatives: at.get(slug) ?? [] }))
    .sort(
      (a, b) =>
        statusOrder(a.data.status) - statusOrder(b.data.status) ||
        a.data.title.localeCompare(b.data.title, 'nl') ||
        a.slug.localeCompare(b.slug),
    );
  return { places, bySlug: new Map(places.map((place) => [place.slug, place])) };
}

const term = (vocabulary: VocabularyName, id: string, lang: Lang): FactValue => ({
  text: labelOf(vocabulary, id, lang),
});

/** The link to a municipality's (or neighbourhood's) area page, when the place names one. */
export function areaLink(
  data: Pick<Place, 'municipality' | 'neighbourhood'>,
  lang: Lang,
  neighbourhoodSlug?: string,
): string | undefined {
  const municipality = data.municipality ? municipalityByName(data.municipality) : undefined;
  if (!municipality) return undefined;
  return pathFor(
    {
      view: 'area',
      municipality: municipality.slug,
      ...(neighbourhoodSlug ? { neighbourhood: neighbourhoodSlug } : {}),
    },
    lang,
  );
}

/**
 * The facts of a place in reading order; empty optional fields are left out. The kind links to the facet page of
 * initiatives at that kind of place when `hasFacetPage` says there is one.
 */
export function placeFacts(
  data: Place,
  lang: Lang,
  hasFacetPage: (placeType: string) => boolean = () => false,
): Fact[] {
  const definition = (vocabulary: VocabularyName, id: string) => findTerm(vocabulary, id)?.definition[lang];
  const area = areaLink(data, lang);
  const facts: (Fact | false | undefined)[] = [
    {
      key: 'place.kind',
      values: [
        {
          ...term('placeType', data.kind, lang),
          ...(hasFacetPage(data.kind)
            ? { href: pathFor({ view: 'facet', facet: 'place', value: data.kind, page: 1 }, lang) }
            : {}),
        },
      ],
      definition: definition('placeType', data.kind),
    },
    termFact('place.status', 'placeStatus', data.status, lang),
    {
      key: 'entry.municipality',
      values: data.municipality
        ? [{ text: data.municipality, ...(area ? { href: area } : {}) }]
        : [{ text: t(lang, 'place.noMunicipality') }],
    },
    ...locationFacts(data),
    { key: 'place.targetGroups', values: data.targetGroups.map((id) => term('targetGroup', id, lang)) },
    termFact('place.contactIntensity', 'contactIntensity', data.contactIntensity, lang),
    ...welcomeFacts(data, lang),
    data.openedDate !== undefined && { key: 'place.opened', values: [{ text: formatDate(data.openedDate, lang) }] },
    data.closedDate !== undefined && { key: 'place.closed', values: [{ text: formatDate(data.closedDate, lang) }] },
  ];
  return facts.filter((fact): fact is Fact => Boolean(fact));
}
