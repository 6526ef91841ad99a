/**
 * The build refuses bad content with the same plain-language lines as
 * `npm run check:content`: every problem at once, not only the first.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { readEntryFiles } from '../../src/lib/content-files.ts';
import { validateInitiatives } from '../../src/lib/validation.ts';
import { formatProblem } from '../../src/schema/report.ts';

const run = promisify(execFile);

test('astro build on malformed content fails and lists every problem check:content lists', async () => {
  const root = 'tests/fixtures/malformed';
  const expected = validateInitiatives(await readEntryFiles(path.join(root, 'initiatives'))).problems.map(
    formatProblem,
  );
  expect(expected.length).toBeGreaterThan(15);
  const outDir = mkdtempSync(path.join(tmpdir(), 'bp-bad-build-'));
  const failure = await run('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, BUURTPODIUM_CONTENT_DIR: root, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    maxBuffer: 16 * 1024 * 1024,
  }).then(
    () => undefined,
    (error: unknown) => error as { code: number; stdout: string; stderr: string },
  );
  rmSync(outDir, { recursive: true, force: true });
  expect(failure, 'the build should have failed').toBeDefined();
  const output = `${failure?.stdout ?? ''}\n${failure?.stderr ?? ''}`;
  expect(output).toContain(`The content has ${expected.length} problem(s)`);
  for (const line of expected) expect(output).toContain(line);
}, 120_000);
