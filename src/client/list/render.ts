/**
 * Writing a view into the list page: the cards (copies of the server's own card markup in `<template>`), the
 * status line, the checkboxes with their counts, and the pagination that replaces the server's.
 */
import { plural } from '../../i18n/format.ts';
import type { FacetCounts, FacetKey, Selection } from '../../lib/core/facets.ts';
import type { ListRecord } from '../../lib/core/list-format.ts';
import type { ListTexts } from './config.ts';

/** One card: a copy of the template with the record's title, link, summary, strategy, place and language. */
export function renderCard(template: HTMLTemplateElement, record: ListRecord, texts: ListTexts, lang: string): Node {
  const node = template.content.cloneNode(true) as DocumentFragment;
  const slot = (name: string) => node.querySelector<HTMLElement>(`[data-slot="${name}"]`);
  const title = slot('title') as HTMLAnchorElement | null;
  if (title) {
    title.textContent = record.title;
    title.href = texts.entryPath.replace('__slug__', record.slug);
  }
  const summary = slot('summary');
  if (summary) summary.textContent = record.summary;
  const strategy = slot('strategy');
  if (strategy) strategy.textContent = texts.strategy[record.strategy] ?? record.strategy;
  const place = slot('place');
  if (place) place.textContent = record.place || texts.nationwide;
  const language = slot('language');
  if (record.lang !== lang) {
    slot('article')?.setAttribute('lang', record.lang);
    if (language) {
      language.hidden = false;
      language.textContent = texts.inLanguage.replace('{language}', texts.language[record.lang] ?? record.lang);
    }
  }
  return node;
}

/** "24 initiatieven gevonden", "1 initiatief gevonden" or "Geen initiatieven gevonden". */
export function statusText(texts: ListTexts, matches: number): string {
  if (matches === 0) return texts.none;
  return plural(matches, { one: texts.one, other: texts.results });
}

/** Tick the boxes of the selection, untick the others (as soon as the address changes: no data needed). */
export function tickBoxes(boxes: readonly HTMLInputElement[], selection: Selection): void {
  for (const box of boxes) box.checked = (selection[box.name as FacetKey] ?? []).includes(box.value);
}

/**
 * Tick the boxes of the selection and write each value's count beside it. A value that would match nothing is
 * disabled, unless it is ticked or has focus (disabling it would drop keyboard focus to `<body>`).
 */
export function renderBoxes(
  form: HTMLFormElement,
  boxes: readonly HTMLInputElement[],
  selection: Selection,
  counts: FacetCounts,
): void {
  const focused = form.ownerDocument.activeElement;
  tickBoxes(boxes, selection);
  for (const box of boxes) {
    const key = box.name as FacetKey;
    const count = counts[key].get(box.value) ?? 0;
    const label = form.querySelector(`[data-count-for="${key}:${box.value}"]`);
    if (label) label.textContent = `(${String(count)})`;
    box.disabled = count === 0 && !box.checked && box !== focused;
  }
}

export interface PageLinks {
  page: number;
  pages: number;
  /** The address of page n of the same view. */
  hrefFor: (page: number) => string;
  /** Called when the reader follows one of the links (not opened elsewhere): with its address. */
  follow: (href: string) => void;
}

/** The script's pagination: "Vorige", "Pagina 2 van 5", "Volgende"; hidden when there is one page. */
export function renderPagination(
  nav: HTMLElement,
  texts: ListTexts,
  { page, pages, hrefFor, follow }: PageLinks,
): void {
  const link = (label: string, n: number, rel: string) => {
    const anchor = nav.ownerDocument.createElement('a');
    anchor.href = hrefFor(n);
    anchor.rel = rel;
    anchor.textContent = label;
    anchor.addEventListener('click', (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      follow(anchor.href);
    });
    return anchor;
  };
  nav.replaceChildren();
  nav.hidden = pages <= 1;
  if (pages <= 1) return;
  if (page > 1) nav.append(link(texts.previous, page - 1, 'prev'));
  const where = nav.ownerDocument.createElement('span');
  where.textContent = texts.status.replace('{page}', String(page)).replace('{pages}', String(pages));
  nav.append(where);
  if (page < pages) nav.append(link(texts.next, page + 1, 'next'));
}
