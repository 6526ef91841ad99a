/**
 * Which installed packages have install scripts, and whether package.json's `allowScripts` decides about each
 * of them. npm 11.16+ only warns about an undecided package; npm 12 skips its scripts, so an undecided package
 * that needs its script (as `node` does: its preinstall installs Node 24) would leave the project broken.
 * Read by tests/unit/install-scripts.test.ts, which fails when a dependency gains an install script.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The lifecycle scripts npm runs when it installs a package (`prepare` runs only for git dependencies). */
const installHooks = ['preinstall', 'install', 'postinstall'] as const;

export interface InstallScript {
  name: string;
  version: string;
  /** e.g. `preinstall: node installArchSpecificPackage`. */
  script: string;
}

interface Manifest {
  name?: string;
  version?: string;
  scripts?: Record<string, string>;
  allowScripts?: Record<string, boolean>;
}

const readManifest = (file: string): Manifest => JSON.parse(readFileSync(file, 'utf8')) as Manifest;

/** Package folders directly inside a node_modules folder (scoped packages one level deeper). */
function packageDirs(nodeModules: string): string[] {
  if (!existsSync(nodeModules)) return [];
  return readdirSync(nodeModules, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const dir = path.join(nodeModules, entry.name);
      if (!entry.name.startsWith('@')) return [dir];
      return readdirSync(dir, { withFileTypes: true })
        .filter((scoped) => scoped.isDirectory())
        .map((scoped) => path.join(dir, scoped.name));
    });
}

/** Every installed package (nested ones too) whose installation runs a script, in the tree under `root`. */
export function packagesWithInstallScripts(root: string): InstallScript[] {
  const found: InstallScript[] = [];
  const pending = [path.join(root, 'node_modules')];
  for (let nodeModules = pending.pop(); nodeModules !== undefined; nodeModules = pending.pop()) {
    for (const dir of packageDirs(nodeModules)) {
      const file = path.join(dir, 'package.json');
      if (!existsSync(file)) continue;
      const manifest = readManifest(file);
      const hook = installHooks.find((name) => manifest.scripts?.[name]);
      // Without an install script, npm runs `node-gyp rebuild` for a package that has a binding.gyp.
      const script = hook
        ? `${hook}: ${manifest.scripts?.[hook] ?? ''}`
        : existsSync(path.join(dir, 'binding.gyp'))
          ? 'install: node-gyp rebuild (binding.gyp)'
          : undefined;
      if (script) found.push({ name: manifest.name ?? path.basename(dir), version: manifest.version ?? '', script });
      pending.push(path.join(dir, 'node_modules'));
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** The package name of an `allowScripts` key: `node`, `node@24.21.0`, `@scope/pkg@^1` → `node`, `@scope/pkg`. */
export const allowScriptsName = (key: string): string => key.replace(/(?<=.)@.*$/, '');

/** Packages with install scripts that `allowScripts` neither approves nor denies, and keys that match nothing. */
export function allowScriptsProblems(
  allowScripts: Record<string, boolean>,
  installed: readonly InstallScript[],
): { undecided: InstallScript[]; unused: string[] } {
  const decided = new Set(Object.keys(allowScripts).map(allowScriptsName));
  const names = new Set(installed.map((item) => item.name));
  return {
    undecided: installed.filter((item) => !decided.has(item.name)),
    unused: Object.keys(allowScripts).filter((key) => !names.has(allowScriptsName(key))),
  };
}

/** The project's own `allowScripts` field. */
export function projectAllowScripts(root: string): Record<string, boolean> {
  return readManifest(path.join(root, 'package.json')).allowScripts ?? {};
}
