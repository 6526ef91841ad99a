// @vitest-environment happy-dom
/** Data a component hands to its script (src/client/handed.ts): written and read back as the same type. */
import { expect, test } from 'vitest';
import { handed } from '../../src/client/handed.ts';

test('what is written is read back; a missing or broken attribute reads as empty', () => {
  const channel = handed<{ one: string; count: number }>('texts');
  const element = document.createElement('div');
  element.setAttribute('data-texts', channel.write({ one: '1 plek', count: 3 }));
  expect(channel.read(element)).toEqual({ one: '1 plek', count: 3 });
  expect(channel.read(document.createElement('div'))).toEqual({});
  element.setAttribute('data-texts', '{nope');
  expect(channel.read(element)).toEqual({});
});
