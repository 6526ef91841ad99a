/**
 * The open-data record of one initiative, as `/initiatieven.json`, the feeds
 * and the CSV publish it, derived from the initiative schema (never written
 * out twice): every field of `initiativeShape` with dates as `YYYY-MM-DD`
 * text (start and end as precisely as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`), defaults filled in, the slug and URL first, and the contact without
 * its permission flag (an e-mail address appears only when it may be
 * published). `/schema/initiative.json` is this schema as JSON Schema.
 */
import { z } from 'astro/zod';
import { hsdsStatuses } from '../taxonomy/index.ts';
import { partialDateSchemas } from './fields.ts';
import { contactSchema, initiativeShape } from './initiative.ts';

/** A calendar date as text. */
const exportDate = z.iso.date().describe('A calendar date, YYYY-MM-DD.');

/** A date as precisely as it is known, as text. */
const exportPartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .describe('A date as precisely as it is known: a year (YYYY), a month (YYYY-MM) or a day (YYYY-MM-DD).');

/** Is this the `date()` builder of fields.ts (a union of a Date and an ISO string, piped into a Date)? */
function isDateSchema(schema: z.ZodType): boolean {
  return schema instanceof z.ZodPipe && schema.in instanceof z.ZodUnion;
}

/** The export form of one field schema: dates become text, defaults become required, objects stay strict. */
function forExport(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional) return forExport(schema.unwrap() as z.ZodType).optional();
  // A default is applied before export, so the field is always there.
  if (schema instanceof z.ZodDefault) return forExport(schema.unwrap() as z.ZodType);
  if (partialDateSchemas.has(schema)) return exportPartialDate;
  if (isDateSchema(schema)) return exportDate;
  if (schema instanceof z.ZodArray) {
    const element = forExport(schema.element as z.ZodType);
    const min = (schema._zod.bag as { minimum?: number }).minimum;
    return min ? z.array(element).min(min) : z.array(element);
  }
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    return z.strictObject(Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, forExport(value)])));
  }
  return schema;
}

/** The CBS code of the municipality, looked up from its name (never written in content: one source for both). */
const municipalityCode = z
  .string()
  .regex(/^GM\d{4}$/)
  .optional()
  .describe('The CBS code of the municipality (GM and four digits), from the CBS list the name was checked against.');

/** The status in Open Referral HSDS 3.0's words, mapped from `status` by the taxonomy. */
const hsdsStatus = z
  .enum(hsdsStatuses)
  .optional()
  .describe(
    'The status as Open Referral HSDS 3.0 names it (active, inactive, defunct, temporarily closed), mapped from status: active → active, paused → temporarily closed, ended → defunct, planned → inactive.',
  );

/**
 * Every field but the slug (exported first, required) and the contact (exported without its permission flag),
 * with the municipality's CBS code after its name and the HSDS status after the status.
 */
const fields = Object.fromEntries(
  Object.entries(initiativeShape)
    .filter(([key]) => key !== 'slug' && key !== 'contact')
    .flatMap(([key, value]): [string, z.ZodType][] => {
      const field: [string, z.ZodType] = [key, forExport(value as z.ZodType)];
      if (key === 'municipality') return [field, ['municipalityCode', municipalityCode]];
      if (key === 'status') return [field, ['hsdsStatus', hsdsStatus]];
      return [field];
    }),
);

/** The exported initiative record. */
export const initiativeExportSchema = z
  .strictObject({
    /** The entry's slug: its file name and the last part of its URL. */
    slug: initiativeShape.slug.unwrap().describe('The entry’s slug: its file name and the last part of its URL.'),
    /** The canonical address of the entry page. */
    url: z.url().describe('The canonical address of the entry page, in the entry’s own language.'),
    ...fields,
    /** Contact details of the organisation; `email` only when the organisation agreed to publish it. */
    contact: z
      .strictObject(contactSchema.omit({ emailPublic: true }).shape)
      .optional()
      .describe('Contact details of the organisation; an e-mail address only when it may be published.'),
  })
  .describe('One initiative on Buurtpodium (open data, CC BY 4.0).');

export type InitiativeExport = z.output<typeof initiativeExportSchema>;

/** The JSON Schema (draft 2020-12) of the exported record, with the site's address as its id. */
export function initiativeJsonSchema(id: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(initiativeExportSchema, { target: 'draft-2020-12', io: 'output' }),
    $id: id,
    title: 'Buurtpodium initiative',
  };
}
