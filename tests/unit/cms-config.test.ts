/**
 * The contract between the CMS and the schemas. The CMS config is built from
 * the schemas (src/cms/config.ts); this test checks the result against each
 * schema's *behaviour* (what `initiativeSchema` and `placeSchema` accept and
 * refuse), not against the same introspection, both ways round, for the
 * initiatives and for the places of the atlas:
 * - every schema field has a CMS field and a label, and every CMS field is a schema field;
 * - required-ness, options (ids stored, taxonomy labels shown, definitions as hints; municipalities
 *   as their official names), defaults and limits (lengths, numbers, list sizes, URL and e-mail
 *   patterns) agree;
 * - an initiative's places are picked from the places collection and stored as slugs;
 * - entries in the exact shape Decap writes pass validateInitiatives / validatePlaces.
 */
import { z } from 'astro/zod';
import type { CmsCollection, CmsConfig, CmsField } from 'decap-cms-core';
import { describe, expect, test, vi } from 'vitest';
import {
  cmsConfig,
  cmsOnlyDefaults,
  COUNTED_STRING_WIDGET,
  COUNTED_TEXT_WIDGET,
  DATE_FORMAT,
  definitionAnchors,
  editorsLast,
  initiativeCmsDefaults,
  PRIVATE_CONTACT_FIELD,
  PARTIAL_DATE_WIDGET,
  defaultBody,
  ENTRY_FOLDER,
  initiativesCollection,
  localBackendUrl,
  PLACE_FOLDER,
  placesCollection,
  previewPath,
} from '../../src/cms/config.ts';
import { fieldTexts, notInCms, notInCmsPlace, placeFieldTexts } from '../../src/cms/labels.ts';
import { placeSaveProblems, saveProblems } from '../../src/cms/save-check.ts';
import {
  placeReferenceProblems,
  splitFrontmatter,
  validateInitiatives,
  validatePlaces,
} from '../../src/lib/core/validation.ts';
import { bodySections, initiativeSchema } from '../../src/schema/initiative.ts';
import { placeBodySections, placeSchema } from '../../src/schema/place.ts';
import type { SiteConfig } from '../../src/schema/site.ts';
import { site } from '../../src/site.config.ts';
import { pathFor } from '../../src/lib/core/routes.ts';
import { vocabularies, type VocabularyName } from '../../src/taxonomy/index.ts';
import { municipalityNames } from '../../src/taxonomy/municipalities.ts';
import { fixtureRoots, readFixtures, readPlaceFixtures } from './fixtures.ts';

/** A CMS field with the options Decap's widgets take (the union type does not expose them all). */
type Field = CmsField & {
  widget?: string;
  name: string;
  required?: boolean;
  default?: unknown;
  hint?: string;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  fields?: Field[];
  value_type?: string;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  collection?: string;
  search_fields?: string[];
  value_field?: string;
  display_fields?: string[];
};

/** The schema's field paths, read through zod's public API (shape, element, unwrap). */
function schemaPaths(shape: Record<string, z.ZodType>, prefix = ''): string[] {
  return Object.entries(shape).flatMap(([name, schema]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    let inner: z.ZodType = schema;
    while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
    if (inner instanceof z.ZodArray) inner = inner.element as z.ZodType;
    return [path, ...(inner instanceof z.ZodObject ? schemaPaths(inner.shape, path) : [])];
  });
}

/** The frontmatter of a fixture file, without the slug the CMS does not set. */
function frontmatterOf(text: string | undefined): Record<string, unknown> {
  const data = { ...(splitFrontmatter(text ?? '').data as Record<string, unknown>) };
  delete data.slug;
  return data;
}

/** What the contract is checked on, per CMS collection of Markdown entries. */
interface Contract {
  name: string;
  collection: () => CmsCollection;
  schema: { shape: Record<string, z.ZodType>; safeParse: (value: unknown) => { success: boolean } };
  texts: Record<string, { label: string; hint?: string }>;
  notInCms: Readonly<Record<string, string>>;
  /** A valid entry with every optional field filled in. */
  full: Record<string, unknown>;
  sections: readonly { nl: string }[];
  saveProblems: (data: Record<string, unknown>) => string[];
  dates: string[];
  partialDates: string[];
  selects: number;
}

const contracts: Contract[] = [
  {
    name: 'initiatives',
    collection: initiativesCollection,
    schema: initiativeSchema,
    texts: fieldTexts,
    notInCms,
    // The full fixture, without the slug the CMS does not set.
    full: frontmatterOf(
      readFixtures(fixtureRoots.valid).find((f) => f.file.endsWith('/full-all-optional-fields.mdx'))?.text,
    ),
    sections: bodySections,
    saveProblems,
    dates: ['published', 'updated', 'verified.date'],
    partialDates: ['startDate', 'endDate', 'sources.date'],
    selects: 17,
  },
  {
    name: 'places',
    collection: placesCollection,
    schema: placeSchema,
    texts: placeFieldTexts,
    notInCms: notInCmsPlace,
    // The place Decap wrote with every field filled in (a disappeared place: it has both dates).
    full: frontmatterOf(
      readPlaceFixtures('tests/fixtures/cms').find((f) => f.file.endsWith('/buurthuis-de-boog.md'))?.text,
    ),
    sections: placeBodySections,
    saveProblems: placeSaveProblems,
    dates: ['published', 'updated', 'verified.date'],
    partialDates: ['openedDate', 'closedDate', 'sources.date'],
    selects: 10,
  },
];

describe.each(contracts)('$name', (contract) => {
  const { schema, texts, full } = contract;
  const collection = contract.collection();
  const fields = (collection.fields ?? []) as Field[];

  /** Every CMS field by path (`actors.type`), with whether it sits in an optional group (object). */
  const cmsFields = new Map<string, { field: Field; inOptionalGroup: boolean; parent?: Field }>();
  (function walk(list: readonly Field[], prefix: string, inOptionalGroup: boolean, parent?: Field) {
    for (const field of list) {
      const path = prefix ? `${prefix}.${field.name}` : field.name;
      cmsFields.set(path, { field, inOptionalGroup, ...(parent ? { parent } : {}) });
      if (field.fields) {
        const optionalObject = field.widget === 'object' && field.required === false;
        walk(field.fields, path, field.widget === 'object' && (inOptionalGroup || optionalObject), field);
      }
    }
  })(fields, '', false);

  const paths = schemaPaths(schema.shape);
  const cmsPaths = paths.filter((path) => !((path.split('.')[0] ?? '') in contract.notInCms));

  /** A deep copy of the full entry with one value set (or removed, with `undefined`) at a field path; list fields use their first item. */
  function withValue(path: string, value: unknown): Record<string, unknown> {
    const copy = structuredClone(full);
    const keys = path.split('.');
    let target: Record<string, unknown> = copy;
    for (const key of keys.slice(0, -1)) {
      const next = target[key];
      target = (Array.isArray(next) ? next[0] : next) as Record<string, unknown>;
    }
    const last = keys.at(-1) ?? '';
    if (value === undefined) Reflect.deleteProperty(target, last);
    else target[last] = value;
    return copy;
  }

  /** The schema of one field, wrappers (optional, default) included: `actors.type` is the type of each actor. */
  function fieldSchema(path: string): z.ZodType {
    const [top = '', ...rest] = path.split('.');
    let field = schema.shape[top];
    for (const key of rest) {
      let inner = field;
      while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
      if (inner instanceof z.ZodArray) inner = inner.element as z.ZodType;
      field = inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>)[key] : undefined;
    }
    if (!field) throw new Error(`no schema field ${path}`);
    return field;
  }

  /** The field's schema without optional/default and, for lists, the schema of one item. */
  function itemSchema(path: string): z.ZodType {
    let inner = fieldSchema(path);
    while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
    return inner instanceof z.ZodArray ? (inner.element as z.ZodType) : inner;
  }

  /** Whether the field itself takes a value (the checks that span fields are tested in schema.test.ts). */
  const accepts = (path: string, value: unknown) => fieldSchema(path).safeParse(value).success;

  test('the full entry is valid and fills every field, so every check below starts from a valid entry', () => {
    expect(schema.safeParse(full).success).toBe(true);
    // region and municipality exclude each other: the full entry has a municipality (schema.test.ts tests region).
    for (const path of paths.filter((p) => !p.startsWith('slug') && p !== 'region')) {
      // In a list, some item has the field (an own account has a date, a book may have only a year).
      let values: unknown[] = [full];
      for (const key of path.split('.'))
        values = values
          .flatMap((value): unknown[] => (Array.isArray(value) ? (value as unknown[]) : [value]))
          .map((value) => (value as Record<string, unknown> | undefined)?.[key]);
      expect(
        values.some((value) => value !== undefined),
        `the full entry fills ${path}`,
      ).toBe(true);
    }
  });

  describe('fields, both ways round', () => {
    test('every schema field has a CMS field, except the documented exceptions', () => {
      const missing = cmsPaths.filter((path) => !cmsFields.has(path));
      expect(missing).toEqual([]);
      // Only an initiative's slug: the file name is the slug, and places have no slug field.
      expect(Object.keys(contract.notInCms)).toEqual(contract.name === 'initiatives' ? ['slug'] : []);
      for (const path of Object.keys(contract.notInCms)) expect(cmsFields.has(path), path).toBe(false);
    });

    test('every CMS field is a schema field (plus the body, and the contact for the editors that is never saved)', () => {
      expect(
        [...cmsFields.keys()].filter(
          (path) => path !== 'body' && path !== PRIVATE_CONTACT_FIELD && !paths.includes(path),
        ),
      ).toEqual([]);
      expect(cmsFields.has(PRIVATE_CONTACT_FIELD)).toBe(contract.name === 'initiatives');
      expect(cmsFields.get('body')?.field.widget).toBe('markdown');
    });

    test('every schema field has a Dutch label (and no label is left over)', () => {
      const labelled = Object.keys(texts);
      expect(cmsPaths.filter((path) => !labelled.includes(path))).toEqual([]);
      expect(labelled.filter((path) => path !== 'body' && !paths.includes(path))).toEqual([]);
      for (const path of cmsPaths) expect(cmsFields.get(path)?.field.label, path).toBe(texts[path]?.label);
    });

    test('fields come in schema order, the title first and what only editors use after the body', () => {
      const top = cmsPaths.filter((path) => !path.includes('.'));
      const last = top.filter((path) => (editorsLast as readonly string[]).includes(path));
      expect(fields.map((field) => field.name)).toEqual([
        ...top.filter((path) => !last.includes(path)),
        'body',
        ...(contract.name === 'initiatives' ? [PRIVATE_CONTACT_FIELD] : []),
        ...last,
      ]);
      expect(fields[0]?.name).toBe('title');
    });
  });

  describe('required-ness', () => {
    test.each(cmsPaths)('%s', (path) => {
      const entry = cmsFields.get(path);
      if (!entry) throw new Error(`no CMS field ${path}`);
      const schemaRequired = !accepts(path, undefined);
      const cmsRequired = entry.field.required !== false;
      if (entry.inOptionalGroup) {
        // Decap cannot require a field only once its optional group is used (decap-cms#7748):
        // the CMS field is optional, its hint (or the group's) says when it is needed, and the save check enforces it.
        expect(cmsRequired, `${path} in an optional group must be optional in Decap`).toBe(false);
        if (schemaRequired) {
          const hints = `${entry.field.hint ?? ''} ${entry.parent?.hint ?? ''}`;
          expect(hints, `${path}: the hint says when it is required`).toMatch(/verplicht|beide/i);
          expect(
            contract.saveProblems(withValue(path, undefined)).join('\n'),
            `the save check names ${path}`,
          ).toContain(`→ ${entry.field.label ?? ''}`);
        }
      } else {
        expect(cmsRequired, `${path}: CMS required = schema required`).toBe(schemaRequired);
      }
    });
  });

  describe('options: taxonomy ids stored, Dutch labels shown, definitions as hints', () => {
    const selects = [...cmsFields].filter(([, { field }]) => field.widget === 'select');

    test('the selects are exactly the schema enums and lists of enums', () => {
      const enums = cmsPaths.filter((path) => itemSchema(path) instanceof z.ZodEnum);
      expect(selects.map(([path]) => path).sort()).toEqual(enums.sort());
      expect(selects.length).toBe(contract.selects);
    });

    test.each(selects.map(([path, { field }]) => [path, field] as const))('%s', (path, field) => {
      const values = (field.options ?? []).map((option) => option.value);
      // Each option is accepted where the CMS stores it; anything else is refused.
      const store = (value: string) => (field.multiple ? [value] : value);
      for (const value of values) expect(accepts(path, store(value)), `${path} = ${value}`).toBe(true);
      expect(accepts(path, store('not-an-id'))).toBe(false);
      // The other way round: the schema's options are exactly the CMS's.
      const inner = itemSchema(path);
      expect([...(inner as z.ZodEnum).options].sort()).toEqual([...values].sort());
      if (path === 'municipality') {
        // The 342 official CBS names, stored and shown as they are (Decap's select is searchable by typing).
        expect([...values].sort()).toEqual([...municipalityNames].sort());
        expect(field.options?.every((option) => option.label === option.value)).toBe(true);
        expect(field.hint).toContain("“'s-Gravenhage” voor Den Haag");
        return;
      }
      // Shown as the taxonomy's Dutch labels, with the definitions in the hint.
      const vocabulary = (Object.keys(vocabularies) as VocabularyName[]).find(
        (name) =>
          vocabularies[name]
            .map((term) => term.id as string)
            .sort()
            .join() === [...values].sort().join(),
      );
      if (!vocabulary) {
        // A choice of the schema's own (the kind of source, what is left to the editors): Dutch labels from labels.ts.
        const labels = (texts[path] as { options?: Record<string, string> } | undefined)?.options ?? {};
        for (const option of field.options ?? [])
          expect(option.label, `${path} = ${option.value}`).toBe(labels[option.value]);
        return;
      }
      const anchor = definitionAnchors[vocabulary];
      // A short hint: the definitions are one click away, on the about page (or, for a short list, in the hint).
      if (anchor) expect(field.hint).toContain(`(/over/#${anchor})`);
      for (const term of vocabularies[vocabulary]) {
        expect(field.options?.find((option) => option.value === term.id)?.label).toBe(term.label.nl);
        if (vocabulary !== 'lang' && !anchor)
          expect(field.hint).toContain(`**${term.label.nl}**: ${term.definition.nl}`);
      }
    });
  });

  describe('defaults', () => {
    test.each(cmsPaths)('%s', (path) => {
      const field = cmsFields.get(path)?.field;
      const result = fieldSchema(path).safeParse(undefined);
      const schemaDefault: unknown = result.success ? result.data : undefined;
      if (contract.name === 'initiatives' && path in initiativeCmsDefaults) {
        // A new initiative is a practice example, with the practitioner's own account as its source.
        const cmsDefault = initiativeCmsDefaults[path];
        expect(field?.default).toEqual(cmsDefault);
        expect(
          accepts(
            path,
            Array.isArray(cmsDefault) ? [{ ...(cmsDefault[0] as object), date: '2025-01-01' }] : cmsDefault,
          ),
        ).toBe(true);
      } else if (path in cmsOnlyDefaults) {
        expect(result.success, `${path} has no schema default; the CMS adds one for convenience`).toBe(false);
        expect(field?.default).toBe(cmsOnlyDefaults[path]);
      } else {
        expect(field?.default, path).toEqual(schemaDefault);
      }
    });
  });

  describe('limits', () => {
    const textWidgets = ['string', 'text', COUNTED_STRING_WIDGET, COUNTED_TEXT_WIDGET];
    const textFields = [...cmsFields].filter(
      ([path, { field }]) => path !== PRIVATE_CONTACT_FIELD && textWidgets.includes(field.widget ?? ''),
    );

    test.each(textFields.map(([path, { field }]) => [path, field] as const))('%s', (path, field) => {
      const [pattern = '', message = ''] = field.pattern ?? [];
      const regex = new RegExp(pattern);
      const limit = /^maximaal (\d+) tekens$/.exec(message);
      if (limit) {
        const max = Number(limit[1]);
        expect(accepts(path, 'x'.repeat(max)), `schema takes ${max} characters`).toBe(true);
        expect(accepts(path, 'x'.repeat(max + 1)), `schema refuses ${max + 1}`).toBe(false);
        expect(regex.test('x'.repeat(max))).toBe(true);
        expect(regex.test('x'.repeat(max + 1))).toBe(false);
        // Spaces around the text do not count, in the schema (trim) and in the pattern.
        expect(accepts(path, `  ${'x'.repeat(max)}\n`)).toBe(true);
        expect(regex.test(`  ${'x'.repeat(max)}\n`)).toBe(true);
        expect(field.hint).toContain(`Maximaal ${String(max)} tekens.`);
      } else if (message.includes('webadres')) {
        for (const good of ['https://www.example.nl/pagina?x=1', 'http://example.org', 'HTTPS://EXAMPLE.ORG']) {
          expect([good, accepts(path, good), regex.test(good)]).toEqual([good, true, true]);
        }
        for (const bad of ['www.example.nl', 'ftp://example.org', 'javascript:alert(1)', 'https://', 'example']) {
          expect([bad, accepts(path, bad), regex.test(bad)]).toEqual([bad, false, false]);
        }
      } else if (message.includes('e-mailadres')) {
        for (const good of ['info@example.nl', 'a.b+c@sub.example.org']) {
          expect([good, accepts(path, good), regex.test(good)]).toEqual([good, true, true]);
        }
        for (const bad of ['info@', 'info', 'a b@example.nl', 'info@example', 'a@b.c']) {
          expect([bad, accepts(path, bad), regex.test(bad)]).toEqual([bad, false, false]);
        }
      } else {
        // The other way round: no pattern means the schema sets no length limit either.
        expect(field.pattern, path).toBeUndefined();
        expect(accepts(path, 'x'.repeat(5000)), `${path} takes long text`).toBe(true);
      }
    });

    test.each(
      [...cmsFields]
        .filter(([, { field }]) => field.widget === 'number')
        .map(([path, { field }]) => [path, field] as const),
    )('number %s', (path, field) => {
      const { min, max } = field;
      if (min === undefined || max === undefined) throw new Error(`${path} has no min and max`);
      expect(accepts(path, min)).toBe(true);
      expect(accepts(path, max)).toBe(true);
      expect(accepts(path, min - 1)).toBe(false);
      expect(accepts(path, max + 1)).toBe(false);
      expect(field.value_type === 'int').toBe(!accepts(path, min + 0.5));
    });

    test.each(
      [...cmsFields]
        .filter(([, { field }]) => field.widget === 'list' || field.multiple)
        .map(([path, { field }]) => [path, field] as const),
    )('list %s', (path, field) => {
      expect(accepts(path, []), `${path}: an empty list`).toBe((field.min ?? 0) === 0);
    });

    test('dates are stored as YYYY-MM-DD, the schema reads that and refuses impossible dates', () => {
      const dates = [...cmsFields].filter(([, { field }]) => field.widget === 'datetime');
      expect(dates.map(([path]) => path)).toEqual(contract.dates);
      for (const [path, { field }] of dates) {
        expect([field.format, field.date_format, field.time_format]).toEqual([DATE_FORMAT, DATE_FORMAT, false]);
        expect(accepts(path, '2024-02-29')).toBe(true);
        expect(accepts(path, '2024-02-30')).toBe(false);
      }
      // Start and end dates take a year, a month or a day, in a widget of their own.
      const partial = [...cmsFields].filter(([, { field }]) => field.widget === PARTIAL_DATE_WIDGET);
      expect(partial.map(([path]) => path)).toEqual(contract.partialDates);
      for (const [path] of partial) {
        for (const value of ['2019', '2019-05', '2024-02-29']) expect(accepts(path, value), value).toBe(true);
        for (const value of ['19', '2019-13', '2024-02-30', '2019--05'])
          expect(accepts(path, value), value).toBe(false);
      }
      // And no other schema field takes a date.
      const dateLike = cmsPaths.filter((path) => accepts(path, '2024-02-29') && !accepts(path, 'a text'));
      expect(dateLike.sort()).toEqual([...dates, ...partial].map(([path]) => path).sort());
    });
  });

  test('the body starts from the suggested section headings', () => {
    const body = cmsFields.get('body')?.field;
    expect(body?.default).toBe(defaultBody(contract.sections));
    expect(defaultBody(contract.sections)).toBe(contract.sections.map((section) => `## ${section.nl}\n`).join('\n'));
    expect(body?.label).toBe(texts.body?.label);
  });

  test('the only widgets that store something else than the schema describes are relations to other collections', () => {
    const relations = [...cmsFields].filter(([, { field }]) => field.widget === 'relation');
    expect(relations.map(([path]) => path)).toEqual(contract.name === 'initiatives' ? ['places'] : []);
  });
});

test('a schema field without a label makes building the config fail, naming the field', async () => {
  vi.resetModules();
  vi.doMock('../../src/cms/labels.ts', async (importOriginal) => {
    const original = await importOriginal<typeof import('../../src/cms/labels.ts')>();
    const rest: Record<string, unknown> = { ...original.fieldTexts };
    delete rest.summary;
    const placeRest: Record<string, unknown> = { ...original.placeFieldTexts };
    delete placeRest.kind;
    return {
      ...original,
      fieldTexts: rest,
      textOf: (path: string) => rest[path],
      placeFieldTexts: placeRest,
      placeTextOf: (path: string) => placeRest[path],
    };
  });
  const { initiativesCollection: initiatives, placesCollection: places } = await import('../../src/cms/config.ts');
  expect(() => initiatives()).toThrow('src/cms/labels.ts has no label for the schema field "summary": add one');
  expect(() => places()).toThrow('src/cms/labels.ts has no label for the schema field "kind": add one');
  vi.doUnmock('../../src/cms/labels.ts');
  vi.resetModules();
});

test('the CMS-only defaults are just "published today"', () => {
  expect(cmsOnlyDefaults).toEqual({ published: '{{now}}' });
});

test('the initiative body starts from the initiative headings', () => {
  expect(defaultBody()).toMatch(/^## Aanleiding\n\n## Aanpak\n/);
  expect(defaultBody(placeBodySections)).toMatch(/^## Wat voor plek\n\n## Wie komen er\n/);
});

describe('an initiative’s places: picked from the places collection by title, stored as slugs', () => {
  const field = (initiativesCollection().fields ?? []).find((f) => f.name === 'places') as Field | undefined;

  test('a relation widget that takes several places and searches their titles', () => {
    expect(field).toMatchObject({
      widget: 'relation',
      collection: 'places',
      search_fields: ['title'],
      value_field: '{{slug}}',
      display_fields: ['title'],
      multiple: true,
      required: false,
      default: [],
      label: fieldTexts.places.label,
    });
    // The collection it points at is the one in the config, and its entries are named by their slug.
    const places = cmsConfig(site, { localBackend: false }).collections.find((c) => c.name === field?.collection);
    expect(places).toMatchObject({ folder: PLACE_FOLDER, slug: '{{slug}}', identifier_field: 'title' });
  });

  test('what it stores (a list of file names without .md) is what the schema takes', () => {
    const places = initiativeSchema.shape.places;
    expect(places.safeParse(['buurthuis-de-boog', 'ijssalon']).success).toBe(true);
    expect(places.safeParse([]).success).toBe(true);
    expect(places.safeParse(['Buurthuis De Boog']).success).toBe(false);
    expect(places.safeParse(['ijssalon', 'ijssalon']).success).toBe(false);
  });
});

describe('the collection and the backend', () => {
  test('entries are Markdown files in content/initiatives and content/places, named after their title', () => {
    const markdown = {
      extension: 'md',
      format: 'frontmatter',
      create: true,
      slug: '{{slug}}',
      identifier_field: 'title',
    };
    expect(initiativesCollection()).toMatchObject({ ...markdown, folder: ENTRY_FOLDER });
    expect(placesCollection()).toMatchObject({ ...markdown, folder: PLACE_FOLDER, preview_path: previewPath('place') });
    expect([ENTRY_FOLDER, PLACE_FOLDER]).toEqual(['content/initiatives', 'content/places']);
    expect(cmsConfig(site, { localBackend: false }).collections.map((c) => c.name)).toEqual([
      'initiatives',
      'places',
      'collections',
    ]);
  });

  test('places can be listed by whether they exist, disappeared or are missed', () => {
    expect(placesCollection().view_filters).toEqual(
      vocabularies.placeStatus.map((status) => ({ label: status.label.nl, field: 'status', pattern: status.id })),
    );
  });

  test('production: GitHub with the editorial workflow and open authoring, from the site config', () => {
    const custom: SiteConfig = {
      ...site,
      cms: {
        ...site.cms,
        repo: 'gemeente/podium',
        branch: 'live',
        authBaseUrl: 'https://auth.example.org',
        authEndpoint: 'oauth',
      },
    };
    const config: CmsConfig = cmsConfig(custom, { localBackend: false });
    expect(config.backend).toMatchObject({
      name: 'github',
      repo: 'gemeente/podium',
      branch: 'live',
      base_url: 'https://auth.example.org',
      auth_endpoint: 'oauth',
      open_authoring: true,
    });
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow', locale: 'nl', load_config_file: false });
    expect(config.local_backend).toBeUndefined();
    expect(config.site_url).toBe(site.baseUrl);
  });

  test('without an OAuth service the backend leaves base_url to Decap', () => {
    expect(cmsConfig(site, { localBackend: false }).backend.base_url).toBe(site.cms.authBaseUrl);
  });

  test('local editing: the local server on 127.0.0.1 at the configured port', () => {
    expect(cmsConfig(site, { localBackend: true }).local_backend).toEqual({
      url: `http://127.0.0.1:${String(site.cms.localPort)}/api/v1`,
    });
    expect(localBackendUrl(9000)).toBe('http://127.0.0.1:9000/api/v1');
  });
});

test('the entries Decap wrote in the end-to-end flow pass validateInitiatives and validatePlaces', () => {
  // tests/fixtures/cms/ holds files exactly as Decap CMS wrote them (tests/e2e/cms.test.ts creates the same).
  const files = readFixtures('tests/fixtures/cms');
  expect(files.length).toBeGreaterThanOrEqual(2);
  const result = validateInitiatives(files);
  expect(result.problems).toEqual([]);
  expect(result.entries).toHaveLength(files.length);

  const placeFiles = readPlaceFixtures('tests/fixtures/cms');
  expect(placeFiles.length).toBeGreaterThanOrEqual(1);
  const places = validatePlaces(placeFiles);
  expect(places.problems).toEqual([]);
  expect(places.places).toHaveLength(placeFiles.length);
  // The initiative picked its place in the relation widget: the slug it stored is the place's.
  expect(result.entries.flatMap((entry) => entry.data.places)).toContain('buurthuis-de-boog');
  const parsed = files.map(({ file, text }) => ({ file, data: splitFrontmatter(text).data }));
  expect(
    placeReferenceProblems(
      parsed,
      places.places.map((place) => place.slug),
    ),
  ).toEqual([]);
});

test('"Bekijk live" opens the page of the route table, for each collection', () => {
  for (const view of ['entry', 'place', 'showcase'] as const) {
    expect(`/${previewPath(view).replace('{{slug}}', 'de-boog')}`).toBe(pathFor({ view, slug: 'de-boog' }, 'nl'));
  }
  expect(initiativesCollection().preview_path).toBe('initiatief/{{slug}}/');
});
