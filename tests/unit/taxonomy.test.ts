/**
 * The taxonomy is the single source of truth: these tests hold every
 * vocabulary to the content model (ids, labels, one-sentence definitions) and
 * prove that the initiative schema is derived from it, by walking each
 * vocabulary instead of listing ids by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import {
  actorTypes,
  findTerm,
  idsOf,
  labelOf,
  vocabularies,
  type Lang,
  type Term,
  type VocabularyName,
} from '../../src/taxonomy/index.ts';
import { initiativeSchema } from '../../src/schema/initiative.ts';
import { fieldPath } from '../../src/schema/report.ts';
import { splitFrontmatter } from '../../src/lib/core/validation.ts';
import { initiativesDir, fixtureRoots } from './fixtures.ts';

const names = Object.keys(vocabularies) as VocabularyName[];
const langs: Lang[] = ['nl', 'en'];
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function termsOf(name: VocabularyName): readonly Term[] {
  return vocabularies[name];
}

/** Abbreviations whose full stop does not end a sentence. */
const abbreviations = ['bijv.', 'bv.', 'o.a.', 'd.w.z.', 'e.g.', 'i.e.', 'etc.'];

/** How many sentences a definition holds: a sentence ends at . ! or ? followed by a space and a capital. */
function sentenceCount(text: string): number {
  let rest = text;
  for (const abbreviation of abbreviations) rest = rest.replaceAll(abbreviation, 'ABBR');
  return rest.split(/[.!?]["”’)]?\s+(?=[\p{Lu}“"‘(])/u).length;
}

describe('the one-sentence check itself', () => {
  test('counts sentences, allowing listed abbreviations', () => {
    expect(sentenceCount('Een zin.')).toBe(1);
    expect(sentenceCount('Een zin. Nog een zin.')).toBe(2);
    expect(sentenceCount('Is dit een vraag? Ja.')).toBe(2);
    expect(sentenceCount('Een plek, bijv. Nijmegen of Arnhem.')).toBe(1);
    expect(sentenceCount('Version 2.0 of a thing.')).toBe(1);
  });
});

describe.each(names)('vocabulary %s', (name) => {
  const list = termsOf(name);

  test('has at least two terms', () => {
    expect(list.length).toBeGreaterThanOrEqual(2);
  });

  test('has unique ASCII kebab-case ids', () => {
    const ids = list.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, `id "${id}"`).toMatch(kebab);
  });

  test('has a Dutch and an English label and definition for every term', () => {
    for (const term of list) {
      for (const lang of langs) {
        for (const text of [term.label[lang], term.definition[lang]]) {
          expect(typeof text, `${term.id} (${lang})`).toBe('string');
          expect(text.trim(), `${term.id} (${lang})`).not.toBe('');
          expect(text, `${term.id} (${lang}) has no surrounding whitespace`).toBe(text.trim());
        }
      }
    }
  });

  test('defines every term in one sentence per language', () => {
    for (const term of list) {
      for (const lang of langs) {
        const definition = term.definition[lang];
        expect(definition, `${term.id} (${lang}) ends with a full stop`).toMatch(/[^.]\.$/);
        expect(definition, `${term.id} (${lang}) is on one line`).not.toMatch(/\n/);
        expect(sentenceCount(definition), `${term.id} (${lang}): "${definition}"`).toBe(1);
      }
    }
  });

  test('has labels that are unique per language', () => {
    for (const lang of langs) {
      const labels = list.map((term) => term.label[lang].toLowerCase());
      expect(new Set(labels).size, `${lang} labels: ${labels.join(' | ')}`).toBe(labels.length);
    }
  });
});

describe('actor types', () => {
  test('are each formal or informal, and hybrid or not', () => {
    for (const term of actorTypes) {
      expect(['formal', 'informal'], term.id).toContain(term.formality);
      expect(typeof term.hybrid, term.id).toBe('boolean');
    }
  });

  test('include both formal and informal actors', () => {
    const formalities = new Set(actorTypes.map((term) => term.formality));
    expect([...formalities].sort()).toEqual(['formal', 'informal']);
  });
});

describe('idsOf', () => {
  test.each(names)('lists the ids of %s in vocabulary order', (name) => {
    expect(idsOf(name)).toEqual(termsOf(name).map((term) => term.id));
  });

  test('puts the default language first', () => {
    expect(idsOf('lang')[0]).toBe('nl');
  });
});

describe('findTerm', () => {
  test.each(names)('finds every term of %s by its id', (name) => {
    for (const term of termsOf(name)) expect(findTerm(name, term.id)).toBe(term);
  });

  test('keeps vocabularies apart when they share an id', () => {
    expect(findTerm('actorType', 'library')?.label.en).toBe('Library');
    expect(findTerm('placeType', 'library')).not.toBe(findTerm('actorType', 'library'));
    expect(findTerm('strategy', 'library')).toBeUndefined();
  });

  test('returns undefined for unknown ids, labels and object keys', () => {
    expect(findTerm('strategy', 'brigding')).toBeUndefined();
    expect(findTerm('strategy', 'Bridging')).toBeUndefined();
    expect(findTerm('tariff', 'Gratis')).toBeUndefined();
    expect(findTerm('theme', '')).toBeUndefined();
    expect(findTerm('theme', 'constructor')).toBeUndefined();
    expect(findTerm('theme', '__proto__')).toBeUndefined();
  });
});

describe('labelOf', () => {
  test('gives the label in the asked language', () => {
    expect(labelOf('placeType', 'community-centre', 'nl')).toBe('Buurthuis of wijkcentrum');
    expect(labelOf('placeType', 'community-centre', 'en')).toBe('Community centre');
    expect(labelOf('lang', 'en', 'nl')).toBe('Engels');
  });

  test.each(names)('agrees with the terms of %s', (name) => {
    for (const term of termsOf(name)) {
      for (const lang of langs) expect(labelOf(name, term.id, lang)).toBe(term.label[lang]);
    }
  });

  test('gives an unknown id back as it is', () => {
    expect(labelOf('theme', 'not-a-theme', 'nl')).toBe('not-a-theme');
    expect(labelOf('strategy', 'library', 'en')).toBe('library');
  });
});

/**
 * The schema is derived from the taxonomy: for every enum-backed field, each id
 * of its vocabulary is accepted and anything else is refused, and the enum
 * holds exactly the vocabulary's ids in order.
 */
describe('the initiative schema is derived from the taxonomy', () => {
  type Entry = Record<string, unknown>;

  /**
   * The minimal valid fixture as a practice example (a form has no status), with start and end dates so that
   * `status: ended` stays valid on its own.
   */
  const base: Entry = {
    ...(splitFrontmatter(readFileSync(`${initiativesDir(fixtureRoots.valid)}/minimal-required-only.mdx`, 'utf8'))
      .data as Entry),
    kind: 'example',
    municipality: 'Utrecht',
    status: 'active',
    startDate: '2020-01-01',
    endDate: '2020-12-31',
  };

  const fields: {
    field: string;
    vocabulary: VocabularyName;
    put: (entry: Entry, id: unknown) => Entry;
    path: PropertyKey[];
    schema: z.ZodType;
  }[] = [
    {
      field: 'strategy',
      vocabulary: 'strategy',
      put: (entry, id) => ({ ...entry, strategy: id }),
      path: ['strategy'],
      schema: initiativeSchema.shape.strategy,
    },
    {
      field: 'kind',
      vocabulary: 'entryKind',
      // A form carries none of an example's fields.
      put: (entry, id) => {
        if (id !== 'form') return { ...entry, kind: id };
        const form = { ...entry, kind: id };
        for (const key of ['municipality', 'status', 'startDate', 'endDate']) Reflect.deleteProperty(form, key);
        return form;
      },
      path: ['kind'],
      schema: initiativeSchema.shape.kind,
    },
    {
      field: 'lang',
      vocabulary: 'lang',
      put: (entry, id) => ({ ...entry, lang: id }),
      path: ['lang'],
      schema: initiativeSchema.shape.lang,
    },
    {
      field: 'contactIntensity',
      vocabulary: 'contactIntensity',
      put: (entry, id) => ({ ...entry, contactIntensity: id }),
      path: ['contactIntensity'],
      schema: initiativeSchema.shape.contactIntensity,
    },
    {
      field: 'tariff',
      vocabulary: 'tariff',
      put: (entry, id) => ({ ...entry, tariff: id }),
      path: ['tariff'],
      schema: initiativeSchema.shape.tariff,
    },
    {
      field: 'permanence',
      vocabulary: 'permanence',
      put: (entry, id) => ({ ...entry, permanence: id }),
      path: ['permanence'],
      schema: initiativeSchema.shape.permanence,
    },
    {
      field: 'status',
      vocabulary: 'status',
      put: (entry, id) => ({ ...entry, status: id }),
      path: ['status'],
      schema: initiativeSchema.shape.status,
    },
    {
      field: 'actors[].type',
      vocabulary: 'actorType',
      put: (entry, id) => ({ ...entry, actors: [{ type: 'residents' }, { type: id, name: 'Een naam' }] }),
      path: ['actors', 1, 'type'],
      schema: initiativeSchema.shape.actors.element.shape.type,
    },
    {
      field: 'placeTypes[]',
      vocabulary: 'placeType',
      put: (entry, id) => ({ ...entry, placeTypes: [id] }),
      path: ['placeTypes', 0],
      schema: initiativeSchema.shape.placeTypes,
    },
    {
      field: 'targetGroups[]',
      vocabulary: 'targetGroup',
      put: (entry, id) => ({ ...entry, targetGroups: [id] }),
      path: ['targetGroups', 0],
      schema: initiativeSchema.shape.targetGroups,
    },
    {
      field: 'themes[]',
      vocabulary: 'theme',
      put: (entry, id) => ({ ...entry, themes: [id] }),
      path: ['themes', 0],
      schema: initiativeSchema.shape.themes,
    },
    {
      field: 'thresholdFeatures[]',
      vocabulary: 'thresholdFeature',
      put: (entry, id) => ({ ...entry, thresholdFeatures: [id] }),
      path: ['thresholdFeatures', 0],
      schema: initiativeSchema.shape.thresholdFeatures,
    },
  ];

  /** The options of the enum inside optional, default and list wrappers. */
  function enumOptions(schema: z.ZodType): readonly string[] {
    if (schema instanceof z.ZodEnum) return schema.options as readonly string[];
    if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional)
      return enumOptions(schema.unwrap() as z.ZodType);
    if (schema instanceof z.ZodArray) return enumOptions(schema.element as z.ZodType);
    throw new Error(`no enum inside ${schema.constructor.name}`);
  }

  /** An id of another vocabulary that this one lacks (shows the enums are not one shared list), and a made-up id. */
  function foreignIds(vocabulary: VocabularyName): string[] {
    const own = new Set<string>(idsOf(vocabulary));
    const borrowed = names.flatMap((name) => idsOf(name) as string[]).find((id) => !own.has(id));
    return [borrowed ?? 'not-an-id', `not-a-${vocabulary.toLowerCase()}`];
  }

  test('the base entry is valid', () => {
    const result = initiativeSchema.safeParse(base);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  test('covers every enum-backed field of the schema', () => {
    const walked = new Set(fields.map((f) => String(f.path[0])));
    const enumFields = Object.entries(initiativeSchema.shape)
      .filter(([, schema]) => {
        try {
          enumOptions(schema as z.ZodType);
          return true;
        } catch {
          return false;
        }
      })
      .map(([key]) => key);
    // The municipality is an enum of the CBS list (tests/unit/municipalities.test.ts), not of the taxonomy.
    // `pending` names schema fields (those left to the editors), not taxonomy terms.
    expect([...walked].sort()).toEqual(
      [...enumFields.filter((key) => key !== 'municipality' && key !== 'pending'), 'actors'].sort(),
    );
  });

  describe.each(fields)('$field', ({ vocabulary, put, path, schema }) => {
    test.each(idsOf(vocabulary) as string[])('accepts "%s"', (id) => {
      const result = initiativeSchema.safeParse(put(base, id));
      expect(result.error?.issues ?? []).toEqual([]);
    });

    test.each(foreignIds(vocabulary))('refuses "%s", naming the field', (id) => {
      const result = initiativeSchema.safeParse(put(base, id));
      expect(result.success).toBe(false);
      const issues = result.error?.issues ?? [];
      expect(issues.map((issue) => fieldPath(issue.path))).toEqual([fieldPath(path)]);
      expect(issues[0]?.message).toContain(`"${id}" is not a known `);
      expect(issues[0]?.message).toContain(`Use one of: ${idsOf(vocabulary).join(', ')}`);
    });

    test('has exactly the ids of its vocabulary, in order', () => {
      expect(enumOptions(schema)).toEqual(idsOf(vocabulary));
    });
  });

  test('defaults lang to the first language of the taxonomy', () => {
    expect(base).not.toHaveProperty('lang');
    expect(initiativeSchema.parse(base).lang).toBe(idsOf('lang')[0]);
  });
});
