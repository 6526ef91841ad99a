/**
 * The Chromium that the end-to-end tests, the benchmark and Lighthouse drive, found the same way everywhere:
 *
 * 1. `BUURTPODIUM_CHROMIUM` (or `CHROME_PATH`, which Lighthouse and others read), when set;
 * 2. a browser installed on the system (Debian's `chromium`, Chrome, Chromium on macOS);
 * 3. the Chromium that ships inside the npm package `@sparticuz/chromium` (Linux x64; a devDependency), unpacked
 *    once into `node_modules/.cache/buurtpodium-chromium/<version>/`. Nothing is downloaded: the binary is in the
 *    package's tarball, so `npm install` on a machine with only Node and npm is enough.
 *
 * When none is found, `findChromium()` throws one message that says what to install. Launch flags: no sandbox (the
 * tests run as root here), no background network calls (the closed network refuses them).
 */
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

export const chromiumArgs: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where a Chromium usually lives on Linux and macOS, in the order they are tried. */
export const systemChromiumPaths: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export interface FoundChromium {
  path: string;
  /** Where it came from, for logs: `BUURTPODIUM_CHROMIUM`, `system` or `@sparticuz/chromium <version>`. */
  source: string;
}

export const noChromiumMessage = [
  'No Chromium for the browser tests. Any one of these fixes it:',
  '  - on Linux x64, `npm install` brings one (the devDependency @sparticuz/chromium): run `npm install` again;',
  '  - install the system package: `sudo apt-get install -y chromium` (Debian/Ubuntu), or Chrome/Chromium on macOS;',
  '  - point BUURTPODIUM_CHROMIUM at a Chromium or Chrome binary you already have.',
].join('\n');

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The bundled package's folder and version, or undefined when it is not installed (or not for this platform). */
function bundledPackage(): { binDir: string; version: string } | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  try {
    // The package's exports hide package.json: resolve its entry (build/index.js) and go up one folder.
    const root = dirname(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')));
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const binDir = join(root, 'bin');
    return existsSync(join(binDir, 'chromium.br')) ? { binDir, version } : undefined;
  } catch {
    return undefined;
  }
}

/** Unpacks the package's brotli-compressed binary once (about 3 s), into a versioned folder of the npm cache. */
async function unpackBundled(binDir: string, version: string): Promise<string> {
  const target = resolve('node_modules', '.cache', 'buurtpodium-chromium', version, 'chromium');
  if (executable(target)) return target;
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.${String(process.pid)}.partial`;
  await pipeline(
    createReadStream(join(binDir, 'chromium.br')),
    createBrotliDecompress(),
    createWriteStream(partial, { mode: 0o755 }),
  );
  renameSync(partial, target);
  return target;
}

/** The Chromium to use: see the module comment for the order. Throws `noChromiumMessage` when there is none. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<FoundChromium> {
  for (const name of ['BUURTPODIUM_CHROMIUM', 'CHROME_PATH'] as const) {
    const path = env[name];
    if (!path) continue;
    if (!executable(path)) throw new Error(`${name}=${path}: no executable there. Unset it, or point it at Chromium.`);
    return { path, source: name };
  }
  const system = systemChromiumPaths.find(executable);
  if (system) return { path: system, source: 'system' };
  const bundled = bundledPackage();
  if (bundled) {
    return {
      path: await unpackBundled(bundled.binDir, bundled.version),
      source: `@sparticuz/chromium ${bundled.version}`,
    };
  }
  throw new Error(noChromiumMessage);
}

/** The browser's own version line, e.g. `Chromium 153.0.8010.0`. */
export function chromiumVersion(path: string): string {
  const run = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return run.stdout.trim().replace(/ built on.*/, '') || 'Chromium (version unknown)';
}

export async function launchChromium(): Promise<Browser> {
  const { path } = await findChromium();
  return chromium.launch({ executablePath: path, args: [...chromiumArgs] });
}
