/** Filling UI texts (src/i18n/format.ts), shared by t() and the browser modules. */
import { expect, test } from 'vitest';
import { fill, placeholdersOf, plural } from '../../src/i18n/format.ts';
import { t, tn } from '../../src/i18n/index.ts';

test('fill fills what it has and leaves the rest', () => {
  expect(fill('{count} van {total}', { count: 3 })).toBe('3 van {total}');
  expect(placeholdersOf('{a} en {b}')).toEqual(['a', 'b']);
});

test('plural picks the text for one only for 1, and fills {count}', () => {
  const texts = { one: '1 plek', other: '{count} plekken' };
  expect([0, 1, 2].map((n) => plural(n, texts))).toEqual(['0 plekken', '1 plek', '2 plekken']);
});

test('t still refuses a missing value; tn picks by count', () => {
  expect(() => t('nl', 'count.initiatives')).toThrow(/no value for \{count\}/);
  expect(tn('nl', 1, { one: 'count.initiative', other: 'count.initiatives' })).toBe(t('nl', 'count.initiative'));
  expect(tn('en', 4, { one: 'count.initiative', other: 'count.initiatives' })).toBe(
    t('en', 'count.initiatives', { count: 4 }),
  );
});
