/**
 * Dates as precise as they are known (a year, a month or a day): the schema keeps them as typed, refuses what is
 * no date (never dropping it), compares them at the precision both have, and the pages, the exports, the JSON
 * Schema and the CMS widget read and write them the same way.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { changedDate, dateParts, joinDateParts, partialDateProblem } from '../../src/cms/partial-date-widget.ts';
import { formatDate, machineDate } from '../../src/i18n/index.ts';
import { entryFacts } from '../../src/lib/present/entry-facts.ts';
import { csvRow, exportRecord } from '../../src/lib/present/exports.ts';
import { issueMessage } from '../../src/lib/present/form-messages.ts';
import { isPartialDate, partialDateBefore } from '../../src/schema/fields.ts';
import { initiativeJsonSchema } from '../../src/schema/export.ts';
import { initiativeSchema } from '../../src/schema/initiative.ts';
import { placeSchema } from '../../src/schema/place.ts';
import { makeInitiative } from './make-initiative.ts';

describe('the schema', () => {
  test.each([
    ['2019', '2019'],
    [2019, '2019'],
    ['2019-05', '2019-05'],
    ['2019-05-12', '2019-05-12'],
    [new Date('2019-05-12T00:00:00Z'), '2019-05-12'],
  ])('keeps %j as %j', (input, kept) => {
    expect(makeInitiative({ startDate: input as string }).startDate).toBe(kept);
  });

  test.each(['19', '2019-5', '2019-13', '2024-02-30', '2019--12', 'mei 2019', '05/12/2019', ''])(
    'refuses %j with a message that says how to write it',
    (input) => {
      const result = initiativeSchema.safeParse({ startDate: input });
      const issues = result.error?.issues.filter((issue) => issue.path.join('.') === 'startDate') ?? [];
      expect(issues).toHaveLength(1);
      expect(issues[0]?.message).toContain('a year (2019), a month (2019-05) or a day (2019-05-12)');
      // The form and the CMS say it in Dutch, at the field.
      const [issue] = issues;
      if (!issue) return;
      expect(issueMessage(issue, { startDate: input }, 'Begonnen op', 'nl')).toBe(
        'Begonnen op: vul een jaar (2019), een maand (2019-05) of een dag (2019-05-12) in die bestaat.',
      );
    },
  );

  test('an end date is before the start only at the precision both have', () => {
    expect(partialDateBefore('2019', '2019-05')).toBe(false);
    expect(partialDateBefore('2019-04', '2019-05-12')).toBe(true);
    expect(partialDateBefore('2018', '2019-05')).toBe(true);
    expect(makeInitiative({ startDate: '2019-05', endDate: '2019' }).endDate).toBe('2019');
    const before = initiativeSchema.safeParse({ startDate: '2019-05', endDate: '2019-04-30' });
    expect(before.error?.issues.some((issue) => issue.path.join('.') === 'endDate')).toBe(true);
  });

  test('places take them too', () => {
    const result = placeSchema.safeParse({ openedDate: 1975, closedDate: '2019-12' });
    expect(result.error?.issues.filter((issue) => issue.path.join('.').endsWith('Date'))).toEqual([]);
  });

  test('isPartialDate', () => {
    expect(['2019', '2019-01', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['2023-02-29', '2019-00', '201', '20190'].some(isPartialDate)).toBe(false);
  });
});

describe('pages and exports', () => {
  test.each([
    ['2019', 'nl', '2019'],
    ['2019-05', 'nl', 'mei 2019'],
    ['2019-05', 'en', 'May 2019'],
    ['2019-05-12', 'nl', '12 mei 2019'],
    ['2019-05-12', 'en', '12 May 2019'],
  ] as const)('%s reads as %s: %s', (value, lang, shown) => {
    expect(formatDate(value, lang)).toBe(shown);
    expect(machineDate(value)).toBe(value);
  });

  test('the entry page says the period as precisely as it is known', () => {
    const data = makeInitiative({ startDate: '2019', endDate: '2021-03', permanence: 'temporary', status: 'ended' });
    const period = entryFacts(data, 'nl').find((fact) => fact.key === 'entry.period');
    expect(period?.values[0]?.text).toBe('vanaf 2019 tot maart 2021');
  });

  test('JSON, CSV and the JSON Schema carry the date as known', () => {
    const data = makeInitiative({ startDate: 2019, endDate: '2021-03' });
    const record = exportRecord('x', data, 'https://buurtpodium.nl');
    expect(record.startDate).toBe('2019');
    expect(record.endDate).toBe('2021-03');
    expect(csvRow(record).startDate).toBe('2019');
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(initiativeJsonSchema('https://buurtpodium.nl/schema/initiative.json'));
    expect(validate(JSON.parse(JSON.stringify(record))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...record, startDate: '2019-5' })).toBe(false);
  });
});

describe('the CMS widget', () => {
  test('reads what YAML gives and writes what was chosen', () => {
    expect(dateParts(2019)).toEqual({ year: '2019', month: '', day: '' });
    expect(dateParts('2019-05-12')).toEqual({ year: '2019', month: '05', day: '12' });
    expect(dateParts(new Date('2019-05-12T00:00:00Z'))).toEqual({ year: '2019', month: '05', day: '12' });
    expect(joinDateParts({ year: '2019', month: '', day: '' })).toBe('2019');
    expect(joinDateParts({ year: '2019', month: '5', day: '' })).toBe('2019-05');
    expect(joinDateParts({ year: '2019', month: '5', day: '3' })).toBe('2019-05-03');
    expect(joinDateParts({ year: '', month: '', day: '' })).toBe('');
  });

  test('keeps a half-typed year and says at the field what is wrong', () => {
    expect(joinDateParts({ year: '19', month: '', day: '' })).toBe('19');
    expect(partialDateProblem('19')).toBe('Vul het jaar in met vier cijfers, zoals 2019.');
    expect(partialDateProblem('2023-02-29')).toMatch(/Die dag bestaat niet/);
    expect(partialDateProblem('2019')).toBeUndefined();
    expect(partialDateProblem('')).toBeUndefined();
  });
});

describe('the CMS widget, one part changed', () => {
  test('a date typed in the year box replaces the month and day chosen before', () => {
    expect(changedDate('2024-03', 'year', '2025-03')).toBe('2025-03');
    expect(changedDate('2024-03-12', 'year', '2025')).toBe('2025-03-12');
    expect(changedDate('2024-03-12', 'year', '2025-04-01')).toBe('2025-04-01');
  });
  test('the month and day boxes change only their part; no month, no day', () => {
    expect(changedDate('2024', 'month', '5')).toBe('2024-05');
    expect(changedDate('2024-05', 'day', '9')).toBe('2024-05-09');
    expect(changedDate('2024-05-09', 'month', '')).toBe('2024');
  });
});
