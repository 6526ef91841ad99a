/**
 * Practitioners' submissions typed into /admin in Chromium, as in the issue "The CMS as a practitioner meets it":
 * the built /admin against decap-server (our wrapper, 127.0.0.1, a free port) over a temporary copy of the content.
 * - a repair café with only the year it started: the year is kept; themes, permanence and status are left to the
 *   editors (`pending`); the source is the practitioners' own account, dated; the contact meant for the editors
 *   lands in .cms-private/, never in the entry;
 * - a hostile paste: an e-mail address in the body is refused, at the field and in Dutch, and nothing is saved;
 * - an English submission: the template's headings come out in English;
 * - a buurtkamer: the month it opened is kept; a phone number in the summary is refused at its field, and saved
 *   once it is in the editors' contact field, which never reaches the file;
 * - a temporary workshop: an end date before the start is refused at the end date, then kept with the start;
 * - the site built from those files: the year reads as "2019", no empty heading and no address on any page.
 * Screenshots go to tests/.artifacts/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fieldTexts } from '../../src/cms/labels.ts';
import { checkContent } from '../../src/lib/build/content-files.ts';
import { splitFrontmatter } from '../../src/lib/core/validation.ts';
import { bodySections } from '../../src/schema/initiative.ts';
import { labelOf } from '../../src/taxonomy/index.ts';

const nl = (vocabulary: Parameters<typeof labelOf>[0], id: string) => labelOf(vocabulary, id, 'nl');
import { buildSite } from '../support/build-site.ts';
import { useBrowser } from './browser.ts';

const session = useBrowser();
const artifacts = path.resolve('tests', '.artifacts');
let root = '';
let server: ChildProcess | undefined;
let port = 0;
let serverLog = '';
const contentDir = () => path.join(root, 'content', 'initiatives');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  root = mkdtempSync(path.join(tmpdir(), 'bp-cms-practitioner-'));
  for (const kind of ['initiatives', 'places', 'collections']) {
    if (existsSync(path.resolve('content', kind))) {
      cpSync(path.resolve('content', kind), path.join(root, 'content', kind), { recursive: true });
    }
  }
  port = await freePort();
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/cms-server.ts'], {
    env: { ...process.env, BUURTPODIUM_CMS_PORT: String(port), GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${String(port)}/api/v1`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`decap-server did not start:\n${serverLog}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}, 30_000);

afterAll(() => {
  server?.kill();
  if (root) rmSync(root, { recursive: true, force: true });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const label = (key: keyof typeof fieldTexts): RegExp =>
  new RegExp(`^${escape(fieldTexts[key].label)}( \\((optioneel|verplicht bij een afbeelding)\\))?$`);

async function newInitiative(): Promise<Page> {
  // Decap logs a refused save as a console error: the refusal is what one test checks.
  const page = await session.open(`/admin/?local_backend=${String(port)}#/collections/initiatives/new`, {
    allowConsoleErrors: [/Niet opgeslagen: /],
  });
  page.on('console', (message) => {
    if (message.type() === 'warning') console.log(`browser: ${message.text()}`);
  });
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByLabel(label('title')).waitFor();
  return page;
}

async function choose(page: Page, field: RegExp, option: string): Promise<void> {
  const input = page.getByLabel(field).first();
  await input.click();
  await input.fill(option);
  await page.keyboard.press('Enter');
}

/** What every submission fills in: what a practitioner knows. */
async function basics(page: Page, title: string, summary: string): Promise<void> {
  await page.getByLabel(label('title')).fill(title);
  await page.getByLabel(label('summary')).fill(summary);
  // A new entry is a practice example: it names its municipality.
  await choose(page, label('municipality'), 'Heumen');
  await choose(page, label('strategy'), 'Bridging (overbruggen)');
  await page
    .getByLabel(label('strategyNote'))
    .fill('Buren met en zonder handige handen ontmoeten elkaar aan de reparatietafel en raken aan de praat.');
  await page.getByRole('button', { name: 'Voeg drager toe' }).click();
  await choose(page, label('actors.type'), 'Vrijwilligers');
  await choose(page, label('placeTypes'), 'Buurthuis');
  await choose(page, label('targetGroups'), 'Iedereen');
  await choose(page, label('contactIntensity'), 'Terugkerend contact');
  await choose(page, label('tariff'), 'Gratis');
}

/** Type a paragraph under the suggested heading `heading` of the rich-text body. */
async function typeUnder(page: Page, heading: string, text: string): Promise<void> {
  const editor = page.locator('[role="textbox"][contenteditable="true"]').first();
  const target = editor.locator('h2').filter({ hasText: heading });
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`no heading ${heading}`);
  await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
  await page.keyboard.press('End');
  await page.waitForTimeout(500);
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publiceer', exact: true }).click();
  await page.getByText('Publiceer nu', { exact: true }).click();
}

const file = (name: string) => {
  const text = readFileSync(path.join(contentDir(), name), 'utf8');
  return { ...(splitFrontmatter(text) as { data: Record<string, unknown>; body: string }), text };
};

test('a repair café with only the year it started: kept, nothing made up, the editors’ contact kept apart', async () => {
  const page = await newInitiative();
  await page.screenshot({ path: path.join(artifacts, 'cms-new-entry.png') });
  // The title is the first field of a new entry.
  const first = await page.locator('label[for*="-field-"]').first().textContent();
  expect(first).toContain(fieldTexts.title.label);
  await basics(page, 'Repair Café Jaartal', 'Buren repareren samen kapotte spullen, elke eerste zaterdag.');
  await page.getByLabel(label('startDate')).fill('2019');
  await typeUnder(page, 'Aanpak', 'Vrijwilligers repareren samen met de bezoekers.');
  await page.getByLabel(/^Contact voor de redactie/).fill('Jan de Vries, 06-12345678');
  await page.screenshot({ path: path.join(artifacts, 'cms-year-only.png'), fullPage: false });
  await publish(page);
  await page.getByText('Item opgeslagen').first().waitFor();
  const name = 'repair-cafe-jaartal.md';
  await expect.poll(() => readdirSync(contentDir()).includes(name)).toBe(true);
  const { data, text } = file(name);
  expect(String(data.startDate)).toBe('2019');
  expect(data.pending).toEqual(['themes', 'permanence', 'status']);
  const [source, ...others] = data.sources as Record<string, unknown>[];
  expect(others).toEqual([]);
  expect(source).toMatchObject({ kind: 'own-account', title: 'Opgave van de initiatiefnemers' });
  expect(String(source?.date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(text).not.toContain('06-12345678');
  expect(text).not.toContain('privateContact');
  const keptFile = path.join(root, '.cms-private', 'initiatives', 'repair-cafe-jaartal.json');
  await expect.poll(() => existsSync(keptFile)).toBe(true);
  const kept = JSON.parse(
    readFileSync(path.join(root, '.cms-private', 'initiatives', 'repair-cafe-jaartal.json'), 'utf8'),
  ) as {
    contact: string;
  };
  expect(kept.contact).toBe('Jan de Vries, 06-12345678');
}, 120_000);

test('a hostile paste: an e-mail address in the body is refused at the field, in Dutch, and nothing is saved', async () => {
  const page = await newInitiative();
  await basics(page, 'Repair Café Adres', 'Buren repareren samen kapotte spullen.');
  await typeUnder(page, 'Meer weten', 'Vragen? Mail reparatie@example.org');
  await publish(page);
  const toast = page.getByText(/^Niet opgeslagen: 1 punt om te verbeteren/);
  await toast.first().waitFor();
  await page.screenshot({ path: path.join(artifacts, 'cms-email-refused.png') });
  expect(await toast.first().textContent()).not.toMatch(/^Error/);
  const atField = page.locator('.bp-field-problem');
  await expect.poll(() => atField.count()).toBe(1);
  expect(await atField.first().textContent()).toContain(
    'Tekst, bij “Vragen? Mail reparatie@example.org”: een e-mailadres',
  );
  await page.screenshot({ path: path.join(artifacts, 'cms-email-refused.png') });
  expect(readdirSync(contentDir())).not.toContain('repair-cafe-adres.md');
}, 120_000);

test('an English submission gets English headings', async () => {
  const page = await newInitiative();
  await basics(page, 'Language Café West', 'Neighbours practise Dutch over coffee.');
  await choose(page, label('lang'), labelOf('lang', 'en', 'nl'));
  await choose(page, label('themes'), 'Inclusie');
  await choose(page, label('permanence'), 'Blijvend');
  await choose(page, label('status'), 'Actief');
  await typeUnder(page, bodySections[1].nl, 'Volunteers host a table every Thursday.');
  await publish(page);
  await page.getByText('Item opgeslagen').first().waitFor();
  const name = 'language-cafe-west.md';
  await expect.poll(() => readdirSync(contentDir()).includes(name)).toBe(true);
  const { data, body } = file(name);
  expect(data.lang).toBe('en');
  expect(data.sources).toMatchObject([{ kind: 'own-account', title: 'Account by the initiators' }]);
  expect(body).toContain('## Approach');
  expect(body).not.toContain('## Aanpak');
  expect(data.pending ?? []).toEqual([]);
}, 120_000);

test('a buurtkamer: the month it opened kept; a phone number in the summary refused at its field, then kept for the editors only', async () => {
  const page = await newInitiative();
  await basics(page, 'Buurtkamer Maand', 'Een huiskamer voor de buurt, open op dinsdag. Bel 06-12345678.');
  await choose(page, label('placeTypes'), nl('placeType', 'living-room'));
  await page.getByLabel(label('startDate')).fill('2021-09');
  await publish(page);
  const atField = page.locator('.bp-field-problem');
  await expect.poll(() => atField.count()).toBe(1);
  expect(await atField.first().textContent()).toMatch(/telefoonnummer/);
  expect(readdirSync(contentDir())).not.toContain('buurtkamer-maand.md');
  // The number goes where the editors read it, and nowhere else.
  await page.getByLabel(label('summary')).fill('Een huiskamer voor de buurt, open op dinsdag.');
  await page.getByLabel(/^Contact voor de redactie/).fill('06-12345678');
  await publish(page);
  await page.getByText('Item opgeslagen').first().waitFor();
  const name = 'buurtkamer-maand.md';
  await expect.poll(() => readdirSync(contentDir()).includes(name)).toBe(true);
  const { data, text } = file(name);
  expect(String(data.startDate)).toBe('2021-09');
  expect(data.placeTypes).toEqual(['community-centre', 'living-room']);
  expect(text).not.toContain('06-12345678');
}, 120_000);

test('a temporary workshop: an end before the start is refused at the end date; corrected, both months are kept', async () => {
  const page = await newInitiative();
  await basics(page, 'Werkplaats Tijdelijk', 'Een pop-up werkplaats in een leeg winkelpand, een half jaar lang.');
  await choose(page, label('placeTypes'), nl('placeType', 'workshop'));
  await choose(page, label('permanence'), nl('permanence', 'temporary'));
  await page.getByLabel(label('startDate')).fill('2024-09');
  await page.getByLabel(label('endDate')).fill('2024-03');
  await publish(page);
  const atField = page.locator('.bp-field-problem');
  await expect.poll(() => atField.count()).toBe(1);
  expect(await atField.first().textContent()).toMatch(/einddatum|startdatum/i);
  await page.getByLabel(label('endDate')).fill('2025-03');
  await publish(page);
  await page.getByText('Item opgeslagen').first().waitFor();
  const name = 'werkplaats-tijdelijk.md';
  await expect.poll(() => readdirSync(contentDir()).includes(name)).toBe(true);
  const { data } = file(name);
  expect([String(data.startDate), String(data.endDate)]).toEqual(['2024-09', '2025-03']);
  expect(data.permanence).toBe('temporary');
  expect(data.pending).toEqual(['themes', 'status']);
}, 120_000);

test('the site built from the submissions: the year as known, no empty heading, no private address', async () => {
  expect((await checkContent(path.join(root, 'content'))).problems).toEqual([]);
  const build = await buildSite(path.join(root, 'content'));
  try {
    expect(build.failure, 'the build failed').toBeUndefined();
    const page = (slug: string) => readFileSync(path.join(build.dist, 'initiatief', slug, 'index.html'), 'utf8');
    const repair = page('repair-cafe-jaartal');
    expect(repair).toMatch(/vanaf 2019/);
    expect(repair).toContain('Vrijwilligers repareren samen met de bezoekers.');
    // The template's other headings had nothing under them: none is published.
    for (const section of bodySections.filter((s) => s.id !== 'aanpak'))
      expect(repair).not.toContain(`>${section.nl}</h2>`);
    expect(repair).not.toContain('06-12345678');
    const room = page('buurtkamer-maand');
    expect(room).toMatch(/vanaf september 2021/);
    expect(room).not.toContain('06-12345678');
    expect(page('werkplaats-tijdelijk')).toMatch(/vanaf september 2024.*tot maart 2025/s);
    const english = readFileSync(path.join(build.dist, 'en', 'initiative', 'language-cafe-west', 'index.html'), 'utf8');
    expect(english).toContain('>Approach</h2>');
    expect(english).not.toContain('>Background</h2>');
  } finally {
    build.remove();
  }
}, 240_000);
