/**
 * The filters beside the results: which boxes are ticked, and the counts shown beside them. Filters are OR
 * within one filter and AND across filters (lib/core/search.ts `pagefindFilters`), so a selected filter's own counts
 * come from the search without its own selection.
 */
import { pagefindFilters, searchFilterKeys, type SearchFilterKey, type SearchSelection } from '../../lib/core/search.ts';
import type { FilterCounts, Pagefind } from './pagefind.ts';

/** The selection the ticked boxes make, per filter key (a box's name is its filter key). */
export function selectionOfBoxes(boxes: readonly HTMLInputElement[]): SearchSelection {
  const selection: SearchSelection = {};
  for (const key of searchFilterKeys) {
    const values = boxes.filter((box) => box.name === key && box.checked).map((box) => box.value);
    if (values.length > 0) selection[key] = values;
  }
  return selection;
}

/** Tick exactly the boxes of `selection`. */
export function tickBoxes(boxes: readonly HTMLInputElement[], selection: SearchSelection): void {
  for (const box of boxes) box.checked = (selection[box.name as SearchFilterKey] ?? []).includes(box.value);
}

/** The filter keys with at least one value selected. */
export function activeFilters(selection: SearchSelection): SearchFilterKey[] {
  return searchFilterKeys.filter((key) => (selection[key] ?? []).length > 0);
}

/**
 * Write `counts` beside the boxes (`(12)`), and disable the boxes that would give no result. A ticked box stays
 * enabled (it can be unticked), and so does the box with focus: disabling it would drop keyboard focus to `<body>`.
 */
export function showCounts(container: ParentNode, boxes: readonly HTMLInputElement[], counts: FilterCounts): void {
  const focused = boxes[0]?.ownerDocument.activeElement;
  for (const box of boxes) {
    const count = counts[box.name]?.[box.value] ?? 0;
    const label = container.querySelector(`[data-count-for="${box.name}:${box.value}"]`);
    if (label) label.textContent = `(${String(count)})`;
    box.disabled = count === 0 && !box.checked && box !== focused;
  }
}

const loaded = new WeakMap<Pagefind, Promise<unknown>>();

/** Pagefind's filter data (one file per filter), loaded once per Pagefind instance. */
function filterData(pagefind: Pagefind): Promise<unknown> {
  let data = loaded.get(pagefind);
  if (!data) {
    data = pagefind.filters();
    loaded.set(pagefind, data);
  }
  return data;
}

/**
 * The counts of every filter value for a query and selection: one search with the whole selection, and one per
 * selected filter without that filter's own values (OR within a filter: ticking one more value adds results).
 * Loads Pagefind's filter data first (once).
 */
export async function countsFor(
  pagefind: Pagefind,
  query: string | null,
  selection: SearchSelection,
): Promise<FilterCounts> {
  await filterData(pagefind);
  const active = activeFilters(selection);
  const [all, ...without] = await Promise.all([
    pagefind.search(query, { filters: pagefindFilters(selection) }),
    ...active.map((key) => pagefind.search(query, { filters: pagefindFilters(selection, key) })),
  ]);
  const counts: FilterCounts = { ...all.filters };
  active.forEach((key, i) => {
    counts[key] = without[i]?.filters[key] ?? {};
  });
  return counts;
}
