// @ts-check
// A minimal Astro site over the benchmark's corpus, for the comparison row in BENCHMARKS.md only (not part of the
// product): Astro's own cost per page, with nothing of ours. `npm run bench` builds it with `--root` pointing here,
// the corpus in BENCH_CORPUS (a folder of entries) and a cache of its own in BENCH_CACHE.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://buurtpodium.nl/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  ...(process.env.BENCH_CACHE ? { cacheDir: process.env.BENCH_CACHE } : {}),
});
