/**
 * An Astro integration that builds the Pagefind search index over the build
 * output at the end of `astro build`: one index per `<html lang>`, written to
 * `dist/pagefind/`. Only entry pages carry `data-pagefind-body` and only they
 * are read, so page chrome, lists and facet pages stay out of the index.
 *
 * The index depends on nothing but the entry pages' HTML (and Pagefind's
 * version), so a build whose entry pages are byte for byte those of the last
 * build copies the last index from Astro's cache folder instead of indexing
 * again: with incremental builds (lib/cache-keys.ts) a rebuild without content
 * changes then renders and indexes nothing.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, glob, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { entryPagesGlob } from '../lib/routes.ts';

/** Pagefind's version, from its package.json (which the package does not export). */
function pagefindVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.resolve('pagefind')));
  while (!existsSync(path.join(dir, 'package.json')) && dir !== path.dirname(dir)) dir = path.dirname(dir);
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string }).version ?? '';
}

/** A fingerprint of every entry page (path and bytes) and Pagefind's version. */
async function fingerprintOf(site: string): Promise<string> {
  const hash = createHash('sha1').update(`pagefind ${pagefindVersion()}\n`);
  const files: string[] = [];
  for await (const file of glob(entryPagesGlob(), { cwd: site })) files.push(file);
  for (const file of files.sort()) hash.update(`${file}\n`).update(await readFile(path.join(site, file)));
  return hash.digest('hex');
}

export function searchIndex(): AstroIntegration {
  let cacheRoot = '';
  return {
    name: 'buurtpodium:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheRoot = fileURLToPath(new URL('pagefind/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = path.join(site, 'pagefind');
        const cached = path.join(cacheRoot, 'bundle');
        const fingerprintFile = path.join(cacheRoot, 'fingerprint');
        const started = performance.now();
        const fingerprint = await fingerprintOf(site);
        const unchanged =
          existsSync(cached) &&
          existsSync(fingerprintFile) &&
          (await readFile(fingerprintFile, 'utf8')) === fingerprint;
        if (unchanged) {
          await cp(cached, output, { recursive: true });
        } else {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Only entry pages carry a searchable body: reading the rest (a third of a large site) is wasted time.
          const added = await index.addDirectory({ path: site, glob: entryPagesGlob() });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: output });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          await pagefind.close();
          await rm(cacheRoot, { recursive: true, force: true });
          await cp(output, cached, { recursive: true });
          await writeFile(fingerprintFile, fingerprint);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const entry = JSON.parse(await readFile(path.join(output, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        const perLanguage = Object.entries(entry.languages).map(([lang, { page_count }]) => `${lang}: ${page_count}`);
        logger.info(
          `search index of ${perLanguage.join(', ')} entry pages in ${seconds} s${unchanged ? ' (entry pages unchanged: copied from the cache)' : ''}`,
        );
      },
    },
  };
}
