/**
 * The CMS end to end, in Chromium: the built /admin page, pointed at a local
 * decap-server (started through our own wrapper, so bound to 127.0.0.1) that
 * edits a temporary copy of the content, never content/ itself.
 * - /admin loads in Dutch with no page errors (that no other page loads the CMS is a build test);
 * - an editor creates a place of the atlas with every field; the file passes validatePlaces;
 * - a practitioner creates an initiative by filling in the form (the municipality
 *   from a searchable select, the place picked by its title) and publishing:
 *   the file on disk passes validateInitiatives and the site builds with it, its
 *   body ({ } <3 a < b typed in the rich-text editor) rendered as typed;
 * - an editor edits an existing entry: the file changes and stays valid;
 * - the previews render an initiative and a place with the site's labels;
 * - an editor makes a collection, picking an initiative by its title (relation widget).
 *
 * Set BUURTPODIUM_WRITE_CMS_FIXTURES=1 to copy the files Decap wrote into
 * tests/fixtures/cms/ (the unit contract test validates those).
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { showcaseFieldTexts, fieldTexts, placeFieldTexts } from '../../src/cms/labels.ts';
import { checkContent, readEntryFiles } from '../../src/lib/build/content-files.ts';
import { splitFrontmatter, validateInitiatives, validatePlaces } from '../../src/lib/core/validation.ts';
import { bodySections } from '../../src/schema/initiative.ts';
import { placeBodySections } from '../../src/schema/place.ts';
import { labelOf } from '../../src/taxonomy/index.ts';
import { useBrowser } from './browser.ts';
import { buildSite } from '../support/build-site.ts';
import { startCmsServer, type CmsServer } from '../support/cms-server.ts';

const session = useBrowser();

let cms: CmsServer | undefined;
let root = '';
let port = 0;

const contentDir = () => path.join(root, 'content', 'initiatives');
const placesDir = () => path.join(root, 'content', 'places');

const info = (): Promise<unknown> => cms?.info() ?? Promise.reject(new Error('decap-server is not running'));

beforeAll(async () => {
  cms = await startCmsServer();
  ({ root, port } = cms);
}, 30_000);

afterAll(() => {
  cms?.stop();
});

/**
 * The label a field has in the CMS, as a pattern: Decap adds " (optioneel)" to optional ones; the alt text says
 * it is required once an image is chosen.
 */
const label = (path: keyof typeof fieldTexts): RegExp =>
  new RegExp(
    `^${fieldTexts[path].label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\((optioneel|verplicht bij een afbeelding)\\))?$`,
  );

/** The same, for a field of a place. */
const placeLabel = (path: keyof typeof placeFieldTexts): RegExp =>
  new RegExp(
    `^${placeFieldTexts[path].label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\((optioneel|verplicht bij een afbeelding)\\))?$`,
  );

/** The same, for a field of a collection. */
const collectionLabel = (path: keyof typeof showcaseFieldTexts): RegExp =>
  new RegExp(`^${showcaseFieldTexts[path].label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(optioneel\\))?$`);

async function openAdmin(hash = ''): Promise<Page> {
  const page = await session.open(`/admin/?local_backend=${String(port)}${hash}`);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  return page;
}

/** Pick an option of a Decap select (react-select) by its label. */
async function choose(page: Page, field: RegExp, option: string, nth = 0): Promise<void> {
  const input = page.getByLabel(field).nth(nth);
  await input.click();
  await input.fill(option);
  await page.keyboard.press('Enter');
}

/** Publish in the local backend's simple mode and wait for Decap's confirmation. */
async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publiceer', exact: true }).click();
  await page.getByText('Publiceer nu', { exact: true }).click();
  await page.getByText('Item opgeslagen').first().waitFor();
}

/** Type a paragraph at the end of the rich-text body (after the last suggested heading). */
async function typeBodyParagraph(
  page: Page,
  text: string,
  sections: readonly { nl: string }[] = bodySections,
): Promise<void> {
  const editor = page.locator('[role="textbox"][contenteditable="true"]').first();
  const paragraphs = editor.locator('p');
  const before = await paragraphs.count();
  // Click the last heading and go to its end: Enter there starts a paragraph under it. Slate reads the caret
  // position from the browser's selection events, a moment after the key press that moved it.
  const heading = editor.locator('h2').filter({ hasText: sections.at(-1)?.nl ?? '' });
  await heading.scrollIntoViewIfNeeded();
  const box = await heading.boundingBox();
  if (!box) throw new Error('the last suggested heading is not on screen');
  await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
  await page.keyboard.press('End');
  await page.waitForTimeout(500);
  await page.keyboard.press('Enter');
  await expect.poll(() => paragraphs.count()).toBe(before + 1);
  await page.keyboard.type(text);
}

function fileData(name: string): { data: Record<string, unknown>; body: string; text: string } {
  const text = readFileSync(path.join(contentDir(), name), 'utf8');
  return { ...(splitFrontmatter(text) as { data: Record<string, unknown>; body: string }), text };
}

async function validateTemp(): Promise<ReturnType<typeof validateInitiatives>> {
  return validateInitiatives(await readEntryFiles(contentDir()));
}

function keepFixture(name: string, kind: 'initiatives' | 'places' = 'initiatives'): void {
  if (!process.env.BUURTPODIUM_WRITE_CMS_FIXTURES) return;
  const dir = path.resolve('tests', 'fixtures', 'cms', kind);
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(root, 'content', kind, name), path.join(dir, name));
}

test('the test server runs decap-server on 127.0.0.1 in file-system mode', async () => {
  expect(await info()).toEqual({ repo: path.basename(root), publish_modes: ['simple'], type: 'local_fs' });
});

test('/admin loads the CMS in Dutch with the collection, and no page errors', async () => {
  const page = await openAdmin();
  expect(await page.locator('html').getAttribute('lang')).toBe('nl');
  await expect.poll(() => page.getByText('Repair café in a house or room for the neighbourhood').count()).toBe(1);
});

const body = 'Wij <3 de buurt, a < b en {accolades} }.';

/** The Dutch label of a taxonomy term, as the CMS's selects show it. */
const nl = (vocabulary: Parameters<typeof labelOf>[0], id: string) => labelOf(vocabulary, id, 'nl');

const placeFile = 'buurthuis-de-boog.md';

test('an editor creates a place of the atlas with every field; the file passes validatePlaces', async () => {
  const page = await openAdmin('#/collections/places/new');
  page.on('dialog', (dialog) => void dialog.accept('/favicon.svg'));
  await page.getByLabel(placeLabel('title')).fill('Buurthuis De Boog');
  await page
    .getByLabel(placeLabel('summary'))
    .fill('Een buurthuis in de wijk waar bewoners jarenlang koffie dronken en clubs hielden, tot het sloot.');
  await choose(page, placeLabel('kind'), nl('placeType', 'community-centre'));
  await choose(page, placeLabel('status'), nl('placeStatus', 'disappeared'));
  await choose(page, placeLabel('targetGroups'), nl('targetGroup', 'everyone'));
  await choose(page, placeLabel('targetGroups'), nl('targetGroup', 'older-people'));
  await choose(page, placeLabel('contactIntensity'), nl('contactIntensity', 'recurring'));
  await choose(page, placeLabel('thresholdFeatures'), nl('thresholdFeature', 'walk-in'));
  await page
    .getByLabel(placeLabel('hostRole'))
    .fill('Een beheerder opende elke ochtend de deur en kende de vaste bezoekers.');
  // The municipality is a select of the official names: typing part of it finds it.
  await choose(page, placeLabel('municipality'), 'Nijmeg');
  await page.getByLabel(placeLabel('neighbourhood')).fill('Oost');
  await page.getByLabel(placeLabel('coordinates.lat')).fill('51.8426');
  await page.getByLabel(placeLabel('coordinates.lng')).fill('5.8661');
  await page.getByLabel(placeLabel('openedDate')).fill('1975-09-01');
  await page.getByLabel(placeLabel('closedDate')).fill('2019-12-31');
  // A new entry's sources start with one item (a publication, the default kind).
  if ((await page.getByLabel(placeLabel('sources.title')).count()) === 0) {
    await page.getByRole('button', { name: 'Voeg bron toe' }).click();
  }
  await page.getByLabel(placeLabel('sources.title')).fill('Wijkkrant over de sluiting');
  await page.getByLabel(placeLabel('sources.author')).fill('Wijkraad Oost');
  await page.getByLabel(placeLabel('sources.year')).fill('2020');
  await page.getByLabel(placeLabel('sources.url')).fill('https://www.example.nl/wijkkrant');
  await page.getByRole('button', { name: 'Voeg toe via URL' }).click();
  await page.getByLabel(placeLabel('image.alt')).fill('Het gesloten buurthuis met dichte luiken.');
  await page.getByLabel(placeLabel('image.credit')).fill('Foto: wijkraad, CC BY 4.0');
  await page.getByLabel(placeLabel('published')).fill('2025-06-01');
  await page.getByLabel(placeLabel('updated')).fill('2025-07-01');
  await page.getByLabel(placeLabel('verified.date')).fill('2025-07-02');
  await choose(page, placeLabel('verified.method'), nl('verificationMethod', 'contact'));
  await choose(page, placeLabel('verified.by'), nl('verifier', 'editors'));
  await typeBodyParagraph(page, body, placeBodySections);
  await publish(page);

  await expect.poll(() => readdirSync(placesDir()).includes(placeFile)).toBe(true);
  const text = readFileSync(path.join(placesDir(), placeFile), 'utf8');
  const { data, body: written } = splitFrontmatter(text) as { data: Record<string, unknown>; body: string };
  expect(data).toMatchObject({
    title: 'Buurthuis De Boog',
    kind: 'community-centre',
    status: 'disappeared',
    targetGroups: ['everyone', 'older-people'],
    municipality: 'Nijmegen',
    coordinates: { lat: 51.8426, lng: 5.8661 },
    openedDate: '1975-09-01',
    closedDate: '2019-12-31',
    image: { src: '/favicon.svg', alt: 'Het gesloten buurthuis met dichte luiken.' },
  });
  expect(written).toContain(`## ${placeBodySections[0].nl}`);
  const result = validatePlaces(await readEntryFiles(placesDir()));
  expect(result.problems).toEqual([]);
  expect(result.places.map((place) => place.slug)).toContain('buurthuis-de-boog');
  keepFixture(placeFile, 'places');
}, 120_000);

describe('a practitioner creates an initiative', () => {
  const file = 'buurtkamer-de-accolade.md';

  test('by filling in every field and publishing; the file validates and the site builds with it', async () => {
    const page = await openAdmin('#/collections/initiatives/new');
    page.on('dialog', (dialog) => void dialog.accept('/favicon.svg'));
    await page.getByLabel(label('title')).fill('Buurtkamer De Accolade');
    await page.getByLabel(label('summary')).fill('Een huiskamer in de wijk waar buren elkaar ontmoeten bij koffie.');
    await choose(page, label('kind'), 'Praktijkvoorbeeld');
    await choose(page, label('strategy'), 'Bonding én bridging');
    await page.getByLabel(label('strategyNote')).fill('Oudere alleenstaanden en jonge gezinnen uit dezelfde straat.');
    await page.getByRole('button', { name: 'Voeg drager toe' }).click();
    await choose(page, label('actors.type'), 'Bewoners');
    await page.getByLabel(label('actors.name')).fill('Bewonersgroep De Kroon');
    await choose(page, label('placeTypes'), 'Huiskamer of kamer voor de buurt');
    await choose(page, label('placeTypes'), 'De straat');
    await page.getByLabel(label('placeName')).fill('De Accolade');
    // The place of the atlas, found by its title (the place made above): the file stores its slug.
    const places = page.getByLabel(label('places'));
    await places.click();
    await places.fill('Boog');
    await page.getByRole('option', { name: 'Buurthuis De Boog' }).click();
    await choose(page, label('municipality'), 'Nijmegen');
    await page.getByLabel(label('neighbourhood')).fill('Oost');
    await page.getByLabel(label('coordinates.lat')).fill('51.8426');
    await page.getByLabel(label('coordinates.lng')).fill('5.8661');
    await choose(page, label('targetGroups'), 'Ouderen');
    await choose(page, label('targetGroups'), 'Gezinnen');
    await choose(page, label('themes'), 'Eenzaamheid');
    await choose(page, label('contactIntensity'), 'Terugkerend contact');
    await choose(page, label('tariff'), 'Gratis');
    await choose(page, label('permanence'), 'Tijdelijk (pop-up)');
    await page.getByLabel(label('startDate')).fill('2025-03-01');
    await page.getByLabel(label('endDate')).fill('2025-12-31');
    await choose(page, label('status'), 'Actief');
    await choose(page, label('thresholdFeatures'), 'Inloopuren');
    await page.getByLabel(label('hostRole')).fill('Een vrijwilliger zet koffie en stelt nieuwe bezoekers voor.');
    // The first source is the practitioners' own account (a new entry starts with it): this one is a publication.
    await choose(page, label('sources.kind'), 'Publicatie');
    await page.getByLabel(label('sources.title')).fill('Jaarverslag van de bewonersgroep');
    await page.getByLabel(label('sources.author')).fill('Bewonersgroep De Kroon');
    await page.getByLabel(label('sources.year')).fill('2025');
    await page.getByLabel(label('sources.url')).first().fill('https://www.example.nl/jaarverslag');
    await page.getByRole('button', { name: 'Voeg link toe' }).click();
    await page.getByLabel(label('links.title')).fill('Website van de buurtkamer');
    await page.getByLabel(label('links.url')).nth(1).fill('https://www.example.nl/accolade');
    await page.getByLabel(label('contact.name')).fill('Bewonersgroep De Kroon');
    await page.getByLabel(label('contact.website')).fill('https://www.example.nl/kroon');
    await page.getByLabel(label('contact.email')).fill('info@example.nl');
    await page.getByLabel(label('contact.emailPublic')).click();
    await page.getByRole('button', { name: 'Voeg toe via URL' }).click();
    await page.getByLabel(label('image.alt')).fill('Buren aan een lange tafel met koffie.');
    await page.getByLabel(label('image.credit')).fill('Foto: bewonersgroep, CC BY 4.0');
    await page.getByLabel(label('published')).fill('2025-06-01');
    await page.getByLabel(label('updated')).fill('2025-07-01');
    await page.getByLabel(label('verified.date')).fill('2025-07-02');
    await choose(page, label('verified.method'), nl('verificationMethod', 'contact'));
    await choose(page, label('verified.by'), nl('verifier', 'editors'));
    await typeBodyParagraph(page, body);
    await publish(page);

    await expect.poll(() => readdirSync(contentDir()).includes(file)).toBe(true);
    const { data, body: written } = fileData(file);
    expect(data).toMatchObject({
      title: 'Buurtkamer De Accolade',
      kind: 'example',
      strategy: 'both',
      actors: [{ type: 'residents', name: 'Bewonersgroep De Kroon' }],
      placeTypes: ['living-room', 'street'],
      places: ['buurthuis-de-boog'],
      municipality: 'Nijmegen',
      coordinates: { lat: 51.8426, lng: 5.8661 },
      targetGroups: ['older-people', 'families'],
      permanence: 'temporary',
      startDate: '2025-03-01',
      sources: [{ title: 'Jaarverslag van de bewonersgroep', year: 2025, url: 'https://www.example.nl/jaarverslag' }],
      contact: { email: 'info@example.nl', emailPublic: true },
      image: { src: '/favicon.svg', alt: 'Buren aan een lange tafel met koffie.' },
      published: '2025-06-01',
    });
    expect(written).toContain('## Aanleiding');
    // A paragraph under the last heading, stored as typed (not escaped, not a heading).
    expect(written).toMatch(new RegExp(`\\n## Meer weten\\n+${body.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n*$`));

    const result = await validateTemp();
    expect(result.problems).toEqual([]);
    expect(result.entries.map((entry) => entry.slug)).toContain('buurtkamer-de-accolade');
    keepFixture(file);

    // Every place it points at exists, and so does every other cross-reference.
    expect((await checkContent(path.join(root, 'content'))).problems).toEqual([]);

    // The site builds with it, and the body reads as typed.
    const build = await buildSite(path.join(root, 'content'));
    try {
      expect(build.failure, 'the build failed').toBeUndefined();
      const html = readFileSync(path.join(build.dist, 'initiatief', 'buurtkamer-de-accolade', 'index.html'), 'utf8');
      expect(html).toContain('<p>Wij &lt;3 de buurt, a &lt; b en {accolades} }.</p>');
      expect(html).toContain('href="/plekken/buurthuis-de-boog/"');
    } finally {
      build.remove();
    }
  }, 180_000);

  test('with only the required fields: empty optional fields are not written', async () => {
    const page = await openAdmin('#/collections/initiatives/new');
    await page.getByLabel(label('title')).fill('Koffieochtend in de kerk');
    await page.getByLabel(label('summary')).fill('Elke dinsdag koffie voor de hele buurt.');
    // A kind of initiative, not one case: a form has no status.
    await choose(page, label('kind'), 'Vorm van initiatief');
    await choose(page, label('strategy'), 'Bridging (overbruggen)');
    await page
      .getByLabel(label('strategyNote'))
      .fill('Kerkgangers en buurtbewoners. Zo ontstaat geregeld contact dat er zonder deze plek niet zou zijn.');
    await page.getByRole('button', { name: 'Voeg drager toe' }).click();
    await choose(page, label('actors.type'), 'Geloofsgemeenschap');
    await choose(page, label('placeTypes'), 'Gebedshuis');
    await choose(page, label('targetGroups'), 'Iedereen');
    await choose(page, label('themes'), 'Inclusie');
    await choose(page, label('contactIntensity'), 'Vluchtige ontmoeting');
    await choose(page, label('tariff'), 'Gratis');
    await choose(page, label('permanence'), 'Blijvend');
    await choose(page, label('sources.kind'), 'Publicatie');
    await page.getByLabel(label('sources.title')).fill('Kerkblad');
    // A field filled in and emptied again must not be saved as "".
    await page.getByLabel(label('neighbourhood')).fill('Centrum');
    await page.getByLabel(label('neighbourhood')).fill('');
    await publish(page);

    const name = 'koffieochtend-in-de-kerk.md';
    await expect.poll(() => readdirSync(contentDir()).includes(name)).toBe(true);
    const { data } = fileData(name);
    expect(Object.keys(data)).not.toContain('neighbourhood');
    expect(Object.keys(data)).not.toContain('thresholdFeatures');
    expect(Object.keys(data)).not.toContain('links');
    // The permission toggle left alone is saved as false by Decap: a contact group with nothing else goes.
    expect(Object.keys(data)).not.toContain('contact');
    expect(Object.values(data)).not.toContain('');
    expect((await validateTemp()).problems).toEqual([]);
    keepFixture(name);
  }, 90_000);
});

test('an editor edits an existing entry: the change is saved and the entry stays valid', async () => {
  const name = 'repair-cafe.md';
  const before = fileData(name);
  const page = await openAdmin('#/collections/initiatives/entries/repair-cafe');
  const summary = page.getByLabel(label('summary'));
  await expect.poll(() => summary.inputValue()).toBe(before.data.summary);
  await summary.fill(
    'A repair café where residents bring broken things to be mended, in a room for the neighbourhood.',
  );
  await publish(page);
  await expect
    .poll(() => fileData(name).data.summary)
    .toBe('A repair café where residents bring broken things to be mended, in a room for the neighbourhood.');
  const after = fileData(name);
  expect({ ...after.data, summary: before.data.summary }).toEqual(before.data);
  expect(after.body.trim()).toBe(before.body.trim());
  expect((await validateTemp()).problems).toEqual([]);
}, 90_000);

test('the preview renders the entry with the site styles and labels, and lists what is missing', async () => {
  const page = await openAdmin('#/collections/initiatives/new');
  const preview = page.frameLocator('#preview-pane');
  await expect.poll(() => preview.locator('.preview-problems li').count()).toBeGreaterThan(5);
  await page.getByLabel(label('title')).fill('Voorbeeld in de voorvertoning');
  await choose(page, label('strategy'), 'Bonding (binden)');
  await expect.poll(() => preview.locator('h1').textContent()).toBe('Voorbeeld in de voorvertoning');
  const facts = await preview.locator('.preview-facts').innerText();
  expect(facts).toContain('Strategie');
  expect(facts).toContain('Bonding (binden)');
  // The definition comes from the taxonomy, as on the entry page.
  expect(facts).toContain('Banden versterken binnen de eigen groep');
  expect(await preview.locator('.preview-problems').innerText()).not.toContain('Naam van het initiatief');
  // The site's tokens are in the preview: the heading font is the site's.
  const font = await preview.locator('h1').evaluate((element) => getComputedStyle(element).fontFamily);
  expect(font).toContain('Georgia');
}, 60_000);

test('the preview renders a place with the site styles and the place page’s facts', async () => {
  const page = await openAdmin('#/collections/places/new');
  const preview = page.frameLocator('#preview-pane');
  await expect.poll(() => preview.locator('.preview-problems li').count()).toBeGreaterThan(3);
  expect(await preview.locator('.preview-problems').innerText()).toContain('voordat de plek kan worden opgeslagen');
  await page.getByLabel(placeLabel('title')).fill('Plek in de voorvertoning');
  await choose(page, placeLabel('status'), nl('placeStatus', 'missed'));
  await expect.poll(() => preview.locator('h1').textContent()).toBe('Plek in de voorvertoning');
  const facts = await preview.locator('.preview-facts').innerText();
  expect(facts).toContain(nl('placeStatus', 'missed'));
  // The definition comes from the taxonomy, as on the place page.
  expect(facts).toContain('Een plek die bewoners missen of wensen');
  const font = await preview.locator('h1').evaluate((element) => getComputedStyle(element).fontFamily);
  expect(font).toContain('Georgia');
}, 60_000);

test('an editor makes a collection, finding initiatives by title; the file passes the build’s checks', async () => {
  const page = await openAdmin('#/collections/collections/new');
  await page.getByLabel(collectionLabel('title')).fill('Plekken in Heumen en Beuningen');
  await page.getByLabel(collectionLabel('curator.name')).fill('Gemeente Voorbeeld');
  await choose(page, collectionLabel('curator.kind'), 'Gemeente');
  await page.getByLabel(collectionLabel('curator.url')).fill('https://www.example.nl');
  await page.getByLabel(collectionLabel('intro')).fill('Winkels en horeca waar inwoners zich welkom voelen.');
  await page.getByRole('button', { name: 'Voeg initiatief toe' }).click();
  // The relation widget searches the initiatives' titles and stores the chosen one's slug.
  const picker = page.getByLabel(collectionLabel('items.initiative'));
  await picker.click();
  await picker.fill('horeca');
  await page
    .getByRole('option', { name: /Winkel of horeca/ })
    .first()
    .click();
  await page.getByLabel(collectionLabel('items.note')).fill('Gevonden in het onderzoek van Brummel en Smits.');
  await publish(page);

  const dir = path.join(root, 'content', 'collections');
  const name = 'plekken-in-heumen-en-beuningen.yaml';
  await expect.poll(() => readdirSync(dir).includes(name)).toBe(true);
  const text = readFileSync(path.join(dir, name), 'utf8');
  expect(text).toContain('initiative: winkel-of-horeca-als-betekenisvolle-plek');
  const result = await checkContent(path.join(root, 'content'));
  expect(result.problems).toEqual([]);
  expect(result.collections.map((c) => c.slug)).toContain('plekken-in-heumen-en-beuningen');
}, 90_000);
