/**
 * Build tests over the real build in dist/: every entry has its pages, every
 * facet page lists exactly the entries it should (expected sets computed here
 * from the content files, not from the site's own code), and no internal link
 * or asset is broken.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readEntryFiles } from '../../src/lib/build/content-files.ts';
import { validateInitiatives, type ValidEntry } from '../../src/lib/core/validation.ts';
import { assertBuilt, dist, distFiles, fileFor, page } from './dist.ts';
import slugify from '@sindresorhus/slugify';

let entries: ValidEntry[] = [];

beforeAll(async () => {
  assertBuilt();
  const result = validateInitiatives(await readEntryFiles(path.join('content', 'initiatives')));
  expect(result.problems).toEqual([]);
  entries = result.entries;
});

/** The slugs linked from the entry list(s) of a paginated list, following its rel=next links. */
function listedSlugs(firstPage: string, entryPrefix: string): string[] {
  const slugs: string[] = [];
  let next: string | undefined = firstPage;
  const seen = new Set<string>();
  while (next && !seen.has(next)) {
    seen.add(next);
    const root = page(next);
    for (const link of root.querySelectorAll('.entry-list .card .title a')) {
      const href = link.getAttribute('href') ?? '';
      expect(href.startsWith(entryPrefix), `${next}: ${href} is not an entry link`).toBe(true);
      slugs.push(href.slice(entryPrefix.length).replace(/\/$/, ''));
    }
    next = root.querySelector('a[rel="next"]')?.getAttribute('href');
  }
  return slugs;
}

/** What each facet value should list, straight from the frontmatter. */
function expectedFacets(): Record<string, Map<string, Set<string>>> {
  const facets: Record<string, Map<string, Set<string>>> = {};
  const add = (segment: string, value: string, slug: string) => {
    const map = (facets[segment] ??= new Map<string, Set<string>>());
    const set = map.get(value) ?? new Set<string>();
    set.add(slug);
    map.set(value, set);
  };
  for (const { slug, data } of entries) {
    add('soort', data.kind, slug);
    add('strategie', data.strategy, slug);
    if (data.strategy === 'both') {
      add('strategie', 'bonding', slug);
      add('strategie', 'bridging', slug);
    }
    for (const actor of data.actors) add('actor', actor.type, slug);
    for (const place of data.placeTypes) add('plek', place, slug);
    for (const group of data.targetGroups) add('doelgroep', group, slug);
    for (const theme of data.themes) add('thema', theme, slug);
    if (data.municipality) add('gemeente', slugify(data.municipality, { decamelize: false }), slug);
  }
  return facets;
}

describe('entry pages', () => {
  test('every entry has a page in its own language and in the other interface language', () => {
    for (const { slug, data } of entries) {
      const own = data.lang === 'en' ? `/en/initiative/${slug}/` : `/initiatief/${slug}/`;
      const other = data.lang === 'en' ? `/initiatief/${slug}/` : `/en/initiative/${slug}/`;
      const root = page(own);
      expect(root.querySelector('html')?.getAttribute('lang')).toBe(data.lang);
      expect(root.querySelector('h1')?.text.trim()).toBe(data.title);
      const foreign = page(other);
      expect(foreign.querySelector('.entry-header')?.getAttribute('lang'), other).toBe(data.lang);
      expect(foreign.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`${own}$`));
    }
  });

  test('entry pages ship no JavaScript (JSON-LD data is no script)', () => {
    for (const { slug } of entries) {
      for (const sitePath of [`/initiatief/${slug}/`, `/en/initiative/${slug}/`]) {
        const scripts = page(sitePath)
          .querySelectorAll('script')
          .filter((script) => script.getAttribute('type') !== 'application/ld+json');
        expect(scripts, sitePath).toHaveLength(0);
      }
    }
  });

  test('entry pages show labels, not taxonomy ids, and cite their sources', () => {
    for (const { slug, data } of entries) {
      const root = page(`/initiatief/${slug}/`);
      const facts = root.querySelector('.facts')?.text ?? '';
      const ids = [
        data.strategy,
        data.contactIntensity,
        data.tariff,
        data.permanence,
        data.kind,
        ...(data.status ? [data.status] : []),
        ...data.actors.map((actor) => actor.type),
        ...data.placeTypes,
        ...data.targetGroups,
        ...data.themes,
        ...data.thresholdFeatures,
      ].filter((id) => id !== undefined);
      // Ids with a dash never occur in running text, so finding one means an id leaked through instead of its label.
      for (const id of ids.filter((id) => id.includes('-'))) {
        expect(facts, `${slug} shows the id ${id}`).not.toMatch(new RegExp(`\\b${id}\\b`));
      }
      for (const source of data.sources) expect(root.querySelector('.sources')?.text, slug).toContain(source.title);
      const canonical = data.lang === 'en' ? `/en/initiative/${slug}/` : `/initiatief/${slug}/`;
      expect(root.querySelector('.reference')?.text, slug).toContain(canonical);
    }
  });
});

describe('lists and facet pages', () => {
  test('the main list, followed page by page, lists every entry once', () => {
    for (const [first, prefix] of [
      ['/initiatieven/', '/initiatief/'],
      ['/en/initiatives/', '/en/initiative/'],
    ] as const) {
      const slugs = listedSlugs(first, prefix);
      expect(slugs.length, first).toBe(entries.length);
      expect(new Set(slugs)).toEqual(new Set(entries.map((entry) => entry.slug)));
    }
  });

  test('every facet page lists exactly the entries with that value, in both languages', () => {
    const english: Record<string, string> = {
      soort: 'kind',
      strategie: 'strategy',
      actor: 'actor',
      plek: 'place',
      doelgroep: 'target-group',
      thema: 'theme',
      gemeente: 'municipality',
    };
    let checked = 0;
    for (const [segment, values] of Object.entries(expectedFacets())) {
      for (const [value, slugs] of values) {
        const nl = listedSlugs(`/initiatieven/${segment}/${value}/`, '/initiatief/');
        expect(new Set(nl), `${segment}/${value}`).toEqual(slugs);
        expect(nl.length, `${segment}/${value} lists an entry twice`).toBe(slugs.size);
        const en = listedSlugs(`/en/initiatives/${english[segment] ?? segment}/${value}/`, '/en/initiative/');
        expect(new Set(en), `en ${segment}/${value}`).toEqual(slugs);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  test('no facet page exists for a value no entry uses', () => {
    const expected = expectedFacets();
    const facetPages = distFiles().filter(
      (file) => /^\/initiatieven\/[a-z]+\/[^/]+\/index\.html$/.test(file) && !file.startsWith('/initiatieven/pagina/'),
    );
    for (const file of facetPages) {
      const [, , segment = '', value = ''] = file.split('/');
      expect(expected[segment]?.has(value), file).toBe(true);
    }
  });

  test('no list page shows more than a page of entries', () => {
    for (const file of distFiles().filter((f) => f.endsWith('.html'))) {
      expect(page(file).querySelectorAll('.entry-list > .card').length, file).toBeLessThanOrEqual(24);
    }
  });
});

describe('the whole build', () => {
  test('every page has <html lang> from its route', () => {
    for (const file of distFiles().filter((f) => f.endsWith('.html'))) {
      const lang = page(file).querySelector('html')?.getAttribute('lang');
      expect(lang, file).toBe(file.startsWith('/en/') ? 'en' : 'nl');
    }
  });

  test('no internal link, fragment or asset is broken', () => {
    const broken: string[] = [];
    let links = 0;
    for (const file of distFiles().filter((f) => f.endsWith('.html'))) {
      const root = page(file);
      const refs = [
        ...root.querySelectorAll('a[href]').map((el) => el.getAttribute('href') ?? ''),
        ...root
          .querySelectorAll('link[href]:not([rel="canonical"]):not([rel="alternate"])')
          .map((el) => el.getAttribute('href') ?? ''),
        ...root.querySelectorAll('[src]').map((el) => el.getAttribute('src') ?? ''),
        ...root.querySelectorAll('[data-src]').map((el) => el.getAttribute('data-src') ?? ''),
      ];
      for (const ref of refs) {
        if (/^(https?:|mailto:|data:)/.test(ref) || ref === '') continue;
        links += 1;
        const url = new URL(ref, `http://site${file}`);
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${file} → ${ref}`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && target.endsWith('.html') && !page(target).getElementById(id))
          broken.push(`${file} → ${ref} (no #${id})`);
      }
    }
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(1000);
  });

  test('the browse index behind client-side filtering lists every entry once', () => {
    const file = fileFor('/data/browse.json');
    expect(file).toBeDefined();
    const records = JSON.parse(readFileSync(path.join(dist, file ?? ''), 'utf8')) as { slug: string; lang: string }[];
    expect(records.map((record) => record.slug).sort()).toEqual(entries.map((entry) => entry.slug).sort());
    for (const { slug, data } of entries) expect(records.find((r) => r.slug === slug)?.lang).toBe(data.lang);
  });
});
