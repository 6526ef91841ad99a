/** Embeds: the theme tokens a host may pass, and the _headers rules that let only embeds be framed. */
import { describe, expect, test } from 'vitest';
import { applyEmbedTheme, embedThemeTokens } from '../../src/lib/present/embed-theme.ts';
import { headersFile } from '../../src/lib/build/headers.ts';
import { embedRootPaths, pageSectionPaths, pathFor } from '../../src/lib/core/routes.ts';
import { site } from '../../src/site.config.ts';

describe('embed theme', () => {
  const run = (query: string) => {
    const set: Record<string, string> = {};
    const applied = applyEmbedTheme(
      new URLSearchParams(query),
      {
        setProperty: (name: string, value: string | null) => {
          set[name] = value ?? '';
        },
      },
      (_property, value) => /^(#[0-9a-f]{3,8}|[a-z]+|rgb\([\d ,]+\))$/i.test(value),
    );
    return { set, applied };
  };

  test('sets the NL Design System tokens it knows, with valid values only', () => {
    const { set } = run(
      'nl-link-color=%23005ea5&utrecht-document-font-family=Rijksoverheid%20Sans,%20sans-serif&unknown-token=red',
    );
    expect(set).toEqual({
      '--nl-link-color': '#005ea5',
      '--utrecht-document-font-family': 'Rijksoverheid Sans, sans-serif',
    });
  });

  test('refuses values that could load something or break out of the declaration', () => {
    const { applied } = run(
      'nl-link-color=url(https://evil.example/x)&utrecht-document-font-family=x;background:url(https://evil.example)',
    );
    expect(applied).toEqual([]);
  });

  test('the tokens are NL Design System names (utrecht-* or nl-*)', () => {
    expect(Object.keys(embedThemeTokens).every((token) => /^(utrecht|nl)-[a-z-]+$/.test(token))).toBe(true);
  });
});

describe('_headers', () => {
  const file = headersFile(site);
  const rules = file
    .split(/\n\n+/)
    .filter((block) => !block.startsWith('#'))
    .map((block) => {
      const [path = '', ...headers] = block.split('\n');
      return { path, headers: headers.map((h) => h.trim()) };
    });
  const matches = (pattern: string, path: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);
  /** What the rules matching a path say about framing: frame-ancestors (from the policy) and X-Frame-Options. */
  const framing = (path: string) =>
    rules
      .filter((rule) => matches(rule.path, path))
      .flatMap((rule) => rule.headers)
      .flatMap((header) => {
        if (header.startsWith('X-Frame-Options:')) return [header];
        const ancestors = /^Content-Security-Policy:.*?(frame-ancestors [^;]+)/.exec(header)?.[1];
        return ancestors ? [`Content-Security-Policy: ${ancestors}`] : [];
      });

  test('embed pages may be framed anywhere, and by no other rule', () => {
    for (const path of [pathFor({ view: 'embed', slug: 'x' }, 'nl'), pathFor({ view: 'embed', slug: 'x' }, 'en')]) {
      expect(framing(path), path).toEqual(['Content-Security-Policy: frame-ancestors *']);
    }
  });

  test('every other kind of page only by this site', () => {
    const samples = [
      pathFor({ view: 'home' }, 'nl'),
      pathFor({ view: 'home' }, 'en'),
      pathFor({ view: 'entry', slug: 'x' }, 'nl'),
      pathFor({ view: 'entry', slug: 'x' }, 'en'),
      pathFor({ view: 'showcase', slug: 'x' }, 'nl'),
      pathFor({ view: 'showcase', slug: 'x' }, 'en'),
      pathFor({ view: 'list', page: 2 }, 'en'),
      pathFor({ view: 'contribute' }, 'nl'),
      '/admin/',
      '/404.html',
    ];
    for (const path of samples) {
      expect(framing(path), path).toEqual([
        "Content-Security-Policy: frame-ancestors 'self'",
        'X-Frame-Options: SAMEORIGIN',
      ]);
    }
  });

  test('the section list comes from the route table and leaves the embeds out', () => {
    expect(pageSectionPaths()).toContain('/collecties/');
    expect(pageSectionPaths()).toContain('/en/collections/');
    expect(pageSectionPaths().some((path) => embedRootPaths().includes(path))).toBe(false);
  });
});
