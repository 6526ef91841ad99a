/**
 * The CMS previews of an initiative and of a place: the entry page's header,
 * facts, body and sources, with the site's own stylesheets (registered in
 * admin.ts). The facts come from the same `entryFacts()` / `placeFacts()` as the
 * entry and place pages, so labels, definitions and their order are the site's;
 * the UI words come from the site's dictionary. While the entry is incomplete,
 * the preview lists what the save check will say.
 */
import { createElement as h, useEffect, useState, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { formatDate, t, type UiKey } from '../i18n/index.ts';
import { entryFacts, type Fact } from '../lib/present/entry-facts.ts';
import { placeFacts } from '../lib/present/places.ts';
import { pathFor } from '../lib/core/routes.ts';
import { similarEntries, type TitleIndex } from '../lib/core/similar.ts';
import type { Initiative } from '../schema/initiative.ts';
import type { Place } from '../schema/place.ts';
import { isPartialDate } from '../schema/fields.ts';
import { dateParts, joinDateParts } from './partial-date-widget.ts';
import { refreshFields } from './field-problems.ts';
import { placeSaveProblems, saveProblems } from './save-check.ts';

const lang = 'nl';

const list = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;
const date = (value: unknown): Date | undefined => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const parsed = new Date(`${value}T00:00:00Z`);
  // 2025-02-30 would roll over to 2 March: only a date that reads back the same is one.
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) ? parsed : undefined;
};
/** A date as precisely as it is known (2019, 2019-05, 2019-05-12), when it is one. */
const partialDate = (value: unknown): string | undefined => {
  const joined = joinDateParts(dateParts(value));
  return joined !== '' && isPartialDate(joined) ? joined : undefined;
};
const strings = (value: unknown): string[] => list(value).filter((item): item is string => typeof item === 'string');
const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Both numbers of the coordinates, or nothing. */
function coordinatesOf(value: unknown): { lat: number; lng: number } | undefined {
  const { lat, lng } = record(value);
  return typeof lat === 'number' && typeof lng === 'number' ? { lat, lng } : undefined;
}

/** The last check, when its date, method and role are all filled in. */
function verifiedOf(value: unknown): { date: Date; method: string; by: string } | undefined {
  const { date: day, method, by } = record(value);
  const parsed = date(day);
  return parsed && typeof method === 'string' && typeof by === 'string' ? { date: parsed, method, by } : undefined;
}

/** The sources that have a title, with what else was filled in. */
function sourcesOf(value: unknown): Initiative['sources'] {
  return list(value)
    .map(record)
    .filter((source) => text(source.title))
    .map((source) => ({
      kind: source.kind === 'own-account' ? ('own-account' as const) : ('publication' as const),
      title: text(source.title) ?? '',
      ...(text(source.author) ? { author: text(source.author) } : {}),
      ...(typeof source.year === 'number' ? { year: source.year } : {}),
      ...(text(source.url) ? { url: text(source.url) } : {}),
    }));
}

/**
 * The entry as far as it has been filled in, shaped like a validated initiative
 * so the site's own fact list can render it: missing lists are empty, dates that
 * are not (yet) valid are left out, unknown ids show as they are.
 */
export function previewInitiative(raw: Record<string, unknown>): Initiative {
  return {
    ...(raw as Partial<Initiative>),
    title: text(raw.title) ?? '',
    summary: text(raw.summary) ?? '',
    lang: raw.lang === 'en' ? 'en' : 'nl',
    strategyNote: text(raw.strategyNote) ?? '',
    actors: list(raw.actors)
      .map(record)
      .filter((actor) => typeof actor.type === 'string')
      .map((actor) => ({ type: actor.type, ...(text(actor.name) ? { name: text(actor.name) } : {}) })),
    placeTypes: strings(raw.placeTypes),
    placeName: text(raw.placeName),
    places: strings(raw.places),
    municipality: text(raw.municipality),
    neighbourhood: text(raw.neighbourhood),
    coordinates: coordinatesOf(raw.coordinates),
    targetGroups: strings(raw.targetGroups),
    themes: strings(raw.themes),
    thresholdFeatures: strings(raw.thresholdFeatures),
    hostRole: text(raw.hostRole),
    startDate: partialDate(raw.startDate),
    endDate: partialDate(raw.endDate),
    published: date(raw.published) ?? new Date(),
    updated: date(raw.updated),
    verified: verifiedOf(raw.verified),
    sources: sourcesOf(raw.sources),
    links: [],
  } as Initiative;
}

/** A place as far as it has been filled in, shaped like a validated place for the place page's fact list. */
export function previewPlace(raw: Record<string, unknown>): Place {
  return {
    ...(raw as Partial<Place>),
    title: text(raw.title) ?? '',
    summary: text(raw.summary) ?? '',
    lang: raw.lang === 'en' ? 'en' : 'nl',
    targetGroups: strings(raw.targetGroups),
    thresholdFeatures: strings(raw.thresholdFeatures),
    hostRole: text(raw.hostRole),
    municipality: text(raw.municipality),
    neighbourhood: text(raw.neighbourhood),
    coordinates: coordinatesOf(raw.coordinates),
    openedDate: partialDate(raw.openedDate),
    closedDate: partialDate(raw.closedDate),
    published: date(raw.published) ?? new Date(),
    updated: date(raw.updated),
    verified: verifiedOf(raw.verified),
    sources: sourcesOf(raw.sources),
  } as Place;
}

function factList(facts: readonly Fact[]): ReactNode {
  return h(
    'dl',
    { className: 'preview-facts' },
    facts.map((fact) =>
      h(
        'div',
        { className: 'preview-fact', key: fact.key },
        h('dt', null, t(lang, fact.key)),
        h(
          'dd',
          null,
          h(
            'ul',
            null,
            fact.values.map((value, i) =>
              h('li', { key: i }, value.text, value.note ? h('span', { className: 'note' }, ` (${value.note})`) : null),
            ),
          ),
          fact.definition ? h('p', { className: 'definition' }, fact.definition) : null,
        ),
      ),
    ),
  );
}

/** What both previews show: the entry as far as it goes, its facts and what the save check still says. */
interface PreviewContent {
  raw: Record<string, unknown>;
  title: string;
  summary: string;
  entryLang: string;
  facts: readonly Fact[];
  sources: Initiative['sources'];
  published: Date;
  problems: readonly string[];
  /** What the list of problems starts with: "Nog niet compleet. Dit moet kloppen voordat het initiatief …". */
  incomplete: UiKey;
}

function preview(
  { raw, title, summary, entryLang, facts, sources, published, problems, incomplete }: PreviewContent,
  { widgetFor, getAsset }: Pick<PreviewTemplateComponentProps, 'widgetFor' | 'getAsset'>,
): ReactNode {
  const image = record(raw.image);
  const imageSrc = text(image.src);
  return h(
    'article',
    { className: 'preview-entry', lang: entryLang },
    problems.length > 0
      ? h(
          'aside',
          { className: 'preview-problems', lang },
          h('p', null, t(lang, incomplete)),
          h(
            'ul',
            null,
            problems.map((problem) => h('li', { key: problem }, problem)),
          ),
        )
      : null,
    h('header', { className: 'preview-header' }, h('h1', null, title), h('p', { className: 'lead' }, summary)),
    imageSrc ? h('img', { className: 'preview-image', src: getAsset(imageSrc).url, alt: text(image.alt) ?? '' }) : null,
    h(
      'div',
      { className: 'preview-layout' },
      h('section', { className: 'preview-section', lang }, h('h2', null, t(lang, 'entry.facts')), factList(facts)),
      h('div', { className: 'bp-prose' }, widgetFor('body') as ReactNode),
      sources.length > 0
        ? h(
            'section',
            { className: 'preview-section', lang },
            h('h2', null, t(lang, 'entry.sources')),
            h(
              'ul',
              null,
              sources.map((source, i) =>
                h(
                  'li',
                  { key: i },
                  source.author ? `${source.author}${source.year ? ` (${String(source.year)})` : ''}. ` : '',
                  source.url ? h('a', { href: source.url }, source.title) : h('cite', null, source.title),
                ),
              ),
            ),
          )
        : null,
      h('p', { className: 'preview-dates', lang }, `${t(lang, 'entry.published')}: ${formatDate(published, lang)}`),
    ),
  );
}

/** The entry's data as plain JavaScript (Decap hands it over as an Immutable Map). */
const dataOf = (entry: PreviewTemplateComponentProps['entry']): Record<string, unknown> =>
  (entry.get('data') as { toJS(): Record<string, unknown> }).toJS();

/**
 * The title of a place chosen in the relation widget, from the metadata Decap keeps of the entries it offered
 * (`fieldsMetaData` → field → collection → slug → the entry's data); the slug when Decap has none.
 */
function placeTitleFrom(metadata: unknown): (slug: string) => string | undefined {
  const places = record(record((metadata as { toJS?: () => unknown } | undefined)?.toJS?.()).places).places;
  return (slug) => text(record(record(places)[slug]).title);
}

/** /data/titles.json, fetched once per CMS session (none: no hint, nothing else changes). */
let titles: Promise<TitleIndex | undefined> | undefined;
const loadTitles = () =>
  (titles ??= fetch('/data/titles.json')
    .then((response) => (response.ok ? (response.json() as Promise<TitleIndex>) : undefined))
    .catch(() => undefined));

/**
 * "Bestaat dit al?" above the preview: the existing entries whose title (with municipality and place) looks like
 * this one's, ranked by src/lib/core/similar.ts as on the Meedoen form, the entry itself left out. A hint, never a
 * check: saving is not affected.
 */
function SimilarHint({
  slug,
  title,
  municipality,
  place,
}: {
  slug?: string;
  title: string;
  municipality?: string;
  place?: string;
}): ReactNode {
  const [index, setIndex] = useState<TitleIndex | undefined>();
  useEffect(() => {
    let current = true;
    void loadTitles().then((loaded) => {
      if (current) setIndex(loaded);
    });
    return () => {
      current = false;
    };
  }, []);
  if (!index) return null;
  const found = similarEntries({ title, municipality: municipality ?? '', place: place ?? '' }, index).filter(
    (entry) => entry.slug !== slug,
  );
  if (found.length === 0) return null;
  return h(
    'aside',
    { className: 'preview-similar', lang, 'aria-live': 'polite' },
    h('p', null, t(lang, 'cms.preview.similar')),
    h(
      'ul',
      null,
      found.map((entry) =>
        h(
          'li',
          { key: entry.slug },
          h(
            'a',
            { href: pathFor({ view: 'entry', slug: entry.slug }, lang), target: '_blank', rel: 'noopener' },
            entry.title,
          ),
          entry.municipality ? ` (${entry.municipality})` : '',
        ),
      ),
    ),
  );
}

/**
 * The preview follows every change: so do the problems at the fields and the alt text's label, once Decap has
 * drawn the form (in a browser only).
 */
function afterRender(collection: string, raw: Record<string, unknown>): void {
  if (typeof document === 'undefined') return;
  queueMicrotask(() => {
    refreshFields(collection, raw);
  });
}

/** The preview template registered for the `initiatives` collection. */
export function InitiativePreview(props: PreviewTemplateComponentProps): ReactNode {
  const raw = dataOf(props.entry);
  const data = previewInitiative(raw);
  afterRender('initiatives', raw);
  const slug = props.entry.get('slug') as unknown;
  const hint = h(SimilarHint, {
    slug: typeof slug === 'string' ? slug : undefined,
    title: data.title,
    municipality: data.municipality,
    place: data.placeName,
  });
  const page = preview(
    {
      raw,
      title: data.title,
      summary: data.summary,
      entryLang: data.lang,
      facts: entryFacts(data, lang, placeTitleFrom(props.fieldsMetaData)),
      sources: data.sources,
      published: data.published,
      problems: saveProblems(raw),
      incomplete: 'cms.preview.incomplete',
    },
    props,
  );
  return h('div', null, hint, page);
}

/** The preview template registered for the `places` collection: the place page's facts. */
export function PlacePreview(props: PreviewTemplateComponentProps): ReactNode {
  const raw = dataOf(props.entry);
  const data = previewPlace(raw);
  afterRender('places', raw);
  return preview(
    {
      raw,
      title: data.title,
      summary: data.summary,
      entryLang: data.lang,
      facts: placeFacts(data, lang),
      sources: data.sources,
      published: data.published,
      problems: placeSaveProblems(raw),
      incomplete: 'cms.preview.incompletePlace',
    },
    props,
  );
}
