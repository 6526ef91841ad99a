/**
 * The Meedoen form's fields as the page renders them: each field of the layout (src/lib/present/contribute-layout.ts)
 * with what the schema says about it, read through src/schema/schema-info.ts as the CMS config reads it. From the
 * schema come whether a field is required, its limits (`minlength`, the longest text), its options (a vocabulary's
 * terms, the municipalities) and so the kind of control: a text field, a select in a row, radios or checkboxes
 * with the terms' definitions, a checkbox, rows of a list. SchemaField.astro renders one; the contract test
 * (tests/build/contribute-form.test.ts) checks the page against what the schema accepts and refuses.
 */
import { fieldsOf, type FieldInfo } from '../../schema/schema-info.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { editorFields, fieldLabel, submitterSchema } from './contribute.ts';
import {
  allParts,
  formFieldNames,
  isRows,
  rowFields,
  type FieldLayout,
  type FormPart,
  type RowsLayout,
} from './contribute-layout.ts';
import { bodySections, initiativeSchema, kindRules } from '../../schema/initiative.ts';
import { vocabularies, type Term } from '../../taxonomy/index.ts';

interface SpecBase {
  name: string;
  /** The control's id: `f-` and the name with dots as dashes. */
  id: string;
  label: string;
  hint?: string | undefined;
  /** The submitter must fill it in: the `required` attribute (a checkbox group has none: it says so by no mark). */
  required: boolean;
  /** Marked “(niet verplicht)”: it may stay empty (within its row, for the fields of a row). */
  optional: boolean;
}

/** Text limits as the schema counts them. */
interface Limits {
  /** Only above one: one character is what `required` asks. */
  minlength?: number;
  /**
   * The longest text, for hints that name it. Not a `maxlength`: that would stop the typing at the limit, and the
   * form lets one type on and then says by how much the text is too long.
   */
  max?: number;
}

export type FormFieldSpec = SpecBase &
  (
    | ({
        control: 'input';
        type: 'text' | 'email' | 'url' | 'tel';
        autocomplete?: string;
        inputmode?: 'numeric';
        /** Values suggested while typing (a `<datalist>`); any other text can still be typed. */
        suggestions?: readonly string[];
      } & Limits)
    | ({ control: 'textarea'; rows: number } & Limits)
    | { control: 'select'; options: readonly { value: string; label: string }[] }
    | { control: 'choices'; multiple: boolean; terms: readonly Term[]; checked?: string; definitions: boolean }
    | { control: 'checkbox' }
  );

/** One row of a list: a fieldset “Drager 2”, marked optional beyond the rows the schema requires. */
export interface RowSpec {
  i: number;
  legend: string;
  optional: boolean;
  fields: FormFieldSpec[];
}

export interface RowsSpec {
  list: RowsLayout['list'];
  publication: boolean;
  rows: RowSpec[];
}

export type PartItemSpec = FormFieldSpec | RowsSpec;

export interface FormPartSpec extends Omit<FormPart, 'items'> {
  items: PartItemSpec[];
}

export const isRowsSpec = (item: PartItemSpec): item is RowsSpec => 'list' in item;

const initiativeFields = fieldsOf(initiativeSchema);
const submitterFields = fieldsOf(submitterSchema);

/** A body section: free text under its heading, never required (the body checks look at it). */
const bodyInfo: FieldInfo = { kind: 'text', required: false };

/**
 * Fields the schema leaves optional that a practice example needs (the form always sends one): its required
 * fields and, of the fields that say where it runs, the one the form offers (a region in words is the editors').
 */
function neededByExample(): Set<string> {
  const offered = new Set(formFieldNames());
  const where = kindRules.example.where.filter((name) => offered.has(name));
  return new Set<string>([...kindRules.example.required, ...(where.length === 1 ? where : [])]);
}
const exampleNeeds = neededByExample();

/** A field's schema description, and whether it sits in an object the entry may leave out (`contact`). */
function infoOf(path: string): { info: FieldInfo; inOptionalGroup: boolean } {
  const [head = '', key] = path.split('.');
  if (head === 'body' && bodySections.some((section) => section.id === key)) {
    return { info: bodyInfo, inOptionalGroup: false };
  }
  const top = head === 'submitter' ? undefined : initiativeFields[head];
  const group = head === 'submitter' ? { kind: 'object' as const, fields: submitterFields, required: true } : top;
  if (key === undefined && group) return { info: group, inOptionalGroup: false };
  const inner = group?.kind === 'list' ? group.item : group;
  const info = inner?.kind === 'object' && key !== undefined ? inner.fields[key] : undefined;
  if (!group || !info) throw new Error(`form-fields: the schema has no field "${path}" for the Meedoen form`);
  return { info, inOptionalGroup: !group.required };
}

/** The text limits of a text field. */
function limitsOf(info: FieldInfo): Limits {
  if (info.kind !== 'text') return {};
  return {
    ...(info.min !== undefined && info.min > 1 ? { minlength: info.min } : {}),
    ...(info.max !== undefined ? { max: info.max } : {}),
  };
}

/** The control for a schema field: what kind of input its kind, format, options and place in a row ask for. */
function controlOf(layout: FieldLayout, info: FieldInfo, inRow: boolean, lang: Lang) {
  const terms = (name: keyof typeof vocabularies) => vocabularies[name] as readonly Term[];
  if (layout.rows !== undefined && info.kind === 'text') {
    return { control: 'textarea' as const, rows: layout.rows, ...limitsOf(info) };
  }
  switch (info.kind) {
    case 'text':
      return {
        control: 'input' as const,
        type: layout.type ?? (info.format === 'url' || info.format === 'email' ? info.format : 'text'),
        ...(layout.autocomplete ? { autocomplete: layout.autocomplete } : {}),
        ...limitsOf(info),
      };
    case 'partialDate':
      // Typed as precisely as known (2019, 2019-05, 2019-05-12): the browser has nothing to offer.
      return { control: 'input' as const, type: 'text' as const, autocomplete: 'off' };
    case 'number':
      return {
        control: 'input' as const,
        type: 'text' as const,
        ...(info.int ? { inputmode: 'numeric' as const } : {}),
      };
    case 'boolean':
      return { control: 'checkbox' as const };
    case 'enum': {
      const { vocabulary } = info;
      if (!vocabulary) {
        // Hundreds of names (the municipalities): typed, with the names as suggestions.
        const suggestions = [...info.options].sort((a, b) => a.localeCompare(b, 'nl'));
        return { control: 'input' as const, type: 'text' as const, autocomplete: 'off', suggestions };
      }
      if (inRow) {
        // A row stays compact: a select, whose options are the terms' labels.
        const options = terms(vocabulary).map((term) => ({ value: term.id, label: term.label[lang] }));
        return { control: 'select' as const, options };
      }
      const checked = layout.checked ?? (typeof info.default === 'string' ? info.default : undefined);
      return {
        control: 'choices' as const,
        multiple: false,
        terms: terms(vocabulary),
        ...(checked !== undefined ? { checked } : {}),
        definitions: layout.definitions ?? true,
      };
    }
    case 'list':
      if (info.item.kind === 'enum' && info.item.vocabulary) {
        return {
          control: 'choices' as const,
          multiple: true,
          terms: terms(info.item.vocabulary),
          definitions: layout.definitions ?? true,
        };
      }
  }
  throw new Error(`form-fields: no control for "${layout.name}", a ${info.kind} field`);
}

/**
 * One field of the form. In a row, `row` gives its label's key (`actors.type`) and whether the row may be left out.
 * Required: the schema requires it, or a practice example does, and it is not left to the editors.
 */
function fieldSpec(layout: FieldLayout, lang: Lang, row?: { field: string; optionalRow: boolean }): FormFieldSpec {
  const { info, inOptionalGroup } = infoOf(layout.schemaPath ?? layout.name);
  const control = controlOf(layout, info, row !== undefined, lang);
  const leftToEditors = (editorFields as readonly string[]).includes(layout.name);
  const needed = (info.required || exampleNeeds.has(layout.name)) && !leftToEditors;
  // A choice that starts checked, or a single checkbox, is never empty: nothing to mark.
  const preset = control.control === 'checkbox' || (control.control === 'choices' && control.checked !== undefined);
  const hintVars =
    info.kind === 'text' ? { ...(info.min ? { min: info.min } : {}), ...(info.max ? { max: info.max } : {}) } : {};
  return {
    name: layout.name,
    id: `f-${layout.name.replaceAll('.', '-')}`,
    label: fieldLabel(row?.field ?? layout.name, lang),
    ...(layout.hint ? { hint: t(lang, layout.hint, hintVars) } : {}),
    required: needed && !inOptionalGroup && !row?.optionalRow && !(control.control === 'choices' && control.multiple),
    optional: !needed && !preset,
    ...control,
  } as FormFieldSpec;
}

/** The rows of a list, each with its fields (`rowFields`). */
function rowsSpec(layout: RowsLayout, lang: Lang): RowsSpec {
  const list = initiativeFields[layout.list];
  const min = list?.kind === 'list' ? (list.min ?? 0) : 0;
  return {
    list: layout.list,
    publication: layout.publication ?? false,
    rows: layout.rows.map((i) => {
      const optionalRow = i >= min;
      return {
        i,
        legend: t(lang, `contribute.row.${layout.list}`, { n: i + 1 }),
        optional: optionalRow,
        fields: rowFields[layout.list].map((field) =>
          fieldSpec({ name: `${layout.list}.${String(i)}.${field}`, schemaPath: `${layout.list}.${field}` }, lang, {
            field: `${layout.list}.${field}`,
            optionalRow,
          }),
        ),
      };
    }),
  };
}

/** A part of the form with its fields resolved. */
export function partSpec(part: FormPart, lang: Lang): FormPartSpec {
  return { ...part, items: part.items.map((item) => (isRows(item) ? rowsSpec(item, lang) : fieldSpec(item, lang))) };
}

/** Every field of the form in a language, in the page's order (the rows' fields in their rows). */
export function formFieldSpecs(lang: Lang): FormFieldSpec[] {
  return allParts()
    .map((part) => partSpec(part, lang))
    .flatMap((part) => part.items)
    .flatMap((item) => (isRowsSpec(item) ? item.rows.flatMap((row) => row.fields) : [item]));
}
