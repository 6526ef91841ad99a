/**
 * The CMS preview of an initiative: the entry page's header, facts, body and
 * sources, with the site's own stylesheets (registered in admin.ts). The facts
 * come from the same `entryFacts()` as the entry page, so labels, definitions
 * and their order are the site's; the UI words come from the site's dictionary.
 * While the entry is incomplete, the preview lists what the save check will say.
 */
import { createElement as h, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { formatDate, t } from '../i18n/index.ts';
import { entryFacts, type Fact } from '../lib/entry-facts.ts';
import type { Initiative } from '../schema/initiative.ts';
import { saveProblems } from './save-check.ts';

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
const strings = (value: unknown): string[] => list(value).filter((item): item is string => typeof item === 'string');

/**
 * The entry as far as it has been filled in, shaped like a validated initiative
 * so the site's own fact list can render it: missing lists are empty, dates that
 * are not (yet) valid are left out, unknown ids show as they are.
 */
export function previewInitiative(raw: Record<string, unknown>): Initiative {
  const record = (value: unknown): Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const coordinates = record(raw.coordinates);
  const lat = coordinates.lat;
  const lng = coordinates.lng;
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
    municipality: text(raw.municipality),
    neighbourhood: text(raw.neighbourhood),
    coordinates: typeof lat === 'number' && typeof lng === 'number' ? { lat, lng } : undefined,
    targetGroups: strings(raw.targetGroups),
    themes: strings(raw.themes),
    thresholdFeatures: strings(raw.thresholdFeatures),
    hostRole: text(raw.hostRole),
    startDate: date(raw.startDate),
    endDate: date(raw.endDate),
    published: date(raw.published) ?? new Date(),
    updated: date(raw.updated),
    lastVerified: date(raw.lastVerified),
    sources: list(raw.sources)
      .map(record)
      .filter((source) => text(source.title))
      .map((source) => ({
        title: text(source.title) ?? '',
        ...(text(source.author) ? { author: text(source.author) } : {}),
        ...(typeof source.year === 'number' ? { year: source.year } : {}),
        ...(text(source.url) ? { url: text(source.url) } : {}),
      })),
    links: [],
  } as Initiative;
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

/** The preview template registered for the `initiatives` collection. */
export function InitiativePreview({ entry, widgetFor, getAsset }: PreviewTemplateComponentProps): ReactNode {
  const raw = (entry.get('data') as { toJS(): Record<string, unknown> }).toJS();
  const data = previewInitiative(raw);
  const problems = saveProblems(raw);
  const image = raw.image as { src?: unknown; alt?: unknown } | undefined;
  const imageSrc = text(image?.src);
  return h(
    'article',
    { className: 'preview-entry', lang: data.lang },
    problems.length > 0
      ? h(
          'aside',
          { className: 'preview-problems', lang },
          h('p', null, t(lang, 'cms.preview.incomplete')),
          h(
            'ul',
            null,
            problems.map((problem) => h('li', { key: problem }, problem)),
          ),
        )
      : null,
    h(
      'header',
      { className: 'preview-header' },
      h('h1', null, data.title),
      h('p', { className: 'lead' }, data.summary),
    ),
    imageSrc
      ? h('img', { className: 'preview-image', src: getAsset(imageSrc).url, alt: text(image?.alt) ?? '' })
      : null,
    h(
      'div',
      { className: 'preview-layout' },
      h(
        'section',
        { className: 'preview-section', lang },
        h('h2', null, t(lang, 'entry.facts')),
        factList(entryFacts(data, lang)),
      ),
      h('div', { className: 'bp-prose' }, widgetFor('body') as ReactNode),
      data.sources.length > 0
        ? h(
            'section',
            { className: 'preview-section', lang },
            h('h2', null, t(lang, 'entry.sources')),
            h(
              'ul',
              null,
              data.sources.map((source, i) =>
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
      h(
        'p',
        { className: 'preview-dates', lang },
        `${t(lang, 'entry.published')}: ${formatDate(data.published, lang)}`,
      ),
    ),
  );
}
