/**
 * The staleness rules (lib/core/freshness.ts): which entries are subject to verification, the boundary of the freshness
 * period, never-checked and future dates, the list to check and its order, and the "… geleden" text.
 */
import { describe, expect, test } from 'vitest';
import {
  addMonths,
  buildNow,
  freshnessKey,
  freshnessOf,
  isVerifiable,
  periodText,
  relativeAge,
  toVerify,
  verificationView,
  type FreshnessInput,
} from '../../src/lib/core/freshness.ts';
import { futureVerificationProblem, initiativeSchema } from '../../src/schema/initiative.ts';
import { hsdsStatusOf, placeStatuses, statuses } from '../../src/taxonomy/index.ts';
import { makeInput } from './make-initiative.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A practice example in Nijmegen as written in a file (before parsing), with these fields added. */
const makeInitiative = (extra: Record<string, unknown>) => makeInput({ municipality: 'Nijmegen', ...extra });
const now = d('2026-06-01');

describe('which entries are subject to verification', () => {
  test('every place, and initiatives with a status (practice examples); forms of initiative (no status) are not', () => {
    expect(isVerifiable('place', {})).toBe(true);
    expect(isVerifiable('initiative', { status: 'active' })).toBe(true);
    expect(isVerifiable('initiative', {})).toBe(false);
  });
});

describe('freshnessOf', () => {
  test('never checked', () => {
    expect(freshnessOf(undefined, now, 12)).toEqual({ state: 'never' });
  });
  test('exactly 12 months ago is still fresh; a day later it is stale', () => {
    expect(freshnessOf(d('2025-06-01'), now, 12).state).toBe('fresh');
    expect(freshnessOf(d('2025-05-31'), now, 12).state).toBe('stale');
    expect(freshnessOf(d('2025-06-01'), d('2026-06-02'), 12).state).toBe('stale');
  });
  test('the time of day of "now" does not matter, only the day', () => {
    expect(freshnessOf(d('2025-06-01'), new Date('2026-06-01T23:59:59Z'), 12).state).toBe('fresh');
  });
  test('another period from the site config', () => {
    expect(freshnessOf(d('2026-01-01'), now, 3).state).toBe('stale');
    expect(freshnessOf(d('2026-03-01'), now, 3).state).toBe('fresh');
  });
  test('a date in the future counts as fresh (the schema refuses it first)', () => {
    expect(freshnessOf(d('2027-01-01'), now, 12).state).toBe('fresh');
  });
  test('months are calendar months, ending on the last day of a shorter month', () => {
    expect(addMonths(d('2025-01-31'), 1)).toEqual(d('2025-02-28'));
    expect(addMonths(d('2024-02-29'), 12)).toEqual(d('2025-02-28'));
    expect(addMonths(d('2025-11-15'), 3)).toEqual(d('2026-02-15'));
  });
});

describe('the list to check', () => {
  const item = (slug: string, extra: Partial<FreshnessInput>): FreshnessInput => ({
    kind: 'initiative',
    slug,
    title: slug,
    published: d('2024-01-01'),
    status: 'active',
    ...extra,
  });
  const list = toVerify(
    [
      item('fresh', { verified: { date: d('2026-01-01') } }),
      item('stale-new', { verified: { date: d('2025-01-01') } }),
      item('stale-old', { verified: { date: d('2020-01-01') } }),
      item('never-late', { published: d('2025-01-01') }),
      item('never-early', { published: d('2023-01-01') }),
      { kind: 'initiative', slug: 'form', title: 'Een vorm', published: d('2020-01-01') },
      { kind: 'place', slug: 'place', title: 'Een plek', published: d('2024-06-01') },
    ],
    now,
    12,
  );
  test('never checked first (longest published first), then stale by their last check; no fresh ones, no forms', () => {
    expect(list.map((entry) => `${entry.state} ${entry.slug}`)).toEqual([
      'never never-early',
      'never place',
      'never never-late',
      'stale stale-old',
      'stale stale-new',
    ]);
  });
});

describe('how long ago, in words', () => {
  test.each([
    ['2026-06-01', 'vandaag', 'today'],
    ['2026-05-31', '1 dag geleden', '1 day ago'],
    ['2026-05-20', '12 dagen geleden', '12 days ago'],
    ['2026-03-01', '3 maanden geleden', '3 months ago'],
    ['2025-06-02', '11 maanden geleden', '11 months ago'],
    ['2025-06-01', '1 jaar geleden', '1 year ago'],
    ['2023-05-01', '3 jaar geleden', '3 years ago'],
    ['2027-01-01', 'vandaag', 'today'],
  ])('%s → “%s” / “%s”', (date, nl, en) => {
    expect(relativeAge(d(date), now, 'nl')).toBe(nl);
    expect(relativeAge(d(date), now, 'en')).toBe(en);
  });
  test('the period in words', () => {
    expect(periodText(12, 'nl')).toBe('een jaar');
    expect(periodText(12, 'en')).toBe('a year');
    expect(periodText(24, 'nl')).toBe('2 jaar');
    expect(periodText(18, 'en')).toBe('18 months');
    expect(periodText(1, 'nl')).toBe('een maand');
  });
});

describe('what a page shows', () => {
  test('date, labels of method and role, how long ago, and the state', () => {
    const view = verificationView({ date: d('2026-03-01'), method: 'contact', by: 'initiator' }, now, 12, 'nl');
    expect(view).toEqual({
      state: 'fresh',
      date: d('2026-03-01'),
      ago: '3 maanden geleden',
      method: 'Contact met de organisatie',
      by: 'Initiatiefnemer',
      period: 'een jaar',
    });
    expect(verificationView(undefined, now, 12, 'en')).toEqual({ state: 'never', period: 'a year' });
  });
  test('the cache key changes when, and only when, the words change', () => {
    const verified = { date: d('2026-03-01') };
    expect(freshnessKey(verified, now, 12, true)).toBe(freshnessKey(verified, d('2026-06-15'), 12, true));
    expect(freshnessKey(verified, now, 12, true)).not.toBe(freshnessKey(verified, d('2026-07-01'), 12, true));
    expect(freshnessKey(undefined, now, 12, false)).toBe('-');
  });
});

describe('the build’s now', () => {
  test('the moment of the build, or BUURTPODIUM_NOW; an unreadable value is an error', () => {
    expect(buildNow({ BUURTPODIUM_NOW: '2026-01-02' })).toEqual(d('2026-01-02'));
    expect(Math.abs(buildNow({}).getTime() - Date.now())).toBeLessThan(5000);
    expect(() => buildNow({ BUURTPODIUM_NOW: 'gisteren' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('the schema', () => {
  test('refuses a check dated in the future, names the field, and accepts today', () => {
    const future = initiativeSchema.safeParse(
      makeInitiative({ verified: { date: '2999-01-01', method: 'visit', by: 'editors' } }),
    );
    expect(future.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['verified.date', 'is in the future: write the day the facts were actually checked'],
    ]);
    const today = new Date().toISOString().slice(0, 10);
    expect(
      initiativeSchema.safeParse(makeInitiative({ verified: { date: today, method: 'visit', by: 'editors' } })).success,
    ).toBe(true);
    expect(futureVerificationProblem({ date: d('2026-06-02') }, now.getTime())).toBeUndefined();
    expect(futureVerificationProblem({ date: d('2026-06-03') }, now.getTime())).toMatch(/future/);
  });
  test('a check needs its method and role', () => {
    const result = initiativeSchema.safeParse(makeInitiative({ verified: { date: '2025-01-01' } }));
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'verified.by',
      'verified.method',
    ]);
  });
});

describe('statuses and HSDS', () => {
  test('every status maps onto an HSDS 3.0 status; a missed place onto none', () => {
    expect(Object.fromEntries(statuses.map((term) => [term.id, term.hsds]))).toEqual({
      active: 'active',
      paused: 'temporarily closed',
      ended: 'defunct',
      planned: 'inactive',
    });
    expect(Object.fromEntries(placeStatuses.map((term) => [term.id, term.hsds]))).toEqual({
      active: 'active',
      disappeared: 'defunct',
      missed: null,
    });
    expect(hsdsStatusOf('placeStatus', 'disappeared')).toBe('defunct');
  });
});
