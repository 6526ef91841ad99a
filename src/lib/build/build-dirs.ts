/**
 * Where a build keeps what outlives it: Astro's cache folder (the content data store, the incremental-build
 * cache, the last search index). `BUURTPODIUM_CACHE_DIR` gives a build from another content root (benchmarks,
 * fixture builds in tests) a cache of its own; otherwise Astro's default. Read by astro.config.mjs and by the
 * search-index step of `npm run build`, so both use the same folder.
 */
import path from 'node:path';

export function astroCacheDir(): string {
  const dir = process.env.BUURTPODIUM_CACHE_DIR?.trim();
  return path.resolve(dir === undefined || dir === '' ? 'node_modules/.astro' : dir);
}
