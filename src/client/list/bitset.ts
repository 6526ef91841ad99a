/**
 * Sets of entry positions as bitsets (one bit per entry, 32 to a word): the list page matches and counts a
 * selection with a few word-wise ANDs and ORs over them, instead of walking every entry's values.
 */
export type Bitset = Uint32Array<ArrayBuffer>;

const wordsFor = (size: number): number => Math.ceil(size / 32);

/** The set of the given positions (each below `size`). */
export function fromPositions(size: number, positions: Iterable<number>): Bitset {
  const set = new Uint32Array(wordsFor(size));
  for (const position of positions) {
    if (position < 0 || position >= size) throw new RangeError(`position ${String(position)} outside 0…${size - 1}`);
    set[position >>> 5] = (set[position >>> 5] ?? 0) | (1 << (position & 31));
  }
  return set;
}

/** Every position below `size`. */
export function fullSet(size: number): Bitset {
  const set = new Uint32Array(wordsFor(size)).fill(0xffffffff);
  const rest = size & 31;
  if (rest > 0) set[set.length - 1] = (1 << rest) - 1;
  return set;
}

/** A new set: what both hold. */
export function and(a: Bitset, b: Bitset): Bitset {
  return a.map((word, i) => word & (b[i] ?? 0));
}

/** A new set: what either holds. */
export function or(a: Bitset, b: Bitset): Bitset {
  return a.map((word, i) => word | (b[i] ?? 0));
}

/** Set bits in a 32-bit word (the classic parallel count). */
function bitsIn(word: number): number {
  let w = word - ((word >>> 1) & 0x55555555);
  w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
  return (Math.imul((w + (w >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** How many positions a set holds. */
export function size(set: Bitset): number {
  let total = 0;
  for (const word of set) total += bitsIn(word);
  return total;
}

/** How many positions both sets hold, without building their intersection. */
export function sizeOfBoth(a: Bitset, b: Bitset): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += bitsIn((a[i] ?? 0) & (b[i] ?? 0));
  return total;
}

/** Up to `limit` positions of a set in ascending order, after skipping its first `skip`. */
export function positionsOf(set: Bitset, skip: number, limit: number): number[] {
  const found: number[] = [];
  let seen = 0;
  for (let i = 0; i < set.length && found.length < limit; i++) {
    let word = set[i] ?? 0;
    const inWord = bitsIn(word);
    if (seen + inWord <= skip) {
      seen += inWord;
      continue;
    }
    while (word !== 0 && found.length < limit) {
      const low = word & -word;
      if (seen >= skip) found.push(i * 32 + 31 - Math.clz32(low));
      seen += 1;
      word ^= low;
    }
  }
  return found;
}
