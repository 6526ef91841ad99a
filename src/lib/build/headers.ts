/**
 * The `_headers` file (Netlify and Cloudflare Pages format) the build writes
 * to dist/: each page's Content-Security-Policy (lib/build/csp.ts, the same policy
 * its meta tag carries) plus who may frame it, which only a header can say:
 * embed pages any site, every other page only this site. The rules never
 * overlap (both hosts merge the headers of all matching rules, and two
 * policies would both apply), so the non-embed pages are listed by their
 * first path segment, from lib/core/routes.ts. docs/embedding.md explains the same
 * for other servers.
 */
import { pagePolicy, sectionPolicyKind, serializePolicy, type PolicyKind } from './csp.ts';
import { embedRootPaths, pageSections } from '../core/routes.ts';
import type { SiteConfig } from '../../schema/site.ts';

/** Machine-readable data any site may fetch. */
const OPEN_DATA = ['/*.json', '/*.csv', '/*.geojson', '/*.xml'];

function block(path: string, headers: readonly string[]): string {
  return [path, ...headers.map((header) => `  ${header}`)].join('\n');
}

/** The headers of a page of this kind: its policy with who may frame it. */
function pageHeaders(site: SiteConfig, kind: PolicyKind): string[] {
  const policy = serializePolicy(pagePolicy(kind, site));
  // X-Frame-Options for browsers without frame-ancestors; it cannot allow every site, so embeds go without.
  return kind === 'embed'
    ? [`Content-Security-Policy: ${policy}; frame-ancestors *`]
    : [`Content-Security-Policy: ${policy}; frame-ancestors 'self'`, 'X-Frame-Options: SAMEORIGIN'];
}

export function headersFile(site: SiteConfig): string {
  const pages: [string, PolicyKind][] = [
    ['/', 'page'],
    ['/en/', 'page'],
    ['/404.html', 'page'],
    ['/admin/*', 'admin'],
    ...pageSections().map(({ path, section }): [string, PolicyKind] => [`${path}*`, sectionPolicyKind(section)]),
    ...embedRootPaths().map((path): [string, PolicyKind] => [`${path}*`, 'embed']),
  ];
  const blocks = [
    '# Written by the build (src/lib/build/headers.ts); see docs/embedding.md.',
    block('/*', ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin']),
    ...pages.map(([path, kind]) => block(path, pageHeaders(site, kind))),
    ...OPEN_DATA.map((path) => block(path, ['Access-Control-Allow-Origin: *'])),
  ];
  return `${blocks.join('\n\n')}\n`;
}
