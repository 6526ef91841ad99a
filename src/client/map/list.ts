/**
 * The list beside the map: one page of rows at a time, each cloned from the page's <template> (MapListItem.astro)
 * and filled as the server fills its rows, the buttons to the other pages, and the row of the point an address
 * names. Tested in happy-dom (tests/unit/map-dom.test.ts).
 */
import { mapItemMeta, type MapItem } from '../../lib/core/map-filters.ts';
import { fill, itemPath, shapeClass, showButtonLabel } from '../../lib/core/map-page.ts';
import type { ItemContext } from './render.ts';

/** A row for a point, from the list's template. */
export function rowFor(template: HTMLTemplateElement, item: MapItem, { lang, texts, label }: ItemContext): Node {
  const node = template.content.cloneNode(true) as DocumentFragment;
  const slot = (name: string) => node.querySelector<HTMLElement>(`[data-slot="${name}"]`);
  const li = slot('row');
  if (li) li.id = item.id;
  const shape = slot('shape');
  if (shape) shape.className = shapeClass(item);
  const title = slot('title') as HTMLAnchorElement | null;
  if (title) {
    title.textContent = item.title;
    title.href = itemPath(texts, item);
    if (item.lang !== lang) title.lang = item.lang;
  }
  const meta = slot('meta');
  if (meta) meta.textContent = mapItemMeta(item, label);
  const show = slot('show');
  show?.setAttribute('data-show', item.id);
  // The visible "Op de kaart" plus which one, for a list of many such buttons.
  show?.setAttribute('aria-label', showButtonLabel(show.textContent.trim(), item.title));
  return node;
}

export interface ListParts {
  list: HTMLUListElement;
  pagination: HTMLElement;
  template: HTMLTemplateElement;
  /** The list's heading: where focus goes when the page of the list changes. */
  heading: HTMLElement;
}

export interface ListHooks {
  /** Show another page of the list. */
  page: (page: number) => Promise<void>;
  /** A row's "Op de kaart" button was pressed. */
  show: (id: string, button: HTMLButtonElement) => void;
}

export class MapList {
  /** The page shown (1-based) and how many there are. */
  page = 1;
  pages = 1;
  readonly #parts: ListParts;
  readonly #context: ItemContext;
  readonly #hooks: ListHooks;

  constructor(parts: ListParts, context: ItemContext, hooks: ListHooks) {
    this.#parts = parts;
    this.#context = context;
    this.#hooks = hooks;
    parts.list.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('[data-show]');
      if (button) hooks.show(button.dataset.show ?? '', button);
    });
  }

  /** A page number within the list's pages. */
  clamp(page: number): number {
    return Math.min(Math.max(1, page), this.pages);
  }

  /** Show rows as page `page` of `pages`, with the buttons to the pages beside it. */
  show(rows: readonly MapItem[], page: number, pages: number): void {
    const { list, pagination, template } = this.#parts;
    this.page = page;
    this.pages = pages;
    // The server rendered the first page of everything: rows that are already there stay (and keep focus).
    const shown = [...list.children].map((child) => child.id);
    if (shown.length !== rows.length || rows.some((item, i) => item.id !== shown[i])) {
      list.replaceChildren(...rows.map((item) => rowFor(template, item, this.#context)));
    }
    pagination.replaceChildren();
    pagination.hidden = pages <= 1;
    if (pages <= 1) return;
    const { texts } = this.#context;
    if (page > 1) pagination.append(this.#pageButton(texts.previous, page - 1));
    const where = document.createElement('span');
    where.textContent = fill(texts.status, { page, pages });
    pagination.append(where);
    if (page < pages) pagination.append(this.#pageButton(texts.next, page + 1));
  }

  /** The row of a point, when it is on the page shown. */
  row(id: string): HTMLElement | undefined {
    return [...this.#parts.list.children].find((child) => child.id === id) as HTMLElement | undefined;
  }

  /** Mark one row (or none) as the current one: the point the address names. */
  markCurrent(row: HTMLElement | undefined): void {
    for (const element of this.#parts.list.querySelectorAll('[data-current]')) element.removeAttribute('data-current');
    row?.setAttribute('data-current', '');
  }

  #pageButton(text: string, page: number): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    button.addEventListener('click', () => {
      void this.#hooks.page(page).then(() => {
        // The button that had focus may be gone: keep keyboard and screen-reader users at the top of the list.
        const { heading } = this.#parts;
        heading.focus({ preventScroll: true });
        heading.scrollIntoView({ block: 'nearest' });
      });
    });
    return button;
  }
}
