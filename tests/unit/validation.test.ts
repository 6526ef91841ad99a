/**
 * The validation report: splitting frontmatter, slugs, checks across files,
 * and the `file: field: message` lines that check:content and the build print.
 */
import { describe, expect, test } from 'vitest';
import { slugOf, splitFrontmatter, validateInitiatives, type ContentFile } from '../../src/lib/core/validation.ts';
import { modelWordProblems, normaliseTitle, titleClashProblems } from '../../src/lib/core/editorial-checks.ts';
import { fieldPath, formatIssues, formatProblem, problemsFrom } from '../../src/schema/report.ts';
import { initiativeSchema } from '../../src/schema/initiative.ts';
import { fixtureRoots, readFixtures } from './fixtures.ts';

/** The text of the minimal valid fixture, to build in-memory files from. */
const minimal = readFixtures(fixtureRoots.valid).find((f) => f.file.endsWith('/minimal-required-only.mdx'))?.text ?? '';

/** The minimal fixture with one frontmatter line replaced (or, with `to` only, a line added). */
function variant(from: RegExp | null, to: string): string {
  if (from === null) return minimal.replace(/^---\n/, `---\n${to}\n`);
  if (!from.test(minimal)) throw new Error(`${String(from)} is not in the minimal fixture`);
  return minimal.replace(from, to);
}

function fieldsOf(result: ReturnType<typeof validateInitiatives>): string[] {
  return result.problems.map((p) => `${p.file}: ${p.field}`);
}

describe('splitFrontmatter', () => {
  test('splits the YAML frontmatter from the body', () => {
    expect(splitFrontmatter('---\ntitle: Buurtkamer\ncount: 2\n---\n\n## Aanleiding\n')).toEqual({
      data: { title: 'Buurtkamer', count: 2 },
      body: '\n## Aanleiding\n',
    });
  });

  test('accepts a byte order mark', () => {
    expect(splitFrontmatter('\uFEFF---\ntitle: Buurtkamer\n---\nTekst')).toEqual({
      data: { title: 'Buurtkamer' },
      body: 'Tekst',
    });
  });

  test('accepts CRLF line endings, with and without a byte order mark', () => {
    const crlf = '---\r\ntitle: Buurtkamer\r\nthemes:\r\n  - loneliness\r\n---\r\nTekst\r\n';
    const expected = { data: { title: 'Buurtkamer', themes: ['loneliness'] }, body: 'Tekst\r\n' };
    expect(splitFrontmatter(crlf)).toEqual(expected);
    expect(splitFrontmatter(`\uFEFF${crlf}`)).toEqual(expected);
  });

  test('accepts a file that ends right after the closing line', () => {
    expect(splitFrontmatter('---\ntitle: Buurtkamer\n---')).toEqual({ data: { title: 'Buurtkamer' }, body: '' });
  });

  test('gives an empty object for frontmatter with only a comment', () => {
    expect(splitFrontmatter('---\n# nog invullen\n---\nTekst').data).toEqual({});
  });

  test.each([
    ['no frontmatter at all', '# Buurtkamer\n\nTekst\n'],
    ['no closing line', '---\ntitle: Buurtkamer\n\nTekst\n'],
    ['frontmatter that does not start on the first line', 'Tekst\n---\ntitle: Buurtkamer\n---\n'],
  ])('refuses %s, saying how to start the file', (_what, text) => {
    expect(() => splitFrontmatter(text)).toThrow(
      'has no frontmatter: start the file with a --- line, the fields, and another --- line',
    );
  });

  test('names the line of the file where the YAML breaks', () => {
    // File line 4 is the third frontmatter line: an unquoted colon inside a value.
    const text = '---\ntitle: Buurtkamer\nsummary: Koffie en een praatje\nplaceName: Huis: van de wijk\n---\n';
    expect(() => splitFrontmatter(text)).toThrow(
      /^is not valid YAML \(line 4\): .+\. Check quotes, colons and indentation$/,
    );
    expect(() => splitFrontmatter(`\uFEFF${text.replaceAll('\n', '\r\n')}`)).toThrow('is not valid YAML (line 4)');
  });

  test('reports a duplicated key as a YAML problem with its line', () => {
    expect(() => splitFrontmatter('---\ntitle: A\nsummary: B\ntitle: C\n---\n')).toThrow(
      /^is not valid YAML \(line 4\): duplicated mapping key/,
    );
  });

  test('reads an unquoted YYYY-MM-DD so that the schema gets that very date', () => {
    const { data } = splitFrontmatter('---\npublished: 2024-03-01\n---\n') as { data: { published: unknown } };
    expect(initiativeSchema.shape.published.parse(data.published)).toEqual(new Date('2024-03-01T00:00:00Z'));
  });

  test('keeps an impossible date recognisable (2024-02-31 must not become 2024-03-02)', () => {
    const { data } = splitFrontmatter('---\nstartDate: 2024-02-31\n---\n') as { data: { startDate: unknown } };
    const value = data.startDate instanceof Date ? data.startDate.toISOString().slice(0, 10) : data.startDate;
    expect(value).toBe('2024-02-31');
  });
});

describe('slugOf', () => {
  test('uses the file name without its extension', () => {
    expect(slugOf('content/initiatives/repair-cafe-zuid.mdx', {})).toBe('repair-cafe-zuid');
    expect(slugOf('content/initiatives/repair-cafe-zuid.md', {})).toBe('repair-cafe-zuid');
    expect(slugOf('content/initiatives/repair-cafe-zuid.markdown', {})).toBe('repair-cafe-zuid');
    expect(slugOf('repair-cafe-zuid.mdx', undefined)).toBe('repair-cafe-zuid');
  });

  test('uses only the last part of a nested path', () => {
    expect(slugOf('content/initiatives/2024/nijmegen/repair-cafe-zuid.mdx', {})).toBe('repair-cafe-zuid');
  });

  test('prefers the slug field', () => {
    expect(slugOf('content/initiatives/repair-cafe-zuid.mdx', { slug: 'de-schroevendraaier' })).toBe(
      'de-schroevendraaier',
    );
  });

  test('falls back to the file name when the slug field is empty or not text', () => {
    expect(slugOf('a/repair-cafe-zuid.mdx', { slug: '' })).toBe('repair-cafe-zuid');
    expect(slugOf('a/repair-cafe-zuid.mdx', { slug: 42 })).toBe('repair-cafe-zuid');
    expect(slugOf('a/repair-cafe-zuid.mdx', null)).toBe('repair-cafe-zuid');
    expect(slugOf('a/repair-cafe-zuid.mdx', 'a scalar frontmatter')).toBe('repair-cafe-zuid');
  });

  test('leaves a bad file name as it is, for validateInitiatives to report', () => {
    expect(slugOf('a/Bad Name.mdx', {})).toBe('Bad Name');
  });
});

describe('validateInitiatives', () => {
  test('reports a file name that cannot be a slug, and nothing else about a valid entry', () => {
    const result = validateInitiatives([{ file: 'content/initiatives/Bad Name.mdx', text: minimal }]);
    expect(result.problems).toEqual([
      {
        file: 'content/initiatives/Bad Name.mdx',
        field: 'slug',
        message:
          '"Bad Name" cannot be used in a URL: rename the file (or set slug) to lowercase letters, digits and dashes',
      },
    ]);
  });

  test('accepts a bad file name when a good slug field overrides it', () => {
    const result = validateInitiatives([{ file: 'c/Bad Name.mdx', text: variant(null, 'slug: buurtkamer-de-kroon') }]);
    expect(result.problems).toEqual([]);
    expect(result.entries.map((e) => e.slug)).toEqual(['buurtkamer-de-kroon']);
  });

  test('reports a bad slug field, both as a URL problem and by the schema', () => {
    const result = validateInitiatives([{ file: 'c/goed.mdx', text: variant(null, 'slug: Buurtkamer De Kroon') }]);
    expect(result.problems.map((p) => p.field)).toEqual(['slug', 'slug']);
    expect(result.problems[0]?.message).toContain('"Buurtkamer De Kroon" cannot be used in a URL');
    expect(result.problems[1]?.message).toContain('must be lowercase letters, digits and dashes only');
  });

  describe('duplicate slugs', () => {
    test('report the second file, naming the first (fixture pair)', () => {
      const result = validateInitiatives(readFixtures(fixtureRoots.duplicateSlug));
      expect(result.checked).toBe(2);
      expect(result.problems).toEqual([
        {
          file: 'tests/fixtures/duplicate-slug/initiatives/kopie-huiskamer-west.mdx',
          field: 'slug',
          message:
            '"huiskamer-west" is already used by tests/fixtures/duplicate-slug/initiatives/huiskamer-west.mdx: give one of them another file name or slug',
        },
      ]);
    });

    test('report every later file against the first one, wherever it lives', () => {
      const files: ContentFile[] = [
        { file: 'content/initiatives/buurtkamer.mdx', text: minimal },
        { file: 'content/initiatives/2024/buurtkamer.mdx', text: minimal },
        { file: 'content/initiatives/andere-naam.mdx', text: variant(null, 'slug: buurtkamer') },
        // A title of its own: the same title twice is a problem of its own (tested below).
        { file: 'content/initiatives/eigen-naam.mdx', text: variant(/^title: .*$/m, 'title: Buurtkamer Eigen Naam') },
      ];
      const result = validateInitiatives(files);
      expect(result.problems.map((p) => [p.file, p.field, p.message])).toEqual([
        [
          files[1]?.file,
          'slug',
          expect.stringContaining('"buurtkamer" is already used by content/initiatives/buurtkamer.mdx'),
        ],
        [
          files[2]?.file,
          'slug',
          expect.stringContaining('"buurtkamer" is already used by content/initiatives/buurtkamer.mdx'),
        ],
      ]);
    });

    test('are found even when the first file has other problems', () => {
      const result = validateInitiatives([
        { file: 'c/buurtkamer.mdx', text: variant(/^title: .*\n/m, '') },
        { file: 'c/kopie.mdx', text: variant(null, 'slug: buurtkamer') },
      ]);
      expect(fieldsOf(result)).toEqual(['c/buurtkamer.mdx: title', 'c/kopie.mdx: slug']);
    });

    test('leave the reported file out of the valid entries', () => {
      const result = validateInitiatives(readFixtures(fixtureRoots.duplicateSlug));
      expect(result.entries.map((e) => e.slug)).toEqual(['huiskamer-west']);
    });
  });

  test('leaves a file whose name cannot be a slug out of the valid entries', () => {
    const result = validateInitiatives([{ file: 'c/Bad Name.mdx', text: minimal }]);
    expect(result.entries).toEqual([]);
  });

  test('reports every problem of every file at once, in file order', () => {
    const files: ContentFile[] = [
      { file: 'c/a-goed.mdx', text: minimal },
      { file: 'c/b-geen-frontmatter.mdx', text: '# Alleen tekst\n' },
      {
        file: 'c/c-drie-fouten.mdx',
        text: variant(/^strategy: .*$/m, 'strategy: brigding')
          .replace(/^tariff: .*$/m, 'tariff: gratis')
          .replace(/^sources:\n(  .*\n)+/m, ''),
      },
      { file: 'c/d-kapotte-yaml.mdx', text: variant(/^title: .*$/m, 'title: "Buurtkamer') },
      { file: 'c/e-goed.mdx', text: minimal },
      { file: 'c/f-leeg.mdx', text: '---\n# leeg\n---\n' },
    ];
    const result = validateInitiatives(files);
    expect(result.checked).toBe(6);
    expect(result.entries.map((e) => e.file)).toEqual(['c/a-goed.mdx', 'c/e-goed.mdx']);
    const fields = fieldsOf(result);
    expect(fields.slice(0, 5)).toEqual([
      'c/b-geen-frontmatter.mdx: (frontmatter)',
      'c/c-drie-fouten.mdx: strategy',
      'c/c-drie-fouten.mdx: tariff',
      'c/c-drie-fouten.mdx: sources',
      'c/d-kapotte-yaml.mdx: (frontmatter)',
    ]);
    // An empty frontmatter names every required field, each once.
    const required = ['title', 'summary', 'strategy', 'strategyNote', 'actors', 'placeTypes', 'targetGroups', 'themes'];
    for (const field of required) expect(fields).toContain(`c/f-leeg.mdx: ${field}`);
    expect(new Set(fields).size).toBe(fields.length);
  });

  test('gives the entries their slug, data with defaults, and body', () => {
    const result = validateInitiatives([{ file: 'content/initiatives/buurtkamer-de-kroon.mdx', text: minimal }]);
    expect(result.entries).toHaveLength(1);
    for (const entry of result.entries) {
      expect(entry.slug).toBe('buurtkamer-de-kroon');
      expect(entry.data.title).toBe('Buurtkamer De Kroon');
      expect(entry.data.lang).toBe('nl');
      expect(entry.body).toMatch(/^\n## Aanleiding\n/);
    }
  });

  test('checks nothing in an empty folder', () => {
    expect(validateInitiatives([])).toEqual({ entries: [], problems: [], warnings: [], checked: 0 });
  });
});

describe('the report', () => {
  test('fieldPath writes dotted names with list indexes in brackets', () => {
    expect(fieldPath([])).toBe('(frontmatter)');
    expect(fieldPath(['title'])).toBe('title');
    expect(fieldPath(['contact', 'email'])).toBe('contact.email');
    expect(fieldPath(['actors', 1, 'type'])).toBe('actors[1].type');
    expect(fieldPath(['placeTypes', 0])).toBe('placeTypes[0]');
    expect(fieldPath(['sources', 2, 'url'])).toBe('sources[2].url');
  });

  test('formatProblem writes `file: field: message`', () => {
    expect(
      formatProblem({
        file: 'content/initiatives/x.mdx',
        field: 'actors[1].type',
        message: '"x" is not a known actor type.',
      }),
    ).toBe('content/initiatives/x.mdx: actors[1].type: "x" is not a known actor type.');
  });

  test('problemsFrom and formatIssues turn zod issues into one line each', () => {
    const issues = initiativeSchema.safeParse({ title: 'Alleen een titel', strategy: 'brigding' }).error?.issues ?? [];
    const problems = problemsFrom('c/x.mdx', issues);
    expect(problems).toHaveLength(issues.length);
    const strategy = problems.find((p) => p.field === 'strategy');
    expect(strategy?.file).toBe('c/x.mdx');
    expect(strategy?.message).toContain('Did you mean "bridging"?');
    const lines = formatIssues('c/x.mdx', issues);
    expect(lines).toEqual(problems.map(formatProblem));
    for (const line of lines) expect(line).toMatch(/^c\/x\.mdx: [A-Za-z[\].0-9()]+: \S.*$/);
  });

  test('every problem of the malformed fixtures is one line in the `file: field: message` shape', () => {
    const { problems } = validateInitiatives(readFixtures(fixtureRoots.malformed));
    expect(problems.length).toBeGreaterThanOrEqual(20);
    for (const problem of problems) {
      const line = formatProblem(problem);
      expect(line).not.toContain('\n');
      expect(line).toMatch(
        /^tests\/fixtures\/malformed\/initiatives\/[^:]+\.mdx: (\(frontmatter\)|[A-Za-z]+(\[\d+\])?(\.[A-Za-z]+(\[\d+\])?)*): \S/,
      );
    }
  });
});

describe('checks that span fields', () => {
  test('run even when other fields have problems, so every problem shows at once', () => {
    const result = initiativeSchema.safeParse({
      summary: 'Kort.',
      startDate: '2024-05-01',
      endDate: '2024-01-01',
      contact: { email: 'info@example.nl' },
      coordinates: { lat: 5.86, lng: 51.84 },
    });
    const fields = result.error?.issues.map((issue) => issue.path.join('.')) ?? [];
    expect(fields).toContain('title');
    expect(fields).toContain('endDate');
    expect(fields).toContain('contact.email');
    expect(fields).toContain('coordinates');
  });

  test('leave a field alone when it did not parse itself', () => {
    const result = initiativeSchema.safeParse({ startDate: 'gisteren', endDate: '2024-01-01' });
    const endDate = result.error?.issues.filter((issue) => issue.path.join('.') === 'endDate') ?? [];
    expect(endDate).toEqual([]);
  });
});

describe('editorial checks', () => {
  test('an initiative with the title of a place is reported on the initiative, naming the place', () => {
    expect(
      titleClashProblems(
        [{ file: 'content/initiatives/huis.md', data: { title: 'Huis van de Wijk' } }],
        [{ file: 'content/places/huis-gebouw.md', data: { title: 'huis van de wijk!' } }],
      ),
    ).toEqual([
      {
        file: 'content/initiatives/huis.md',
        field: 'title',
        message:
          '"Huis van de Wijk" is also the title of the place content/places/huis-gebouw.md: let the initiative\'s title say what happens there, so readers can tell the two apart',
      },
    ]);
  });

  test('titles are compared with case, accents and punctuation folded', () => {
    expect(normaliseTitle('  Café “De Verbinding”, Zuid ')).toBe('cafe de verbinding zuid');
  });

  test('ordinary hyphenated words and link targets are no model words', () => {
    expect(
      modelWordProblems('Voor low-income gezinnen, met walk-in uren: [bron](https://x.nl/thrift-store).', []),
    ).toEqual([]);
    expect(modelWordProblems('Dit is een thrift-store.\nDe taxonomie zegt', ['placeTypes'], 10)).toEqual([
      { line: 10, message: expect.stringContaining('uses the code "thrift-store"') as string },
      { line: 11, message: expect.stringContaining('uses the word "taxonomie"') as string },
    ]);
  });
});
