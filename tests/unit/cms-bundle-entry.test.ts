/**
 * Which script /admin loads: Vite's own module in `astro dev`, the bundle scripts/cms-build.ts made in a build,
 * and a clear error when a build runs without that bundle (`astro build` instead of `npm run build`).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { cmsEntry, devEntry } from '../../src/cms/bundle-entry.ts';

const saved = process.env.BUURTPODIUM_CMS_ENTRY;
afterEach(() => {
  if (saved === undefined) delete process.env.BUURTPODIUM_CMS_ENTRY;
  else process.env.BUURTPODIUM_CMS_ENTRY = saved;
});

describe('cmsEntry', () => {
  test('in dev, the source module that Vite serves', () => {
    process.env.BUURTPODIUM_CMS_ENTRY = '/admin/cms-abc.js';
    expect(cmsEntry(true)).toBe(devEntry);
    expect(devEntry).toBe('/src/cms/admin.ts');
  });

  test('in a build, the bundle npm run build passes on', () => {
    process.env.BUURTPODIUM_CMS_ENTRY = ' /admin/cms-abc.js ';
    expect(cmsEntry(false)).toBe('/admin/cms-abc.js');
  });

  test('a build without the bundle says how to build', () => {
    delete process.env.BUURTPODIUM_CMS_ENTRY;
    expect(() => cmsEntry(false)).toThrow(/BUURTPODIUM_CMS_ENTRY is unset.*npm run build/);
    process.env.BUURTPODIUM_CMS_ENTRY = '  ';
    expect(() => cmsEntry(false)).toThrow(/npm run build/);
  });
});
