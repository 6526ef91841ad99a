/**
 * What the dev server shows instead of an entry that has problems. `npm run build` refuses content with any
 * problem; `astro dev` serves the rest of the site but never the page of a file `check:content` refuses: at its
 * address (both languages) comes a page that lists the problems, as `file: field: message` lines, and nothing
 * of the file's body. Pure: the content check's problems and the files' slugs in, addresses and HTML out
 * (src/integrations/content-check.ts serves it).
 */
import type { Lang } from '../../taxonomy/index.ts';
import { formatProblem, type Problem } from '../../schema/report.ts';
import { pathFor, type Route } from '../core/routes.ts';

/** The kinds of content file, by the folder they are in below the content root. */
export type ContentKind = 'initiatives' | 'places' | 'collections';

/** The kind of a content file from its folder (`content/places/x.md` → `places`), or undefined for another file. */
export function kindOf(file: string): ContentKind | undefined {
  const folder = file.split(/[\\/]/).at(-2);
  return folder === 'initiatives' || folder === 'places' || folder === 'collections' ? folder : undefined;
}

/** The routes of a content file's own pages: an initiative's entry page, a place's page, a collection's page and embed. */
function routesOf(kind: ContentKind, slug: string): Route[] {
  switch (kind) {
    case 'initiatives':
      return [{ view: 'entry', slug }];
    case 'places':
      return [{ view: 'place', slug }];
    case 'collections':
      return [
        { view: 'showcase', slug },
        { view: 'embed', slug },
      ];
  }
}

/**
 * The paths of a file's pages in every language. Each is a prefix: what lies below it (a collection's feeds,
 * `/collecties/<slug>/rss.xml`) belongs to the file too.
 */
export function pagePathsOf(kind: ContentKind, slug: string, languages: readonly Lang[]): string[] {
  return routesOf(kind, slug).flatMap((route) => languages.map((lang) => pathFor(route, lang)));
}

/**
 * The paths below which content files have their pages (`/initiatief/`, `/en/places/`, `/embed/collecties/` …):
 * a request anywhere else is never for a file's page.
 */
export function contentPageSections(languages: readonly Lang[]): string[] {
  const kinds: readonly ContentKind[] = ['initiatives', 'places', 'collections'];
  const paths = kinds.flatMap((kind) => pagePathsOf(kind, 'slug', languages));
  return [...new Set(paths.map((page) => page.slice(0, -'slug/'.length)))];
}

/** A content file that has problems, where its pages would be, and the problems. */
export interface ProblemFile {
  file: string;
  paths: string[];
  problems: Problem[];
}

/**
 * Group the problems by file and give each file of a known kind the paths of its pages. `slugOf` reads the
 * slug the file asks for (its text is not needed for anything else).
 */
export function problemFiles(
  problems: readonly Problem[],
  slugOf: (file: string) => string,
  languages: readonly Lang[],
): ProblemFile[] {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  return [...byFile].flatMap(([file, own]) => {
    const kind = kindOf(file);
    return kind ? [{ file, paths: pagePathsOf(kind, slugOf(file), languages), problems: own }] : [];
  });
}

/** The file whose page a request path is (or lies below), if that file has problems. */
export function problemFileAt(pathname: string, files: readonly ProblemFile[]): ProblemFile | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return files.find((file) => file.paths.some((page) => path.startsWith(page)));
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * The response headers of a problem page: no script but the dev server's own client (which reloads the page
 * when the content changes), no framing, no caching, no sniffing.
 */
export const problemPageHeaders: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

/**
 * The page the dev server shows at the address of a file with problems: the file's problems first, then the
 * others in the content (the build refuses them all), each line as `check:content` prints it. Every piece of
 * text is escaped; the only script is the dev server's client (`clientScript`, false for none), which reloads
 * the page when a file changes.
 */
export function problemPageHtml(
  shown: ProblemFile,
  all: readonly Problem[],
  clientScript: string | false = '/@vite/client',
): string {
  const own = shown.problems.map(formatProblem);
  const others = all.filter((problem) => problem.file !== shown.file).map(formatProblem);
  const lines = (list: readonly string[]) => `<pre>${list.map(escapeHtml).join('\n')}</pre>`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>Content problems: ${escapeHtml(shown.file)}</title>`,
    '<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-inline-size:60rem;padding-inline:1rem;color:#1a1a1a}h1{font-size:1.5rem}pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#fdf0ef;border-inline-start:4px solid #b3261e;padding:1rem}code{font-size:.95em}</style>',
    ...(clientScript ? [`<script type="module" src="${escapeHtml(clientScript)}"></script>`] : []),
    '</head>',
    '<body>',
    '<main>',
    `<h1>This page is not shown: <code>${escapeHtml(shown.file)}</code> has ${String(own.length)} problem(s)</h1>`,
    '<p>The build refuses content with problems, and so does the dev server: instead of this entry, it shows what to fix. Nothing of the file’s body is on this page. Fix the file and this page reloads.</p>',
    lines(own),
    ...(others.length > 0 ? [`<h2>Other problems in the content (${String(others.length)})</h2>`, lines(others)] : []),
    '<p><code>npm run check:content</code> lists every problem too.</p>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
