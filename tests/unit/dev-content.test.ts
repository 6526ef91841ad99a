/**
 * The dev server as strict as the build (docs/architecture.md, "Dev server"):
 * - `checkedInDev` (lib/build/dev-loader.ts) keeps every file that fails the per-file checks out of the content store;
 * - `problem-pages.ts` finds the addresses of the files with problems and writes the page shown there, every
 *   piece of text escaped;
 * - `slugOfText` reads where a file's page would be, even when its frontmatter cannot be read.
 * tests/dev/dev-server.test.ts runs `astro dev` itself.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { checkedInDev } from '../../src/lib/build/dev-loader.ts';
import {
  contentPageSections,
  escapeHtml,
  kindOf,
  pagePathsOf,
  problemFileAt,
  problemFiles,
  problemPageHeaders,
  problemPageHtml,
} from '../../src/lib/build/problem-pages.ts';
import { slugOfText, validateInitiatives } from '../../src/lib/core/validation.ts';
import type { Problem } from '../../src/schema/report.ts';
import { fixtureRoots, projectRoot } from './fixtures.ts';

const languages = ['nl', 'en'] as const;

describe('slugOfText', () => {
  test('reads the slug field, or else the file name', () => {
    expect(slugOfText('content/initiatives/a.md', '---\ntitle: A\n---\n')).toBe('a');
    expect(slugOfText('content/initiatives/a.md', '---\nslug: b\n---\n')).toBe('b');
    expect(slugOfText('content/collections/c.yaml', 'slug: d\n')).toBe('d');
    expect(slugOfText('content/collections/c.yml', 'title: C\n')).toBe('c');
  });

  test('a file whose frontmatter or YAML cannot be read has the slug of its file name', () => {
    expect(slugOfText('content/initiatives/kapot.mdx', '---\ntitle: [\n---\n')).toBe('kapot');
    expect(slugOfText('content/initiatives/zonder.md', 'geen frontmatter')).toBe('zonder');
    expect(slugOfText('content/collections/kapot.yaml', 'items: [\n')).toBe('kapot');
  });
});

describe('problem pages', () => {
  test('kindOf reads the folder', () => {
    expect(kindOf('content/initiatives/a.md')).toBe('initiatives');
    expect(kindOf('../../tmp/x/places/b.md')).toBe('places');
    expect(kindOf('content\\collections\\c.yaml')).toBe('collections');
    expect(kindOf('content/other/d.md')).toBeUndefined();
  });

  test('a file’s pages in both languages: entry, place, collection and its embed', () => {
    expect(pagePathsOf('initiatives', 'a', languages)).toEqual(['/initiatief/a/', '/en/initiative/a/']);
    expect(pagePathsOf('places', 'b', languages)).toEqual(['/plekken/b/', '/en/places/b/']);
    expect(pagePathsOf('collections', 'c', languages)).toEqual([
      '/collecties/c/',
      '/en/collections/c/',
      '/embed/collecties/c/',
      '/en/embed/collections/c/',
    ]);
    expect(contentPageSections(languages).sort()).toEqual(
      [
        '/initiatief/',
        '/en/initiative/',
        '/plekken/',
        '/en/places/',
        '/collecties/',
        '/en/collections/',
        '/embed/collecties/',
        '/en/embed/collections/',
      ].sort(),
    );
  });

  const problems: Problem[] = [
    { file: 'content/initiatives/a.md', field: 'body', message: 'line 3: uses the HTML element <script>' },
    { file: 'content/initiatives/a.md', field: 'title', message: 'is missing: add a title' },
    { file: 'content/collections/c.yaml', field: 'items[0].initiative', message: 'lists "x"' },
    { file: 'elsewhere.md', field: '(file)', message: 'not content' },
  ];
  const files = problemFiles(problems, (file) => (file.endsWith('a.md') ? 'a' : 'c'), languages);

  test('problemFiles groups the problems per file with the file’s pages', () => {
    expect(files.map(({ file, paths, problems: own }) => [file, paths.length, own.length])).toEqual([
      ['content/initiatives/a.md', 2, 2],
      ['content/collections/c.yaml', 4, 1],
    ]);
  });

  test('problemFileAt finds the file of a page and of what lies below it, and nothing else', () => {
    expect(problemFileAt('/initiatief/a/', files)?.file).toBe('content/initiatives/a.md');
    expect(problemFileAt('/en/initiative/a', files)?.file).toBe('content/initiatives/a.md');
    expect(problemFileAt('/collecties/c/rss.xml', files)?.file).toBe('content/collections/c.yaml');
    expect(problemFileAt('/en/embed/collections/c/', files)?.file).toBe('content/collections/c.yaml');
    expect(problemFileAt('/initiatief/ab/', files)).toBeUndefined();
    expect(problemFileAt('/initiatief/', files)).toBeUndefined();
    expect(problemFileAt('/', files)).toBeUndefined();
  });

  test('escapeHtml escapes what could open a tag, an entity or an attribute', () => {
    expect(escapeHtml(`<img src=x onerror="a('&')">`)).toBe('&lt;img src=x onerror=&quot;a(&#39;&amp;&#39;)&quot;&gt;');
  });

  test('the page lists the file’s problems as check:content prints them, then the others, all escaped', () => {
    const hostile: Problem[] = [
      {
        file: 'content/initiatives/<svg onload=alert(1)>.md',
        field: '<img src=x onerror=alert(2)>',
        message: '<a href="javascript:alert(3)">klik</a> </pre><script>alert(4)</script>',
      },
      ...problems,
    ];
    const [shown] = problemFiles(hostile, () => 'x', languages);
    if (!shown) throw new Error('no problem file');
    const html = problemPageHtml(shown, hostile);
    const document = parse(html);
    // The only element that could run anything is the dev server's own client, and nothing carries an event handler.
    expect(document.querySelectorAll('script').map((script) => script.getAttribute('src'))).toEqual(['/@vite/client']);
    expect(document.querySelectorAll('img, a, svg, iframe')).toHaveLength(0);
    for (const element of document.querySelectorAll('*')) {
      expect(Object.keys(element.attributes).filter((name) => name.startsWith('on'))).toEqual([]);
    }
    const [own, others] = document.querySelectorAll('pre').map((pre) => pre.textContent);
    expect(own).toBe(
      'content/initiatives/<svg onload=alert(1)>.md: <img src=x onerror=alert(2)>: <a href="javascript:alert(3)">klik</a> </pre><script>alert(4)</script>',
    );
    expect(others?.split('\n')).toEqual([
      'content/initiatives/a.md: body: line 3: uses the HTML element <script>',
      'content/initiatives/a.md: title: is missing: add a title',
      'content/collections/c.yaml: items[0].initiative: lists "x"',
      'elsewhere.md: (file): not content',
    ]);
    expect(document.querySelector('title')?.textContent).toBe(
      'Content problems: content/initiatives/<svg onload=alert(1)>.md',
    );
  });

  test('the page is served so that nothing but the dev server’s client may run, and is never cached', () => {
    expect(problemPageHeaders['Content-Security-Policy']).toMatch(/default-src 'none'; script-src 'self';/);
    expect(problemPageHeaders['Cache-Control']).toBe('no-store');
    expect(problemPageHtml({ file: 'f.md', paths: [], problems: [] }, [], false)).not.toContain('<script');
  });
});

describe('checkedInDev', () => {
  /** A fixture file as the glob loader sees it: absolute path, id, and data as Astro parsed it. */
  const file = (root: string, name: string) => path.join(projectRoot, root, 'initiatives', name);
  const valid = file(fixtureRoots.valid, 'minimal-required-only.mdx');
  const hostile = path.join(projectRoot, 'tests/fixtures/unsafe/initiatives/script-element.md');
  const schemaError = file(fixtureRoots.malformed, 'strategy-typo.mdx');
  const yamlError = file(fixtureRoots.malformed, 'yaml-syntax-error.mdx');

  /** A store like Astro's scoped store, on a Map. */
  function memoryStore(): DataStore & { map: Map<string, unknown> } {
    const map = new Map<string, { id: string }>();
    return {
      map,
      get: (key) => map.get(key) as never,
      entries: () => [...map] as never,
      set: (entry) => {
        map.set(entry.id, entry);
        return true;
      },
      values: () => [...map.values()] as never,
      keys: () => [...map.keys()],
      delete: (key) => {
        map.delete(key);
      },
      clear: () => {
        map.clear();
      },
      has: (key) => map.has(key),
      addModuleImport: () => undefined,
    };
  }

  /**
   * A loader that reads files the way Astro's glob loader does: the entry type's getEntryInfo, then parseData,
   * then store.set; a file whose data fails `schemaFails` makes parseData throw, as Astro's schema check does.
   */
  function globLike(files: readonly string[]): Loader {
    return {
      name: 'glob-like',
      load: async (context) => {
        const { entryTypes } = context as LoaderContext & {
          entryTypes: Map<string, { getEntryInfo: (p: { fileUrl: URL; contents: string }) => Promise<unknown> }>;
        };
        for (const filePath of files) {
          const id = path.basename(filePath).replace(/\.mdx?$/, '');
          const type = entryTypes.get(path.extname(filePath));
          if (!type) throw new Error(`no entry type for ${filePath}`);
          const info = (await type.getEntryInfo({ fileUrl: pathToFileURL(filePath), contents: '' })) as {
            data: Record<string, unknown>;
          };
          const data = await context.parseData({ id, data: info.data, filePath });
          context.store.set({ id, data, body: 'body', filePath: path.relative(projectRoot, filePath) });
        }
      },
    };
  }

  async function load(files: readonly string[], stored: readonly string[] = []) {
    const store = memoryStore();
    for (const id of stored) store.set({ id, data: {} });
    const readable = { getEntryInfo: () => Promise.resolve({ data: { title: 'x' }, body: '', slug: '', rawData: '' }) };
    const context = {
      collection: 'initiatives',
      store,
      logger: { info: () => undefined },
      // Astro's schema check, for the schema error fixture only (the others Astro would accept).
      parseData: ({ data, filePath }: { data: Record<string, unknown>; filePath?: string }) =>
        filePath === schemaError ? Promise.reject(new Error('schema')) : Promise.resolve(data),
      entryTypes: new Map([
        ['.md', readable],
        [
          '.mdx',
          {
            getEntryInfo: ({ fileUrl }: { fileUrl: URL }) =>
              fileUrl.pathname.endsWith('yaml-syntax-error.mdx')
                ? Promise.reject(new Error('bad YAML'))
                : readable.getEntryInfo(),
          },
        ],
      ]),
    } as unknown as LoaderContext;
    await checkedInDev(globLike(files), (f) => validateInitiatives([f]).problems).load(context);
    return [...store.map.keys()].sort();
  }

  test('a valid file is stored', async () => {
    expect(await load([valid])).toEqual(['minimal-required-only']);
  });

  test('a hostile body, a schema error and unreadable YAML are left out, and do not stop the sync', async () => {
    expect(await load([hostile, schemaError, yamlError, valid])).toEqual(['minimal-required-only']);
  });

  test('what an earlier run stored is checked again: the store starts empty', async () => {
    expect(await load([valid], ['script-element', 'stale'])).toEqual(['minimal-required-only']);
  });

  test('without a check of its own, only the schema check leaves a file out', async () => {
    const store = memoryStore();
    const context = {
      store,
      logger: { info: () => undefined },
      parseData: () => Promise.reject(new Error('schema')),
    } as unknown as LoaderContext;
    const loader: Loader = {
      name: 'one',
      load: async (inner) => {
        const data = await inner.parseData({ id: 'a', data: {}, filePath: valid });
        inner.store.set({ id: 'a', data });
      },
    };
    await checkedInDev(loader).load(context);
    expect(store.map.size).toBe(0);
  });
});
