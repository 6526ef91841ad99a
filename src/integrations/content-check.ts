/**
 * An Astro integration that runs the same validation as `npm run check:content`
 * before a build, so the build fails with every problem at once in plain
 * language instead of stopping at the first bad entry.
 *
 * `npm run build` (scripts/build.ts) runs this check itself, in a process of its own while the CMS is being
 * bundled, and then tells `astro build` so (BUURTPODIUM_CONTENT_CHECKED, the content root it checked): the check
 * is not run twice. `astro build` on its own still checks.
 */
import type { AstroIntegration } from 'astro';
import { checkContent, contentRoot } from '../lib/content-files.ts';
import { formatProblem } from '../schema/report.ts';

/** The check's outcome as the build reports it: the line for a valid content root, or the error with every problem. */
export async function contentCheckReport(): Promise<{ ok: true; line: string } | { ok: false; error: string }> {
  const result = await checkContent();
  if (result.problems.length === 0) {
    const { initiatives, places, collections } = result.checked;
    return {
      ok: true,
      line: `${initiatives} initiatives, ${places} places and ${collections} collections in ${contentRoot()} are valid`,
    };
  }
  const lines = result.problems.map(formatProblem);
  return {
    ok: false,
    error: `The content has ${lines.length} problem(s); fix them and build again (npm run check:content lists them too):\n${lines.join('\n')}`,
  };
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'buurtpodium:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build') return;
        if (process.env.BUURTPODIUM_CONTENT_CHECKED === contentRoot()) {
          logger.info(`the content in ${contentRoot()} is valid (checked before the build by scripts/build.ts)`);
          return;
        }
        const report = await contentCheckReport();
        if (!report.ok) throw new Error(report.error);
        logger.info(report.line);
      },
    },
  };
}
