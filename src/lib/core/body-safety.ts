/**
 * Body safety: the checks that keep an entry's body from running code at build
 * time or in a reader's browser. Pure: it takes the body text and returns every
 * problem with its line number, so `check:content`, the build, the CMS's save
 * check and the contribution form all report the same thing.
 *
 * Why this is needed (both were seen on this project's own build):
 * - Markdown (`.md`) passes raw HTML through untouched: `<script>`, `<img onerror=…>`
 *   and `[x](javascript:…)` (also written `&#106;avascript:`) end up in the page as is.
 * - MDX (`.mdx`) compiles the body to JavaScript: `{…}` is an expression evaluated
 *   during the build (`{globalThis.process.env.HOME}` printed the build machine's home
 *   folder), `import`/`export` lines are modules, and a stray `<3` or `<!--` breaks the build.
 *
 * So bodies written outside the editorial team are stored as `.md` (no code at all)
 * and both formats are checked here. The checks are deliberately strict: a `<script>`
 * mentioned inside a code span is reported too. Entries about neighbourhoods never
 * need one, and a check that understands less cannot be tricked into missing one.
 */
import { snippetAt } from './private-contact.ts';

/** Which syntax the body is read with: the file's extension. */
export type BodyFormat = 'md' | 'mdx';

/** What kind of problem: lets forms say it in their own language (`detail` is the element, attribute or scheme). */
export type BodyProblemCode =
  'element' | 'event-handler' | 'url' | 'mdx-import' | 'mdx-expression' | 'mdx-less-than' | 'mdx-component';

/** One problem in a body: the line of the file it is on, and what to do about it (in English, for check:content). */
export interface BodyProblem {
  line: number;
  /** The words around the problem, on one line: what a form quotes, as a rich-text writer sees no line numbers. */
  snippet: string;
  code: BodyProblemCode;
  detail: string;
  message: string;
}

/**
 * Components an `.mdx` entry may use. Empty to start with: every component tag
 * is reported. To allow one, add its name here and pass the component to the
 * entry's `<Content components={…} />` in `src/views/EntryView.astro` (entries
 * cannot import anything themselves). Keep it to components that render only
 * their props and children: they run at build time with the site's rights.
 */
export const allowedComponents: readonly string[] = [];

/**
 * HTML elements no body may contain: they run code (script), load another page
 * or a plug-in into ours (iframe, frame, frameset, object, embed, applet, portal),
 * change how the whole page loads or looks (base, link, meta, style), or collect
 * a reader's input for someone else (form).
 */
export const forbiddenElements: readonly string[] = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'base',
  'link',
  'meta',
  'form',
];

const forbidden = new Set(forbiddenElements);

/** The file line (1-based) of every offset in a text, by binary search over line starts. */
function lineIndex(text: string, firstLine: number): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return firstLine + low;
  };
}

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';
const isLetter = (ch: string | undefined) => ch !== undefined && /^[A-Za-z]$/.test(ch);

/** A start tag as the HTML tokenizer reads it: name, attribute names, and where it starts and ends. */
interface Tag {
  name: string;
  attributes: string[];
  start: number;
  end: number;
}

/**
 * Read the start tag that begins at `start` (a `<` followed by a letter), following
 * the HTML tokenizer's rules for attribute names and quoted/unquoted values, so a
 * `>` inside a quoted value does not end the tag early. An unclosed tag runs to the end.
 */
function readTag(text: string, start: number): Tag {
  let i = start + 1;
  let name = '';
  while (i < text.length && !isSpace(text[i]) && text[i] !== '/' && text[i] !== '>') name += text.charAt(i++);
  const attributes: string[] = [];
  while (i < text.length && text[i] !== '>') {
    const ch = text[i];
    if (isSpace(ch) || ch === '/') {
      i++;
      continue;
    }
    // An attribute name runs to whitespace, "/", ">" or "=" (a leading "=" belongs to the name).
    let attribute = ch ?? '';
    i++;
    while (i < text.length && !isSpace(text[i]) && text[i] !== '/' && text[i] !== '>' && text[i] !== '=') {
      attribute += text.charAt(i++);
    }
    attributes.push(attribute);
    while (isSpace(text[i])) i++;
    if (text[i] !== '=') continue;
    i++;
    while (isSpace(text[i])) i++;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1);
      i = close === -1 ? text.length : close + 1;
    } else {
      while (i < text.length && !isSpace(text[i]) && text[i] !== '>') i++;
    }
  }
  return { name, attributes, start, end: Math.min(i + 1, text.length) };
}

/**
 * The text as a browser would read a URL in it: character references decoded
 * (`&#106;` → `j`, `&colon;` → `:`), Markdown backslash escapes removed, the tabs
 * and line breaks browsers drop from URLs removed, lower case. Each character
 * keeps the offset it came from, for the line number.
 */
function urlView(text: string): { view: string; origin: number[] } {
  const named: Record<string, string> = { colon: ':', tab: '', newline: '', sol: '/', lpar: '(', rpar: ')' };
  let view = '';
  const origin: number[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '&') {
      const numeric = /^&#(?:[xX]([0-9a-fA-F]+)|(\d+));?/.exec(text.slice(i, i + 16));
      if (numeric) {
        const code = numeric[1] ? Number.parseInt(numeric[1], 16) : Number(numeric[2]);
        const decoded = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
        if (decoded !== '\t' && decoded !== '\n' && decoded !== '\r') {
          view += decoded.toLowerCase();
          origin.push(...new Array<number>(decoded.length).fill(i));
        }
        i += numeric[0].length;
        continue;
      }
      const entity = /^&([a-zA-Z]+);/.exec(text.slice(i, i + 12));
      const replacement = entity ? named[(entity[1] ?? '').toLowerCase()] : undefined;
      if (entity && replacement !== undefined) {
        view += replacement;
        origin.push(...new Array<number>(replacement.length).fill(i));
        i += entity[0].length;
        continue;
      }
    }
    if (ch === '\\' && /[!-/:-@[-`{-~]/.test(text[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (ch !== '\t' && ch !== '\n' && ch !== '\r') {
      view += ch.toLowerCase();
      origin.push(i);
    }
    i++;
  }
  return { view, origin };
}

/**
 * Addresses that run code or hide a document: javascript: and vbscript: anywhere
 * (strict: even in running text), and data: other than plain images where an
 * address stands, after `(`, `<`, `=`, a quote or the `:` of a link definition
 * (so "open data: …" in a sentence is fine).
 */
const DANGEROUS_URL =
  /(?<![a-z0-9+.-])(javascript|vbscript):|(?<=[(<="':]\s*)(data):(?!image\/(?:png|jpe?g|gif|webp|avif)[;,])/g;

/** The problems of one body. `firstLine` is the file line the body starts on. */
export function checkBody(body: string, format: BodyFormat, firstLine = 1): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const lineOf = lineIndex(body, firstLine);
  const add = (offset: number, code: BodyProblemCode, detail: string, message: string) =>
    problems.push({ line: lineOf(offset), snippet: snippetAt(body, offset, detail.length + 1), code, detail, message });

  // Every "<" followed by a letter is read as a tag, wherever it stands, so nothing hides in a code span.
  for (let i = body.indexOf('<'); i !== -1; i = body.indexOf('<', i + 1)) {
    const next = body[i + 1];
    if (!isLetter(next) && !(format === 'mdx' && (next === '$' || next === '_'))) continue;
    const tag = readTag(body, i);
    const name = tag.name.toLowerCase();
    if (forbidden.has(name)) {
      add(
        i,
        'element',
        name,
        `uses the HTML element <${name}>, which is not allowed in an entry (it can run code or load another page): remove it`,
      );
    }
    for (const attribute of tag.attributes) {
      if (/^on/i.test(attribute)) {
        add(
          i,
          'event-handler',
          attribute,
          `the <${tag.name}> tag has an event handler (${attribute}=), which would run code in the reader's browser: remove the attribute`,
        );
      }
    }
    if (format === 'mdx' && /^[A-Z$_]|[.:]/.test(tag.name) && !allowedComponents.includes(tag.name)) {
      const allowed = allowedComponents.length > 0 ? allowedComponents.join(', ') : 'none yet';
      add(
        i,
        'mdx-component',
        tag.name,
        `uses the component <${tag.name}>, which is not on the list of allowed components (${allowed}): remove it, or save the entry as .md`,
      );
    }
  }

  const { view, origin } = urlView(body);
  for (const match of view.matchAll(DANGEROUS_URL)) {
    const scheme = match[1] ?? match[2] ?? '';
    add(
      origin[match.index] ?? 0,
      'url',
      scheme,
      scheme === 'data'
        ? 'contains a data: address, which can hide a page or a script: link to a web address (https://…) instead'
        : `contains a ${scheme}: address, which would run code when a reader clicks it: link to a web address (https://…) instead`,
    );
  }

  if (format === 'mdx') problems.push(...mdxProblems(body, lineOf));
  return problems.sort((a, b) => a.line - b.line);
}

/** What only MDX reads as code, or cannot read at all. */
function mdxProblems(body: string, lineOf: (offset: number) => number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  for (const match of body.matchAll(/^[ \t]*(import|export)\b/gm)) {
    problems.push({
      line: lineOf(match.index),
      snippet: snippetAt(body, match.index, match[0].length),
      code: 'mdx-import',
      detail: match[1] ?? '',
      message: `has an ${match[1] ?? ''} statement, which runs code when the site is built: remove the line (entries cannot import anything)`,
    });
  }
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '{' && ch !== '}' && ch !== '<') continue;
    let slashes = 0;
    while (body[i - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) continue;
    if (ch === '<') {
      const next = body[i + 1];
      if (
        next === undefined ||
        isSpace(next) ||
        isLetter(next) ||
        next === '/' ||
        next === '>' ||
        next === '$' ||
        next === '_'
      ) {
        continue;
      }
      const shown = body.slice(i, i + 2);
      problems.push({
        line: lineOf(i),
        snippet: snippetAt(body, i, 2),
        code: 'mdx-less-than',
        detail: shown,
        message: `"${shown}" cannot be read in an .mdx file (MDX takes "<" for the start of a component): write \\${shown} to show it, or save the entry as .md`,
      });
      continue;
    }
    problems.push({
      line: lineOf(i),
      snippet: snippetAt(body, i, 1),
      code: 'mdx-expression',
      detail: ch,
      message: `"${ch}" ${ch === '{' ? 'starts' : 'ends'} a JavaScript expression in an .mdx file, which runs when the site is built: write \\${ch} to show a brace, or save the entry as .md`,
    });
  }
  return problems;
}

/** The extension of an entry file as a body format (`.mdx` → mdx, anything else → md). */
export function formatOf(file: string): BodyFormat {
  return file.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md';
}
