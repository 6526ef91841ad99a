import { defineConfig } from 'vitest/config';

/**
 * Four kinds of tests (see docs/architecture.md):
 * - unit:  taxonomy, schemas and src/lib, no build needed;
 * - build: reads the real build output in dist/ (run `npm run build` first);
 * - e2e:   Chromium (scripts/chromium.ts, via playwright-core) against `astro preview` of dist/;
 * - dev:   what `npm start` runs (`astro dev`, the local CMS server), started on free ports with temporary
 *          content; no build needed.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // Removing a fixture build of 1,000 entries takes longer than the default 10 s on a busy machine.
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'dev',
          include: ['tests/dev/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
