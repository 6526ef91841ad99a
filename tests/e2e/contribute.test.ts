/**
 * The "Meedoen" / "Contribute" page in Chromium: the form checked in the
 * browser by the initiative schema, messages next to each field and in a
 * summary that links to the fields (aria-invalid, aria-describedby), a valid
 * form turned into a downloadable `.md` file that passes validateInitiatives and
 * a mailto: link that carries it with the submitter's details; the municipality
 * is typed with the official names as suggestions, stored as CBS writes it;
 * axe finds no WCAG 2.2 A/AA violations in either language, with or without
 * errors shown.
 */
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { t, type Lang } from '../../src/i18n/index.ts';
import { formFieldNames } from '../../src/lib/present/contribute-layout.ts';
import { validateInitiatives } from '../../src/lib/core/validation.ts';
import { labelOf } from '../../src/taxonomy/index.ts';
import { municipalityNames } from '../../src/taxonomy/municipalities.ts';
import { useBrowser } from './browser.ts';

const session = useBrowser();
const pagePath: Record<Lang, string> = { nl: '/meedoen/', en: '/en/contribute/' };
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function openForm(lang: Lang): Promise<Page> {
  const page = await session.open(pagePath[lang]);
  await page.locator('form[data-contribute-form]:not([hidden])').waitFor();
  return page;
}

const field = (page: Page, lang: Lang, key: Parameters<typeof t>[1], vars?: Record<string, string | number>) =>
  page.getByLabel(t(lang, key, vars), { exact: true });

/** Open “Meer vertellen (niet verplicht)”. */
async function openMore(page: Page): Promise<void> {
  const more = page.locator('details[data-more]');
  if ((await more.getAttribute('open')) === null) await more.locator('summary').click();
}

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(wcag).setLegacyMode(true).analyze()).violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

/** Fill in everything the schema asks for (and a few optional fields), as a practitioner telling more would. */
async function fillValid(page: Page, lang: Lang): Promise<void> {
  await openMore(page);
  await field(page, lang, 'contribute.field.title').fill('Buurtkamer De Kroon');
  await field(page, lang, 'contribute.field.summary').fill(
    'Een huiskamer in een leeg winkelpand waar buren binnenlopen.',
  );
  await page.getByRole('radio', { name: lang === 'nl' ? 'Bonding (binden)' : 'Bonding', exact: true }).check();
  await field(page, lang, 'contribute.field.strategyNote').fill(
    'Oudere alleenstaanden uit dezelfde straat, van dezelfde leeftijd, drinken er elke ochtend samen koffie.',
  );
  await page.locator('#f-actors-0-type').selectOption('residents');
  await page
    .getByRole('checkbox', { name: lang === 'nl' ? 'Huiskamer of kamer voor de buurt' : 'Neighbourhood living room' })
    .check();
  await page.locator('#f-municipality').fill('Nijmegen');
  await page.getByRole('checkbox', { name: lang === 'nl' ? 'Ouderen' : 'Older people', exact: true }).check();
  await page.getByRole('checkbox', { name: lang === 'nl' ? 'Eenzaamheid' : 'Loneliness', exact: true }).check();
  await page.getByRole('radio', { name: lang === 'nl' ? 'Blijvende band' : 'Lasting ties' }).check();
  await page.getByRole('radio', { name: lang === 'nl' ? 'Gratis' : 'Free', exact: true }).check();
  await page.getByRole('radio', { name: lang === 'nl' ? 'Blijvend' : 'Permanent', exact: true }).check();
  await page.getByRole('radio', { name: lang === 'nl' ? 'Actief' : 'Active', exact: true }).check();
  await page.getByRole('radio', { name: labelOf('sourceKind', 'publication', lang), exact: true }).check();
  await page.locator('#f-sources-0-title').fill('Jaarverslag 2024');
  await page.locator('#f-sources-0-url').fill('https://www.example.nl/jaarverslag');
  await page
    .locator('#f-body-aanleiding')
    .fill('Veel ouderen woonden alleen.\n\nWij <3 de buurt, a < b en {accolades}.');
  await field(page, lang, 'contribute.field.submitter.name').fill('Jan Jansen');
  await field(page, lang, 'contribute.field.submitter.email').fill('jan.jansen@example.org');
  await page.locator('#f-submitter-phone').fill('06 12345678');
}

const submit = (page: Page, lang: Lang) => page.getByRole('button', { name: t(lang, 'contribute.submit') }).click();

describe('a valid form becomes a ready entry for the editors', () => {
  test.for(['nl', 'en'] as const)('%s', async (lang) => {
    const page = await openForm(lang);
    await fillValid(page, lang);
    await submit(page, lang);
    const result = page.locator('[data-result]');
    await result.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-result'))).toBe(true);
    expect(await page.locator('[data-error-summary]').isHidden()).toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('link', { name: t(lang, 'contribute.result.download', { file: 'buurtkamer-de-kroon.md' }) })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('buurtkamer-de-kroon.md');
    const text = readFileSync(await download.path(), 'utf8');
    const validation = validateInitiatives([{ file: 'content/initiatives/buurtkamer-de-kroon.md', text }]);
    expect(validation.problems).toEqual([]);
    expect(validation.entries[0]?.data).toMatchObject({ title: 'Buurtkamer De Kroon', strategy: 'bonding' });
    expect(text).toContain('Wij <3 de buurt, a < b en {accolades}.');
    for (const personal of ['Jan Jansen', 'jan.jansen@example.org', '06 12345678'])
      expect(text).not.toContain(personal);

    const href = (await page.locator('[data-result-mail]').getAttribute('href')) ?? '';
    const mail = new URL(href);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('redactie@buurtpodium.nl');
    const body = new URLSearchParams(mail.search).get('body') ?? '';
    expect(new URLSearchParams(mail.search).get('subject')).toBe(
      t(lang, 'contribute.mail.subject', { title: 'Buurtkamer De Kroon' }),
    );
    expect(body).toContain('Jan Jansen');
    expect(body).toContain('jan.jansen@example.org');
    expect(body.replaceAll('\r\n', '\n')).toContain(text.trimEnd());
  });
});

describe('an incomplete form says what is wrong, next to each field and in a summary', () => {
  test('every problem is shown at its field, linked from the summary, and announced to assistive technology', async () => {
    const page = await openForm('nl');
    await submit(page, 'nl');
    const summary = page.locator('[data-error-summary]');
    await summary.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
    const links = summary.locator('a');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(8);
    expect(await page.locator('.bp-field-error:not([hidden])').count()).toBe(count);

    // The title: its message is next to it, it is invalid, and it is described by the message.
    const title = page.locator('#f-title');
    expect(await page.locator('#f-title-error').innerText()).toBe('Naam van het initiatief: vul dit in.');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect((await title.getAttribute('aria-describedby'))?.split(' ')).toEqual(['f-title-error', 'f-title-hint']);
    // A group of checkboxes: the fieldset is described by the message, its boxes are invalid.
    expect((await page.locator('#f-placeTypes').getAttribute('aria-describedby'))?.split(' ')).toContain(
      'f-placeTypes-error',
    );
    expect(await page.locator('#f-placeTypes-0').getAttribute('aria-invalid')).toBe('true');

    // Each link in the summary leads to its field and puts the focus there.
    expect(await links.first().innerText()).toBe('Naam van het initiatief: vul dit in.');
    await links.first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-title');
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(await page.locator(href).count(), href).toBe(1);
  });

  test('fixing the form clears the messages', async () => {
    const page = await openForm('nl');
    await submit(page, 'nl');
    await page.locator('[data-error-summary]').waitFor();
    await fillValid(page, 'nl');
    await submit(page, 'nl');
    await page.locator('[data-result]').waitFor();
    expect(await page.locator('.bp-field-error:not([hidden])').count()).toBe(0);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    expect(await page.locator('#f-title').getAttribute('aria-describedby')).toBe('f-title-hint');
  });

  test('a single problem: a summary that is too long, in English', async () => {
    const page = await openForm('en');
    await fillValid(page, 'en');
    await field(page, 'en', 'contribute.field.summary').fill('x'.repeat(320));
    await submit(page, 'en');
    await page.locator('[data-error-summary]').waitFor();
    expect(await page.locator('[data-error-summary] a').allInnerTexts()).toEqual([
      'Summary: 320 characters is too long, at most 300 are allowed. Please shorten it.',
    ]);
    expect(await page.locator('[data-result]').isHidden()).toBe(true);
  });
});

describe('the municipality: typed, with the official names as suggestions', () => {
  test('the field suggests the 342 official names (a datalist: any text can still be typed)', async () => {
    const page = await openForm('nl');
    const input = page.locator('#f-municipality');
    const list = await input.getAttribute('list');
    expect(list).toBeTruthy();
    const options = await page
      .locator(`datalist#${list ?? ''} option`)
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('value') ?? ''));
    expect([...options].sort()).toEqual([...municipalityNames].sort());
  });

  test('a name typed with a typographic apostrophe and in lower case is stored as CBS writes it', async () => {
    const page = await openForm('nl');
    await fillValid(page, 'nl');
    await page.locator('#f-municipality').fill('’s-hertogenbosch');
    await submit(page, 'nl');
    await page.locator('[data-result]').waitFor();
    const text = (await page.locator('[data-result-text]').textContent()) ?? '';
    const validation = validateInitiatives([{ file: 'content/initiatives/buurtkamer-de-kroon.md', text }]);
    expect(validation.problems).toEqual([]);
    expect(validation.entries[0]?.data.municipality).toBe("'s-Hertogenbosch");
  });

  test('a colloquial name gets a message at the field with the official name', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const page = await openForm(lang);
      await fillValid(page, lang);
      await page.locator('#f-municipality').fill('Den Haag');
      await submit(page, lang);
      await page.locator('[data-error-summary]').waitFor();
      const message = await page.locator('#f-municipality-error').innerText();
      expect(message, lang).toContain("'s-Gravenhage");
      expect(await page.locator('[data-error-summary] a').allInnerTexts()).toEqual([message]);
      expect(await page.locator('#f-municipality').getAttribute('aria-invalid')).toBe('true');
    }
  });
});

describe('“Bestaat dit al?”: similar entries while typing the title', () => {
  test.for(['nl', 'en'] as const)(
    '%s: “repair cafe” shows the Repair café entry, in a polite live region',
    async (lang) => {
      const page = await openForm(lang);
      const region = page.locator('[data-similar]');
      expect(await region.getAttribute('aria-live')).toBe('polite');
      await field(page, lang, 'contribute.field.title').pressSequentially('repair cafe');
      const link = region.getByRole('link', { name: /Repair café/ });
      await link.first().waitFor();
      expect(await link.first().getAttribute('href')).toBe(
        lang === 'nl' ? '/initiatief/repair-cafe/' : '/en/initiative/repair-cafe/',
      );
      expect(await region.getByRole('heading', { name: t(lang, 'contribute.similar.title') }).count()).toBe(1);
      // Never a blocker: the form still submits (and says what is missing).
      await submit(page, lang);
      await page.locator('[data-error-summary]').waitFor();
      const results = await new AxeBuilder({ page }).withTags(wcag).setLegacyMode(true).analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    },
  );

  test('“lief en leed straat” finds the Lief en Leed-straat; an unrelated title shows nothing', async () => {
    const page = await openForm('nl');
    const title = field(page, 'nl', 'contribute.field.title');
    await title.fill('lief en leed straat');
    const region = page.locator('[data-similar]');
    await region
      .getByRole('link', { name: /Lief en Leed-stra(at|ten)/ })
      .first()
      .waitFor();
    // The municipality typed in its own field: “Repair Café Heumen” is compared as “repair cafe”.
    await page.locator('#f-municipality').fill('Heumen');
    await title.fill('Repair Café Heumen');
    await region
      .getByRole('link', { name: /Repair café/ })
      .first()
      .waitFor();
    await title.fill('Zwemclub voor statushouders');
    await expect.poll(() => region.locator('a').count()).toBe(0);
  });
});

describe('a short form: the essentials first, the rest behind “Meer vertellen”', () => {
  test('at 1280×900 the page is about three screens with “Meer vertellen” closed (it was 11); opening it shows the rest', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const page = await session.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(pagePath[lang]);
      await page.locator('form[data-contribute-form]:not([hidden])').waitFor();
      const more = page.locator('details[data-more]');
      expect(await more.getAttribute('open')).toBeNull();
      expect(await more.locator('summary').innerText()).toBe(t(lang, 'contribute.more.summary'));
      const height = () => page.evaluate(() => document.documentElement.scrollHeight);
      const closed = await height();
      console.log(`${lang}: page height at 1280×900, “Meer vertellen” closed: ${String(closed)} px`);
      // 10,040 px before the short form; about 3,000 px now (header and footer of the site take 450 of them).
      expect(closed, lang).toBeLessThanOrEqual(3.4 * 900);
      expect(await page.locator('#f-targetGroups').isVisible()).toBe(false);
      for (const id of [
        '#f-title',
        '#f-summary',
        '#f-strategyNote',
        '#f-actors-0-type',
        '#f-municipality',
        '#f-sourceKind',
        '#f-submitter-email',
      ])
        expect(await page.locator(id).isVisible(), id).toBe(true);
      await more.locator('summary').click();
      expect(await page.locator('#f-targetGroups').isVisible()).toBe(true);
      expect(await page.locator('#f-body-aanleiding').isVisible()).toBe(true);
      console.log(`${lang}: opened: ${String(await height())} px`);
      expect(await axeViolations(page), lang).toEqual([]);
    }
  });

  test('the essentials alone give a file; what was left open is marked for the editors', async () => {
    const page = await openForm('nl');
    await field(page, 'nl', 'contribute.field.title').fill('Buurtkamer De Kroon');
    await field(page, 'nl', 'contribute.field.summary').fill('Een huiskamer in een leeg winkelpand.');
    await page.getByRole('radio', { name: 'Bonding (binden)', exact: true }).check();
    await field(page, 'nl', 'contribute.field.strategyNote').fill(
      'Oudere alleenstaanden uit dezelfde straat, met een vergelijkbare achtergrond, drinken samen koffie.',
    );
    await page.locator('#f-actors-0-type').selectOption('residents');
    await page.getByRole('checkbox', { name: 'Huiskamer of kamer voor de buurt' }).check();
    await page.locator('#f-municipality').fill('Nijmegen');
    // The source: the submitter's own account (chosen when the page loads), so no publication row to fill in.
    expect(await page.locator('#f-sources-0-title').isVisible()).toBe(false);
    await field(page, 'nl', 'contribute.field.submitter.name').fill('Jan Jansen');
    await field(page, 'nl', 'contribute.field.submitter.email').fill('jan.jansen@example.org');
    await submit(page, 'nl');
    await page.locator('[data-result]').waitFor();
    const text = (await page.locator('[data-result-text]').textContent()) ?? '';
    expect(text.split('\n')[1]).toBe(
      '# Door de redactie aan te vullen: targetGroups, themes, contactIntensity, tariff, permanence, status',
    );
    expect(text).toMatch(
      /- kind: "own-account"\n\s+title: "Opgave van de initiatiefnemers"\n\s+date: "\d{4}-\d{2}-\d{2}"/,
    );
    expect(await page.locator('details[data-more]').getAttribute('open')).toBeNull();
  });

  test('a new user submits “Repair Café Heumen” with the keyboard, sees “Bestaat dit al?”, and is done well within five minutes', async () => {
    const page = await session.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(pagePath.nl);
    await page.locator('form[data-contribute-form]:not([hidden])').waitFor();
    const started = Date.now();
    // What a person does: keys typed (at the speed of a slow typist in the model below) and choices made.
    let typed = 0;
    let choices = 0;
    const type = async (selector: string, text: string) => {
      await page.locator(selector).click();
      await page.keyboard.type(text, { delay: 5 });
      typed += text.length;
    };
    const choose = async (name: string | RegExp, role: 'radio' | 'checkbox' = 'radio') => {
      await page.getByRole(role, { name, exact: typeof name === 'string' }).check();
      choices += 1;
    };

    await type('#f-title', 'repair cafe');
    const similar = page.locator('[data-similar]');
    await similar
      .getByRole('link', { name: /Repair café/i })
      .first()
      .waitFor();
    await page.screenshot({ path: 'tests/.artifacts/meedoen-repair-cafe-similar.png' });
    // Not this one: a form of initiative, not one in Heumen. The warning never blocks.
    await page.locator('#f-title').fill('');
    await type('#f-title', 'Repair Café Heumen');
    await type('#f-summary', 'Buren brengen kapotte spullen mee en repareren ze samen met vrijwilligers.');
    await choose('Bridging (overbruggen)');
    await type(
      '#f-strategyNote',
      'Buren die handig zijn met gereedschap helpen buren die dat niet zijn; aan de tafels raken ze aan de praat.',
    );
    await page.locator('#f-actors-0-type').selectOption('volunteers');
    choices += 1;
    await choose(labelOf('placeType', 'workshop', 'nl'), 'checkbox');
    await type('#f-municipality', 'Heumen');
    // The own account is chosen already: nothing to do for the source.
    await type('#f-submitter-name', 'Jan Jansen');
    await type('#f-submitter-email', 'jan.jansen@example.org');
    await submit(page, 'nl');
    await page.locator('[data-result]').waitFor();
    const text = (await page.locator('[data-result-text]').textContent()) ?? '';
    const { entries, problems } = validateInitiatives([{ file: 'content/initiatives/repair-cafe-heumen.md', text }]);
    // Left to the editors, as the file says: only the fields under "Meer vertellen" that the schema requires.
    expect(problems.map((problem) => problem.field).sort()).toEqual(
      ['contactIntensity', 'permanence', 'status', 'tariff', 'targetGroups', 'themes'].sort(),
    );
    expect(entries).toEqual([]);
    expect(text).toContain('title: "Repair Café Heumen"');
    const machine = (Date.now() - started) / 1000;
    // A person: 2 characters a second (a slow typist), 5 s per choice, 90 s to read the page and the result.
    const person = typed / 2 + choices * 5 + 90;
    console.log(
      `Repair Café Heumen: ${String(typed)} characters, ${String(choices)} choices; ${machine.toFixed(1)} s in the browser, about ${Math.round(person)} s for a person (model)`,
    );
    expect(person).toBeLessThan(300);

    // The editor takes it in: written under a free slug, with the fields left to the editors as the to-do list.
    const root = mkdtempSync(path.join(tmpdir(), 'bp-walkthrough-'));
    try {
      mkdirSync(path.join(root, 'initiatives'));
      writeFileSync(path.join(root, 'repair-cafe-heumen.md'), text);
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/intake.ts', path.join(root, 'repair-cafe-heumen.md'), '--content', root],
        { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      );
      expect(run.status, run.stderr).toBe(2);
      const written = readFileSync(path.join(root, 'initiatives', 'repair-cafe-heumen.md'), 'utf8');
      expect(written).toContain('kind: "own-account"');
      expect(run.stdout).toContain('targetGroups');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('a problem under “Meer vertellen” opens it', async () => {
    const page = await openForm('nl');
    await fillValid(page, 'nl');
    await page.locator('details[data-more] summary').click();
    await page.locator('#f-sources-1-url').evaluate((element) => {
      (element as HTMLInputElement).value = 'geen adres';
    });
    await submit(page, 'nl');
    await page.locator('[data-error-summary]').waitFor();
    expect(await page.locator('details[data-more]').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#f-sources-1-url-error').isVisible()).toBe(true);
  });
});

describe('a draft survives a reload', () => {
  test('typed, reloaded: restored with a notice; “Concept wissen” clears it', async () => {
    const page = await openForm('nl');
    await field(page, 'nl', 'contribute.field.title').fill('Repair café');
    await page.getByRole('radio', { name: 'Bonding (binden)', exact: true }).check();
    await openMore(page);
    await page.locator('#f-body-aanpak').fill('Elke eerste zaterdag.');
    await field(page, 'nl', 'contribute.field.submitter.name').fill('Jan Jansen');
    // The draft is stored 300 ms after the last change: wait for the last field typed that it keeps.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('buurtpodium:meedoen:concept')))
      .toContain('Elke eerste zaterdag.');
    expect(await page.evaluate(() => localStorage.getItem('buurtpodium:meedoen:concept'))).not.toContain('Jansen');

    await page.reload();
    await page.locator('form[data-contribute-form]:not([hidden])').waitFor();
    expect(await page.locator('#f-title').inputValue()).toBe('Repair café');
    expect(await page.getByRole('radio', { name: 'Bonding (binden)', exact: true }).isChecked()).toBe(true);
    expect(await page.locator('#f-body-aanpak').inputValue()).toBe('Elke eerste zaterdag.');
    expect(await page.locator('#f-submitter-name').inputValue()).toBe('');
    expect(await page.locator('details[data-more]').getAttribute('open')).not.toBeNull();
    const notice = page.locator('[data-draft]');
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.getByText(t('nl', 'contribute.draft.restored')).isVisible()).toBe(true);
    // The restored title is looked up too.
    await page
      .locator('[data-similar]')
      .getByRole('link', { name: /Repair café/ })
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: t('nl', 'contribute.draft.clear') }).click();
    expect(await page.locator('#f-title').inputValue()).toBe('');
    expect(await page.getByText(t('nl', 'contribute.draft.cleared')).isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('buurtpodium:meedoen:concept'))).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await page.locator('form[data-contribute-form]:not([hidden])').waitFor();
    expect(await page.locator('#f-title').inputValue()).toBe('');
    expect(await page.getByText(t('nl', 'contribute.draft.restored')).isVisible()).toBe(false);
  });
});

test('the form’s fields are in the order the error summary lists them', async () => {
  const page = await openForm('nl');
  const names = await page
    .locator('form[data-contribute-form] [name]')
    .evaluateAll((elements) => [...new Set(elements.map((element) => element.getAttribute('name') ?? ''))]);
  expect(names).toEqual(formFieldNames());
});

test('the form reflows at 320 CSS pixels, also with every message shown (WCAG 1.4.10)', async () => {
  for (const lang of ['nl', 'en'] as const) {
    const page = await session.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(pagePath[lang]);
    await submit(page, lang);
    await page.locator('[data-error-summary]').waitFor();
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .filter((element) => !element.closest('.bp-visually-hidden, [hidden]'))
        .map((element) => `${element.tagName.toLowerCase()}#${element.id}`),
    );
    expect(wide, lang).toEqual([]);
  }
});

test('without JavaScript the page says how to contribute by e-mail', async () => {
  const page = await session.open(pagePath.nl, { javaScriptEnabled: false });
  expect(await page.locator('form[data-contribute-form]').isHidden()).toBe(true);
  const fallback = page.locator('[data-contribute-fallback]');
  expect(await fallback.isVisible()).toBe(true);
  expect(await fallback.locator('a[href="mailto:redactie@buurtpodium.nl"]').count()).toBe(1);
});

test('the header links to the page in both languages', async () => {
  for (const lang of ['nl', 'en'] as const) {
    const page = await session.open(lang === 'nl' ? '/' : '/en/');
    const link = page.getByRole('navigation', { name: t(lang, 'site.nav.label') }).getByRole('link', {
      name: t(lang, 'site.nav.contribute'),
    });
    expect(await link.getAttribute('href')).toBe(pagePath[lang]);
  }
});

describe('axe finds no WCAG 2.2 A/AA violations', () => {
  for (const lang of ['nl', 'en'] as const) {
    test(`${lang}: the page as it loads`, async () => {
      const page = await openForm(lang);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      const results = await new AxeBuilder({ page }).withTags(wcag).setLegacyMode(true).analyze();
      expect(
        results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });

    test(`${lang}: with every message shown`, async () => {
      const page = await openForm(lang);
      await submit(page, lang);
      await page.locator('[data-error-summary]').waitFor();
      const results = await new AxeBuilder({ page }).withTags(wcag).setLegacyMode(true).analyze();
      expect(
        results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });

    test(`${lang}: with the result shown`, async () => {
      const page = await openForm(lang);
      await fillValid(page, lang);
      await submit(page, lang);
      await page.locator('[data-result]').waitFor();
      const results = await new AxeBuilder({ page }).withTags(wcag).setLegacyMode(true).analyze();
      expect(
        results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
});
