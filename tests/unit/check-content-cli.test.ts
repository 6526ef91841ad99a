/**
 * `npm run check:content [dir]`, run for real as a child process against the
 * fixture folders: exit code, one `file: field: message` line per problem,
 * and a one-line summary.
 */
import { execFile } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import { validateInitiatives } from '../../src/lib/core/validation.ts';
import { formatProblem } from '../../src/schema/report.ts';
import { fixtureNames, fixtureRoots, placeNames, projectRoot, readFixtures } from './fixtures.ts';

interface Run {
  code: number;
  lines: string[];
}

/** Run `npx tsx scripts/check-content.ts <root>` in the project root. */
function checkContent(root: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      'npx',
      ['tsx', 'scripts/check-content.ts', root],
      { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 },
      (error, stdout) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`could not run check:content: ${error.message}`, { cause: error }));
          return;
        }
        resolve({ code: error ? Number(error.code) : 0, lines: stdout.split('\n').filter((line) => line !== '') });
      },
    );
  });
}

/** Files the CLI does not name yet, because of a known bug (see schema.test.ts). */

const summary =
  /^check:content: (?<files>\d+) files checked in (?<root>\S+), (?:(?<problems>\d+) problem\(s\) in (?<bad>\d+) file\(s\)|no problems)(?:, \d+ warning\(s\))? \(\d+\.\d s\)$/;

const runs = new Map<string, Run>();
function run(root: string): Run {
  const result = runs.get(root);
  if (!result) throw new Error(`check:content did not run for ${root}`);
  return result;
}

beforeAll(async () => {
  const results = await Promise.all(
    Object.values(fixtureRoots).map(async (root) => [root, await checkContent(root)] as const),
  );
  for (const [root, result] of results) runs.set(root, result);
}, 120_000);

describe('check:content on the malformed fixtures', () => {
  const root = fixtureRoots.malformed;
  const expected = validateInitiatives(readFixtures(root)).problems.map(formatProblem);

  test('exits with 1', () => {
    expect(run(root).code).toBe(1);
  });

  test('prints every problem, one line each, in the `file: field: message` shape', () => {
    const lines = run(root).lines.slice(0, -1);
    expect(lines).toEqual(expected);
    for (const line of lines) {
      expect(line).toMatch(
        /^tests\/fixtures\/malformed\/initiatives\/[^:]+\.mdx: (\(frontmatter\)|[A-Za-z][\w.[\]]*): \S/,
      );
    }
  });

  test('names every malformed file', () => {
    const output = run(root).lines.join('\n');
    const missing = fixtureNames(root).filter((name) => !output.includes(`${root}/initiatives/${name}: `));
    expect(missing).toEqual([]);
  });

  test('ends with a one-line summary that counts files and problems', () => {
    const last = run(root).lines.at(-1) ?? '';
    expect(last).toContain('problem(s)');
    const groups = summary.exec(last)?.groups;
    expect(groups, last).toBeDefined();
    expect(groups?.root).toBe(root);
    expect(Number(groups?.files)).toBe(fixtureNames(root).length);
    expect(Number(groups?.problems)).toBe(expected.length);
    expect(Number(groups?.bad)).toBe(new Set(expected.map((line) => line.split(': ')[0])).size);
  });
});

describe('check:content on the valid fixtures', () => {
  const root = fixtureRoots.valid;

  test('exits with 0 and prints only warnings and the summary, saying no problems', () => {
    const { code, lines: all } = run(root);
    expect(code).toBe(0);
    // Warnings (a field left to the editors in the full fixture) do not fail the run.
    const lines = all.filter((line) => !line.startsWith('warning: '));
    expect(all.filter((line) => line.startsWith('warning: '))).toEqual([
      `warning: ${root}/initiatives/full-all-optional-fields.mdx: pending: themes still to be decided by the editors: fill them in and remove them from pending`,
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(summary);
    expect(lines[0]).toContain(
      `${fixtureNames(root).length + placeNames(root).length} files checked in ${root}, no problems, 1 warning(s)`,
    );
  });
});

describe('check:content on two files with the same slug', () => {
  const root = fixtureRoots.duplicateSlug;

  test('exits with 1 and names the second file and the first', () => {
    const { code, lines } = run(root);
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${root}/initiatives/kopie-huiskamer-west.mdx: slug: "huiskamer-west" is already used by ${root}/initiatives/huiskamer-west.mdx: give one of them another file name or slug`,
      expect.stringMatching(
        /^check:content: 2 files checked in tests\/fixtures\/duplicate-slug, 1 problem\(s\) in 1 file\(s\) \(/,
      ),
    ]);
  });
});
