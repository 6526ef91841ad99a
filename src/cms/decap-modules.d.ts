/**
 * Types for the Decap package we import that ships none: decap-cms-locales comes with decap-cms-app (which pins
 * its version); only the Dutch phrases are imported, for `locale: 'nl'`. (decap-server, which ships no types
 * either, is loaded with `require` by scripts/cms-server.ts, which types the one function it uses.)
 */
declare module 'decap-cms-locales' {
  import type { CmsLocalePhrases } from 'decap-cms-core';

  export const nl: CmsLocalePhrases;
}
