/**
 * Contact details in running text: e-mail addresses and Dutch phone numbers (06-…, +31 …, 0031 …, 020-…) in an
 * entry's body, summary and other texts. A practitioner who types "Vragen? Mail reparatie@example.org" into the
 * body would publish that address (Markdown even links it); it may be a private person's. So `check:content`, the
 * CMS's save check and the Meedoen form refuse such details unless the entry has the organisation's permission to
 * publish contact details (`contact.emailPublic: true`), and say where they go instead. Pure.
 */

export type ContactKind = 'email' | 'phone';

/** One contact detail found in a text: what it is, as written, and the words around it. */
export interface ContactFound {
  kind: ContactKind;
  value: string;
  /** The text around it, on one line, at most about 60 characters: what a form quotes so the writer finds it. */
  snippet: string;
  /** Where in the text it starts. */
  index: number;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/**
 * Dutch numbers: 0 and nine digits (06-12345678, 020-1234567, 020 123 4567, (020) 123 45 67), or +31 / 0031 and
 * nine digits, optionally with (0) (+31 (0)6 1234 5678); spaces, dots and dashes anywhere between the digits.
 */
const PHONE = /(?<![\d+])(?:(?:\+|00)31[\s.-]*(?:\(0\)[\s.-]*)?|\(?0)\d(?:[\s.)-]*\d){8}(?!\d)/g;

/** The words around `index` on its own line (a paragraph, in rich text), trimmed to whole words where it can. */
export function snippetAt(text: string, index: number, length: number, room = 25): string {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const newline = text.indexOf('\n', index + length);
  const lineEnd = newline < 0 ? text.length : newline;
  const start = Math.max(lineStart, index - room);
  const end = Math.min(lineEnd, index + length + room);
  let snippet = text.slice(start, end).replace(/\s+/g, ' ');
  if (start > lineStart) snippet = `…${snippet.replace(/^\S*\s/, '')}`;
  if (end < lineEnd) snippet = `${snippet.replace(/\s\S*$/, '')}…`;
  return snippet.trim();
}

/** Every e-mail address and phone number in a text, in the order they appear. */
export function findContactDetails(text: string): ContactFound[] {
  const found: ContactFound[] = [];
  for (const match of text.matchAll(EMAIL)) {
    found.push({
      kind: 'email',
      value: match[0],
      snippet: snippetAt(text, match.index, match[0].length),
      index: match.index,
    });
  }
  for (const match of text.matchAll(PHONE)) {
    found.push({
      kind: 'phone',
      value: match[0].trim(),
      snippet: snippetAt(text, match.index, match[0].length),
      index: match.index,
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The fields of an entry whose text is published as written, and so checked for contact details. */
export const publishedTextFields = ['summary', 'strategyNote', 'hostRole', 'placeName'] as const;

/** A contact detail in one field of an entry (`body` for the body). */
export interface ContactProblem extends ContactFound {
  field: string;
}

/** Whether the entry has the organisation's permission to publish contact details (`contact.emailPublic`). */
export function contactDetailsAllowed(data: unknown): boolean {
  const contact = (data as { contact?: unknown } | null)?.contact;
  return typeof contact === 'object' && contact !== null && (contact as { emailPublic?: unknown }).emailPublic === true;
}

/**
 * The contact details in an entry's published texts and body that it may not publish: all of them, unless the
 * entry has the organisation's permission. `data` is the frontmatter as written (valid or not).
 */
export function contactProblems(data: unknown, body: string | undefined): ContactProblem[] {
  if (contactDetailsAllowed(data)) return [];
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const problems: ContactProblem[] = [];
  for (const field of publishedTextFields) {
    const value = record[field];
    if (typeof value === 'string') problems.push(...findContactDetails(value).map((found) => ({ ...found, field })));
  }
  if (body !== undefined) problems.push(...findContactDetails(body).map((found) => ({ ...found, field: 'body' })));
  return problems;
}

/** The message `check:content` prints for one (English, for editors). */
export function contactProblemMessage(problem: ContactFound): string {
  const what = problem.kind === 'email' ? 'an e-mail address' : 'a phone number';
  return (
    `contains ${what} ("${problem.snippet}"), which may be a private person's: an entry publishes contact details ` +
    'only with the organisation’s permission (contact.emailPublic: true). Put the organisation’s address in ' +
    'contact.email with that permission, or give it to the editors only (the CMS field for the editors, or the ' +
    'Meedoen form’s e-mail), and remove it here'
  );
}
