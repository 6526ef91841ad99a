// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/site.config.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { keepOutput } from './src/integrations/keep-output.ts';
import { astroCacheDir } from './src/lib/build/build-dirs.ts';
import { responseHeaders } from './src/integrations/headers.ts';
import { markdownPlugins } from './src/integrations/markdown.ts';

// Render workers (Astro's experimental.parallelPrerender, worker threads): BUURTPODIUM_BUILD_WORKERS=2 renders the
// pages in two. Off by default, for memory: at 10,000 entries each worker loads the catalog and the page code itself
// (they share no module state), 726 MB per worker, so two peak at 2,501 MB against 1,812 on the main thread, over the
// 2 GB target. The second core gains little: 92.8 s against 100.2 s on a quiet machine, and on a busy one the workers
// were slower (BENCHMARKS.md, Render workers and Misses). The output is byte-identical either way
// (tests/build/parallel-build.test.ts).
const workers = Number(process.env.BUURTPODIUM_BUILD_WORKERS ?? 0);
// Every worker reads the build's "now" (src/lib/core/freshness.ts) once; this one moment is theirs, so pages rendered
// either side of midnight by different workers agree.
if (workers > 0) process.env.BUURTPODIUM_NOW ??= new Date().toISOString();

export default defineConfig({
  site: site.baseUrl,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Four pages at a time (per render worker): a page's render waits on writing the previous one (twice with
    // incremental builds: the output and the cache), so rendering one at a time left the CPU idle a third of the time.
    concurrency: Number(process.env.BUURTPODIUM_BUILD_CONCURRENCY ?? 4),
    // Stylesheets are always files, never inlined: the pages' Content-Security-Policy (src/lib/build/csp.ts) allows
    // this site's styles, not inline ones.
    inlineStylesheets: 'never',
  },
  // Code blocks in content stay plain: Shiki colours them with style attributes, which the policy refuses.
  markdown: { syntaxHighlight: false },
  // The search index is built after `astro build`, in a process of its own (scripts/build.ts).
  // markdownPlugins: a template heading left empty ("## Valkuilen" and nothing under it) is not published.
  // keepOutput: `npm run build` leaves the unchanged pages of the last build in place (scripts/build-output.ts).
  integrations: [contentCheck(), keepOutput(), markdownPlugins(), mdx(), responseHeaders()],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // The dev server watches the project; benchmark corpora and builds (.bench/, hundreds of thousands of files)
  // would exhaust the system's file watchers and stall `npm start`.
  vite: {
    server: { watch: { ignored: ['**/.bench/**', '**/dist/**', '**/tests/.artifacts/**', '**/.cms-private/**'] } },
    // Scripts are always files too (Astro inlines a small one otherwise): the policy allows this site's scripts,
    // and an inline one only by a hash written in src/lib/build/csp.ts. Other assets keep Vite's limit.
    build: { assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined) },
  },
  // A rebuild copies the pages whose code and content are unchanged (cache keys: src/lib/build/cache-keys.ts).
  experimental: { incrementalBuild: true, ...(workers > 0 ? { parallelPrerender: { workers } } : {}) },
  // Builds from another content root (benchmarks, test fixtures) keep their own cache (src/lib/build/build-dirs.ts).
  cacheDir: astroCacheDir(),
});
