/**
 * The catalog: every initiative with its facet values, sorted newest first,
 * indexed by facet value, with related entries. Built once per build from the
 * collection (see content.ts) and read by every page, so no page recomputes
 * facets or sorts by itself.
 */
import type { Initiative } from '../../schema/initiative.ts';
import { labelOf, vocabularies, type Lang, type VocabularyName } from '../../taxonomy/index.ts';
import { municipalitySlug } from '../../taxonomy/municipalities.ts';
import { countFacets, facetKeys, facets, type FacetCounts, type FacetKey, type FacetValues } from './facets.ts';

export interface CatalogEntry {
  slug: string;
  data: Initiative;
  facets: FacetValues;
}

export interface Catalog {
  /** All entries, newest first (then by title). */
  entries: readonly CatalogEntry[];
  bySlug: ReadonlyMap<string, CatalogEntry>;
  /** Former slugs (`aliases`) → the entry that now has them. */
  byAlias: ReadonlyMap<string, CatalogEntry>;
  /** For each facet, each used value with its entries (newest first). */
  byFacet: Record<FacetKey, ReadonlyMap<string, readonly CatalogEntry[]>>;
  /** Counts of every facet value over all entries. */
  counts: FacetCounts;
  /** Municipality slug → name as written in the content. */
  municipalities: ReadonlyMap<string, string>;
}

export { municipalitySlug };

const unique = <T>(list: readonly T[]): T[] => [...new Set(list)];

/** The facet values of one initiative. An entry that does both bonding and bridging counts under each. */
export function facetValuesOf(data: Initiative): FacetValues {
  return {
    kind: [data.kind],
    strategy: data.strategy === 'both' ? ['bonding', 'bridging', 'both'] : [data.strategy],
    actor: unique(data.actors.map((actor) => actor.type)),
    place: unique(data.placeTypes),
    target: unique(data.targetGroups),
    theme: unique(data.themes),
    municipality: data.municipality ? [municipalitySlug(data.municipality)] : [],
  };
}

/** Where it happens, as a line: "Feijenoord, Rotterdam", or the region in words; empty for a form of initiative. */
export function placeOf(
  data: Pick<Initiative, 'neighbourhood' | 'municipality'> & { region?: string | undefined },
): string {
  return [data.neighbourhood, data.municipality].filter(Boolean).join(', ') || (data.region ?? '');
}

/** Newest first; ties by title, then slug, so the order is stable. */
export function compareNewest(a: CatalogEntry, b: CatalogEntry): number {
  return (
    b.data.published.getTime() - a.data.published.getTime() ||
    a.data.title.localeCompare(b.data.title, 'nl') ||
    a.slug.localeCompare(b.slug)
  );
}

export function buildCatalog(items: readonly { slug: string; data: Initiative }[]): Catalog {
  const entries = items.map(({ slug, data }) => ({ slug, data, facets: facetValuesOf(data) })).sort(compareNewest);
  const byFacet = Object.fromEntries(facetKeys.map((key) => [key, new Map<string, CatalogEntry[]>()])) as Record<
    FacetKey,
    Map<string, CatalogEntry[]>
  >;
  const municipalities = new Map<string, string>();
  for (const entry of entries) {
    for (const key of facetKeys) {
      for (const value of entry.facets[key]) {
        const list = byFacet[key].get(value);
        if (list) list.push(entry);
        else byFacet[key].set(value, [entry]);
      }
    }
    if (entry.data.municipality) municipalities.set(municipalitySlug(entry.data.municipality), entry.data.municipality);
  }
  return {
    entries,
    bySlug: new Map(entries.map((entry) => [entry.slug, entry])),
    byAlias: new Map(entries.flatMap((entry) => entry.data.aliases.map((alias) => [alias, entry] as const))),
    byFacet,
    counts: countFacets(entries),
    municipalities,
  };
}

/** The label of a facet value in a language: the taxonomy label, or the municipality's name. */
export function facetValueLabel(catalog: Catalog, key: FacetKey, value: string, lang: Lang): string {
  const vocabulary = facets.find((facet) => facet.key === key)?.vocabulary;
  if (vocabulary) return labelOf(vocabulary, value, lang);
  return catalog.municipalities.get(value) ?? value;
}

/**
 * The values of a facet that occur in the catalog, in a stable reading order:
 * taxonomy order for vocabularies, alphabetical for municipalities.
 */
export function usedValues(catalog: Catalog, key: FacetKey, lang: Lang): string[] {
  const used = catalog.byFacet[key];
  const vocabulary = facets.find((facet) => facet.key === key)?.vocabulary;
  if (vocabulary === null || vocabulary === undefined) {
    return [...used.keys()].sort((a, b) =>
      facetValueLabel(catalog, key, a, lang).localeCompare(facetValueLabel(catalog, key, b, lang), 'nl'),
    );
  }
  return [...catalog.counts[key].keys()].sort(
    (a, b) => vocabularyOrder(vocabulary, a) - vocabularyOrder(vocabulary, b),
  );
}

function vocabularyOrder(vocabulary: VocabularyName, id: string): number {
  return vocabularies[vocabulary].findIndex((term) => term.id === id);
}

/** Facets that say most about relatedness; strategy is shared by too many entries to count. */
const RELATED_FACETS: readonly FacetKey[] = ['actor', 'place', 'target', 'theme', 'municipality'];

/**
 * Entries related to one entry by shared facet values. A shared value weighs
 * more the rarer it is (log of entries per use), so sharing "municipality:
 * Heumen" counts for more than sharing "target group: everyone". Ties go to
 * the newer entry.
 */
export function relatedEntries(catalog: Catalog, slug: string, limit = 4): CatalogEntry[] {
  // Every entry page exists in both interface languages: compute each entry's related entries once.
  const cache = relatedCache.get(catalog) ?? new Map<string, CatalogEntry[]>();
  relatedCache.set(catalog, cache);
  const key = `${slug}\u0000${String(limit)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const related = rankRelated(catalog, slug, limit);
  cache.set(key, related);
  return related;
}

const relatedCache = new WeakMap<Catalog, Map<string, CatalogEntry[]>>();

interface Postings {
  /** Each entry's position in `catalog.entries` (newest first). */
  position: Map<CatalogEntry, number>;
  /** Per facet value, the positions of the entries that have it. */
  lists: Record<FacetKey, Map<string, Int32Array>>;
}

/** Positions and position lists, made once per catalog. */
const postingsCache = new WeakMap<Catalog, Postings>();

function postingsOf(catalog: Catalog): Postings {
  const cached = postingsCache.get(catalog);
  if (cached) return cached;
  const position = new Map(catalog.entries.map((entry, i) => [entry, i]));
  const lists = Object.fromEntries(
    facetKeys.map((key) => [
      key,
      new Map(
        [...catalog.byFacet[key]].map(([value, entries]) => [
          value,
          Int32Array.from(entries, (entry) => position.get(entry) ?? 0),
        ]),
      ),
    ]),
  ) as Record<FacetKey, Map<string, Int32Array>>;
  const postings = { position, lists };
  postingsCache.set(catalog, postings);
  return postings;
}

/**
 * Scores accumulate in a typed array indexed by an entry's position in the catalog, over typed lists of
 * positions, and only the best `limit` are kept while scanning: linear in the entries that share a value, with
 * no sort of all candidates (that sort made related entries quadratic: 30 of 76 CPU seconds of a 10,000-entry
 * build). Positions are newest first, so "ties go to the newer entry" is "ties go to the lower position".
 */
function rankRelated(catalog: Catalog, slug: string, limit: number): CatalogEntry[] {
  const entry = catalog.bySlug.get(slug);
  if (!entry) return [];
  const { position, lists } = postingsOf(catalog);
  const total = catalog.entries.length;
  const self = position.get(entry);
  const scores = new Float64Array(total);
  const touched: number[] = [];
  for (const key of RELATED_FACETS) {
    for (const value of entry.facets[key]) {
      const sharing = lists[key].get(value) ?? new Int32Array(0);
      const weight = Math.log(1 + total / sharing.length);
      for (const i of sharing) {
        if (i === self) continue;
        if (scores[i] === 0) touched.push(i);
        scores[i] = (scores[i] ?? 0) + weight;
      }
    }
  }
  // The best `limit` positions, best first: higher score, then lower position (newer).
  const best: number[] = [];
  const better = (a: number, b: number) => (scores[a] ?? 0) > (scores[b] ?? 0) || (scores[a] === scores[b] && a < b);
  for (const i of touched) {
    if (best.length === limit && !better(i, best[limit - 1] ?? i)) continue;
    let at = best.length < limit ? best.length : limit - 1;
    while (at > 0 && better(i, best[at - 1] ?? i)) at--;
    best.splice(at, 0, i);
    if (best.length > limit) best.pop();
  }
  return best.map((i) => catalog.entries[i]).filter((other): other is CatalogEntry => other !== undefined);
}

/** How many pages of `size` a list of `length` fills; there is always at least one. */
export function pageCount(length: number, size: number): number {
  return Math.max(1, Math.ceil(length / size));
}

/** Page `page` (from 1) of a list split into pages of `size`: one slice, not all of them (a page renders one). */
export function pageOf<T>(
  items: readonly T[],
  size: number,
  page: number,
): { page: number; pages: number; items: T[] } {
  return { page, pages: pageCount(items.length, size), items: items.slice((page - 1) * size, page * size) };
}

/** Split a list into pages of `size`; page numbers start at 1. There is always at least one page. */
export function paginate<T>(items: readonly T[], size: number): { page: number; pages: number; items: T[] }[] {
  return Array.from({ length: pageCount(items.length, size) }, (_, i) => pageOf(items, size, i + 1));
}
