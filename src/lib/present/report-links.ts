/**
 * "Klopt dit nog?": the links a reader follows to tell the editors that something on a page changed. Plain links
 * that work without JavaScript: a `mailto:` to the editorial address and, when the site names its GitHub
 * repository, GitHub's "new issue" form. Both come prefilled with the page's address and its key facts. Pure.
 */
import { t } from '../../i18n/index.ts';
import { labelOf, type Lang } from '../../taxonomy/index.ts';

/** What the reader is asked about. */
export interface ReportSubject {
  /** The page's title (the entry's or place's name). */
  title: string;
  /** The page's canonical address. */
  url: string;
  /** Key facts as label and value, e.g. ["Status", "Actief"], written into the message for the editors. */
  facts: readonly (readonly [string, string])[];
}

/** The texts of the message, in the reader's language. */
export interface ReportTexts {
  /** The subject line / issue title; `{title}` is filled in. */
  subject: string;
  /** The first lines of the body, before the address and the facts. */
  intro: string;
  /** The label of the page address line. */
  page: string;
  /** The heading of the facts. */
  facts: string;
  /** The prompt where the reader writes what changed. */
  prompt: string;
}

export interface ReportLinks {
  mailto: string;
  /** GitHub's new-issue form, when the site names a repository. */
  issue?: string;
}

/**
 * Percent-encode for a mailto: header (RFC 6068): everything but unreserved characters, so spaces stay %20 (never
 * "+", which mail programs show as is) and `&`, `?`, `#`, `=` in a title cannot start a new header.
 */
const encode = (text: string): string =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The body of the message: intro, page address, facts, and room for the reader's own words. */
export function reportBody(subject: ReportSubject, texts: ReportTexts): string {
  const facts = subject.facts.map(([label, value]) => `- ${label}: ${value}`);
  return [
    texts.intro,
    '',
    `${texts.page}: ${subject.url}`,
    '',
    ...(facts.length > 0 ? [`${texts.facts}:`, ...facts, ''] : []),
    `${texts.prompt}:`,
    '',
  ].join('\n');
}

/** The mailto: and (with `repo`, as owner/name) GitHub issue links of a page. */
export function reportLinks(
  subject: ReportSubject,
  texts: ReportTexts,
  { email, repo }: { email: string; repo?: string | undefined },
): ReportLinks {
  const title = texts.subject.replace('{title}', subject.title);
  const body = reportBody(subject, texts);
  // Line ends in a mailto: body are CRLF (RFC 6068, section 5).
  const mailto = `mailto:${encode(email).replace('%40', '@')}?subject=${encode(title)}&body=${encode(body.replace(/\n/g, '\r\n'))}`;
  const issue = repo
    ? `https://github.com/${repo.split('/').map(encode).join('/')}/issues/new?title=${encode(title)}&body=${encode(body)}`
    : undefined;
  return { mailto, ...(issue ? { issue } : {}) };
}

/** The texts of a report in a language, from the i18n dictionaries. */
export function reportTexts(lang: Lang): ReportTexts {
  return {
    subject: t(lang, 'report.subject', { title: '{title}' }),
    intro: t(lang, 'report.body.intro'),
    page: t(lang, 'report.body.page'),
    facts: t(lang, 'report.body.facts'),
    prompt: t(lang, 'report.body.prompt'),
  };
}

/** The key facts of an entry or place for the editors: its status, municipality and last check. */
export function reportFacts(
  kind: 'initiative' | 'place',
  data: { status?: string | undefined; municipality?: string | undefined; verified?: { date: Date } | undefined },
  lang: Lang,
): [string, string][] {
  return [
    ...(data.status
      ? [[t(lang, 'report.fact.status'), labelOf(kind === 'place' ? 'placeStatus' : 'status', data.status, lang)]]
      : []),
    ...(data.municipality ? [[t(lang, 'report.fact.municipality'), data.municipality]] : []),
    [
      t(lang, 'report.fact.verified'),
      data.verified ? data.verified.date.toISOString().slice(0, 10) : t(lang, 'report.fact.never'),
    ],
  ] as [string, string][];
}
