/**
 * The editors' intake (`npm run intake -- <file>`): from what the Meedoen form
 * produced — the `.md` file itself, the e-mail text, or the whole saved e-mail
 * (`.eml`, MIME, quoted-printable or base64) — to the entry's text and, apart
 * from it, the submitter's contact details. Pure: `scripts/intake.ts` reads and
 * writes the files, validation is `validation.ts`'s, as in check:content.
 *
 * The e-mail's layout is `mailText()` in `contribute.ts`: a block "Mijn gegevens
 * (niet voor publicatie):" with the submitter's lines, then the file between
 * "----- begin van <file> -----" and "----- einde van <file> -----" (or their
 * English wording). Both languages are recognised, from the same dictionaries.
 */
import { t, uiLanguages } from '../../i18n/index.ts';
import { entryFileName } from '../core/entry-file.ts';

/** What a submission holds: the entry's text, the file name the form proposed, the submitter's lines. */
export interface IntakeText {
  /** The `.md` text: frontmatter and body. */
  entry: string;
  /** The file name the form gave it (from the e-mail's markers), if any. */
  fileName?: string;
  /** The submitter's details as written in the e-mail ("Naam: …", "E-mail: …"): for the editors, never in the file. */
  contact: string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A dictionary line as a pattern, with `{file}` as a capture group. */
function linePattern(key: 'contribute.mail.fileStart' | 'contribute.mail.fileEnd'): RegExp {
  const alternatives = uiLanguages.map((lang) =>
    t(lang, key, { file: '\u0000' }).split('\u0000').map(escapeRegExp).join('(\\S+)'),
  );
  return new RegExp(`^[ \\t>]*(?:${alternatives.join('|')})[ \\t]*$`, 'm');
}

const contactHeading = new RegExp(
  `^[ \\t>]*(?:${uiLanguages.map((lang) => escapeRegExp(t(lang, 'contribute.mail.submitter'))).join('|')})[ \\t]*$`,
  'm',
);

/** Decode quoted-printable (RFC 2045) into bytes. */
function quotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      // Characters outside ASCII should not occur; keep them as UTF-8.
      bytes.push(...new TextEncoder().encode(joined[i]));
    }
  }
  return Uint8Array.from(bytes);
}

function base64(text: string): Uint8Array {
  return Uint8Array.from(atob(text.replace(/[^A-Za-z0-9+/=]/g, '')), (c) => c.charCodeAt(0));
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** Split a MIME entity into its headers (lower-case names, unfolded) and body. */
function parsePart(raw: string): Part {
  const text = raw.replace(/\r\n/g, '\n');
  const end = text.indexOf('\n\n');
  const head = end === -1 ? text : text.slice(0, end);
  const body = end === -1 ? '' : text.slice(end + 2);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** A parameter of a header value: `boundary`, `charset`. */
function parameter(value: string | undefined, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
}

/** The decoded text of a leaf part. */
function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const charset = parameter(part.headers.get('content-type'), 'charset') ?? 'utf-8';
  const bytes =
    encoding === 'quoted-printable'
      ? quotedPrintable(part.body)
      : encoding === 'base64'
        ? base64(part.body)
        : new TextEncoder().encode(part.body);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

/** HTML as plain text, for a mail that came only as HTML. */
function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|pre|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text parts of a MIME entity, depth first: plain text first, HTML only if there is no plain text. */
function textParts(part: Part): { plain: string[]; html: string[] } {
  const type = (part.headers.get('content-type') ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = parameter(part.headers.get('content-type'), 'boundary');
    if (!boundary) return { plain: [part.body], html: [] };
    const pieces = part.body
      .replace(/\r\n/g, '\n')
      .split(new RegExp(`^--${escapeRegExp(boundary)}(?:--)?[ \\t]*$`, 'm'));
    const found = { plain: [] as string[], html: [] as string[] };
    // The text before the first boundary and after the last one is not part of the message.
    for (const piece of pieces.slice(1, -1)) {
      const inner = textParts(parsePart(piece.replace(/^\n/, '')));
      found.plain.push(...inner.plain);
      found.html.push(...inner.html);
    }
    return found;
  }
  if (type.startsWith('text/html')) return { plain: [], html: [decodeBody(part)] };
  if (type.startsWith('text/') || !part.headers.has('content-type')) return { plain: [decodeBody(part)], html: [] };
  return { plain: [], html: [] };
}

/** Whether a text starts with mail headers (a saved `.eml`). */
export function isMail(text: string): boolean {
  return (
    /^(?:[\w-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)+\r?\n/.test(text.replace(/^\uFEFF/, '')) && !/^---\r?\n/.test(text)
  );
}

/** The readable text of a saved e-mail: its plain-text parts (or its HTML as text), decoded. */
export function mailBody(raw: string): string {
  const { plain, html } = textParts(parsePart(raw.replace(/^\uFEFF/, '')));
  return plain.length > 0 ? plain.join('\n') : html.map(htmlText).join('\n');
}

/** Lines between the contact heading and the file's start: the submitter's details. */
function contactLines(text: string): string[] {
  const heading = contactHeading.exec(text);
  if (!heading) return [];
  const rest = text.slice(heading.index + heading[0].length);
  const start = linePattern('contribute.mail.fileStart').exec(rest);
  return (start ? rest.slice(0, start.index) : rest)
    .split(/\r?\n/)
    .map((line) => line.replace(/^[ \t>]+/, '').trim())
    .filter((line) => line !== '');
}

/**
 * The entry text and the submitter's details in what the form produced: a `.md` file, an e-mail's text, or a
 * whole saved e-mail. Without the form's markers, the entry is the text from the first `---` line on. Returns
 * `undefined` when no entry can be found.
 */
export function readSubmission(raw: string): IntakeText | undefined {
  const text = (isMail(raw) ? mailBody(raw) : raw).replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const contact = contactLines(text);
  const start = linePattern('contribute.mail.fileStart').exec(text);
  if (start) {
    const after = text.slice(start.index + start[0].length).replace(/^\n/, '');
    const end = linePattern('contribute.mail.fileEnd').exec(after);
    const block = end ? after.slice(0, end.index) : after;
    // A forwarded or replied mail quotes with "> ": then the entry is read without the quote marks.
    const entry = /^[ \t]*>/.test(start[0]) ? block.replace(/^[ \t]*> ?/gm, '') : block;
    const fileName = start.slice(1).find(Boolean);
    return { entry: `${entry.trimEnd()}\n`, ...(fileName ? { fileName } : {}), contact };
  }
  const frontmatter = /^---[ \t]*$/m.exec(text);
  if (!frontmatter) return undefined;
  return { entry: `${text.slice(frontmatter.index).trimEnd()}\n`, contact };
}

/**
 * A slug that is free: `base`, else `base-2`, `base-3` … (never one in `taken`: the slugs and aliases of the
 * existing entries).
 */
export function freeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${String(n)}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The slug an entry asks for: from its title (as the form names files), else from the proposed file name. */
export function slugForTitle(title: unknown, fileName?: string): string {
  if (typeof title === 'string' && title.trim() !== '') return entryFileName(title).replace(/\.md$/, '');
  const fromName = fileName?.replace(/\.(md|mdx)$/, '');
  return fromName !== undefined && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(fromName) ? fromName : 'initiatief';
}
