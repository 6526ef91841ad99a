/**
 * An Astro integration that builds the Pagefind search index over the build
 * output at the end of `astro build`: one index per `<html lang>`, written to
 * `dist/pagefind/`. Only entry pages carry `data-pagefind-body` and only they
 * are read, so page chrome, lists and facet pages stay out of the index.
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { entryPagesGlob } from '../lib/routes.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'buurtpodium:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only entry pages carry a searchable body: reading the rest (a third of a large site) is wasted time.
        const added = await index.addDirectory({ path: site, glob: entryPagesGlob() });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const entry = JSON.parse(await readFile(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        const perLanguage = Object.entries(entry.languages).map(([lang, { page_count }]) => `${lang}: ${page_count}`);
        logger.info(`search index of ${perLanguage.join(', ')} entry pages in ${seconds} s`);
      },
    },
  };
}
