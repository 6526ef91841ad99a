/**
 * The CMS and the contribution page in the build output: /admin carries the
 * configuration built from the schema and is kept out of lists and search
 * engines; Decap's code loads on /admin only; the Meedoen page exists in both
 * languages, its municipality field suggesting the official CBS names. And two builds of fixture content: a body with {
 * } <3 a < b builds and reads as typed, and a malicious body stops the build with check:content's lines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { CMS_MARKER, pageScripts, reachable } from '../../scripts/cms-bundle.ts';
import { cmsConfig, definitionAnchors } from '../../src/cms/config.ts';
import { readEntryFiles } from '../../src/lib/build/content-files.ts';
import { validateInitiatives } from '../../src/lib/core/validation.ts';
import { formatProblem } from '../../src/schema/report.ts';
import { t, type Lang } from '../../src/i18n/index.ts';
import { site } from '../../src/site.config.ts';
import { municipalityNames } from '../../src/taxonomy/municipalities.ts';
import { assertBuilt, dist, distFiles, page } from './dist.ts';
import { buildSite } from '../support/build-site.ts';

const htmlFiles = () => distFiles().filter((file) => file.endsWith('.html'));

beforeAll(() => {
  assertBuilt();
});

describe('/admin', () => {
  test('is a Dutch page for editors that search engines leave alone', () => {
    const admin = page('/admin/');
    expect(admin.querySelector('html')?.getAttribute('lang')).toBe('nl');
    expect(admin.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(admin.querySelector('[data-pagefind-body]')).toBeNull();
  });

  test('carries the configuration built from the schema, for GitHub (no local backend in a build)', () => {
    const json = page('/admin/').querySelector('script#cms-config')?.textContent ?? '';
    const config = JSON.parse(json) as { collections: { name: string }[] };
    expect(config).toEqual(JSON.parse(JSON.stringify(cmsConfig(site, { localBackend: false }))));
    expect(config.collections.map((collection) => collection.name)).toEqual(['initiatives', 'places', 'collections']);
  });

  test('is in no list, feed or index of the site; only the Meedoen page mentions it', () => {
    const linking = htmlFiles().filter((file) =>
      page(file)
        .querySelectorAll('a[href]')
        .some((link) => (link.getAttribute('href') ?? '').startsWith('/admin')),
    );
    expect(linking.sort()).toEqual(['/en/contribute/index.html', '/meedoen/index.html']);
    expect(readFileSync(path.join(dist, 'data', 'browse.json'), 'utf8')).not.toContain('admin');
  });
});

describe('the CMS JavaScript loads on /admin only', () => {
  const adminScripts = () => pageScripts(readFileSync(path.join(dist, 'admin', 'index.html'), 'utf8'));

  test('/admin loads Decap, bundled into the site (no CDN)', () => {
    const scripts = adminScripts();
    expect(scripts.length).toBeGreaterThan(0);
    // Bundled apart from the site, before `astro build` (scripts/cms-build.ts), into /admin/.
    expect(scripts.every((src) => src.startsWith('/admin/'))).toBe(true);
    const cms = [...reachable(dist, scripts, { dynamic: false })].filter((file) =>
      CMS_MARKER.test(readFileSync(path.join(dist, file), 'utf8')),
    );
    expect(cms.length).toBeGreaterThan(0);
  });

  test('no other page loads a file of the CMS bundle, directly or through its imports', () => {
    const cmsChunks = reachable(dist, adminScripts(), { dynamic: true });
    // The whole bundle, lazy chunks (CodeMirror modes, image codecs) included, is found from /admin's entry.
    expect(cmsChunks.size).toBeGreaterThan(50);
    expect([...cmsChunks].every((file) => file.startsWith('/admin/'))).toBe(true);
    const offenders: string[] = [];
    let checked = 0;
    for (const file of htmlFiles().filter((f) => f !== '/admin/index.html')) {
      const loaded = reachable(dist, pageScripts(readFileSync(path.join(dist, file), 'utf8')), { dynamic: true });
      checked += loaded.size;
      for (const chunk of loaded) if (cmsChunks.has(chunk)) offenders.push(`${file} loads ${chunk}`);
    }
    expect(offenders).toEqual([]);
    // The check sees other pages' scripts (the Meedoen form, search, the map).
    expect(checked).toBeGreaterThan(0);
  });
});

describe('the Meedoen page', () => {
  test.each([
    ['/meedoen/', 'nl', 'Meedoen: deel een initiatief'],
    ['/en/contribute/', 'en', 'Contribute: share an initiative'],
  ])('%s is in %s with its form', (sitePath, lang, title) => {
    const root = page(sitePath);
    expect(root.querySelector('html')?.getAttribute('lang')).toBe(lang);
    expect(root.querySelector('h1')?.text).toBe(title);
    expect(root.querySelectorAll('form[data-contribute-form] [name]').length).toBeGreaterThan(40);
    expect(root.querySelector('form[data-contribute-form]')?.getAttribute('data-editorial-email')).toBe(
      site.editorialContact.email,
    );
    // The draft notice's sentences are apart: "… na herladen. Je naam …" (Astro drops a line break there).
    const notice = root.querySelector('[data-draft-box] p')?.text.replace(/\s+/g, ' ').trim() ?? '';
    expect(notice).toContain(
      `${t(lang as Lang, 'contribute.draft.saved')} ${t(lang as Lang, 'contribute.draft.privacy')}`,
    );
    // The municipality is typed, with the official names as suggestions (no script needed for those).
    expect(root.querySelector('#f-municipality')?.getAttribute('list')).toBe('f-municipality-list');
    const names = root.querySelectorAll('datalist#f-municipality-list option').map((o) => o.getAttribute('value'));
    expect([...names].sort()).toEqual([...municipalityNames].sort());
  });

  test('every page links to it from the header', () => {
    // Embeds (for other sites' iframes) and the redirect pages of renamed entries have no site header by design.
    const chromeless = (f: string) =>
      /^\/(en\/)?embed\//.test(f) || page(f).querySelector('meta[http-equiv="refresh"]');
    for (const file of htmlFiles().filter((f) => f !== '/admin/index.html' && f !== '/404.html' && !chromeless(f))) {
      const href = file.startsWith('/en/') ? '/en/contribute/' : '/meedoen/';
      expect(page(file).querySelector(`.site-header nav a[href="${href}"]`), file).not.toBeNull();
    }
  });
});

test('a body with {, }, <3 and a < b builds and reads as typed', async () => {
  const build = await buildSite('tests/fixtures/plain-text');
  try {
    expect(build.failure, 'the build failed').toBeUndefined();
    const html = readFileSync(path.join(build.dist, 'initiatief', 'braces-and-hearts', 'index.html'), 'utf8');
    expect(html).toContain('<p>Wij &lt;3 de buurt, en a &lt; b maar c &gt; d.</p>');
    expect(html).toContain('<p>Accolades blijven tekst: {zo} en } en {.</p>');
    expect(html).toContain('<code>{x} &lt;3</code>');
  } finally {
    build.remove();
  }
}, 120_000);

test('a malicious body stops the build with the same lines as check:content', async () => {
  const root = 'tests/fixtures/unsafe';
  const expected = validateInitiatives(await readEntryFiles(path.join(root, 'initiatives'))).problems.map(
    formatProblem,
  );
  expect(expected.length).toBeGreaterThanOrEqual(20);
  const build = await buildSite(root);
  build.remove();
  expect(build.failure, 'the build should have failed').toBeDefined();
  for (const line of expected) expect(build.failure).toContain(line);
}, 120_000);

test('the CMS hints link to sections of the about page that exist', () => {
  const about = page('/over/');
  const anchors = Object.values(definitionAnchors);
  expect(anchors.length).toBeGreaterThan(5);
  for (const anchor of anchors) expect(about.querySelector(`#${anchor}`), anchor).not.toBeNull();
});
