/**
 * What the list page's script reads from the page: its settings and texts (data attributes of `[data-browser]`,
 * written by components/InitiativeBrowser.astro) and the elements it works on.
 */
import { handed } from '../handed.ts';

/** The interface texts the script writes, in the page's language (placeholders in braces). */
export interface ListTexts {
  /** "{count} initiatieven gevonden". */
  results: string;
  one: string;
  none: string;
  previous: string;
  next: string;
  /** "Pagina {page} van {pages}". */
  status: string;
  /** The place line of an entry without one. */
  nationwide: string;
  /** "In het {language}", for an entry written in the other language. */
  inLanguage: string;
  /** An entry's address with `__slug__` for its slug. */
  entryPath: string;
  /** Labels of strategies and languages by id. */
  strategy: Record<string, string>;
  language: Record<string, string>;
}

/** The texts as the component hands them over (`data-texts`). */
export const listTexts = handed<ListTexts>('texts');

export interface ListConfig {
  /** The index of the filter data (lib/core/list-format.ts). */
  src: string;
  lang: string;
  pageSize: number;
  /** The list's first page, where filtered views live. */
  base: string;
  /** The same list in the other language. */
  otherBase: string;
  /** The server page this document is (1 on the base path). */
  serverPage: number;
  texts: ListTexts;
}

export function readConfig(root: HTMLElement): ListConfig {
  const data = root.dataset;
  return {
    src: data.src ?? '',
    lang: data.lang ?? 'nl',
    pageSize: Number(data.pageSize ?? 24) || 24,
    base: data.base ?? location.pathname,
    otherBase: data.otherBase ?? '',
    serverPage: Number(data.page ?? 1) || 1,
    texts: listTexts.read(root),
  };
}

export interface ListParts {
  root: HTMLElement;
  form: HTMLFormElement;
  boxes: HTMLInputElement[];
  list: HTMLUListElement;
  status: HTMLElement;
  template: HTMLTemplateElement;
  serverPagination: HTMLElement;
  clientPagination: HTMLElement;
  /** The results' heading, focused when the reader moves on to the results. */
  heading: HTMLElement | null;
  /** The header's link to the other language, kept on the same view. */
  languageSwitch: HTMLAnchorElement | null;
}

/** The elements of the list browser, or undefined when one it needs is missing. */
export function findParts(root: HTMLElement): ListParts | undefined {
  const form = root.querySelector<HTMLFormElement>('[data-facet-form]');
  const list = root.querySelector<HTMLUListElement>('#results-list');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const template = root.querySelector<HTMLTemplateElement>('[data-card-template]');
  const serverPagination = root.querySelector<HTMLElement>('[data-server-pagination]');
  const clientPagination = root.querySelector<HTMLElement>('[data-client-pagination]');
  if (!form || !list || !status || !template || !serverPagination || !clientPagination) return undefined;
  return {
    root,
    form,
    boxes: [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')],
    list,
    status,
    template,
    serverPagination,
    clientPagination,
    heading: root.querySelector<HTMLElement>('#results-title'),
    languageSwitch: root.ownerDocument.querySelector<HTMLAnchorElement>('[data-lang-switch]'),
  };
}
