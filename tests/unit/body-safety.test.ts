/**
 * Body safety: what a body from outside may not contain (scripts, event
 * handlers, javascript: links; in MDX also imports, expressions and unknown
 * components), with the file's line number, and what it may contain: `{`, `}`,
 * `<3` and `a < b` in Markdown stay text. The malicious fixtures in
 * tests/fixtures/unsafe/ each carry one attack; check:content must refuse them all.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import {
  allowedComponents,
  checkBody,
  forbiddenElements,
  formatOf,
  type BodyProblem,
} from '../../src/lib/core/body-safety.ts';
import { readEntryFiles } from '../../src/lib/build/content-files.ts';
import { validateInitiatives } from '../../src/lib/core/validation.ts';
import { formatProblem } from '../../src/schema/report.ts';
import { fixtureNames, projectRoot, readFixtures } from './fixtures.ts';

const unsafeRoot = 'tests/fixtures/unsafe';
const plainTextRoot = 'tests/fixtures/plain-text';

const codes = (problems: BodyProblem[]) => problems.map((problem) => problem.code);
const md = (body: string) => checkBody(body, 'md');
const mdx = (body: string) => checkBody(body, 'mdx');

describe('Markdown text that must stay text', () => {
  test.each([
    ['a heart', 'Wij <3 de buurt.'],
    ['a comparison', 'a < b en c > d, ook a <= b'],
    ['braces', 'Accolades {zo} en } en {.'],
    ['harmless HTML', 'Een <b>vet</b> woord, een <span class="x">span</span> en een <br> regel.'],
    ['an https link', '[Lees meer](https://www.example.nl/pagina?x=1)'],
    ['an image as data: URL', '![Kaart](data:image/png;base64,iVBORw0KGgo=)'],
    ['prose about open data', 'Open data: de gemeente deelt cijfers. Metadata: zie bijlage.'],
    ['an HTML comment', '<!-- nog aanvullen -->'],
    ['the word "one" before an equals sign outside a tag', 'one = 1, only = 2'],
  ])('%s', (_what, body) => {
    expect(md(body)).toEqual([]);
  });
});

describe('elements that run code or load another page', () => {
  test.each(forbiddenElements.map((name) => [name]))('<%s> is refused', (name) => {
    expect(md(`Tekst\n\n<${name} x="y"></${name}>`)).toEqual([
      expect.objectContaining({ line: 3, code: 'element', detail: name }),
    ]);
  });

  test('in any case, without attributes, and inside other markup', () => {
    expect(codes(md('<SCRIPT>x</SCRIPT>'))).toEqual(['element']);
    expect(codes(md('<scr<script>ipt>alert(1)</script>'))).toEqual(['element']);
    expect(codes(md('`<script>` in een codeblok'))).toEqual(['element']);
    expect(codes(md('<svg><style>x</style></svg>'))).toEqual(['element']);
  });

  test('the message names the element and says what to do, in plain language', () => {
    expect(md('<iframe src="https://example.org"></iframe>')[0]?.message).toBe(
      'uses the HTML element <iframe>, which is not allowed in an entry (it can run code or load another page): remove it',
    );
  });
});

describe('event-handler attributes', () => {
  test.each([
    ['plain', '<img src="x" onerror="alert(1)">', 'onerror'],
    ['upper case', '<div ONCLICK="alert(1)">x</div>', 'ONCLICK'],
    ['separated by a slash', '<svg/onload=alert(1)>', 'onload'],
    ['after a quoted ">"', '<img alt=">" onmouseover="alert(1)" src="x">', 'onmouseover'],
    ['right after a quoted value', '<img src="x"onerror="alert(1)">', 'onerror'],
    ['with spaces around =', '<a onclick = "alert(1)">x</a>', 'onclick'],
  ])('%s', (_what, body, attribute) => {
    expect(md(body)).toEqual([expect.objectContaining({ code: 'event-handler', detail: attribute })]);
  });

  test('a tag spread over lines is reported on the line where it starts', () => {
    expect(md('Tekst\n\n<img\n  src="x"\n  onerror="alert(1)">')).toEqual([
      expect.objectContaining({ line: 3, code: 'event-handler' }),
    ]);
  });

  test('"on…" inside a quoted value or in running text is not an attribute', () => {
    expect(md('<a title="read on=this" href="https://example.org">x</a> and onclick= in text')).toEqual([]);
  });
});

describe('addresses that run code', () => {
  test.each([
    ['a Markdown link', '[x](javascript:alert(1))'],
    ['upper and mixed case', '[x](JaVaScRiPt:alert(1))'],
    ['a decimal character reference', '[x](&#106;avascript:alert(1))'],
    ['a hex reference without semicolon', '<a href="&#x6A;avascript:alert(1)">x</a>'],
    ['a named colon', '<a href="javascript&colon;alert(1)">x</a>'],
    ['a tab inside the scheme', '<a href="java&#x09;script:alert(1)">x</a>'],
    ['a line break inside the scheme', '<a href="java\nscript:alert(1)">x</a>'],
    ['a Markdown backslash escape', '[x](javascript\\:alert(1))'],
    ['an autolink', '<javascript:alert(1)>'],
    ['a link reference definition', '[x]\n\n[x]: javascript:alert(1)'],
    ['vbscript:', '<a href="vbscript:msgbox(1)">x</a>'],
  ])('%s', (_what, body) => {
    expect(codes(md(body))).toEqual(['url']);
  });

  test('data: addresses other than plain images', () => {
    expect(md('[x](data:text/html;base64,PHNjcmlwdD4=)')).toEqual([
      expect.objectContaining({ code: 'url', detail: 'data' }),
    ]);
    expect(md('<a href="data:image/svg+xml,<svg onload=alert(1)>">x</a>').map((p) => p.detail)).toContain('data');
  });
});

describe('MDX: what runs at build time, or breaks the build', () => {
  test('import and export lines', () => {
    expect(mdx('import fs from "node:fs";\n\nTekst\n  export const x = 1')).toEqual([
      expect.objectContaining({ line: 1, code: 'mdx-import', detail: 'import' }),
      expect.objectContaining({ line: 4, code: 'mdx-import', detail: 'export' }),
    ]);
  });

  test('braces are expressions, unless escaped', () => {
    expect(codes(mdx('Thuis: {process.env.HOME}'))).toEqual(['mdx-expression', 'mdx-expression']);
    expect(codes(mdx('alleen }'))).toEqual(['mdx-expression']);
    expect(mdx('Geëscaped: \\{zo\\}')).toEqual([]);
    // An escaped backslash does not escape the brace after it.
    expect(codes(mdx('\\\\{x}'))).toEqual(['mdx-expression', 'mdx-expression']);
  });

  test('"<" that cannot start a tag: <3, <=, <!--', () => {
    expect(mdx('Wij <3 de buurt\na <= b\n<!-- x -->').map((p) => [p.line, p.detail])).toEqual([
      [1, '<3'],
      [2, '<='],
      [3, '<!'],
    ]);
    expect(mdx('a < b, \\<3')).toEqual([]);
  });

  test(`components not on the allowed list (${allowedComponents.length === 0 ? 'empty' : allowedComponents.join(', ')})`, () => {
    expect(mdx('<Kaart />\n<ui.Button>x</ui.Button>\n<_x/>\n<$y/>').map((p) => p.detail)).toEqual([
      'Kaart',
      'ui.Button',
      '_x',
      '$y',
    ]);
    expect(mdx('Een <b>vet</b> woord')).toEqual([]);
  });

  test('the shared checks apply to MDX too', () => {
    expect(codes(mdx('<script>x</script> [x](javascript:y) <img onerror="z">'))).toEqual([
      'element',
      'event-handler',
      'url',
    ]);
  });

  test('Markdown does not get the MDX checks', () => {
    expect(md('import x from "y"\n{x} <3 <Kaart />')).toEqual([]);
  });
});

test('line numbers count from the line the body starts on', () => {
  expect(checkBody('a\nb\n<script>', 'md', 30)[0]?.line).toBe(32);
});

test('formatOf reads the extension', () => {
  expect(formatOf('content/initiatives/a.mdx')).toBe('mdx');
  expect(formatOf('content/initiatives/a.MDX')).toBe('mdx');
  expect(formatOf('content/initiatives/a.md')).toBe('md');
});

describe('validateInitiatives with the malicious fixtures', () => {
  const files = readFixtures(unsafeRoot);
  const result = validateInitiatives(files);

  test('there is one fixture per attack, and none of them is a valid entry', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(result.entries).toEqual([]);
  });

  test.each(fixtureNames(unsafeRoot))('%s is refused as `file: body: line N: …`', (name) => {
    const file = `${unsafeRoot}/initiatives/${name}`;
    const lines = result.problems.filter((problem) => problem.file === file).map(formatProblem);
    expect(lines.length, `${file} has no problem`).toBeGreaterThan(0);
    // The frontmatter is the valid minimal entry's: every problem is about the body, with its line.
    for (const line of lines) expect(line).toMatch(new RegExp(`^${file}: body: line (25|27): `));
  });

  test('check:content exits 1 and lists every one of them', async () => {
    const run = await promisify(execFile)('npx', ['tsx', 'scripts/check-content.ts', unsafeRoot], {
      cwd: projectRoot,
      env: { ...process.env, NO_COLOR: '1' },
    }).then(
      () => ({ code: 0, stdout: '' }),
      (error: unknown) => error as { code: number; stdout: string },
    );
    expect(run.code).toBe(1);
    for (const problem of result.problems) expect(run.stdout).toContain(formatProblem(problem));
  }, 60_000);
});

test('a body with {, }, <3 and a < b is a valid entry', () => {
  const result = validateInitiatives(readFixtures(plainTextRoot));
  expect(result.problems).toEqual([]);
  expect(result.entries[0]?.body).toContain('Wij <3 de buurt, en a < b maar c > d.');
});

test('no entry in content/ trips the checks (no false alarms on real text)', async () => {
  const files = await readEntryFiles(path.join(projectRoot, 'content', 'initiatives'));
  expect(files.length).toBeGreaterThan(0);
  expect(validateInitiatives(files).problems.filter((problem) => problem.field === 'body')).toEqual([]);
});
