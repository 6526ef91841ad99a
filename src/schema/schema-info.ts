/**
 * What a zod schema says about each field, in the few terms a form needs:
 * required or not, default, kind, limits, options. The CMS config (src/cms/config.ts,
 * src/cms/field-widgets.ts) and the contribution form (src/lib/present/form-fields.ts)
 * read the initiative schema through this, so a changed limit or a new option
 * reaches both without being copied by hand.
 */
import type { z } from 'astro/zod';
import { partialDateSchemas } from './fields.ts';
import { vocabularies, type VocabularyName } from '../taxonomy/index.ts';

interface FieldBase {
  /** Must be given: neither optional nor defaulted. */
  required: boolean;
  /** The schema's default, when it has one. */
  default?: unknown;
}

export type FieldInfo = FieldBase &
  (
    | { kind: 'text'; min?: number; max?: number; format?: 'url' | 'email' | 'regex'; pattern?: RegExp }
    | { kind: 'enum'; options: readonly string[]; vocabulary?: VocabularyName }
    | { kind: 'date' }
    /** A date as precisely as it is known: YYYY, YYYY-MM or YYYY-MM-DD. */
    | { kind: 'partialDate' }
    | { kind: 'number'; min?: number; max?: number; int: boolean }
    | { kind: 'boolean' }
    | { kind: 'list'; item: FieldInfo; min?: number }
    | { kind: 'object'; fields: Record<string, FieldInfo> }
  );

/** zod's internals, read-only: the public `def` plus the properties zod 4 puts on strings, numbers and enums. */
interface Internals {
  def: {
    type: string;
    innerType?: Internals;
    defaultValue?: unknown;
    element?: Internals;
    in?: Internals;
    options?: Internals[];
    format?: string;
    checks?: { _zod: { def: { check: string; minimum?: number; format?: string; pattern?: RegExp } } }[];
  };
  shape?: Record<string, Internals>;
  options?: readonly string[];
  minLength?: number | null;
  maxLength?: number | null;
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
  format?: string | null;
}

/** The vocabulary whose ids are exactly these options, if any (so labels and definitions come from the taxonomy). */
export function vocabularyOf(options: readonly string[]): VocabularyName | undefined {
  const wanted = [...options].sort().join('\n');
  return (Object.keys(vocabularies) as VocabularyName[]).find(
    (name) =>
      vocabularies[name]
        .map((term) => term.id as string)
        .sort()
        .join('\n') === wanted,
  );
}

function describe(node: Internals): FieldInfo {
  let current = node;
  let optional = false;
  let fallback: { value: unknown } | undefined;
  for (;;) {
    const { type, innerType } = current.def;
    if ((type === 'optional' || type === 'default') && innerType) {
      if (type === 'optional') optional = true;
      else fallback = { value: current.def.defaultValue };
      current = innerType;
    } else break;
  }
  const base: FieldBase = {
    required: !optional && !fallback,
    ...(fallback ? { default: fallback.value } : {}),
  };
  const { def } = current;
  switch (def.type) {
    case 'string': {
      const format = current.format ?? def.format;
      const regex = def.checks?.find((check) => check._zod.def.format === 'regex')?._zod.def.pattern;
      return {
        ...base,
        kind: 'text',
        ...(current.minLength ? { min: current.minLength } : {}),
        ...(current.maxLength ? { max: current.maxLength } : {}),
        ...(format === 'url' || format === 'email' ? { format } : regex ? { format: 'regex', pattern: regex } : {}),
      };
    }
    case 'enum': {
      const options = current.options ?? [];
      const vocabulary = vocabularyOf(options);
      return { ...base, kind: 'enum', options, ...(vocabulary ? { vocabulary } : {}) };
    }
    case 'pipe':
      if (partialDateSchemas.has(current as unknown as z.ZodType)) return { ...base, kind: 'partialDate' };
      // The date builder: a union of a Date and an ISO date string, piped into a Date.
      if (def.in?.def.type === 'union') return { ...base, kind: 'date' };
      break;
    case 'number':
      return {
        ...base,
        kind: 'number',
        int: Boolean(current.isInt),
        ...(typeof current.minValue === 'number' && Number.isFinite(current.minValue) ? { min: current.minValue } : {}),
        ...(typeof current.maxValue === 'number' && Number.isFinite(current.maxValue) ? { max: current.maxValue } : {}),
      };
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'array': {
      if (!def.element) break;
      const min = def.checks?.find((check) => check._zod.def.check === 'min_length')?._zod.def.minimum;
      return { ...base, kind: 'list', item: describe(def.element), ...(min ? { min } : {}) };
    }
    case 'object':
      return {
        ...base,
        kind: 'object',
        fields: Object.fromEntries(Object.entries(current.shape ?? {}).map(([key, value]) => [key, describe(value)])),
      };
  }
  throw new Error(`schema-info: no form field for a zod ${def.type}`);
}

/** The fields of an object schema, in the schema's order. */
export function fieldsOf(schema: z.ZodType): Record<string, FieldInfo> {
  const info = describe(schema);
  if (info.kind !== 'object') throw new Error('schema-info: fieldsOf() needs an object schema');
  return info.fields;
}

/** Every field path of an object schema, depth first: `actors`, `actors.type`, `actors.name`, … (list items have no index). */
export function fieldPaths(fields: Record<string, FieldInfo>, prefix = ''): string[] {
  return Object.entries(fields).flatMap(([name, info]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const inner = info.kind === 'list' ? info.item : info;
    return [path, ...(inner.kind === 'object' ? fieldPaths(inner.fields, path) : [])];
  });
}
