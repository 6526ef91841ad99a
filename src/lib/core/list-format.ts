/**
 * The wire format of the list page's filter data, shared by the build that writes it (lib/build/list-data.ts,
 * pages/data/list/) and the page's script that reads it (src/client/list/). Pure: it imports nothing but the
 * facet keys, so it can ship to the browser.
 *
 * Two kinds of file, so that a filter loads little:
 * - the index (`/data/list/index.json`): for every facet value, the positions of its entries in the catalog's
 *   order (newest first), delta-encoded. Enough to filter and count without any entry's text (~70 kB
 *   compressed at 10,000 entries, where the whole catalog as records is ~1 MB);
 * - the records (`/data/list/<version>/<n>.json`): what a card shows, `chunkSize` entries per file in the same
 *   order. The page loads only the files that hold the entries of the page of results it shows. `version` is
 *   a hash of the records, so an index never meets the records of another build (a stale file is a 404).
 */
import type { FacetKey } from './facets.ts';

/** What a card shows of one entry. */
export interface ListRecord {
  slug: string;
  /** The language the entry is written in. */
  lang: string;
  title: string;
  summary: string;
  strategy: string;
  /** Neighbourhood and municipality, as the card shows them; empty for a form or a nationwide example. */
  place: string;
}

export interface ListIndex {
  /** Names the record files that go with this index. */
  version: string;
  /** How many entries there are. */
  count: number;
  /** Records per record file. */
  chunkSize: number;
  /** Per facet, per value: its entries' positions, delta-encoded (`encodePositions`). */
  facets: Record<FacetKey, Record<string, number[]>>;
}

export const listIndexPath = '/data/list/index.json';

/** The address of record file `chunk` (0-based) of a version. */
export function recordsPath(version: string, chunk: number): string {
  return `/data/list/${version}/${String(chunk)}.json`;
}

/** Ascending positions as the first one and then the gaps between them (small numbers compress well). */
export function encodePositions(positions: readonly number[]): number[] {
  return positions.map((position, i) => position - (i === 0 ? 0 : (positions[i - 1] ?? 0)));
}

/** The inverse of `encodePositions`. */
export function decodePositions(deltas: readonly number[]): number[] {
  let position = 0;
  return deltas.map((delta) => (position += delta));
}
