import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  allowScriptsName,
  allowScriptsProblems,
  packagesWithInstallScripts,
  projectAllowScripts,
} from '../../scripts/install-scripts.ts';

describe('install scripts of the dependencies', () => {
  it('every installed package with an install script is approved or denied in package.json allowScripts', () => {
    const installed = packagesWithInstallScripts(process.cwd());
    // The count proves the walk sees the tree: `node` (Node 24's preinstall) is always among them.
    expect(installed.map((item) => item.name)).toContain('node');
    const { undecided, unused } = allowScriptsProblems(projectAllowScripts(process.cwd()), installed);
    const message = undecided
      .map(
        (item) => `${item.name}@${item.version} (${item.script}): run \`npm approve-scripts ${item.name}\` or deny it`,
      )
      .join('\n');
    expect(undecided, `install scripts not decided in allowScripts:\n${message}`).toEqual([]);
    expect(unused, 'allowScripts keys that match no installed package with an install script').toEqual([]);
  });

  it('approves exactly the scripts the project needs: node (Node 24 for the npm scripts)', () => {
    const approved = Object.entries(projectAllowScripts(process.cwd()))
      .filter(([, allowed]) => allowed)
      .map(([key]) => allowScriptsName(key));
    expect(approved).toEqual(['node']);
  });

  describe('the check on a made-up tree', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'bp-install-scripts-'));
    const write = (dir: string, manifest: object, extra?: string) => {
      mkdirSync(path.join(root, dir), { recursive: true });
      writeFileSync(path.join(root, dir, 'package.json'), JSON.stringify(manifest));
      if (extra) writeFileSync(path.join(root, dir, extra), '{}');
    };
    write('node_modules/plain', { name: 'plain', version: '1.0.0', scripts: { test: 'x' } });
    write('node_modules/has-postinstall', { name: 'has-postinstall', version: '2.0.0', scripts: { postinstall: 'x' } });
    write('node_modules/@scope/native', { name: '@scope/native', version: '3.0.0' }, 'binding.gyp');
    write('node_modules/plain/node_modules/nested', { name: 'nested', version: '1.0.0', scripts: { preinstall: 'y' } });
    afterAll(() => {
      rmSync(root, { recursive: true, force: true });
    });

    it('finds scripts in nested and scoped packages, and binding.gyp builds', () => {
      expect(packagesWithInstallScripts(root).map((item) => `${item.name} ${item.script}`)).toEqual([
        '@scope/native install: node-gyp rebuild (binding.gyp)',
        'has-postinstall postinstall: x',
        'nested preinstall: y',
      ]);
    });

    it('reports a package that gained an install script, and a key that matches nothing', () => {
      const { undecided, unused } = allowScriptsProblems(
        { 'has-postinstall@2.0.0': true, '@scope/native': false, gone: true },
        packagesWithInstallScripts(root),
      );
      expect(undecided.map((item) => item.name)).toEqual(['nested']);
      expect(unused).toEqual(['gone']);
    });
  });
});
