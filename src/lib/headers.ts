/**
 * The `_headers` file (Netlify and Cloudflare Pages format) the build writes
 * to dist/: embed pages may be framed by any site, every other page only by
 * this site. The rules never overlap (both hosts merge the headers of all
 * matching rules, and two frame-ancestors policies would both apply), so the
 * non-embed pages are listed by their first path segment, from lib/routes.ts.
 * docs/embedding.md explains the same for other servers.
 */
import { embedRootPaths, pageSectionPaths } from './routes.ts';

const SAME_ORIGIN = ["Content-Security-Policy: frame-ancestors 'self'", 'X-Frame-Options: SAMEORIGIN'];
const ANY_ORIGIN = ['Content-Security-Policy: frame-ancestors *'];
/** Machine-readable data any site may fetch. */
const OPEN_DATA = ['/*.json', '/*.csv', '/*.geojson', '/*.xml'];

function block(path: string, headers: readonly string[]): string {
  return [path, ...headers.map((header) => `  ${header}`)].join('\n');
}

export function headersFile(): string {
  const framedBySelf = ['/', '/en/', '/404.html', '/admin/*', ...pageSectionPaths().map((path) => `${path}*`)];
  const blocks = [
    '# Written by the build (src/lib/headers.ts); see docs/embedding.md.',
    block('/*', ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin']),
    ...framedBySelf.map((path) => block(path, SAME_ORIGIN)),
    ...embedRootPaths().map((path) => block(`${path}*`, ANY_ORIGIN)),
    ...OPEN_DATA.map((path) => block(path, ['Access-Control-Allow-Origin: *'])),
  ];
  return `${blocks.join('\n\n')}\n`;
}
