/**
 * Data a component hands to its script in a `data-*` attribute: written with `write` when the page is built, read
 * back with `read` in the browser. Both sides name the same type `T`, so the texts and settings a script gets are
 * typed once (where the script declares them) and parsed in one place.
 */
export interface Handed<T> {
  /** The data as the attribute's value (JSON). */
  write(value: T): string;
  /** The data back from the element; `{}` when the attribute is missing or unreadable (a page built without it). */
  read(element: HTMLElement): T;
}

/** The channel for the attribute `data-<name>` (`name` as in `dataset`: `texts`, `totals`, `tiles`). */
export function handed<T>(name: string): Handed<T> {
  return {
    write: (value) => JSON.stringify(value),
    read: (element) => {
      try {
        return JSON.parse(element.dataset[name] ?? '{}') as T;
      } catch {
        return {} as T;
      }
    },
  };
}
