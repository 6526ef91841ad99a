/**
 * Which JavaScript a built page loads: its script tags and module preloads,
 * then every chunk those import, statically (loaded at once) or dynamically
 * (loaded when needed, like Decap's CodeMirror modes). Used by `npm run cms:size`
 * and by the build test that keeps the CMS on /admin only.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The site paths (`/_astro/x.js`) a page's HTML loads directly: module scripts and preloads. */
export function pageScripts(html: string): string[] {
  const tags = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  return [...new Set(tags.map((match) => match[1] ?? ''))].filter((src) => src.endsWith('.js'));
}

/**
 * The chunks one chunk (at site path `from`) imports, as site paths: `static` ones load with it, `dynamic` ones on
 * demand. Relative imports resolve against the chunk's folder (Astro's `/_astro/`, the CMS bundle's `/admin/`).
 */
export function chunkImports(code: string, from: string): { static: string[]; dynamic: string[] } {
  const resolve = (specifier: string) =>
    specifier.startsWith('.')
      ? path.posix.join(path.posix.dirname(from), specifier)
      : `/_astro/${path.posix.basename(specifier)}`;
  const statics = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js|\/?_astro\/[^"']+\.js)["']/g)];
  const dynamics = [
    ...code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js|\/?_astro\/[^"'`]+\.js)["'`]\s*\)/g),
    // Vite's preload map lists the chunks a dynamic import brings along, as "_astro/x.js".
    ...code.matchAll(/["'`](\/?_astro\/[\w.-]+\.js)["'`]/g),
  ];
  const statik = [...new Set(statics.map((match) => resolve(match[1] ?? '')))];
  return {
    static: statik,
    dynamic: [...new Set(dynamics.map((match) => resolve(match[1] ?? '')))].filter((chunk) => !statik.includes(chunk)),
  };
}

/**
 * Every JS file reachable from `entries` in a built site: with `dynamic: false`
 * only what loads at once, with `dynamic: true` also what can load later.
 */
export function reachable(dist: string, entries: readonly string[], { dynamic }: { dynamic: boolean }): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const next = queue.shift() ?? '';
    if (seen.has(next)) continue;
    const file = path.join(dist, next);
    if (!existsSync(file)) continue;
    seen.add(next);
    const imports = chunkImports(readFileSync(file, 'utf8'), next);
    queue.push(...imports.static, ...(dynamic ? imports.dynamic : []));
  }
  return seen;
}

/** Decap's code, recognised by its package names in the bundle (it logs its versions at start). */
export const CMS_MARKER = /decap-cms-(?:app|core)/;
