/**
 * Build the site from a fixture content root into a temporary folder, with a content cache of its own so the
 * real site's cache is left alone. A failed build does not throw: its output comes back for the test to read.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface FixtureBuild {
  /** The built site (`<tmp>/dist`). */
  dist: string;
  /** The build's output when it failed; undefined when it succeeded. */
  failure?: string;
  /** Remove the temporary folder. */
  remove: () => void;
}

/** `env`: extra environment variables for the build, e.g. a site config override (`BUURTPODIUM_MAP_TILE_URL`). */
export async function buildSite(contentRoot: string, env: Record<string, string> = {}): Promise<FixtureBuild> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'bp-fixture-build-'));
  const dist = path.join(outDir, 'dist');
  const remove = () => {
    rmSync(outDir, { recursive: true, force: true });
  };
  const buildEnv = {
    ...process.env,
    ...env,
    BUURTPODIUM_CONTENT_DIR: contentRoot,
    BUURTPODIUM_CACHE_DIR: path.join(outDir, '.cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  try {
    await run(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--outDir', dist], {
      env: buildEnv,
      maxBuffer: 32 * 1024 * 1024,
    });
    return { dist, remove };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { dist, failure: `${failed.stdout ?? ''}\n${failed.stderr ?? ''}`, remove };
  }
}
