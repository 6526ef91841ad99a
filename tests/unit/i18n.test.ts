/**
 * The UI dictionaries and their helpers: both languages have the same keys and
 * the same placeholders, `t()` fills them, dates and counts read naturally.
 */
import { describe, expect, test } from 'vitest';
import {
  countInitiatives,
  defaultLang,
  dictionaries,
  formatDate,
  locale,
  otherLang,
  t,
  uiLanguages,
  type UiKey,
} from '../../src/i18n/index.ts';
import { facetKeys } from '../../src/lib/core/facets.ts';
import { languages } from '../../src/taxonomy/index.ts';

const { nl, en } = dictionaries;

/** The `{placeholders}` of a template, sorted. */
const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('dictionaries', () => {
  test('nl and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  test('every key has the same placeholders in both languages', () => {
    const differ = (Object.keys(nl) as UiKey[])
      .filter((key) => placeholders(nl[key]).join() !== placeholders(en[key]).join())
      .map((key) => `${key}: nl {${placeholders(nl[key]).join()}} en {${placeholders(en[key]).join()}}`);
    expect(differ).toEqual([]);
  });

  test('no string is empty or only white space', () => {
    for (const lang of uiLanguages) {
      const empty = Object.entries(dictionaries[lang])
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => key);
      expect(empty, lang).toEqual([]);
    }
  });

  test('no stray braces: every brace belongs to a {placeholder}', () => {
    for (const lang of uiLanguages) {
      for (const [key, text] of Object.entries(dictionaries[lang])) {
        expect(text.replace(/\{\w+\}/g, ''), `${lang} ${key}`).not.toMatch(/[{}]/);
      }
    }
  });

  test('every facet has a name and every content language a label', () => {
    const keys = Object.keys(nl);
    for (const key of facetKeys) expect(keys).toContain(`facet.${key}`);
    for (const language of languages) expect(keys).toContain(`lang.${language.id}`);
  });

  test('the two languages are different texts (en is not a copy of nl)', () => {
    expect(nl['list.title']).toBe('Initiatieven');
    expect(en['list.title']).toBe('Initiatives');
  });
});

describe('t', () => {
  test('looks up a string without placeholders', () => {
    expect(t('nl', 'site.skip')).toBe('Direct naar de inhoud');
    expect(t('en', 'site.skip')).toBe('Skip to content');
  });

  test('fills every placeholder', () => {
    expect(t('nl', 'pagination.status', { page: 2, pages: 5 })).toBe('Pagina 2 van 5');
    expect(t('en', 'pagination.status', { page: 2, pages: 5 })).toBe('Page 2 of 5');
    expect(t('nl', 'facet.page.title', { facet: 'Thema', value: 'Gezondheid' })).toBe('Thema: Gezondheid');
  });

  test('fills 0 and an empty string too (only a missing value is an error)', () => {
    expect(t('en', 'home.all', { count: 0 })).toBe('See all 0 initiatives');
    expect(t('nl', 'entry.image.credit', { credit: '' })).toBe('Beeld: ');
  });

  test('fills a value that looks like a placeholder as it is, without filling it again', () => {
    expect(t('en', 'entry.image.credit', { credit: '{credit}' })).toBe('Image: {credit}');
  });

  test('ignores extra values', () => {
    expect(t('en', 'site.skip', { count: 3 })).toBe('Skip to content');
  });

  test('throws on a missing placeholder value, naming it', () => {
    expect(() => t('nl', 'pagination.status', { page: 2 })).toThrow('t(nl, pagination.status): no value for {pages}');
    expect(() => t('en', 'home.all')).toThrow('no value for {count}');
  });
});

describe('languages', () => {
  test('Dutch first and default', () => {
    expect(uiLanguages).toEqual(['nl', 'en']);
    expect(defaultLang).toBe('nl');
  });

  test('otherLang switches between the two', () => {
    expect(otherLang('nl')).toBe('en');
    expect(otherLang('en')).toBe('nl');
  });

  test('locales', () => {
    expect(locale('nl')).toBe('nl-NL');
    expect(locale('en')).toBe('en-GB');
  });
});

describe('formatDate', () => {
  const date = new Date('2026-11-01T00:00:00Z');

  test('writes the date as readers of the language do', () => {
    expect(formatDate(date, 'nl')).toBe('1 november 2026');
    expect(formatDate(date, 'en')).toBe('1 November 2026');
  });

  test('reads the date in UTC, so midnight UTC stays on its day', () => {
    expect(formatDate(new Date('2026-01-31T23:59:59Z'), 'nl')).toBe('31 januari 2026');
    expect(formatDate(new Date('2026-03-01T00:00:00Z'), 'en')).toBe('1 March 2026');
  });
});

describe('countInitiatives', () => {
  test.each([
    ['nl', 0, '0 initiatieven'],
    ['nl', 1, '1 initiatief'],
    ['nl', 2, '2 initiatieven'],
    ['nl', 24, '24 initiatieven'],
    ['en', 0, '0 initiatives'],
    ['en', 1, '1 initiative'],
    ['en', 2, '2 initiatives'],
  ] as const)('%s, %i → %s', (lang, count, expected) => {
    expect(countInitiatives(lang, count)).toBe(expected);
  });
});
