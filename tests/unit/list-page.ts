/**
 * A list page for DOM tests of src/client/list/: the markup the script works on (as components/
 * InitiativeBrowser.astro, FacetPanel.astro and EntryCard.astro render it, cut to what the script reads), the
 * filter data of lib/build/list-data.ts for a small catalog, and a fetch that serves those files and logs requests.
 */
import type { ListTexts } from '../../src/client/list/config.ts';
import { browseIndex } from '../../src/lib/present/browse-index.ts';
import { buildCatalog, type Catalog } from '../../src/lib/core/catalog.ts';
import { facetKeys } from '../../src/lib/core/facets.ts';
import { listData } from '../../src/lib/build/list-data.ts';
import { listIndexPath, recordsPath } from '../../src/lib/core/list-format.ts';
import { makeItem } from './make-initiative.ts';

export const pageSize = 4;
export const base = '/initiatieven/';

export const texts: ListTexts = {
  results: '{count} initiatieven gevonden',
  one: '1 initiatief gevonden',
  none: 'Geen initiatieven gevonden',
  previous: 'Vorige',
  next: 'Volgende',
  status: 'Pagina {page} van {pages}',
  nationwide: 'Landelijk',
  inLanguage: 'In het {language}',
  entryPath: '/initiatief/__slug__/',
  strategy: { bonding: 'Binden', bridging: 'Overbruggen', both: 'Allebei' },
  language: { nl: 'Nederlands', en: 'Engels' },
};

const themes = ['loneliness', 'health', 'safety'] as const;

/** 20 entries, newest first by number: health every third, Nijmegen every fourth, one in English, one nationwide. */
export const catalog: Catalog = buildCatalog(
  Array.from({ length: 20 }, (_, i) =>
    makeItem(`entry-${String(i)}`, {
      title: `Initiatief ${String(i)}`,
      summary: `Samenvatting ${String(i)}.`,
      published: `2025-02-${String(28 - i).padStart(2, '0')}`,
      lang: i === 5 ? 'en' : 'nl',
      strategy: i % 2 === 0 ? 'bonding' : 'bridging',
      themes: [themes[i % 3] ?? 'loneliness'],
      ...(i === 7 ? {} : { municipality: i % 4 === 0 ? 'Nijmegen' : 'Utrecht' }),
    }),
  ),
);
export const records = browseIndex(catalog);
export const data = listData(catalog, 3);

export interface FakeServer {
  fetch: (url: string) => Promise<unknown>;
  /** Every address asked for, in order. */
  requests: string[];
  /** Hold the answers for addresses that match until `release()`. */
  hold: (pattern: RegExp) => void;
  release: () => void;
  /** Answer addresses that match with an error. */
  fail: (pattern: RegExp) => void;
}

export function fakeServer(): FakeServer {
  const files = new Map<string, unknown>([
    [listIndexPath, JSON.parse(JSON.stringify(data.index))],
    ...data.chunks.map((chunk, n) => [recordsPath(data.index.version, n), chunk] as const),
  ]);
  const requests: string[] = [];
  let held: RegExp | undefined;
  let failing: RegExp | undefined;
  let waiting: (() => void)[] = [];
  return {
    requests,
    async fetch(url) {
      requests.push(url);
      if (held?.test(url)) await new Promise<void>((resolve) => waiting.push(resolve));
      if (failing?.test(url) || !files.has(url)) throw new Error(`${url}: HTTP 404`);
      return structuredClone(files.get(url));
    },
    hold: (pattern) => (held = pattern),
    release: () => {
      held = undefined;
      const resolve = waiting;
      waiting = [];
      for (const go of resolve) go();
    },
    fail: (pattern) => (failing = pattern),
  };
}

const checkbox = (key: string, value: string, count: number) =>
  `<li><input type="checkbox" id="f-${key}-${value}" name="${key}" value="${value}">` +
  `<label for="f-${key}-${value}">${value} <span class="count" data-count-for="${key}:${value}">(${String(count)})</span></label></li>`;

/** The list page as the server writes page `page` of it. */
export function pageHtml(page = 1): string {
  const groups = facetKeys
    .map((key) => {
      const boxes = [...catalog.counts[key]].map(([value, count]) => checkbox(key, value, count)).join('');
      return `<fieldset><legend>${key}</legend><ul>${boxes}</ul></fieldset>`;
    })
    .join('');
  const cards = records
    .slice((page - 1) * pageSize, page * pageSize)
    .map((record) => `<li><a href="/initiatief/${record.slug}/">${record.title}</a></li>`)
    .join('');
  return `
    <header><a data-lang-switch href="/en/initiatives/">English</a></header>
    <div data-browser data-src="${listIndexPath}" data-lang="nl" data-base="${base}"
      data-other-base="/en/initiatives/" data-page="${String(page)}" data-page-size="${String(pageSize)}"
      data-texts='${JSON.stringify(texts)}'>
      <form data-facet-form>${groups}<button type="submit">Toon</button><button type="reset">Wis</button></form>
      <section>
        <h2 id="results-title" tabindex="-1">Initiatieven</h2>
        <p data-status role="status">${String(records.length)} initiatieven gevonden</p>
        <ul id="results-list">${cards}</ul>
        <div data-server-pagination><nav><a href="${base}pagina/2/" data-page="2" rel="next">Volgende</a></nav></div>
        <nav data-client-pagination hidden></nav>
        <template data-card-template><li><article data-slot="article"><h2><a href="${base}" data-slot="title">x</a></h2>
          <p data-slot="summary"></p><p><span data-slot="strategy"></span><span data-slot="place"></span>
          <span data-slot="language" lang="nl" hidden></span></p></article></li></template>
      </section>
    </div>`;
}
