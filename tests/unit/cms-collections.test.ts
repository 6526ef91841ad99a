/**
 * The contract between the CMS's collections and the collection schema: every
 * schema field has a CMS field with a Dutch label and the same required-ness,
 * the options are taxonomy ids, the item picker is a relation widget that
 * finds initiatives by title and stores their slug, and a file as Decap
 * writes it passes the same validation as the build.
 */
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { cmsConfig, SHOWCASE_FOLDER, showcasesCollection } from '../../src/cms/config.ts';
import { showcaseFieldTexts, fieldTexts, notInCmsCollection } from '../../src/cms/labels.ts';
import { showcaseSaveProblems } from '../../src/cms/save-check.ts';
import { checkInitiatives } from '../../src/lib/build/content-files.ts';
import { validateShowcases } from '../../src/lib/core/validation.ts';
import { showcaseSchema } from '../../src/schema/showcase.ts';
import { site } from '../../src/site.config.ts';
import { municipalityBySlug, municipalitySlugs } from '../../src/taxonomy/municipalities.ts';

interface Field {
  name: string;
  label?: string;
  widget?: string;
  required?: boolean;
  options?: { value: string; label: string }[];
  fields?: Field[];
  field?: Field;
  collection?: string;
  search_fields?: string[];
  value_field?: string;
  display_fields?: string[];
  multiple?: boolean;
}

const collection = showcasesCollection();
const cmsFields = new Map<string, Field>();
(function walk(list: readonly Field[], prefix: string) {
  for (const field of list) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    cmsFields.set(path, field);
    if (field.fields) walk(field.fields, path);
  }
})((collection.fields ?? []) as Field[], '');

function schemaPaths(shape: Record<string, z.ZodType>, prefix = ''): string[] {
  return Object.entries(shape).flatMap(([name, schema]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    let inner: z.ZodType = schema;
    while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
    if (inner instanceof z.ZodArray) inner = inner.element as z.ZodType;
    return [path, ...(inner instanceof z.ZodObject ? schemaPaths(inner.shape, path) : [])];
  });
}
const paths = schemaPaths(showcaseSchema.shape).filter((path) => !(path in notInCmsCollection));

describe('collections in the CMS', () => {
  test('YAML files in content/collections, named after the title, next to the initiatives', () => {
    expect(collection).toMatchObject({
      name: 'collections',
      folder: SHOWCASE_FOLDER,
      extension: 'yaml',
      format: 'yml',
      create: true,
      slug: '{{slug}}',
    });
    expect(SHOWCASE_FOLDER).toBe('content/collections');
    expect(cmsConfig(site, { localBackend: false }).collections.map((c) => c.name)).toEqual([
      'initiatives',
      'places',
      'collections',
    ]);
  });

  test('every schema field has a CMS field with its Dutch label, and nothing more', () => {
    expect(paths.filter((path) => !cmsFields.has(path))).toEqual([]);
    expect([...cmsFields.keys()].filter((path) => !paths.includes(path))).toEqual([]);
    for (const path of paths) {
      expect(cmsFields.get(path)?.label, path).toBe(
        (showcaseFieldTexts as Record<string, { label: string }>)[path]?.label,
      );
    }
    expect(Object.keys(showcaseFieldTexts).filter((path) => !paths.includes(path))).toEqual([]);
  });

  test('top-level required-ness follows the schema', () => {
    for (const path of paths.filter((p) => !p.includes('.'))) {
      const required = !(showcaseSchema.shape as Record<string, z.ZodType>)[path]?.safeParse(undefined).success;
      expect(cmsFields.get(path)?.required !== false, path).toBe(required);
    }
  });

  test('the item picker finds initiatives by title and stores the slug', () => {
    expect(cmsFields.get('items.initiative')).toMatchObject({
      widget: 'relation',
      collection: 'initiatives',
      search_fields: ['title'],
      value_field: '{{slug}}',
      display_fields: ['title'],
    });
  });

  test('the rule offers the taxonomy ids of each facet', () => {
    expect(cmsFields.get('rule.theme')?.multiple).toBe(true);
    expect(cmsFields.get('rule.theme')?.options?.map((o) => o.value)).toContain('loneliness');
    expect(cmsFields.get('curator.kind')?.options?.map((o) => o.value)).toEqual([
      'municipality',
      'organisation',
      'editorial',
    ]);
  });

  test('the rule’s municipalities: a searchable select that stores the slug and shows the official name', () => {
    const field = cmsFields.get('rule.municipality');
    expect(field).toMatchObject({ widget: 'select', multiple: true });
    const options = field?.options ?? [];
    expect(options.map((o) => o.value).sort()).toEqual([...municipalitySlugs].sort());
    for (const option of options) expect(option.label).toBe(municipalityBySlug(option.value)?.name);
    expect(options.find((o) => o.value === 's-hertogenbosch')?.label).toBe("'s-Hertogenbosch");
    expect(options.find((o) => o.value === 'bergen-nh')?.label).toBe('Bergen (NH.)');
    // What it stores is what the schema takes, and nothing else.
    const rule = showcaseSchema.shape.rule;
    expect(rule.safeParse({ municipality: ['s-hertogenbosch', 'bergen-nh'] }).success).toBe(true);
    expect(rule.safeParse({ municipality: ['den-bosch'] }).success).toBe(false);
  });

  test('the initiatives’ former slugs are a list of text fields', () => {
    const aliases = cmsConfig(site, { localBackend: false }).collections[0]?.fields?.find(
      (field) => field.name === 'aliases',
    ) as Field | undefined;
    expect(aliases).toMatchObject({ widget: 'list', label: fieldTexts.aliases.label, required: false });
    expect(aliases?.field?.widget).toBe('string');
  });

  test('a collection as Decap writes it passes the build’s validation; a broken one gets Dutch messages', async () => {
    const written = yaml.dump({
      title: 'Plekken in de wijk',
      lang: 'nl',
      curator: { name: 'Gemeente Heumen', kind: 'municipality', url: 'https://www.heumen.nl' },
      intro: 'Een selectie van plekken waar bewoners elkaar ontmoeten.',
      items: [{ initiative: 'ijssalon-in-het-dorp', note: 'Gevonden in het onderzoek.' }],
      published: '2026-11-21',
    });
    const initiatives = await checkInitiatives('content');
    const result = validateShowcases([{ file: 'content/collections/x.yaml', text: written }], initiatives.entries);
    expect(result.problems).toEqual([]);
    expect(showcaseSaveProblems(yaml.load(written) as Record<string, unknown>)).toEqual([]);
    const broken = showcaseSaveProblems({ title: 'X', items: [] });
    expect(broken.join('\n')).toMatch(/Samensteller/);
    expect(broken.join('\n')).toMatch(/Inleiding/);
  });
});
