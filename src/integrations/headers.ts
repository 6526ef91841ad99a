/**
 * Writes `dist/_headers` (lib/build/headers.ts) at the end of a build: every page's
 * Content-Security-Policy, and only embed pages may be framed by other sites.
 * Generated, so it follows the route table and the site config.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { headersFile } from '../lib/build/headers.ts';
import { site } from '../site.config.ts';

export function responseHeaders(): AstroIntegration {
  return {
    name: 'buurtpodium:headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(path.join(fileURLToPath(dir), '_headers'), headersFile(site));
        logger.info(
          'wrote _headers: the policy of every page; embeds may be framed anywhere, other pages only on this site',
        );
      },
    },
  };
}
