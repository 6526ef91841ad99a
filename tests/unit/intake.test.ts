/**
 * The editors' intake: reading what the Meedoen form produced (the `.md` file, the e-mail's text, a saved
 * `.eml` in quoted-printable or base64), and `npm run intake` run for real on a copy of a fixture content root:
 * a good file under a free slug, a broken one written with its problems listed, a hostile body refused with
 * nothing written, the submitter's details printed apart and never in the file.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { entryFile, mailText, submissionFrom, type FormLike } from '../../src/lib/present/contribute.ts';
import { freeSlug, isMail, mailBody, readSubmission, slugForTitle } from '../../src/lib/build/intake.ts';
import { projectRoot } from './fixtures.ts';

vi.setConfig({ testTimeout: 60_000 });

const FIXTURES = path.join(projectRoot, 'tests/fixtures/intake');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
/** The entry block of mail.txt, as the form wrote it. */
const mailEntry = () => {
  const text = fixture('mail.txt');
  const start = text.indexOf('\n---\n') + 1;
  return text.slice(start, text.indexOf('----- einde van'));
};

describe('reading a submission', () => {
  test('a .md file is the entry itself, with no contact details', () => {
    const read = readSubmission(fixture('good.md'));
    expect(read?.entry).toBe(fixture('good.md'));
    expect(read?.contact).toEqual([]);
  });

  test.each(['mail.txt', 'mail-qp.eml', 'mail-base64.eml'])(
    '%s: the entry between the markers, the submitter apart',
    (name) => {
      const read = readSubmission(fixture(name));
      expect(read?.entry).toBe(mailEntry());
      expect(read?.fileName).toBe('buurtkamer-de-kroon.md');
      expect(read?.contact).toEqual(['Naam: Jan Jansen', 'E-mail: jan.jansen@example.org', 'Telefoon: 06 12345678']);
      expect(read?.entry).not.toContain('Jansen');
      expect(read?.entry).toContain('één keer per week');
    },
  );

  test('a saved e-mail is recognised by its headers; a .md file is not', () => {
    expect(isMail(fixture('mail-qp.eml'))).toBe(true);
    expect(isMail(fixture('good.md'))).toBe(false);
    expect(isMail(fixture('mail.txt'))).toBe(false);
  });

  test('an HTML-only e-mail is read as text', () => {
    const raw =
      'Content-Type: text/html; charset=utf-8\n\n<p>----- start of x.md -----<br>---<br>title: &quot;A &amp; B&quot;<br>---<br>----- end of x.md -----</p>';
    expect(mailBody(raw)).toContain('title: "A & B"');
    expect(readSubmission(raw)?.entry).toBe('---\ntitle: "A & B"\n---\n');
  });

  test('a quoted (forwarded) e-mail loses its quote marks', () => {
    const quoted = fixture('mail.txt')
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    expect(readSubmission(quoted)?.entry).toBe(mailEntry());
  });

  test('round trip: what the form mails is what the intake reads, in both languages', () => {
    const fields: Record<string, string> = {
      title: 'Repair Café Heumen',
      summary: 'Elke maand.',
      'submitter.name': 'Jan Jansen',
      'submitter.email': 'jan@example.org',
    };
    const form: FormLike = {
      get: (name) => fields[name] ?? null,
      getAll: (name) => (fields[name] === undefined ? [] : [fields[name]]),
    };
    const submission = submissionFrom(form, '2026-12-06');
    const file = entryFile(submission);
    for (const lang of ['nl', 'en'] as const) {
      const read = readSubmission(mailText(submission, file, lang));
      expect(read?.entry).toBe(file.text);
      expect(read?.fileName).toBe(file.name);
      expect(read?.contact.join('\n')).toContain('jan@example.org');
    }
  });

  test('text without frontmatter is no submission', () => {
    expect(readSubmission('Hallo redactie, zie bijlage.')).toBeUndefined();
  });

  test('a free slug: the title as a slug, else -2, -3 …', () => {
    expect(slugForTitle('Repair Café Heumen')).toBe('repair-cafe-heumen');
    expect(slugForTitle(undefined, 'buurtkamer.md')).toBe('buurtkamer');
    expect(slugForTitle(undefined)).toBe('initiatief');
    expect(freeSlug('a', new Set())).toBe('a');
    expect(freeSlug('a', new Set(['a', 'a-2']))).toBe('a-3');
  });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function intake(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      'npx',
      ['tsx', 'scripts/intake.ts', ...args],
      { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`could not run the intake: ${error.message}`, { cause: error }));
          return;
        }
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

describe('npm run intake', () => {
  let root: string;
  let dir: string;
  const files = () => readdirSync(dir).sort();
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'bp-intake-'));
    cpSync(path.join(FIXTURES, 'content'), root, { recursive: true });
    dir = path.join(root, 'initiatives');
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  test('a good file whose title is taken: written under a free slug, the same title reported, exit 2', async () => {
    const before = readFileSync(path.join(dir, 'repair-cafe-heumen.md'), 'utf8');
    const result = await intake(path.join(FIXTURES, 'good.md'), '--content', root);
    // The same title as an entry on the podium is the one problem (check:content's rule): merge or retitle.
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(
      /repair-cafe-heumen-2\.md: title: "Repair Café Heumen" is the same title as .*repair-cafe-heumen\.md/,
    );
    expect(files()).toEqual(['repair-cafe-heumen-2.md', 'repair-cafe-heumen.md']);
    expect(readFileSync(path.join(dir, 'repair-cafe-heumen-2.md'), 'utf8')).toBe(fixture('good.md'));
    expect(readFileSync(path.join(dir, 'repair-cafe-heumen.md'), 'utf8')).toBe(before);
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(
      /^intake: wrote .*repair-cafe-heumen-2\.md, 1 problem\(s\)/,
    );
  });

  test('a broken file: written, every problem listed as file: field: message, exit 2', async () => {
    const result = await intake(path.join(FIXTURES, 'broken.md'), '--content', root);
    expect(result.code).toBe(2);
    expect(files()).toContain('buurtkamer-de-kroon.md');
    const lines = result.stdout.split('\n').filter((line) => line.includes('buurtkamer-de-kroon.md: '));
    expect(lines.map((line) => line.split(': ')[1])).toEqual(['strategy', 'municipality', 'targetGroups', 'themes']);
    expect(result.stdout).toContain("'s-Gravenhage");
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/wrote .*buurtkamer-de-kroon\.md, 4 problem\(s\)/);
  });

  test('a hostile body: refused, nothing written, exit 1', async () => {
    const result = await intake(path.join(FIXTURES, 'hostile.md'), '--content', root);
    expect(result.code).toBe(1);
    expect(files()).toEqual(['repair-cafe-heumen.md']);
    expect(result.stdout).toMatch(/body: line \d+: .*onerror/);
    expect(result.stderr).toContain('nothing written');
  });

  test('a saved e-mail: the entry written, the contact details printed apart and not in the file', async () => {
    const result = await intake(path.join(FIXTURES, 'mail-qp.eml'), '--content', root);
    expect(result.code).toBe(0);
    const written = path.join(dir, 'buurtkamer-de-kroon-koffie-and-praatjes.md');
    expect(existsSync(written)).toBe(true);
    const text = readFileSync(written, 'utf8');
    expect(text).toBe(mailEntry());
    for (const secret of ['Jansen', 'jan.jansen@example.org', '06 12345678']) {
      expect(text).not.toContain(secret);
      expect(result.stdout).toContain(secret);
    }
    expect(result.stdout).toMatch(/Contact details of the submitter[^\n]*\n {2}Naam: Jan Jansen\n/);
  });
});
