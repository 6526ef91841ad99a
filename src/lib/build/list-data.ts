/**
 * The list page's filter data (format: lib/core/list-format.ts): an index of positions per facet value, and the
 * records of the cards in files of `listChunkSize`. Computed once per catalog: every record file of a build is a
 * route of its own (pages/data/list/[version]/[chunk].json.ts) and reads the same result.
 */
import { createHash } from 'node:crypto';
import { listRecord } from '../present/browse-index.ts';
import type { Catalog } from '../core/catalog.ts';
import { facetKeys } from '../core/facets.ts';
import { encodePositions, type ListIndex, type ListRecord } from '../core/list-format.ts';

/**
 * Records per file. A page of results (24 cards) may need as many files as it has cards when its entries lie far
 * apart in the catalog (a selective filter); 8 records are ~0.9 kB compressed, so such a page costs ~22 kB, and
 * a broad filter, whose first page lies within the first few files, less.
 */
export const listChunkSize = 8;

export interface ListData {
  index: ListIndex;
  /** The record files, in order: file n holds the entries at positions n × chunkSize … (n + 1) × chunkSize − 1. */
  chunks: ListRecord[][];
}

const computed = new WeakMap<Catalog, ListData>();

export function listData(catalog: Catalog, chunkSize = listChunkSize): ListData {
  const cached = computed.get(catalog);
  if (cached?.index.chunkSize === chunkSize) return cached;
  const records = catalog.entries.map(listRecord);
  const chunks: ListRecord[][] = [];
  for (let start = 0; start < records.length; start += chunkSize) chunks.push(records.slice(start, start + chunkSize));
  const version = createHash('sha256')
    .update(JSON.stringify([chunkSize, records]))
    .digest('hex')
    .slice(0, 12);
  const index: ListIndex = { version, count: records.length, chunkSize, facets: positionsByValue(catalog) };
  const data = { index, chunks };
  computed.set(catalog, data);
  return data;
}

/** For each facet and used value, the delta-encoded positions of its entries (ascending). */
function positionsByValue(catalog: Catalog): ListIndex['facets'] {
  const positions = Object.fromEntries(facetKeys.map((key) => [key, new Map<string, number[]>()]));
  catalog.entries.forEach((entry, position) => {
    for (const key of facetKeys) {
      const byValue = positions[key] ?? new Map<string, number[]>();
      for (const value of entry.facets[key]) {
        const list = byValue.get(value);
        if (list) list.push(position);
        else byValue.set(value, [position]);
      }
    }
  });
  return Object.fromEntries(
    facetKeys.map((key) => [
      key,
      Object.fromEntries([...(positions[key] ?? [])].map(([value, list]) => [value, encodePositions(list)])),
    ]),
  ) as ListIndex['facets'];
}
