/**
 * The benchmark's smoke run (issue #7): the synthetic corpus of `npm run bench` at N = 1,000, generated into a
 * temporary folder and built like the site, has every page it should. The expected pages are computed here from
 * the generated files (entries, their facet values, the collections), not from the site's own route list.
 * A correctness check only: timings belong in BENCHMARKS.md, never in assertions.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import slugify from '@sindresorhus/slugify';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generate, placeCount } from '../../scripts/bench/generate.ts';
import { pageTypes, samplePages } from '../../scripts/bench/pages.ts';
import { facets, type FacetKey } from '../../src/lib/core/facets.ts';
import { showcaseFeedFormats, showcaseFeedPath, dataPaths, pathFor, type Route } from '../../src/lib/core/routes.ts';
import { searchWorkerFrom } from '../../src/lib/core/search.ts';
import { site } from '../../src/site.config.ts';
import { buildSite, type FixtureBuild } from '../support/build-site.ts';

const N = 1000;
const langs = ['nl', 'en'] as const;

interface Frontmatter {
  kind: string;
  strategy: string;
  actors: { type: string }[];
  placeTypes: string[];
  targetGroups: string[];
  themes: string[];
  municipality?: string;
}

/** The facet values of one generated entry, read off its frontmatter ("both" counts under bonding and bridging too). */
function facetValues(data: Frontmatter): Record<FacetKey, string[]> {
  return {
    kind: [data.kind],
    strategy: data.strategy === 'both' ? ['bonding', 'bridging', 'both'] : [data.strategy],
    actor: data.actors.map((actor) => actor.type),
    place: data.placeTypes,
    target: data.targetGroups,
    theme: data.themes,
    municipality: data.municipality ? [slugify(data.municipality, { decamelize: false })] : [],
  };
}

const pagesOf = (count: number) => Math.max(1, Math.ceil(count / site.pageSize));

describe(`the benchmark corpus at N = ${String(N)} builds with every page`, () => {
  let root = '';
  let build: FixtureBuild | undefined;
  const slugs: string[] = [];
  const collections: string[] = [];
  const byFacet = new Map<FacetKey, Map<string, Set<string>>>(facets.map((facet) => [facet.key, new Map()]));

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'bp-bench-smoke-'));
    await generate(N, root, () => undefined);
    for (const file of readdirSync(path.join(root, 'initiatives')).sort()) {
      const slug = file.replace(/\.md$/, '');
      slugs.push(slug);
      const text = readFileSync(path.join(root, 'initiatives', file), 'utf8');
      const data = load(text.split(/^---$/m)[1] ?? '') as Frontmatter;
      for (const [key, values] of Object.entries(facetValues(data)) as [FacetKey, string[]][]) {
        const byValue = byFacet.get(key);
        for (const value of new Set(values)) byValue?.set(value, (byValue.get(value) ?? new Set()).add(slug));
      }
    }
    collections.push(...readdirSync(path.join(root, 'collections')).map((file) => file.replace(/\.ya?ml$/, '')));
    build = await buildSite(root);
  }, 900_000);

  afterAll(() => {
    build?.remove();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** The site paths (from the list given) that the build did not write. */
  const absent = (sitePaths: readonly string[]) => {
    if (build?.failure !== undefined) throw new Error('the build failed: see "the build succeeds"');
    return sitePaths.filter((sitePath) => {
      const file = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
      return !existsSync(path.join(build?.dist ?? '', file));
    });
  };
  const everyLang = (routes: readonly Route[]) => routes.flatMap((route) => langs.map((lang) => pathFor(route, lang)));

  test('the build succeeds', () => {
    expect(build?.failure?.slice(-3000), 'the build failed').toBeUndefined();
    expect(slugs).toHaveLength(N);
    expect(collections.length).toBeGreaterThan(0);
  });

  test('every entry has its page in both languages, and there are no others', () => {
    expect(absent(everyLang(slugs.map((slug) => ({ view: 'entry', slug }))))).toEqual([]);
    for (const lang of langs) {
      const dir = path.join(build?.dist ?? '', pathFor({ view: 'entry', slug: 'x' }, lang).replace(/x\/$/, ''));
      expect(readdirSync(dir).sort(), `entry pages in ${lang}`).toEqual(slugs);
    }
  });

  test('home, the fixed pages and every page of the list of all entries exist in both languages', () => {
    const fixed: Route[] = [
      { view: 'home' },
      { view: 'about' },
      { view: 'search' },
      { view: 'contribute' },
      { view: 'showcases' },
    ];
    const list = Array.from({ length: pagesOf(N) }, (_, i): Route => ({ view: 'list', page: i + 1 }));
    expect(absent(everyLang([...fixed, ...list]))).toEqual([]);
    const afterLast: Route = { view: 'list', page: pagesOf(N) + 1 };
    expect(absent(everyLang([afterLast])), 'no list page after the last').toHaveLength(2);
  });

  test('every facet value used by an entry has all its pages in both languages', () => {
    const routes: Route[] = [];
    for (const [facet, byValue] of byFacet) {
      expect(byValue.size, `values of ${facet}`).toBeGreaterThan(0);
      for (const [value, entries] of byValue) {
        for (let page = 1; page <= pagesOf(entries.size); page++) routes.push({ view: 'facet', facet, value, page });
      }
    }
    expect(absent(everyLang(routes))).toEqual([]);
  });

  test('every collection has its page, its embed and its feeds', () => {
    const routes = collections.flatMap((slug): Route[] => [
      { view: 'showcase', slug },
      { view: 'embed', slug },
    ]);
    const feeds = collections.flatMap((slug) =>
      showcaseFeedFormats.map((format) => showcaseFeedPath(slug, format)),
    );
    expect(absent([...everyLang(routes), ...feeds])).toEqual([]);
  });

  test('the site-wide feeds and open data exist', () => {
    expect(absent(Object.values(dataPaths))).toEqual([]);
  });

  test('the search index holds every entry and place once (its Dutch-interface page, scripts/search-index.ts)', () => {
    expect(absent(['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json'])).toEqual([]);
    const entry = JSON.parse(readFileSync(path.join(build?.dist ?? '', 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(
      Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count])),
    ).toEqual({ nl: N + placeCount(N) });
  });

  test('every page type the benchmark measures (page weight, Lighthouse) has its sample page', () => {
    if (build?.failure !== undefined) throw new Error('the build failed: see "the build succeeds"');
    const samples = samplePages(build?.dist ?? '');
    expect(pageTypes.filter((type) => samples[type] === undefined)).toEqual([]);
    expect(samples.place).toMatch(/^\/plekken\/bench-plek-\d+\/$/);
    expect(samples.area).toMatch(/^\/gebieden\/[a-z-]+\/$/);
  });

  test('below searchWorkerFrom entries the search page searches without Pagefind’s worker', () => {
    expect(N).toBeLessThan(searchWorkerFrom);
    for (const lang of langs) {
      const html = readFileSync(path.join(build?.dist ?? '', pathFor({ view: 'search' }, lang), 'index.html'), 'utf8');
      expect(html).toContain('data-search');
      expect(html).not.toContain('data-worker');
    }
    expect(absent(['/pagefind/pagefind-worker.js']), 'the worker is there for larger sites').toEqual([]);
  });
});
