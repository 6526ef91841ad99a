/**
 * The build refuses bad content with the same plain-language lines as
 * `npm run check:content`: every problem at once, not only the first.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { readEntryFiles } from '../../src/lib/build/content-files.ts';
import { validateInitiatives } from '../../src/lib/core/validation.ts';
import { formatProblem } from '../../src/schema/report.ts';
import { buildSite } from '../support/build-site.ts';

test('astro build on malformed content fails and lists every problem check:content lists', async () => {
  const root = 'tests/fixtures/malformed';
  const expected = validateInitiatives(await readEntryFiles(path.join(root, 'initiatives'))).problems.map(
    formatProblem,
  );
  expect(expected.length).toBeGreaterThan(15);
  const build = await buildSite(root);
  build.remove();
  const output = build.failure;
  expect(output, 'the build should have failed').toBeDefined();
  expect(output).toContain(`The content has ${expected.length} problem(s)`);
  for (const line of expected) expect(output).toContain(line);
}, 120_000);
