/**
 * The list of results, shown a batch at a time: a search lists its first batch, "more results" the next. Only
 * the results listed have their fragment loaded (one request each), so a batch is what a query costs on top of
 * the index: 5 fragments, not every hit's.
 */
import type { SearchResult } from './pagefind.ts';
import type { ResultData } from './render.ts';

/** Results listed at once, and added by "more results". */
export const resultBatch = 5;

export interface ResultPager {
  /** Start over with a search's results: the list is emptied and nothing is listed until `showMore`. */
  reset: (results: readonly SearchResult[]) => void;
  /** List the next batch (when no newer `reset` came meanwhile); "more" is hidden when none are left. */
  showMore: () => Promise<void>;
}

export function resultPager(
  list: HTMLElement,
  more: HTMLElement,
  item: (data: ResultData) => Node,
  batch = resultBatch,
): ResultPager {
  let generation = 0;
  let pending: readonly SearchResult[] = [];
  return {
    reset(results) {
      generation += 1;
      pending = results;
      list.replaceChildren();
      more.hidden = true;
    },
    async showMore() {
      const mine = generation;
      const next = pending.slice(0, batch);
      pending = pending.slice(batch);
      const data = await Promise.all(next.map((result) => result.data()));
      if (mine !== generation) return;
      list.append(...data.map(item));
      more.hidden = pending.length === 0;
    },
  };
}
