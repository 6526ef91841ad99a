/**
 * Build the site from a fixture content root into a temporary folder, with a content cache of its own so the
 * real site's cache is left alone. A failed build does not throw: its output comes back for the test to read.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface FixtureBuild {
  /** The built site (`<tmp>/dist`). */
  dist: string;
  /** The build's output when it failed; undefined when it succeeded. */
  failure?: string;
  /** What the build printed (standard output and error). */
  output: string;
  /** Build the site again into the same folder, with the same cache (an incremental build). */
  rebuild: (env?: Record<string, string>) => Promise<FixtureBuild>;
  /** Remove the temporary folder. */
  remove: () => void;
}

/** `env`: extra environment variables for the build, e.g. a site config override (`BUURTPODIUM_MAP_TILE_URL`). */
export async function buildSite(contentRoot: string, env: Record<string, string> = {}): Promise<FixtureBuild> {
  // Below the project, not the system's temporary folder: for an output folder outside the working directory,
  // Astro bundles the pages into the project's `.astro/.prerender/`, which fixture builds running at the same time
  // would share (one build's clean-up removed another's stylesheets); below it, into the build's own folder.
  const artifacts = path.resolve('tests/.artifacts');
  mkdirSync(artifacts, { recursive: true });
  return buildInto(mkdtempSync(path.join(artifacts, 'fixture-build-')), contentRoot, env);
}

async function buildInto(outDir: string, contentRoot: string, env: Record<string, string>): Promise<FixtureBuild> {
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
  const rebuild = (again: Record<string, string> = env) => buildInto(outDir, contentRoot, again);
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--outDir', dist], {
      env: buildEnv,
      maxBuffer: 32 * 1024 * 1024,
    });
    return { dist, output: `${stdout}\n${stderr}`, remove, rebuild };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    const output = `${failed.stdout ?? ''}\n${failed.stderr ?? ''}`;
    return { dist, failure: output, output, remove, rebuild };
  }
}
