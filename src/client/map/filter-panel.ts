/**
 * The map's filter panel (MapFilters.astro: a checkbox per filter value, its count beside it): the selection its
 * boxes hold, the labels of the values (read from the panel, so /data/map.json carries ids only), and a
 * selection's counts written back. Tested in happy-dom (tests/unit/map-dom.test.ts).
 */
import { mapFilterKeys, type MapFilterKey, type MapSelection } from '../../lib/core/map-filters.ts';

/** For every filter value, how many points would match with it ticked. */
export type FilterCounts = Record<MapFilterKey, Record<string, number>>;

/** The text of a box's label without its count: `Utrecht (4)` → `Utrecht`. */
function labelText(box: HTMLInputElement): string {
  return [...(box.labels?.[0]?.childNodes ?? [])]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .trim();
}

export class FilterPanel {
  readonly boxes: readonly HTMLInputElement[];
  readonly #form: HTMLFormElement;
  readonly #activeCount: HTMLElement | null;
  #counters: Map<string | undefined, HTMLElement> | undefined;
  #labels: Map<string, string> | undefined;

  constructor(form: HTMLFormElement, activeCount: HTMLElement | null) {
    this.#form = form;
    this.#activeCount = activeCount;
    this.boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  }

  /** The ticked boxes as a selection, in the order of the filters. */
  selection(): MapSelection {
    const selection: MapSelection = {};
    for (const key of mapFilterKeys) {
      const values = this.boxes.filter((box) => box.name === key && box.checked).map((box) => box.value);
      if (values.length > 0) selection[key] = values;
    }
    return selection;
  }

  /** Untick every box. */
  clear(): void {
    for (const box of this.boxes) box.checked = false;
  }

  /** The label of a filter value as the panel shows it (`municipality`, `utrecht` → `Utrecht`), or the value. */
  readonly label = (key: MapFilterKey, value: string): string => {
    this.#labels ??= new Map(this.boxes.map((box) => [`${box.name}:${box.value}`, labelText(box)]));
    return this.#labels.get(`${key}:${value}`) ?? value;
  };

  /**
   * Show a selection and its counts: tick its boxes, write each value's count, disable the values that would
   * leave nothing, and count the ticked boxes. Hundreds of boxes (a municipality each): only what changes is written.
   */
  show(selection: MapSelection, counts: FilterCounts): void {
    // The count beside each checkbox, found in one pass over the panel, the first time.
    this.#counters ??= new Map(
      [...this.#form.querySelectorAll<HTMLElement>('[data-count-for]')].map((element) => [
        element.dataset.countFor,
        element,
      ]),
    );
    const focused = this.#form.ownerDocument.activeElement;
    for (const box of this.boxes) {
      const name = box.name as MapFilterKey;
      const checked = (selection[name] ?? []).includes(box.value);
      if (box.checked !== checked) box.checked = checked;
      const n = counts[name][box.value] ?? 0;
      const counter = this.#counters.get(`${name}:${box.value}`);
      if (counter && counter.textContent !== `(${String(n)})`) counter.textContent = `(${String(n)})`;
      // A box with focus stays enabled: disabling it would drop keyboard focus to <body>.
      const disabled = n === 0 && !checked && box !== focused;
      if (box.disabled !== disabled) box.disabled = disabled;
    }
    if (this.#activeCount) {
      const ticked = this.boxes.filter((box) => box.checked).length;
      this.#activeCount.textContent = ticked > 0 ? `(${String(ticked)})` : '';
    }
  }
}
