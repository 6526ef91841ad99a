/**
 * One CMS field from one schema field: the widget for its kind (text, select, date, partial date, number,
 * object, list), its Dutch label and hint (limits, and the definitions of its options one click away), its
 * required-ness and its default. config.ts walks the schemas with it; the contract tests hold them together.
 */
import type { CmsField } from 'decap-cms-core';
import { z } from 'astro/zod';
import { pathFor } from '../lib/core/routes.ts';
import { vocabularies, type VocabularyName } from '../taxonomy/index.ts';
import { municipalityBySlug, municipalitySlugs } from '../taxonomy/municipalities.ts';
import type { FieldText } from './labels.ts';
import type { FieldInfo } from '../schema/schema-info.ts';

/** How dates are stored: the schema reads YYYY-MM-DD. */
export const DATE_FORMAT = 'YYYY-MM-DD';

/** The widget of a date known as precisely as it is known, registered by admin.ts. */
export const PARTIAL_DATE_WIDGET = 'partial-date';

/**
 * Defaults the CMS adds for convenience where the schema has none: a new entry
 * is published today unless the editor changes it. The contract test allows exactly these.
 */
export const cmsOnlyDefaults: Readonly<Record<string, unknown>> = { published: '{{now}}' };

/** Text widgets with a character counter under them (registered by admin.ts), for fields with a limit. */
export const COUNTED_STRING_WIDGET = 'counted-string';
export const COUNTED_TEXT_WIDGET = 'counted-text';

/** How list items are summed up when collapsed, per list field. */
const listSummary: Readonly<Record<string, string>> = {
  // The type is an id (volunteers): a collapsed item shows the name only, or says it has none.
  actors: "{{fields.name | default('drager zonder naam')}}",
  sources: '{{fields.title}}',
  links: '{{fields.title}}',
};

/** Decap checks `pattern` only on a non-empty value: these say the limit a value must keep. */
export function textPattern(info: Extract<FieldInfo, { kind: 'text' }>): [string, string] | undefined {
  // Decap patterns take no flags: the scheme is spelled out in both cases, as the schema's URL check allows.
  if (info.format === 'url') return ['^[Hh][Tt][Tt][Pp][Ss]?://\\S+$', 'een volledig webadres, beginnend met https://'];
  // The schema's own e-mail pattern, so the form and the schema agree on every address.
  if (info.format === 'email') return [z.regexes.email.source, 'een e-mailadres, zoals naam@voorbeeld.nl'];
  if (info.max !== undefined) {
    // At most `max` characters once leading and trailing spaces are trimmed, as the schema counts them.
    return [`^\\s*\\S[\\s\\S]{0,${info.max - 1}}\\s*$`, `maximaal ${info.max} tekens`];
  }
  return undefined;
}

function limitHint(info: FieldInfo): string | undefined {
  if (info.kind === 'text' && info.max !== undefined) return `Maximaal ${info.max} tekens.`;
  if (info.kind === 'number' && info.min !== undefined && info.max !== undefined) {
    return `Tussen ${String(info.min)} en ${String(info.max)}.`;
  }
  return undefined;
}

const slugKey = [...municipalitySlugs].sort().join('\n');
/** Whether an enum's options are the municipalities' URL slugs (collection rules store those). */
const isMunicipalitySlugs = (options: readonly string[]) => [...options].sort().join('\n') === slugKey;

/**
 * The options of an enum field: taxonomy ids as values, Dutch labels as labels. Municipalities are stored as
 * their official names (shown as they are) or, in collection rules, as URL slugs shown as names.
 */
function optionsOf(
  info: Extract<FieldInfo, { kind: 'enum' }>,
  labels: Readonly<Record<string, string>> = {},
): { label: string; value: string }[] {
  const vocabulary = info.vocabulary ? vocabularies[info.vocabulary] : undefined;
  const municipality = !vocabulary && isMunicipalitySlugs(info.options);
  return info.options.map((id) => ({
    value: id,
    label:
      vocabulary?.find((term) => term.id === id)?.label.nl ??
      labels[id] ??
      (municipality ? municipalityBySlug(id)?.name : id) ??
      id,
  }));
}

/** Where the about page defines a vocabulary's terms (`src/views/AboutView.astro`): the hint links there. */
export const definitionAnchors: Partial<Record<VocabularyName, string>> = {
  strategy: 'about-strategy',
  entryKind: 'about-kind',
  actorType: 'about-actors',
  placeType: 'about-place',
  contactIntensity: 'about-contact',
  thresholdFeature: 'about-threshold',
  targetGroup: 'about-target-group',
  theme: 'about-theme',
  tariff: 'about-tariff',
  permanence: 'about-permanence',
  status: 'about-permanence',
};

/**
 * The definitions of an enum's options, one click away: a link to the about page, where each term is defined
 * (opens in a new tab). A short vocabulary the about page does not list gets its definitions in the hint itself.
 */
function definitionsOf(info: Extract<FieldInfo, { kind: 'enum' }>): string | undefined {
  // The language vocabulary defines the interface languages, not what an entry's language means: its labels say enough.
  if (!info.vocabulary || info.vocabulary === 'lang') return undefined;
  const anchor = definitionAnchors[info.vocabulary];
  if (anchor) return `[Wat betekenen de keuzes?](${pathFor({ view: 'about' }, 'nl')}#${anchor})`;
  return vocabularies[info.vocabulary].map((term) => `**${term.label.nl}**: ${term.definition.nl}`).join(' · ');
}

/** Where a collection's field labels come from, and the fields that get a widget of their own. */
export interface FieldContext {
  texts: (path: string) => FieldText | undefined;
  widgets: Readonly<Record<string, Partial<CmsField> & { widget: string }>>;
  /** Defaults of this collection's CMS only. */
  defaults?: Readonly<Record<string, unknown>>;
}

/** What every CMS field has, whatever its widget. */
type BaseField = Pick<CmsField, 'name' | 'label' | 'required'> & { hint?: string; default?: unknown };

/** A text field: a string, a text area or a counted widget; patterns say the schema's limits. */
function textField(base: BaseField, info: Extract<FieldInfo, { kind: 'text' }>, widget = 'string'): CmsField {
  const pattern = textPattern(info);
  const counted = widget === COUNTED_STRING_WIDGET || widget === COUNTED_TEXT_WIDGET;
  return {
    ...base,
    widget: widget as 'string',
    ...(pattern ? { pattern } : {}),
    // The counted widgets show "n van max tekens" under the field.
    ...(counted && info.max !== undefined ? { max_length: info.max } : {}),
  } as CmsField;
}

/** A number field with the schema's bounds; whole numbers step by one. */
function numberField(base: BaseField, info: Extract<FieldInfo, { kind: 'number' }>): CmsField {
  return {
    ...base,
    widget: 'number',
    value_type: info.int ? 'int' : 'float',
    step: info.int ? 1 : 0.00001,
    ...(info.min !== undefined ? { min: info.min } : {}),
    ...(info.max !== undefined ? { max: info.max } : {}),
  } as CmsField;
}

/** Where a list field is: its path, its texts, and the context its item fields are made in. */
interface ListPlace {
  path: string;
  text: FieldText;
  context: FieldContext;
}

/** A list: several options of one select, one text field per item, or one object per item. */
function listField(base: BaseField, info: Extract<FieldInfo, { kind: 'list' }>, { path, text, context }: ListPlace) {
  const { item } = info;
  const min = info.min ? { min: info.min } : {};
  const singular = text.singular ? { label_singular: text.singular } : {};
  if (item.kind === 'enum') {
    return { ...base, widget: 'select', multiple: true, options: optionsOf(item, text.options), ...min } as CmsField;
  }
  if (item.kind === 'text') {
    // A list of short texts (former slugs, municipality slugs): one text field per item.
    const pattern = item.format === 'regex' && item.pattern ? item.pattern.source : undefined;
    const kebab = 'kleine letters, cijfers en streepjes, zoals repair-cafe-zuid';
    return {
      ...base,
      widget: 'list',
      ...singular,
      ...min,
      field: {
        name: 'item',
        label: text.singular ?? text.label,
        widget: 'string',
        ...(pattern ? { pattern: [pattern, kebab] } : {}),
      },
    } as CmsField;
  }
  if (item.kind !== 'object') throw new Error(`config.ts: no CMS widget for a list of ${item.kind} (${path})`);
  return {
    ...base,
    widget: 'list',
    ...singular,
    ...(listSummary[path] ? { summary: listSummary[path] } : {}),
    // A new entry starts with one source (its fields have defaults): open, so it is seen and filled in.
    ...(path === 'sources' ? { collapsed: false } : {}),
    ...min,
    fields: Object.entries(item.fields).map(([key, child]) => field(key, `${path}.${key}`, child, false, context)),
  } as CmsField;
}

/** The label, hint, required-ness and default of a field, whatever its widget. */
function baseOf(name: string, path: string, info: FieldInfo, inOptionalGroup: boolean, context: FieldContext) {
  const text = context.texts(path);
  if (!text) throw new Error(`src/cms/labels.ts has no label for the schema field "${path}": add one`);
  // Decap cannot say "required once its optional group is used" (decap-cms#7748): such a field is optional
  // in the form, its hint says when it is needed, and the save check (schema + body safety) enforces it.
  const required = info.required && !inOptionalGroup;
  const enumInfo =
    info.kind === 'enum' ? info : info.kind === 'list' && info.item.kind === 'enum' ? info.item : undefined;
  const hint = [text.hint, limitHint(info), enumInfo && definitionsOf(enumInfo)].filter(Boolean).join(' ');
  const fallback = context.defaults?.[path] ?? cmsOnlyDefaults[path] ?? info.default;
  const base: BaseField = {
    name,
    label: text.label,
    required,
    ...(hint ? { hint } : {}),
    ...(fallback !== undefined ? { default: fallback } : {}),
  };
  return { base, text };
}

/** The CMS field of the schema field `info` at `path` (named `name` in its object). */
export function field(
  name: string,
  path: string,
  info: FieldInfo,
  inOptionalGroup: boolean,
  context: FieldContext,
): CmsField {
  const { base, text } = baseOf(name, path, info, inOptionalGroup, context);
  const special = context.widgets[path];
  if (special?.widget === 'relation') return { ...base, ...special } as CmsField;
  switch (info.kind) {
    case 'text':
      return textField(base, info, special?.widget);
    case 'enum':
      return { ...base, widget: 'select', options: optionsOf(info, text.options) } as CmsField;
    case 'date':
      return {
        ...base,
        widget: 'datetime',
        date_format: DATE_FORMAT,
        time_format: false,
        format: DATE_FORMAT,
      } as CmsField;
    case 'partialDate':
      // A year, optionally a month and a day (src/cms/partial-date-widget.ts): stored as 2019, 2019-05 or 2019-05-12.
      return { ...base, widget: PARTIAL_DATE_WIDGET } as CmsField;
    case 'number':
      return numberField(base, info);
    case 'boolean':
      return { ...base, widget: 'boolean' } as CmsField;
    case 'object':
      return {
        ...base,
        widget: 'object',
        fields: Object.entries(info.fields).map(([key, child]) =>
          field(key, `${path}.${key}`, child, inOptionalGroup || !info.required, context),
        ),
      };
    case 'list':
      return listField(base, info, { path, text, context });
  }
}
