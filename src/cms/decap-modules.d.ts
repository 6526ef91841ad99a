/**
 * Types for the two Decap packages we load that ship none.
 * - decap-cms-locales comes with decap-cms-app (which pins its version); only the
 *   Dutch phrases are imported, for `locale: 'nl'`.
 * - decap-server is started by scripts/cms-server.ts: loading it starts the server.
 */
declare module 'decap-cms-locales' {
  import type { CmsLocalePhrases } from 'decap-cms-core';

  export const nl: CmsLocalePhrases;
}

declare module 'decap-server';
