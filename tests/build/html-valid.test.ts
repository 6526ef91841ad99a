/**
 * Every built page is valid HTML: html-validate with the repository's configuration (`.htmlvalidate.json`; the
 * choices are explained in docs/architecture.md) over every HTML file in dist/, in both languages, including
 * /admin/, the embeds, 404.html and the redirect pages of renamed entries. A failure lists each error as
 * `dist/…/index.html:line:column rule message (selector)`. The same check by hand: `npx html-validate dist`.
 */
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { checkHtmlFiles } from '../support/html-validity.ts';
import { assertBuilt, dist, distFiles } from './dist.ts';

let pages: string[] = [];

beforeAll(() => {
  assertBuilt();
  pages = distFiles().filter((file) => file.endsWith('.html'));
});

test('the check reaches every kind of page', () => {
  for (const file of ['/index.html', '/en/index.html', '/404.html', '/admin/index.html', '/meedoen/index.html'])
    expect(pages, file).toContain(file);
  for (const prefix of ['/embed/', '/en/embed/'])
    expect(
      pages.some((file) => file.startsWith(prefix)),
      prefix,
    ).toBe(true);
});

// One process, one validator, the configuration resolved once: 3 s of CPU for the 230 pages of today's site;
// 137 s for the 4,072 pages (98 MB) of the benchmark's 1,000 entries, most of it in the list pages, whose ~1,000
// form controls html-validate matches to their labels and references one document walk at a time.
test('every HTML file in dist/ passes html-validate', { timeout: 600_000 }, async () => {
  const errors = await checkHtmlFiles(pages.map((file) => path.join(dist, file)));
  const report = `${String(errors.length)} errors in ${String(pages.length)} pages:\n${errors.join('\n')}\n`;
  expect(errors.length, report).toBe(0);
});
