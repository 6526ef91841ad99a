/**
 * Writes `dist/_headers` (lib/headers.ts) at the end of a build: only embed
 * pages may be framed by other sites. Generated, so it follows the route table.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { headersFile } from '../lib/headers.ts';

export function responseHeaders(): AstroIntegration {
  return {
    name: 'buurtpodium:headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(path.join(fileURLToPath(dir), '_headers'), headersFile());
        logger.info('wrote _headers: embeds may be framed anywhere, other pages only on this site');
      },
    },
  };
}
