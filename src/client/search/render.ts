/**
 * What the search page shows: the status line and one result, built from the page's `<template>` and the texts
 * the page carries (texts.ts). Pure DOM work: no Pagefind, no URL.
 */
import { fill, plural } from '../../i18n/format.ts';
import { resultPathIn } from '../../lib/core/routes.ts';
import type { Lang } from '../../taxonomy/index.ts';
import type { SearchTexts } from './texts.ts';

/** What Pagefind returns for one result (its fragment): the page's URL, an excerpt as HTML and its metadata. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export { fill };

/** The status line after a search: none, one or `count` results, with the query when there is one. */
export function statusText(texts: SearchTexts, total: number, query: string): string {
  if (total === 0) return texts.none;
  if (query) return plural(total, { one: texts.resultsForOne, other: texts.resultsFor }, { query });
  return plural(total, { one: texts.resultsOne, other: texts.results });
}

/** Pagefind's excerpt HTML as nodes of `doc`, keeping only text and `<mark>` (whatever else it holds is text). */
export function excerptNodes(html: string, doc: Document = document): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  return [...(parsed.body.firstElementChild?.childNodes ?? [])].map((node) => {
    if (node.nodeType === 1 && node.nodeName === 'MARK') {
      const mark = doc.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return doc.createTextNode(node.textContent ?? '');
  });
}

/**
 * One result as a list item cloned from `template`: its title linking to the page in the reader's language (the
 * index reads one language's entry and place pages, scripts/search-index.ts), the excerpt, and a note when it is
 * written in another language than the page.
 */
export function resultItem(template: HTMLTemplateElement, data: ResultData, lang: Lang, texts: SearchTexts): Node {
  const node = template.content.cloneNode(true) as DocumentFragment;
  const title = node.querySelector<HTMLAnchorElement>('[data-slot="title"]');
  if (title) {
    title.href = resultPathIn(data.url, lang);
    title.textContent = data.meta.title ?? data.url;
  }
  const doc = template.ownerDocument;
  node.querySelector('[data-slot="excerpt"]')?.replaceChildren(...excerptNodes(data.excerpt, doc));
  const written = data.meta.lang;
  if (written && written !== lang) {
    node.querySelector('[data-slot="article"]')?.setAttribute('lang', written);
    const language = node.querySelector<HTMLElement>('[data-slot="language"]');
    if (language) {
      language.hidden = false;
      language.textContent = fill(texts.inLanguage, { language: texts.language[written] ?? written });
    }
  }
  return node;
}
