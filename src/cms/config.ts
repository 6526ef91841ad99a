/**
 * Decap CMS's configuration, built from the initiative, place and collection
 * schemas, the taxonomy, the municipality list and the site config: no
 * hand-written config.yml. Every schema field becomes a CMS field with the same
 * required-ness, options (stored as taxonomy ids, shown as Dutch labels with
 * their definitions as hints; municipalities by their official CBS names),
 * defaults and limits; the contract tests (tests/unit/cms-config.test.ts,
 * cms-collections.test.ts) hold the two together.
 *
 * Runs at build time (the /admin page serialises the result into the page), so
 * it may read the site config; the browser only receives plain JSON.
 */
import type { CmsCollection, CmsConfig, CmsField } from 'decap-cms-core';
import { bodySections, initiativeSchema } from '../schema/initiative.ts';
import type { SiteConfig } from '../schema/site.ts';
import { placeBodySections, placeSchema } from '../schema/place.ts';
import { labelOf, statuses, vocabularies } from '../taxonomy/index.ts';
import { pathFor } from '../lib/core/routes.ts';
import { showcaseSchema } from '../schema/showcase.ts';
import {
  showcaseTextOf,
  fieldTexts,
  notInCms,
  notInCmsCollection,
  notInCmsPlace,
  placeFieldTexts,
  placeTextOf,
  textOf,
  type FieldText,
} from './labels.ts';
import { fieldsOf } from '../schema/schema-info.ts';
import { COUNTED_STRING_WIDGET, COUNTED_TEXT_WIDGET, field as fieldOf, type FieldContext } from './field-widgets.ts';

export {
  COUNTED_STRING_WIDGET,
  COUNTED_TEXT_WIDGET,
  DATE_FORMAT,
  PARTIAL_DATE_WIDGET,
  cmsOnlyDefaults,
  definitionAnchors,
  textPattern,
  type FieldContext,
} from './field-widgets.ts';

/** The folder the CMS edits, relative to the repository root. Entries from the CMS are Markdown (`.md`): see docs/cms.md. */
export const ENTRY_FOLDER = 'content/initiatives';
/** The places of the atlas: Markdown too. */
export const PLACE_FOLDER = 'content/places';
/** Where uploaded images go in the repository, and the path they are served from. */
export const MEDIA_FOLDER = 'public/images/uploads';
export const PUBLIC_FOLDER = '/images/uploads';
/** The title the CMS gives a practitioner's own account, the source a new initiative starts with. */
export const OWN_ACCOUNT_TITLE = labelOf('sourceKind', 'own-account', 'nl');
/** The same, in an English entry. */
export const OWN_ACCOUNT_TITLE_EN = labelOf('sourceKind', 'own-account', 'en');

/**
 * Defaults of a new initiative only. Someone entering an initiative in the CMS is mostly its practitioner, writing
 * about one initiative somewhere (a practice example; editors switch to `form` for a general form). Its sources
 * start with the practitioner's own account (dated when saved), so nobody has to make a source up to save.
 */
export const initiativeCmsDefaults: Readonly<Record<string, unknown>> = {
  kind: 'example',
  sources: [{ kind: 'own-account', title: OWN_ACCOUNT_TITLE }],
};

/**
 * Where Decap's "Bekijk live" opens an entry: the Dutch page of the route table (`pathFor`), with Decap's
 * `{{slug}}` for the slug and without the leading slash (Decap joins it to the site's address).
 */
export function previewPath(view: 'entry' | 'place' | 'showcase'): string {
  const mark = 'decap-slug-mark';
  return pathFor({ view, slug: mark }, 'nl').replace(/^\//, '').replace(mark, '{{slug}}');
}

/** The relation widget that finds entries of a collection by title and stores their slug (the file name). */
const pickBySlug = (collection: string) =>
  ({
    widget: 'relation',
    collection,
    search_fields: ['title'],
    value_field: '{{slug}}',
    display_fields: ['title'],
    options_length: 50,
  }) as const;

/** Initiative fields that get another widget than their kind's default (longer text a text area, an image a picker). */
const initiativeWidgets = {
  title: { widget: COUNTED_STRING_WIDGET },
  summary: { widget: COUNTED_TEXT_WIDGET },
  strategyNote: { widget: 'text' },
  hostRole: { widget: 'text' },
  'image.src': { widget: 'image' },
  // The places of the atlas where it happens: found by title, stored as slugs.
  places: { ...pickBySlug('places'), multiple: true },
} as const;

const initiativeContext: FieldContext = { texts: textOf, widgets: initiativeWidgets, defaults: initiativeCmsDefaults };

/** A CMS field of the initiative schema (the other collections pass their own context). */
const field = (
  name: string,
  path: string,
  info: Parameters<typeof fieldOf>[2],
  inOptionalGroup: boolean,
  context: FieldContext = initiativeContext,
) => fieldOf(name, path, info, inOptionalGroup, context);
/** The suggested body: the section headings (of an initiative, unless others are given), in Dutch, as level-2 headings. */
export function defaultBody(sections: readonly { nl: string }[] = bodySections): string {
  return sections.map((section) => `## ${section.nl}\n`).join('\n');
}

/** The Markdown body: rich text with the suggested headings, and no editor components (they would be code). */
function bodyField(text: FieldText, sections: readonly { nl: string }[]): CmsField {
  return {
    name: 'body',
    label: text.label,
    ...(text.hint ? { hint: text.hint } : {}),
    widget: 'markdown',
    required: false,
    default: defaultBody(sections),
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
    editor_components: [],
  };
}

/** Fields that go after the body: what only the editors deal with (a new entry starts at its title). */
export const editorsLast = ['aliases'] as const;

/** The fields of an initiative in the CMS, in schema order, then the body, then the editors' fields. */
export function cmsFields(): CmsField[] {
  const fields = Object.entries(fieldsOf(initiativeSchema))
    .filter(([name]) => !(name in notInCms))
    .map(([name, info]) => field(name, name, info, false));
  const last = (f: CmsField) => (editorsLast as readonly string[]).includes(f.name);
  return [
    ...fields.filter((f) => !last(f)),
    bodyField(fieldTexts.body, bodySections),
    privateContactField(),
    ...fields.filter(last),
  ];
}

/** The name of the CMS-only field for contact details meant for the editors: never saved into the entry. */
export const PRIVATE_CONTACT_FIELD = 'privateContact';

/**
 * Contact details for the editors only (who to ask about this entry). Not a schema field: admin.ts takes it out
 * before the entry is saved, so it never reaches the file or a page (docs/cms.md: where it goes instead).
 */
function privateContactField(): CmsField {
  return {
    name: PRIVATE_CONTACT_FIELD,
    label: 'Contact voor de redactie (komt niet op de site)',
    hint: 'Naam, e-mailadres of telefoonnummer waarop de redactie je kan bereiken met vragen. Dit wordt niet in het initiatief opgeslagen en nooit gepubliceerd.',
    widget: 'text',
    required: false,
  };
}

export function initiativesCollection(): CmsCollection {
  return {
    name: 'initiatives',
    label: 'Initiatieven',
    label_singular: 'initiatief',
    description:
      'Voorbeelden uit de sociale basis. Een nieuw initiatief begint als concept; de redactie controleert het voordat het verschijnt.',
    folder: ENTRY_FOLDER,
    // Markdown, never MDX: a body typed here cannot run code, and { } < stay text (docs/cms.md).
    extension: 'md',
    format: 'frontmatter',
    create: true,
    identifier_field: 'title',
    slug: '{{slug}}',
    summary: '{{title}}',
    preview_path: previewPath('entry'),
    sortable_fields: ['title', 'published', 'verified.date'],
    view_filters: statuses.map((status) => ({ label: status.label.nl, field: 'status', pattern: status.id })),
    fields: cmsFields(),
  };
}

/** Place fields with a widget of their own, as for initiatives. */
const placeWidgets: FieldContext['widgets'] = {
  summary: { widget: 'text' },
  hostRole: { widget: 'text' },
  'image.src': { widget: 'image' },
};

/** The fields of a place in the CMS, in schema order, then the body (starting from `placeBodySections`). */
export function placeCmsFields(): CmsField[] {
  const context: FieldContext = { texts: placeTextOf, widgets: placeWidgets };
  const fields = Object.entries(fieldsOf(placeSchema))
    .filter(([name]) => !(name in notInCmsPlace))
    .map(([name, info]) => field(name, name, info, false, context));
  return [...fields, bodyField(placeFieldTexts.body, placeBodySections)];
}

export function placesCollection(): CmsCollection {
  return {
    name: 'places',
    label: 'Plekken',
    label_singular: 'plek',
    description:
      'De atlas van de sociale infrastructuur: plekken waar mensen elkaar ontmoeten, ook plekken die verdwenen zijn of die bewoners missen. Initiatieven verwijzen ernaar.',
    folder: PLACE_FOLDER,
    // Markdown, never MDX, as for initiatives.
    extension: 'md',
    format: 'frontmatter',
    create: true,
    identifier_field: 'title',
    slug: '{{slug}}',
    summary: '{{title}}',
    preview_path: previewPath('place'),
    sortable_fields: ['title', 'published', 'verified.date'],
    view_filters: vocabularies.placeStatus.map((status) => ({
      label: status.label.nl,
      field: 'status',
      pattern: status.id,
    })),
    fields: placeCmsFields(),
  };
}

/** The folder of the curated collections: one YAML file each. */
export const SHOWCASE_FOLDER = 'content/collections';

/** Showcase fields with a widget of their own: the item picker finds initiatives by title. */
const showcaseWidgets: FieldContext['widgets'] = {
  intro: { widget: 'text' },
  'items.note': { widget: 'text' },
  'items.initiative': pickBySlug('initiatives'),
  'curator.logo.src': { widget: 'image' },
};

/** The fields of a collection in the CMS, in schema order. */
export function showcaseCmsFields(): CmsField[] {
  const context: FieldContext = { texts: showcaseTextOf, widgets: showcaseWidgets };
  return Object.entries(fieldsOf(showcaseSchema))
    .filter(([name]) => !(name in notInCmsCollection))
    .map(([name, info]) => field(name, name, info, false, context));
}

export function showcasesCollection(): CmsCollection {
  return {
    name: 'collections',
    label: 'Collecties',
    label_singular: 'collectie',
    description:
      'Selecties van initiatieven voor een gemeente of organisatie: een vaste link, een insluitcode en feeds. Kies initiatieven op titel en zet ze in de gewenste volgorde, of geef een regel die ze selecteert.',
    folder: SHOWCASE_FOLDER,
    extension: 'yaml',
    format: 'yml',
    create: true,
    identifier_field: 'title',
    slug: '{{slug}}',
    summary: '{{title}} ({{curator.name}})',
    preview_path: previewPath('showcase'),
    sortable_fields: ['title', 'published'],
    fields: showcaseCmsFields(),
  };
}

export interface CmsConfigOptions {
  /** Edit the working tree through the local decap-server (`npm start`) instead of GitHub. */
  localBackend: boolean;
  /** The address of the site being edited when local (the dev server), for "Bekijk live". */
  localSiteUrl?: string;
}

/** The URL of the local decap-server's API on a port of 127.0.0.1. */
export function localBackendUrl(port: number): string {
  return `http://127.0.0.1:${String(port)}/api/v1`;
}

/** Decap's whole configuration for this site. */
export function cmsConfig(site: SiteConfig, { localBackend, localSiteUrl }: CmsConfigOptions): CmsConfig {
  const { cms } = site;
  // Locally, "Bekijk live" opens the dev server's page, not the published site.
  const siteUrl = localBackend && localSiteUrl ? localSiteUrl : site.baseUrl;
  return {
    load_config_file: false,
    locale: 'nl',
    backend: {
      name: 'github',
      repo: cms.repo,
      branch: cms.branch,
      ...(cms.authBaseUrl ? { base_url: cms.authBaseUrl } : {}),
      auth_endpoint: cms.authEndpoint,
      open_authoring: cms.openAuthoring,
      squash_merges: true,
    },
    // Draft → in review → ready, then publish: every entry is reviewed before it goes live.
    publish_mode: 'editorial_workflow',
    ...(localBackend ? { local_backend: { url: localBackendUrl(cms.localPort) } } : {}),
    site_url: siteUrl,
    display_url: siteUrl,
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [initiativesCollection(), placesCollection(), showcasesCollection()],
  };
}
