/** Helpers to read the real build output in dist/ (run `npm run build` first). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const dist = path.resolve('dist');

export function assertBuilt(): void {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error('dist/ has no build: run `npm run build` first');
}

/** Every file under dist/, as site paths (`/initiatief/x/index.html`). */
export function distFiles(): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`);
}

/** The file a site path is served from, or undefined. `/a/` → `/a/index.html`. */
export function fileFor(sitePath: string): string | undefined {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((candidate) => existsSync(path.join(dist, candidate)));
}

const pages = new Map<string, HTMLElement>();

/** The parsed HTML of a page by its site path (`/en/`). Throws when the page does not exist. */
export function page(sitePath: string): HTMLElement {
  const file = fileFor(sitePath);
  if (!file?.endsWith('.html')) throw new Error(`No page at ${sitePath} in dist/`);
  let root = pages.get(file);
  if (!root) {
    root = parse(readFileSync(path.join(dist, file), 'utf8'));
    pages.set(file, root);
  }
  return root;
}
