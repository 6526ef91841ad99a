/**
 * Adds this site's plugins to Astro's Markdown processor (Sätteri, Astro's default; its options are read when a
 * page renders, so adding to them here reaches every entry and place body, Markdown and MDX):
 * - `dropEmptyHeadings`: a heading with nothing under it (a template section left empty) is not published.
 */
import type { AstroIntegration } from 'astro';
import { dropEmptyHeadings } from '../lib/core/empty-headings.ts';

export function markdownPlugins(): AstroIntegration {
  return {
    name: 'buurtpodium:markdown',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const options = config.markdown.processor.options as { mdastPlugins?: unknown[] };
        if (options.mdastPlugins?.includes(dropEmptyHeadings)) return;
        options.mdastPlugins = [...(options.mdastPlugins ?? []), dropEmptyHeadings];
      },
    },
  };
}
