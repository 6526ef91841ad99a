/**
 * The map page's address. The selection lives in the URL query, as on the list page (`?type=place&theme=health`:
 * `selectionFromParams`/`selectionToParams` from lib/core/facets.ts with the map's keys); `#place-<slug>` or
 * `#initiative-<slug>` names one point; the language switch follows the query. The functions are pure (tested in
 * Node); `AddressBar` applies them to `location`, `history` and the switch.
 */
import { selectionFromParams, selectionToParams } from '../../lib/core/facets.ts';
import { mapFilterKeys, mapPageSize, type MapSelection } from '../../lib/core/map-filters.ts';

/** The selection an address's query holds (unknown keys ignored). */
export function selectionOf(search: string): MapSelection {
  return selectionFromParams(new URLSearchParams(search), mapFilterKeys);
}

/** The map page's address for a selection: its path, with a query when something is selected. */
export function addressFor(base: string, selection: MapSelection): string {
  const query = selectionToParams(selection, mapFilterKeys).toString();
  return `${base}${query ? `?${query}` : ''}`;
}

/** Where the language switch leads: the other language's map with the same query, or its own link without one. */
export function switchAddress(otherBase: string, search: string, plain: string): string {
  return search ? `${otherBase}${search}` : plain;
}

/** The id of the point a hash names (`#place-ijssalon` → `place-ijssalon`); '' for none or a malformed one. */
export function targetOf(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/** The page of the list (1-based) that holds a position (0-based) in it. */
export function pageOfPosition(position: number): number {
  return Math.floor(position / mapPageSize) + 1;
}

/** The page's address bar and language switch. */
export class AddressBar {
  readonly #base: string;
  readonly #otherBase: string;
  readonly #switch: HTMLAnchorElement | null;
  readonly #switchHref: string;

  constructor(base: string, otherBase: string, languageSwitch: HTMLAnchorElement | null) {
    this.#base = base;
    this.#otherBase = otherBase;
    this.#switch = languageSwitch;
    this.#switchHref = languageSwitch?.getAttribute('href') ?? '';
  }

  /** The selection the address holds now. */
  selection(): MapSelection {
    return selectionOf(location.search);
  }

  /** A new history entry for a selection. */
  push(selection: MapSelection): void {
    history.pushState(null, '', addressFor(this.#base, selection));
  }

  /** Drop the selection from the address, keeping its hash (no new history entry). */
  dropSelection(): void {
    history.replaceState(null, '', `${this.#base}${location.hash}`);
  }

  /** The id of the point the hash names, or ''. */
  target(): string {
    return targetOf(location.hash);
  }

  /** Point the language switch at the other language's map with the same selection. */
  followSwitch(): void {
    if (this.#switch) this.#switch.href = switchAddress(this.#otherBase, location.search, this.#switchHref);
  }
}
