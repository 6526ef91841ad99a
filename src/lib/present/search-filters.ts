/**
 * The filters of the search page as the build renders them: per filter its legend and its values with labels
 * and counts over all entries (and places, for `type`). The page shows these counts before any query, with no
 * Pagefind download, and its script falls back to them when the search is cleared (`filterTotals`).
 */
import { t, type Lang } from '../../i18n/index.ts';
import { labelOf, statuses } from '../../taxonomy/index.ts';
import { facetValueLabel, usedValues, type Catalog } from '../core/catalog.ts';
import { isFacetFilter, searchFilterKeys, searchTypes, type SearchFilterKey, type SearchType } from '../core/search.ts';

export interface SearchFilterGroup {
  key: SearchFilterKey;
  legend: string;
  values: { value: string; label: string; count: number }[];
}

/** The filter groups of the search page in `lang`; `placeCount` is how many place pages the index holds. */
export function searchFilterGroups(catalog: Catalog, lang: Lang, placeCount: number): SearchFilterGroup[] {
  const typeCounts: Record<SearchType, number> = { initiative: catalog.entries.length, place: placeCount };
  const statusCounts = new Map<string, number>();
  for (const entry of catalog.entries) {
    if (entry.data.status) statusCounts.set(entry.data.status, (statusCounts.get(entry.data.status) ?? 0) + 1);
  }
  const countOf = (key: SearchFilterKey, value: string): number => {
    if (key === 'type') return typeCounts[value as SearchType];
    return isFacetFilter(key) ? (catalog.counts[key].get(value) ?? 0) : (statusCounts.get(value) ?? 0);
  };
  const valuesOf = (key: SearchFilterKey): string[] => {
    if (key === 'type') return searchTypes.filter((type) => typeCounts[type] > 0);
    if (isFacetFilter(key)) return usedValues(catalog, key, lang);
    return statuses.filter((term) => statusCounts.has(term.id)).map((term) => term.id);
  };
  const labelOfValue = (key: SearchFilterKey, value: string): string => {
    if (key === 'type') return t(lang, value === 'place' ? 'search.type.place' : 'search.type.initiative');
    return isFacetFilter(key) ? facetValueLabel(catalog, key, value, lang) : labelOf('status', value, lang);
  };
  return searchFilterKeys.map((key) => ({
    key,
    legend: t(lang, `facet.${key}`),
    values: valuesOf(key).map((value) => ({ value, label: labelOfValue(key, value), count: countOf(key, value) })),
  }));
}

/** The counts of the groups as `{ filter: { value: count } }`, the form the page's script reads. */
export function filterTotals(groups: readonly SearchFilterGroup[]): Record<string, Record<string, number>> {
  return Object.fromEntries(
    groups.map((group) => [group.key, Object.fromEntries(group.values.map((item) => [item.value, item.count]))]),
  );
}
