/**
 * Loading the list page's filter data (lib/core/list-format.ts): the index once, on first use, and the record files
 * as the pages of results need them. A file is asked for once; one that failed is asked for again next time.
 */
import { recordsPath, type ListIndex, type ListRecord } from '../../lib/core/list-format.ts';
import { decodeIndex, type FacetIndex } from './facet-index.ts';

/** Fetches and parses a JSON file; rejects when it cannot. */
export type FetchJson = (url: string) => Promise<unknown>;

export const fetchJson: FetchJson = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${String(response.status)}`);
  return response.json();
};

export interface ListData {
  /** The index, loaded on the first call; undefined when it cannot be loaded. */
  index(): Promise<FacetIndex | undefined>;
  /** The records at these positions, in the order given; undefined when a file cannot be loaded. */
  records(positions: readonly number[]): Promise<ListRecord[] | undefined>;
}

export function listData(indexUrl: string, fetchFile: FetchJson = fetchJson): ListData {
  let loading: Promise<FacetIndex | undefined> | undefined;
  const chunks = new Map<number, Promise<ListRecord[]>>();

  const index = () =>
    (loading ??= fetchFile(indexUrl)
      .then((json) => decodeIndex(json as ListIndex))
      .catch(() => {
        loading = undefined;
        return undefined;
      }));

  const chunk = (version: string, n: number): Promise<ListRecord[]> => {
    const known = chunks.get(n);
    if (known) return known;
    const loaded = fetchFile(recordsPath(version, n)).then((json) => json as ListRecord[]);
    loaded.catch(() => chunks.delete(n));
    chunks.set(n, loaded);
    return loaded;
  };

  const records = async (positions: readonly number[]): Promise<ListRecord[] | undefined> => {
    const facets = await index();
    if (!facets) return undefined;
    const { version, chunkSize } = facets;
    const wanted = [...new Set(positions.map((position) => Math.floor(position / chunkSize)))];
    try {
      const files = new Map(await Promise.all(wanted.map(async (n) => [n, await chunk(version, n)] as const)));
      const found = positions.map((position) => files.get(Math.floor(position / chunkSize))?.[position % chunkSize]);
      return found.every((record): record is ListRecord => record !== undefined) ? found : undefined;
    } catch {
      return undefined;
    }
  };

  return { index, records };
}
