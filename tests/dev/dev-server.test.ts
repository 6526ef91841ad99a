/**
 * `astro dev` (what `npm start` runs) is as strict as the build. It runs for real, on a free port, on a
 * temporary content root (BUURTPODIUM_CONTENT_DIR): the valid fixtures plus hostile and broken files, as a pull
 * request could bring them (tests/fixtures/unsafe, malformed, bad-places):
 * - the page of each such file answers with its problems, as `check:content` prints them, and nothing of its
 *   body: no script, no event handler, no javascript: link; in Chromium no dialog opens;
 * - a file with a schema error or unreadable YAML no longer stops the dev server;
 * - the files with problems are in no list or data file; valid entries render;
 * - live: an entry that turns hostile shows its problems at once, and renders again once fixed.
 *
 * The dev server keeps its content store in .astro/ of the project (Astro has no setting for it): while this test
 * runs, an `npm start` in the same checkout would see the test's content.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { checkContent } from '../../src/lib/build/content-files.ts';
import { formatProblem } from '../../src/schema/report.ts';
import { freePort, host, startNode, waitUntil, type Server } from './servers.ts';

const fixtures = path.resolve('tests', 'fixtures');

/** The files with problems, by the slug they are stored under, and where they come from. */
const hostile = {
  'hostile-script': 'unsafe/initiatives/script-element.md',
  'hostile-onerror': 'unsafe/initiatives/event-handler-onerror.md',
  'hostile-svg-onload': 'unsafe/initiatives/event-handler-slash-separated.md',
  'hostile-javascript-link': 'unsafe/initiatives/javascript-link.md',
  'hostile-mdx-expression': 'unsafe/initiatives/mdx-expression.mdx',
} as const;
const broken = {
  'schema-error': 'malformed/initiatives/strategy-typo.mdx',
  'yaml-error': 'malformed/initiatives/yaml-syntax-error.mdx',
} as const;
const hostilePlace = { slug: 'hostile-place', from: 'bad-places/places/script-in-body.md' };

/** A valid entry of tests/fixtures/valid, and the one the live test edits. */
const validSlug = 'english-language-entry';
const editedSlug = 'minimal-required-only';

let root = '';
let port = 0;
let server: Server | undefined;
let expected = new Map<string, string[]>();

const url = (pagePath: string) => `http://${host}:${String(port)}${pagePath}`;
const initiativesDir = () => path.join(root, 'initiatives');
const fileOf = (slug: string) => {
  const from = { ...hostile, ...broken }[slug as keyof typeof hostile & keyof typeof broken] as string | undefined;
  return path.join(initiativesDir(), `${slug}${path.extname(from ?? '.mdx')}`);
};

async function get(pagePath: string): Promise<{ status: number; type: string; html: string }> {
  const response = await fetch(url(pagePath));
  return { status: response.status, type: response.headers.get('content-type') ?? '', html: await response.text() };
}

/** The problem lines `check:content` prints for the content root now, per file as the dev server names it. */
async function problemLines(): Promise<Map<string, string[]>> {
  const lines = new Map<string, string[]>();
  for (const problem of (await checkContent(root)).problems) {
    lines.set(problem.file, [...(lines.get(problem.file) ?? []), formatProblem(problem)]);
  }
  return lines;
}

/** Nothing of a hostile body: no script but the dev server's client, no event handler, no link, no image. */
function expectNothingRuns(html: string): void {
  const document = parse(html);
  expect(document.querySelectorAll('script').map((script) => script.getAttribute('src'))).toEqual(['/@vite/client']);
  expect(document.querySelectorAll('a, img, svg, iframe, object, embed')).toHaveLength(0);
  for (const element of document.querySelectorAll('*')) {
    expect(Object.keys(element.attributes).filter((name) => /^on/i.test(name))).toEqual([]);
  }
  expect(html).not.toMatch(/<script>(alert|fetch)|<img[^>]*onerror|<svg\/onload|href="?\s*javascript:/i);
}

/** The problem page of a file: status 500, the file's lines as check:content prints them, nothing that runs. */
function expectProblemPage(page: { status: number; type: string; html: string }, lines: readonly string[]): void {
  expect(page.status).toBe(500);
  expect(page.type).toBe('text/html; charset=utf-8');
  expect(lines.length).toBeGreaterThan(0);
  const [own] = parse(page.html)
    .querySelectorAll('pre')
    .map((pre) => pre.textContent);
  expect(own?.split('\n')).toEqual(lines);
  expectNothingRuns(page.html);
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'bp-dev-server-'));
  cpSync(path.join(fixtures, 'valid'), root, { recursive: true });
  for (const [slug, from] of Object.entries({ ...hostile, ...broken })) {
    cpSync(path.join(fixtures, from), path.join(initiativesDir(), `${slug}${path.extname(from)}`));
  }
  mkdirSync(path.join(root, 'places'), { recursive: true });
  cpSync(path.join(fixtures, hostilePlace.from), path.join(root, 'places', `${hostilePlace.slug}.md`));
  expected = await problemLines();

  port = await freePort();
  const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  server = startNode([astro, 'dev', '--host', host, '--port', String(port)], { BUURTPODIUM_CONTENT_DIR: root });
  await waitUntil(async () => (await fetch(url('/'))).status === 200, server, 80_000);
}, 90_000);

afterAll(async () => {
  await server?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

test('the content has the problems check:content reports: one or more per hostile or broken file', () => {
  const files = [...Object.keys({ ...hostile, ...broken }).map(fileOf), path.join(root, 'places', 'hostile-place.md')];
  expect([...expected.keys()].map((file) => path.resolve(file)).sort()).toEqual(files.sort());
});

test('the dev server started, and printed the problems', () => {
  expect(server?.log()).toMatch(/The content has \d+ problem\(s\); the pages of these files show them/);
  for (const lines of expected.values()) for (const line of lines) expect(server?.log()).toContain(line);
});

describe('the page of a file with problems shows them, and nothing of the body', () => {
  test.each(Object.keys(hostile))('hostile entry %s, in both languages', async (slug) => {
    const lines = expected.get(path.relative(process.cwd(), fileOf(slug))) ?? [];
    expectProblemPage(await get(`/initiatief/${slug}/`), lines);
    expectProblemPage(await get(`/en/initiative/${slug}/`), lines);
  });

  test.each(Object.keys(broken))('entry with a %s: the dev server runs, the page names the problem', async (slug) => {
    expectProblemPage(
      await get(`/initiatief/${slug}/`),
      expected.get(path.relative(process.cwd(), fileOf(slug))) ?? [],
    );
  });

  test('a place with a script in its body', async () => {
    const file = path.relative(process.cwd(), path.join(root, 'places', 'hostile-place.md'));
    expectProblemPage(await get(`/plekken/${hostilePlace.slug}/`), expected.get(file) ?? []);
  });

  test('the page lists the other problems of the content too', async () => {
    const page = await get('/initiatief/hostile-onerror/');
    const [, others] = parse(page.html)
      .querySelectorAll('pre')
      .map((pre) => pre.textContent);
    expect(others?.split('\n').length).toBe([...expected.values()].flat().length - 1);
  });
});

describe('valid content keeps working', () => {
  test('a valid entry renders', async () => {
    const page = await get(`/initiatief/${validSlug}/`);
    expect(page.status).toBe(200);
    expect(parse(page.html).querySelector('h1')?.textContent).toBeTruthy();
    expect(page.html).toContain('data-pagefind-body');
  });

  test('the files with problems are in no list or data file', async () => {
    const browse = await get('/data/browse.json');
    expect(browse.status).toBe(200);
    expect(browse.html).toContain(`"${validSlug}"`);
    for (const slug of Object.keys({ ...hostile, ...broken })) expect(browse.html).not.toContain(`"${slug}"`);
    const places = await get('/plekken/');
    expect(places.status).toBe(200);
    expect(places.html).not.toContain(hostilePlace.slug);
  });
});

describe('in Chromium', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('no hostile page opens a dialog; the valid entry loads too', async () => {
    if (!browser) throw new Error('Chromium did not start');
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const slug of Object.keys(hostile)) {
      await page.goto(url(`/initiatief/${slug}/`), { waitUntil: 'load' });
      await page.waitForTimeout(300);
      expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    }
    await page.goto(url(`/initiatief/${validSlug}/`), { waitUntil: 'load' });
    expect(dialogs).toEqual([]);
    // The listener works: a dialog the test opens itself is seen.
    await page.evaluate(() => {
      alert('from the test');
    });
    expect(dialogs).toEqual(['from the test']);
  });
});

describe('live', () => {
  const file = () => path.join(initiativesDir(), `${editedSlug}.mdx`);
  let original = '';
  beforeAll(() => {
    original = readFileSync(file(), 'utf8');
  });

  test('an entry that turns hostile shows its problems; once fixed, it renders again, with the edit', async () => {
    expect((await get(`/initiatief/${editedSlug}/`)).status).toBe(200);

    writeFileSync(file(), `${original}\nEen foto: <img src="x" onerror="alert(document.domain)">\n`);
    const relative = path.relative(process.cwd(), file());
    const lines = (await problemLines()).get(relative) ?? [];
    expect(lines).toHaveLength(1);
    await expect.poll(async () => (await get(`/initiatief/${editedSlug}/`)).status, { timeout: 15_000 }).toBe(500);
    expectProblemPage(await get(`/initiatief/${editedSlug}/`), lines);
    await expect
      .poll(async () => (await get('/data/browse.json')).html, { timeout: 15_000 })
      .not.toContain(`"${editedSlug}"`);

    writeFileSync(file(), `${original}\nBijgewerkt tijdens de test.\n`);
    await expect
      .poll(async () => (await get(`/initiatief/${editedSlug}/`)).html, { timeout: 15_000 })
      .toContain('Bijgewerkt tijdens de test.');
    expect((await get(`/initiatief/${editedSlug}/`)).status).toBe(200);
  });
});

describe('/admin after a save', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a changed content file reloads an open entry page, but not /admin (no white screen after a save)', async () => {
    if (!browser) throw new Error('Chromium did not start');
    const admin = await browser.newPage();
    await admin.goto(url('/admin/'), { waitUntil: 'load' });
    // Decap has drawn itself (its login or collection view): the CMS script ran, with its dev-reload guard.
    await admin.locator('#nc-root').waitFor({ timeout: 60_000 });
    const entry = await browser.newPage();
    await entry.goto(url(`/initiatief/${validSlug}/`), { waitUntil: 'load' });
    const mark = (page: typeof admin) =>
      page.evaluate(() => {
        (window as { kept?: boolean }).kept = true;
      });
    const kept = (page: typeof admin) => page.evaluate(() => (window as { kept?: boolean }).kept === true);
    await mark(admin);
    await mark(entry);

    const file = path.join(initiativesDir(), `${validSlug}.mdx`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nNa het opslaan in /admin.\n`);
    // The dev server sent its reload: the entry page reloaded (its mark is gone) with the new text.
    await expect.poll(() => kept(entry).catch(() => true), { timeout: 20_000 }).toBe(false);
    await expect.poll(async () => entry.textContent('main'), { timeout: 20_000 }).toContain('Na het opslaan');
    expect(await kept(admin)).toBe(true);
  });
});
