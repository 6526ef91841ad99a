/** Bitsets of entry positions (src/client/list/bitset.ts), checked against plain arrays. */
import { describe, expect, test } from 'vitest';
import { and, fromPositions, fullSet, or, positionsOf, size, sizeOfBoth } from '../../src/client/list/bitset.ts';

const all = (set: Uint32Array<ArrayBuffer>) => positionsOf(set, 0, Infinity);

describe('bitsets', () => {
  test('hold the positions given, across word boundaries and at bit 31', () => {
    const positions = [0, 1, 31, 32, 63, 64, 99];
    const set = fromPositions(100, positions);
    expect(set).toHaveLength(4);
    expect(all(set)).toEqual(positions);
    expect(size(set)).toBe(positions.length);
  });

  test('refuse a position outside the set', () => {
    expect(() => fromPositions(10, [10])).toThrow(RangeError);
    expect(() => fromPositions(10, [-1])).toThrow(RangeError);
  });

  test('a full set holds exactly 0 … size − 1', () => {
    for (const n of [0, 1, 31, 32, 33, 64, 100]) {
      expect(all(fullSet(n)), `size ${String(n)}`).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });

  test('and, or and the size of an intersection agree with arrays', () => {
    const a = [1, 5, 31, 40, 77];
    const b = [5, 6, 31, 77, 78];
    const setA = fromPositions(80, a);
    const setB = fromPositions(80, b);
    expect(all(and(setA, setB))).toEqual([5, 31, 77]);
    expect(all(or(setA, setB))).toEqual([1, 5, 6, 31, 40, 77, 78]);
    expect(sizeOfBoth(setA, setB)).toBe(3);
    expect(all(setA), 'the operands are left as they were').toEqual(a);
  });

  test('positionsOf skips and limits, for pages of matches', () => {
    const positions = Array.from({ length: 50 }, (_, i) => i * 3);
    const set = fromPositions(150, positions);
    expect(positionsOf(set, 0, 4)).toEqual([0, 3, 6, 9]);
    expect(positionsOf(set, 10, 3)).toEqual([30, 33, 36]);
    expect(positionsOf(set, 48, 10)).toEqual([144, 147]);
    expect(positionsOf(set, 50, 10)).toEqual([]);
  });
});
