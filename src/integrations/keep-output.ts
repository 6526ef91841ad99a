/**
 * Tells `astro build` not to empty its output folder when `npm run build` has prepared it
 * (scripts/build-output.ts: the unchanged pages of the last build left in place, everything else removed), so
 * Astro leaves those pages as they are instead of deleting them and copying them back from its cache. Only when
 * `BUURTPODIUM_OUTPUT_PREPARED` names this build's output folder: `astro build` on its own empties it as usual.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';

export function keepOutput(): AstroIntegration {
  return {
    name: 'buurtpodium:keep-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        const prepared = process.env.BUURTPODIUM_OUTPUT_PREPARED;
        if (command !== 'build' || !prepared || path.resolve(prepared) !== path.resolve(fileURLToPath(config.outDir)))
          return;
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        logger.info(`${prepared} is prepared by scripts/build.ts: the unchanged pages of the last build stay in place`);
      },
    },
  };
}
