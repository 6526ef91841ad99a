/**
 * The Meedoen form's layout: which fields it shows, in which parts and order, and the little that is
 * presentation only (a text area's height, a hint, `autocomplete`). What each field *is* (required, limits,
 * options, the kind of control) is not written here: the form reads it from the initiative schema through
 * src/schema/schema-info.ts (src/lib/present/form-fields.ts), as the CMS config does. Labels come from
 * the interface texts `contribute.field.<name>` (rows: `contribute.field.<list>.<field>`).
 */
import type { UiKey } from '../../i18n/index.ts';
import { bodySections } from '../../schema/initiative.ts';

/** How many rows the form offers for each list (the first row of actors and sources is required). */
export const rows = { actors: 3, sources: 2, links: 2 } as const;
export type RowList = keyof typeof rows;

/** The fields of each row, first field first (a missing list points at it). */
export const rowFields: Record<RowList, readonly string[]> = {
  actors: ['type', 'name'],
  sources: ['title', 'author', 'year', 'url'],
  links: ['title', 'url'],
};

/** One field of the form and what the schema cannot say about its presentation. */
export interface FieldLayout {
  /** The `name` the form data uses: a schema field (`title`, `contact.email`), `submitter.…` or `body.<section>`. */
  name: string;
  /** The schema field it fills, when that is not its name. */
  schemaPath?: string;
  /** The hint under the label (it may use `{min}` and `{max}`, the schema's limits). */
  hint?: UiKey;
  /** A text area of this many rows (a text field is one line otherwise). */
  rows?: number;
  /** An input type the schema cannot tell (a phone number is text to the schema). */
  type?: 'tel';
  autocomplete?: string;
  /** The option checked when the page loads, where it is not the schema's default. */
  checked?: string;
  /** Options without their definitions (short, self-explaining labels). */
  definitions?: false;
}

/** Rows of a list, by index (the first rows among the essentials, the rest under “Meer vertellen”). */
export interface RowsLayout {
  list: RowList;
  rows: readonly number[];
  /** Shown only when the submitter names a publication (enhance.ts: showPublicationSource). */
  publication?: true;
}

export type PartItem = FieldLayout | RowsLayout;

/** One part of the form: a section with a heading, an optional hint and its fields. */
export interface FormPart {
  /** The heading's id is `part-<id>`. */
  id: string;
  title: UiKey;
  hint?: UiKey;
  /** The whole part may be left empty (said in its heading). */
  optional?: true;
  /** Its fields side by side on a wide screen (three columns). */
  columns?: true;
  items: readonly PartItem[];
}

export const isRows = (item: PartItem): item is RowsLayout => 'list' in item;

/** Rows `from` up to the list's last. */
const restOf = (list: RowList, from: number) => Array.from({ length: rows[list] - from }, (_, i) => i + from);

/**
 * The form: the essentials (always open), the parts under the closed “Meer vertellen”, and the submitter's
 * details last, before the button.
 */
export const formParts: { essentials: readonly FormPart[]; more: readonly FormPart[]; last: readonly FormPart[] } = {
  essentials: [
    {
      id: 'initiative',
      title: 'contribute.section.initiative',
      items: [
        { name: 'title', hint: 'contribute.hint.title' },
        { name: 'summary', rows: 3, hint: 'contribute.hint.summary' },
        { name: 'strategy' },
        { name: 'strategyNote', rows: 3, hint: 'contribute.hint.strategyNote' },
      ],
    },
    {
      id: 'who',
      title: 'contribute.section.who',
      hint: 'contribute.hint.actors',
      items: [
        { list: 'actors', rows: [0] },
        { name: 'placeTypes', definitions: false },
        { name: 'municipality', hint: 'contribute.hint.municipality' },
      ],
    },
    {
      id: 'sources',
      title: 'contribute.section.sources',
      items: [
        // Whose facts: the submitter's own account (the source the form then adds) or a publication.
        {
          name: 'sourceKind',
          schemaPath: 'sources.kind',
          hint: 'contribute.hint.sources',
          checked: 'own-account',
          definitions: false,
        },
        { list: 'sources', rows: [0], publication: true },
      ],
    },
  ],
  more: [
    {
      id: 'more-who',
      title: 'contribute.section.moreWho',
      items: [
        { name: 'lang', definitions: false },
        { list: 'actors', rows: restOf('actors', 1) },
        { name: 'placeName' },
        { name: 'neighbourhood' },
      ],
    },
    {
      id: 'for',
      title: 'contribute.section.for',
      items: [
        { name: 'targetGroups' },
        { name: 'themes' },
        { name: 'contactIntensity' },
        { name: 'tariff' },
        { name: 'thresholdFeatures' },
        { name: 'hostRole', rows: 3 },
      ],
    },
    {
      id: 'time',
      title: 'contribute.section.time',
      items: [
        { name: 'permanence' },
        { name: 'status' },
        { name: 'startDate', hint: 'contribute.hint.startDate' },
        { name: 'endDate', hint: 'contribute.hint.endDate' },
      ],
    },
    {
      id: 'more-sources',
      title: 'contribute.section.moreSources',
      items: [
        { list: 'sources', rows: restOf('sources', 1) },
        { list: 'links', rows: restOf('links', 0) },
      ],
    },
    {
      id: 'contact',
      title: 'contribute.section.contact',
      hint: 'contribute.hint.contact',
      optional: true,
      items: [
        { name: 'contact.name' },
        { name: 'contact.website' },
        { name: 'contact.email' },
        { name: 'contact.emailPublic' },
      ],
    },
    {
      id: 'body',
      title: 'contribute.section.body',
      hint: 'contribute.section.body.intro',
      items: bodySections.map((section) => ({ name: `body.${section.id}`, rows: 5 })),
    },
  ],
  last: [
    {
      id: 'submitter',
      title: 'contribute.section.submitter',
      hint: 'contribute.hint.submitter',
      columns: true,
      items: [
        { name: 'submitter.name', autocomplete: 'name' },
        { name: 'submitter.email', autocomplete: 'email' },
        { name: 'submitter.phone', type: 'tel', autocomplete: 'tel' },
      ],
    },
  ],
};

/** Every part of the form, in the order the page shows them. */
export const allParts = (): FormPart[] => [...formParts.essentials, ...formParts.more, ...formParts.last];

/** The form names of one row of a list: `actors.1.type`, `actors.1.name`. */
export const rowNames = (list: RowList, i: number): string[] =>
  rowFields[list].map((field) => `${list}.${String(i)}.${field}`);

/**
 * Every field name of the form, in the order the form shows them (the error
 * summary lists problems in this order; the e2e test checks the page against it).
 */
export function formFieldNames(): string[] {
  return allParts()
    .flatMap((part) => part.items)
    .flatMap((item) => (isRows(item) ? item.rows.flatMap((i) => rowNames(item.list, i)) : [item.name]));
}
