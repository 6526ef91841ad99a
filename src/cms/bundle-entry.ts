/**
 * The script /admin loads. In `astro dev`, Vite serves src/cms/admin.ts itself (hot reload, the local backend).
 * In a build, the CMS is bundled before `astro build`, in a process of its own (scripts/cms-build.ts, run by
 * `npm run build`), which passes the entry's site path in BUURTPODIUM_CMS_ENTRY.
 */
export const devEntry = '/src/cms/admin.ts';

export function cmsEntry(dev: boolean): string {
  if (dev) return devEntry;
  const entry = process.env.BUURTPODIUM_CMS_ENTRY?.trim();
  if (!entry)
    throw new Error(
      '/admin: no CMS bundle (BUURTPODIUM_CMS_ENTRY is unset). Build with `npm run build`: it bundles the CMS first (scripts/cms-build.ts).',
    );
  return entry;
}
