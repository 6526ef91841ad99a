/**
 * The Meedoen form's fields as form-fields.ts derives them from the layout and the schema (read through
 * schema-info): one field per name of the layout, in its order; the kind of control from the kind of schema
 * field; limits and hints from the schema's; a layout that names a field the schema does not have is an error.
 * tests/build/contribute-form.test.ts holds the built page to the schema's behaviour.
 */
import { describe, expect, test } from 'vitest';
import { formFieldSpecs, partSpec, type FormFieldSpec } from '../../src/lib/present/form-fields.ts';
import { t, uiLanguages } from '../../src/i18n/index.ts';
import { formFieldNames, formParts } from '../../src/lib/present/contribute-layout.ts';
import { SUMMARY_MAX } from '../../src/schema/initiative.ts';
import { vocabularies } from '../../src/taxonomy/index.ts';

const specs = formFieldSpecs('nl');
const spec = (name: string): FormFieldSpec => {
  const found = specs.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
};

describe('the form’s fields, derived', () => {
  test('one per name of the layout, in its order, with a label in both languages', () => {
    for (const lang of uiLanguages) {
      const all = formFieldSpecs(lang);
      expect(all.map((field) => field.name)).toEqual(formFieldNames());
      for (const field of all) expect(field.label, `${lang} ${field.name}`).not.toMatch(/^contribute\./);
    }
  });

  test('the control follows the kind of schema field', () => {
    expect(spec('title')).toMatchObject({ control: 'input', type: 'text', required: true, max: 120 });
    expect(spec('summary')).toMatchObject({ control: 'textarea', rows: 3, max: SUMMARY_MAX });
    expect(spec('summary').hint).toBe(t('nl', 'contribute.hint.summary', { max: SUMMARY_MAX }));
    expect(spec('strategy')).toMatchObject({ control: 'choices', multiple: false, terms: vocabularies.strategy });
    expect(spec('placeTypes')).toMatchObject({ control: 'choices', multiple: true, required: false, optional: false });
    expect(spec('lang')).toMatchObject({ control: 'choices', checked: 'nl', optional: false });
    expect(spec('actors.1.type')).toMatchObject({ control: 'select', required: false, optional: false });
    expect(spec('municipality')).toMatchObject({ control: 'input', autocomplete: 'off', required: true });
    expect(spec('startDate')).toMatchObject({ control: 'input', type: 'text', autocomplete: 'off', optional: true });
    expect(spec('sources.0.year')).toMatchObject({ control: 'input', inputmode: 'numeric', optional: true });
    expect(spec('links.0.url')).toMatchObject({ control: 'input', type: 'url', required: false, optional: false });
    expect(spec('contact.emailPublic')).toMatchObject({ control: 'checkbox', required: false, optional: false });
    expect(spec('submitter.email')).toMatchObject({ control: 'input', type: 'email', required: true });
    expect(spec('submitter.phone')).toMatchObject({ control: 'input', type: 'tel', max: 40, optional: true });
  });

  test('fields left to the editors are optional, though the schema requires them', () => {
    for (const name of ['targetGroups', 'contactIntensity', 'tariff'])
      expect(spec(name), name).toMatchObject({ required: false, optional: true });
  });

  test('a field the schema does not have, or cannot be a form field, is an error', () => {
    const part = formParts.essentials[0];
    if (!part) throw new Error('no parts');
    expect(() => partSpec({ ...part, items: [{ name: 'titel' }] }, 'nl')).toThrow(/no field "titel"/);
    expect(() => partSpec({ ...part, items: [{ name: 'coordinates' }] }, 'nl')).toThrow(/no control for "coordinates"/);
  });
});
