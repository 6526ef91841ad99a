/**
 * Whether the facts of an entry are still known to be true: the staleness rules behind the notice on entry and
 * place pages, the editors' page of what to check and `npm run freshness`. Pure: "now" is passed in, and on a
 * static site it is the build time (`buildNow()`), so a page says what was true when it was built.
 *
 * The rules:
 * - Practice examples (initiatives with a `status`) and places are subject to verification; an initiative without a
 *   status (a "form of initiative" named in research) is not, and never counts as stale.
 * - Never checked (no `verified`): `never`.
 * - Checked more than `months` months before now: `stale`. Exactly `months` months ago is not yet stale ("longer than
 *   a year" means more than twelve months): stale from the day after.
 * - A check dated after now (the schema refuses those, beyond a day's slack) counts as fresh, zero days old.
 */
import { labelOf, type Lang } from '../../taxonomy/index.ts';

export type FreshnessState = 'fresh' | 'stale' | 'never';

export interface Freshness {
  state: FreshnessState;
  /** The day of the last check, when there was one. */
  verified?: Date;
}

/** What the rules need of an entry: a status (absent on forms of initiative) and the last check. */
export interface Verifiable {
  status?: string | undefined;
  verified?: { date: Date } | undefined;
}

/** Is this entry subject to verification? Places always; initiatives only with a status (practice examples). */
export function isVerifiable(kind: 'initiative' | 'place', data: Verifiable): boolean {
  return kind === 'place' || data.status !== undefined;
}

/** `date` plus `months` calendar months (UTC), on the last day of the month when the day does not exist there. */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** The start of the UTC day of a moment. */
function dayOf(moment: Date): Date {
  return new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
}

/** The freshness of one entry at `now`, with a freshness period of `months` months. */
export function freshnessOf(verified: Date | undefined, now: Date, months: number): Freshness {
  if (!verified) return { state: 'never' };
  const stale = dayOf(now) > addMonths(dayOf(verified), months);
  return { state: stale ? 'stale' : 'fresh', verified };
}

/** Whole calendar months from `from` to `to` (UTC days), 0 when `to` is not later. */
function wholeMonths(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  if (months > 0 && addMonths(from, months) > to) months -= 1;
  return Math.max(0, months);
}

const relativeFormats = new Map<Lang, Intl.RelativeTimeFormat>();

function relativeFormat(lang: Lang): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(lang);
  if (!format) {
    // numeric "auto" only for today; "always" elsewhere, so a year ago is "1 jaar geleden", not "vorig jaar"
    // (which would mean the previous calendar year).
    format = new Intl.RelativeTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { numeric: 'always' });
    relativeFormats.set(lang, format);
  }
  return format;
}

const todayText: Record<Lang, string> = { nl: 'vandaag', en: 'today' };

/**
 * How long ago `date` was at `now`, in words: "vandaag", "5 dagen geleden", "3 maanden geleden", "2 jaar geleden"
 * (days under a month, months under a year, whole years from then on). A date after now reads as today.
 */
export function relativeAge(date: Date, now: Date, lang: Lang): string {
  const from = dayOf(date);
  const to = dayOf(now);
  const days = Math.round((to.getTime() - from.getTime()) / 86_400_000);
  if (days <= 0) return todayText[lang];
  const months = wholeMonths(from, to);
  const format = relativeFormat(lang);
  if (months < 1) return format.format(-days, 'day');
  if (months < 12) return format.format(-months, 'month');
  return format.format(-Math.floor(months / 12), 'year');
}

/** The freshness period in words, for "Langer dan … niet gecontroleerd": "een jaar", "2 jaar", "18 maanden". */
export function periodText(months: number, lang: Lang): string {
  if (months % 12 === 0) {
    const years = months / 12;
    if (years === 1) return lang === 'nl' ? 'een jaar' : 'a year';
    return lang === 'nl' ? `${years} jaar` : `${years} years`;
  }
  if (months === 1) return lang === 'nl' ? 'een maand' : 'a month';
  return lang === 'nl' ? `${months} maanden` : `${months} months`;
}

/** One entry for the editors to check. */
export interface ToVerify {
  kind: 'initiative' | 'place';
  slug: string;
  title: string;
  state: Exclude<FreshnessState, 'fresh'>;
  /** The last check, when there was one. */
  verified?: Date;
  /** When it was first published: orders the never-checked among themselves. */
  published: Date;
}

export interface FreshnessInput {
  kind: 'initiative' | 'place';
  slug: string;
  title: string;
  published: Date;
  status?: string | undefined;
  verified?: { date: Date } | undefined;
}

/** What the rules read of an entry's or place's data (title, publication, status, last check). */
export function freshnessFields(data: {
  title: string;
  published: Date;
  status?: string | undefined;
  verified?: { date: Date } | undefined;
}): Omit<FreshnessInput, 'kind' | 'slug'> {
  return {
    title: data.title,
    published: data.published,
    ...(data.status !== undefined ? { status: data.status } : {}),
    ...(data.verified ? { verified: { date: data.verified.date } } : {}),
  };
}

/**
 * The entries to check, oldest first: the never-checked first (longest published first), then the stale by the
 * date of their last check. Forms of initiative (no status) and fresh entries are left out.
 */
export function toVerify(entries: Iterable<FreshnessInput>, now: Date, months: number): ToVerify[] {
  const list: ToVerify[] = [];
  for (const entry of entries) {
    if (!isVerifiable(entry.kind, entry)) continue;
    const { state } = freshnessOf(entry.verified?.date, now, months);
    if (state === 'fresh') continue;
    list.push({
      kind: entry.kind,
      slug: entry.slug,
      title: entry.title,
      state,
      ...(entry.verified ? { verified: entry.verified.date } : {}),
      published: entry.published,
    });
  }
  const time = (item: ToVerify) => item.verified?.getTime() ?? Number.NEGATIVE_INFINITY;
  return list.sort(
    (a, b) =>
      time(a) - time(b) ||
      a.published.getTime() - b.published.getTime() ||
      a.kind.localeCompare(b.kind) ||
      a.slug.localeCompare(b.slug),
  );
}

/**
 * The build's "now": the moment the site is built, or `BUURTPODIUM_NOW` (an ISO date, e.g. 2026-12-01) to build
 * or check as of another day (tests, reproducing an old build). An unreadable value is an error, not ignored.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const value = env.BUURTPODIUM_NOW?.trim();
  if (!value) return new Date();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`BUURTPODIUM_NOW: “${value}” is not a date: write it as YYYY-MM-DD`);
  }
  return date;
}

let memoNow: Date | undefined;

/** The build's "now", read once per process: every page of one build measures from the same moment. */
export function siteNow(): Date {
  memoNow ??= buildNow();
  return memoNow;
}

/** What a page shows about the last check, in the reader's language (labels from the taxonomy). */
export interface VerificationView {
  state: FreshnessState;
  /** The day of the last check. */
  date?: Date;
  /** How long ago, in words ("3 maanden geleden"). */
  ago?: string;
  /** How it was checked, and by whom (labels). */
  method?: string;
  by?: string;
  /** The freshness period in words ("een jaar"). */
  period: string;
}

export interface Verified {
  date: Date;
  method: string;
  by: string;
}

/** The verification of one entry or place as its page shows it. */
export function verificationView(
  verified: Verified | undefined,
  now: Date,
  months: number,
  lang: Lang,
): VerificationView {
  const { state } = freshnessOf(verified?.date, now, months);
  const period = periodText(months, lang);
  if (!verified) return { state, period };
  return {
    state,
    date: verified.date,
    ago: relativeAge(verified.date, now, lang),
    method: labelOf('verificationMethod', verified.method, lang),
    by: labelOf('verifier', verified.by, lang),
    period,
  };
}

/**
 * What of an entry's or place's page depends on the build's "now": its state and its "… geleden" text in every
 * language. Part of the page's cache key (lib/build/cache-keys.ts), so an incremental build renders the page again
 * when, and only when, that text changes.
 */
export function freshnessKey(
  verified: { date: Date } | undefined,
  now: Date,
  months: number,
  subject: boolean,
): string {
  if (!subject || !verified) return subject ? 'never' : '-';
  const { state } = freshnessOf(verified.date, now, months);
  return `${state}:${relativeAge(verified.date, now, 'nl')}:${relativeAge(verified.date, now, 'en')}`;
}
