/**
 * The contract between the Meedoen form and the initiative schema, the way tests/unit/cms-config.test.ts holds
 * the CMS config to it. The form is built from the schema (src/lib/present/form-fields.ts, through
 * src/schema/schema-info.ts); this test checks the built page against the schema's *behaviour*, as the form's own
 * check applies it (`submissionFrom` + `checkSubmission`), not against the same introspection:
 * - required ⇔ marked required: the `required` attribute (a group of checkboxes, which cannot carry it: no
 *   “(niet verplicht)” in its legend), and “(niet verplicht)” ⇔ the field may stay empty;
 * - minlength ⇔ the shortest text the schema accepts; a hint that names the longest names the schema's (no
 *   maxlength: the form lets one type on and says by how much a text is too long);
 * - the options of radios, checkboxes and selects ⇔ the ids the schema accepts, labelled as the vocabulary;
 * - a web address or e-mail field ⇔ `type="url"` / `type="email"`.
 */
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { t, type Lang } from '../../src/i18n/index.ts';
import { checkSubmission, submissionFrom, type FormLike } from '../../src/lib/present/contribute.ts';
import { formFieldNames } from '../../src/lib/present/contribute-layout.ts';
import { bodySections, sourceSchema } from '../../src/schema/initiative.ts';
import { vocabularies, type Term } from '../../src/taxonomy/index.ts';
import { municipalityNames } from '../../src/taxonomy/municipalities.ts';
import { assertBuilt, page } from './dist.ts';

const TODAY = '2026-05-01';
type Values = Record<string, string[]>;

/** A vocabulary's first id, as a chosen option. */
const first = (name: keyof typeof vocabularies) => [vocabularies[name][0].id as string];

/** Just what a valid submission needs, naming a publication (so the first source's row counts). */
const minimal: Values = {
  title: ['Buurtkamer De Kroon'],
  summary: ['Een huiskamer in een leeg winkelpand.'],
  strategy: ['bonding'],
  strategyNote: ['Oudere alleenstaanden uit dezelfde straat, met een vergelijkbare achtergrond, drinken samen koffie.'],
  'actors.0.type': first('actorType'),
  placeTypes: first('placeType'),
  municipality: ['Nijmegen'],
  sourceKind: ['publication'],
  'sources.0.title': ['Jaarverslag 2024'],
  'submitter.name': ['Jan Jansen'],
  'submitter.email': ['jan.jansen@example.org'],
};

/** Every field of the form filled in. */
const full: Values = {
  ...minimal,
  lang: ['nl'],
  'actors.0.name': ['Bewonersvereniging De Kroon'],
  'actors.1.type': first('actorType'),
  'actors.1.name': ['Gemeente Nijmegen'],
  'actors.2.type': first('actorType'),
  'actors.2.name': ['Stichting Buurtwerk'],
  placeName: ['De Kroon'],
  neighbourhood: ['Oost'],
  targetGroups: first('targetGroup'),
  themes: first('theme'),
  contactIntensity: first('contactIntensity'),
  tariff: first('tariff'),
  thresholdFeatures: first('thresholdFeature'),
  hostRole: ['De vrijwilliger aan de deur zet koffie.'],
  permanence: ['permanent'],
  status: ['active'],
  startDate: ['2019-05'],
  endDate: ['2030'],
  'sources.0.author': ['Buurtwerk Oost'],
  'sources.0.year': ['2024'],
  'sources.0.url': ['https://www.example.nl/jaarverslag'],
  'sources.1.title': ['Krantenartikel'],
  'sources.1.author': ['De Gelderlander'],
  'sources.1.year': ['2023'],
  'sources.1.url': ['https://www.example.nl/artikel'],
  'links.0.title': ['Website'],
  'links.0.url': ['https://www.example.nl/'],
  'links.1.title': ['Agenda'],
  'links.1.url': ['https://www.example.nl/agenda'],
  'contact.name': ['Buurtkamer De Kroon'],
  'contact.website': ['https://www.example.nl/'],
  'contact.email': ['info@example.nl'],
  'contact.emailPublic': ['on'],
  ...Object.fromEntries(bodySections.map((section) => [`body.${section.id}`, ['Een paar zinnen.']])),
  'submitter.phone': ['06 12345678'],
};

const formOf = (values: Values): FormLike => ({
  get: (name) => values[name]?.[0] ?? null,
  getAll: (name) => values[name] ?? [],
});

/** The fields the form's check finds a problem at. */
const problemsOf = (values: Values) =>
  new Set(checkSubmission(submissionFrom(formOf(values), TODAY), 'nl').map((problem) => problem.name));

const without = (values: Values, name: string): Values =>
  Object.fromEntries(Object.entries(values).filter(([key]) => key !== name));

/** Does the schema accept this value for this field (the rest of the form filled in)? */
const accepts = (name: string, value: string) => !problemsOf({ ...full, [name]: [value] }).has(name);

/** The longest and shortest run of letters the schema accepts in a text field; undefined: no text of letters. */
function textLimits(name: string): { min: number; max?: number } | undefined {
  const ok = (n: number) => accepts(name, 'a'.repeat(n));
  const probe = [1, 80, 1000].find(ok);
  if (probe === undefined) return undefined;
  let [low, high] = [0, probe]; // the shortest: above low, at most high
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (ok(mid)) high = mid;
    else low = mid;
  }
  const min = high;
  if (ok(10_000)) return { min };
  [low, high] = [probe, 10_000]; // the longest: at least low, below high
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (ok(mid)) low = mid;
    else high = mid;
  }
  return { min, max: low };
}

beforeAll(() => {
  assertBuilt();
  expect(problemsOf(minimal)).toEqual(new Set());
  expect(problemsOf(full)).toEqual(new Set());
});

const pages: [string, Lang][] = [
  ['/meedoen/', 'nl'],
  ['/en/contribute/', 'en'],
];

/** The form's controls named `name`. */
const controlsOf = (form: HTMLElement, name: string) => form.querySelectorAll(`[name="${name}"]`);

/** Whether the field's label (or its group's legend) says “(niet verplicht)”. */
function markedOptional(form: HTMLElement, name: string, lang: Lang): boolean {
  const [control] = controlsOf(form, name);
  const group = form.querySelector(`fieldset.choice-field#f-${name}`);
  const caption = group ? group.querySelector('legend') : form.querySelector(`label[for="${control?.id ?? ''}"]`);
  return caption?.querySelector('.optional')?.text.trim() === t(lang, 'contribute.optional');
}

/** A field that is never empty: radios with one checked when the page loads, or a single checkbox. */
function preset(form: HTMLElement, name: string): boolean {
  const controls = controlsOf(form, name);
  const type = controls[0]?.getAttribute('type');
  return (
    (type === 'radio' && controls.some((c) => c.hasAttribute('checked'))) ||
    (type === 'checkbox' && controls.length === 1)
  );
}

describe.each(pages)('the form of %s agrees with the schema', (sitePath, lang) => {
  const form = () => {
    const found = page(sitePath).querySelector('form[data-contribute-form]');
    if (!found) throw new Error(`${sitePath} has no Meedoen form`);
    return found;
  };
  const names = formFieldNames();

  test('its fields are the layout’s, in order', () => {
    const onPage = [
      ...new Set(
        form()
          .querySelectorAll('[name]')
          .map((element) => element.getAttribute('name')),
      ),
    ];
    expect(onPage).toEqual(names);
  });

  test('required ⇔ marked required; “(niet verplicht)” ⇔ it may stay empty', () => {
    const rows = /^(actors|sources|links)\.\d+\./;
    for (const name of names) {
      const controls = controlsOf(form(), name);
      // Required: a valid submission without it has a problem at it.
      const required = name in minimal && problemsOf(without(minimal, name)).has(name);
      const checkboxes = controls.length > 1 && controls[0]?.getAttribute('type') === 'checkbox';
      if (checkboxes) {
        // `required` on a checkbox would require that very box: a required group says so by having no mark.
        expect(
          controls.some((c) => c.hasAttribute('required')),
          name,
        ).toBe(false);
      } else {
        for (const control of controls) expect(control.hasAttribute('required'), name).toBe(required);
      }
      // Within a row, the mark is about the row once it is used: a filled row without this field has a problem.
      const emptyAllowed = rows.test(name) ? !problemsOf(without(full, name)).has(name) : !required;
      expect(markedOptional(form(), name, lang), name).toBe(emptyAllowed && !preset(form(), name));
    }
  });

  test('minlength is the shortest text the schema accepts; a hint that names the longest names the schema’s', () => {
    const texts = names.filter((name) => {
      const [control] = controlsOf(form(), name);
      const type = control?.getAttribute('type');
      return (
        control?.tagName === 'TEXTAREA' || (control?.tagName === 'INPUT' && type !== 'radio' && type !== 'checkbox')
      );
    });
    expect(texts.length).toBeGreaterThan(20);
    let hintsWithLimits = 0;
    for (const name of texts) {
      if (name === 'municipality') continue; // a name from a list (below), not free text
      const [control] = controlsOf(form(), name);
      const limits = textLimits(name);
      const minlength = control?.getAttribute('minlength');
      expect(minlength === undefined ? undefined : Number(minlength), name).toBe(
        limits && limits.min > 1 ? limits.min : undefined,
      );
      // No maxlength: the form lets one type on and then says by how much the text is too long (e2e).
      expect(control?.hasAttribute('maxlength'), name).toBe(false);
      const hint = form().querySelector(`#${control?.id ?? ''}-hint`)?.text ?? '';
      const numbers = (hint.match(/\d+/g) ?? []).map(Number);
      if (limits?.max !== undefined && numbers.length > 0) {
        hintsWithLimits += 1;
        expect(numbers, name).toContain(limits.max);
      }
    }
    // The summary's hint says its limit.
    expect(hintsWithLimits).toBeGreaterThan(0);
  });

  test('the options are the ids the schema accepts, labelled as their vocabulary', () => {
    const allIds = [...new Set(Object.values(vocabularies).flatMap((terms) => terms.map((term) => term.id as string)))];
    const grouped = names.filter((name) => {
      const [control] = controlsOf(form(), name);
      return control?.tagName === 'SELECT' || ['radio', 'checkbox'].includes(control?.getAttribute('type') ?? '');
    });
    for (const name of grouped.filter(
      (candidate) => controlsOf(form(), candidate).length > 1 || controlsOf(form(), candidate)[0]?.tagName === 'SELECT',
    )) {
      const controls = controlsOf(form(), name);
      const select = controls[0]?.tagName === 'SELECT' ? controls[0] : undefined;
      const options = select
        ? select.querySelectorAll('option').filter((option) => option.getAttribute('value') !== '')
        : controls;
      const values = options.map((option) => option.getAttribute('value') ?? '');
      // The form's source kind becomes the own-account source or the publication rows: its ids are a source's kinds.
      const accepted =
        name === 'sourceKind'
          ? allIds.filter((id) => sourceSchema.safeParse({ kind: id, title: 'Opgave', date: '2024-05-01' }).success)
          : allIds.filter((id) => accepts(name, id));
      expect([...values].sort(), name).toEqual([...accepted].sort());
      const vocabulary = Object.values(vocabularies).find(
        (terms) => terms.length === values.length && values.every((id) => terms.some((term) => term.id === id)),
      ) as readonly Term[] | undefined;
      expect(vocabulary, name).toBeDefined();
      const labels = options.map((option) =>
        select ? option.text.trim() : form().querySelector(`label[for="${option.id}"]`)?.text.trim(),
      );
      expect(labels, name).toEqual(values.map((id) => vocabulary?.find((term) => term.id === id)?.label[lang]));
    }
  });

  test('the municipality suggests exactly the names the schema accepts', () => {
    const suggested = form()
      .querySelectorAll('datalist#f-municipality-list option')
      .map((option) => option.getAttribute('value') ?? '');
    expect([...suggested].sort()).toEqual([...municipalityNames].sort());
    expect(suggested.filter((name) => !accepts('municipality', name))).toEqual([]);
    expect(accepts('municipality', 'Den Haag')).toBe(false);
  });

  test('a web address or e-mail field has its type', () => {
    for (const name of names) {
      const [control] = controlsOf(form(), name);
      if (control?.tagName !== 'INPUT' || control.getAttribute('type') === 'radio') continue;
      const url = accepts(name, 'https://www.example.nl/') && !accepts(name, 'www example');
      const email = accepts(name, 'naam@example.nl') && !accepts(name, 'naam at example');
      const expected = url ? 'url' : email ? 'email' : control.getAttribute('type');
      expect(control.getAttribute('type'), name).toBe(expected);
      if (control.getAttribute('type') === 'url') expect(url, name).toBe(true);
      if (control.getAttribute('type') === 'email') expect(email, name).toBe(true);
    }
  });
});
