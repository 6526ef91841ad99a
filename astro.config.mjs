// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/site.config.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { responseHeaders } from './src/integrations/headers.ts';

export default defineConfig({
  site: site.baseUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), searchIndex(), responseHeaders()],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // The dev server watches the project; benchmark corpora and builds (.bench/, hundreds of thousands of files)
  // would exhaust the system's file watchers and stall `npm start`.
  vite: { server: { watch: { ignored: ['**/.bench/**', '**/dist/**', '**/tests/.artifacts/**'] } } },
  // A rebuild copies the pages whose code and content are unchanged (cache keys: src/lib/cache-keys.ts).
  experimental: { incrementalBuild: true },
  // Builds from another content root (benchmarks) keep their own content cache.
  ...(process.env.BUURTPODIUM_CACHE_DIR ? { cacheDir: process.env.BUURTPODIUM_CACHE_DIR } : {}),
});
