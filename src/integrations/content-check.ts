/**
 * An Astro integration that runs the same validation as `npm run check:content`
 * before a build, so the build fails with every problem at once in plain
 * language instead of stopping at the first bad entry.
 */
import type { AstroIntegration } from 'astro';
import { checkContent, contentRoot } from '../lib/content-files.ts';
import { formatProblem } from '../schema/report.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'buurtpodium:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build') return;
        const result = await checkContent();
        if (result.problems.length === 0) {
          logger.info(
            `${result.checked.initiatives} initiatives, ${result.checked.places} places and ${result.checked.collections} collections in ${contentRoot()} are valid`,
          );
          return;
        }
        const lines = result.problems.map(formatProblem);
        throw new Error(
          `The content has ${lines.length} problem(s); fix them and build again (npm run check:content lists them too):\n${lines.join('\n')}`,
        );
      },
    },
  };
}
