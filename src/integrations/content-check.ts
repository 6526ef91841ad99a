/**
 * An Astro integration that runs the same validation as `npm run check:content`
 * before a build, so the build fails with every problem at once in plain
 * language instead of stopping at the first bad entry.
 *
 * `npm run build` (scripts/build.ts) runs this check itself, in a process of its own while the CMS is being
 * bundled, and then tells `astro build` so (BUURTPODIUM_CONTENT_CHECKED, the content root it checked): the check
 * is not run twice. `astro build` on its own still checks.
 *
 * `astro dev` (`npm start`) is as strict, per file: a file with problems is left out of the content layer
 * (lib/build/dev-loader.ts), and the dev server answers at its address (both languages) with a page that lists its
 * problems, as `check:content` prints them, instead of the entry (lib/build/problem-pages.ts). The rest of the site
 * keeps working and reloading. The problems are printed in the terminal when the server starts and whenever
 * they change.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { checkContent, contentRoot } from '../lib/build/content-files.ts';
import {
  contentPageSections,
  problemFileAt,
  problemFiles,
  problemPageHeaders,
  problemPageHtml,
  type ProblemFile,
} from '../lib/build/problem-pages.ts';
import { slugOfText } from '../lib/core/validation.ts';
import { formatProblem, type Problem } from '../schema/report.ts';
import { site } from '../site.config.ts';

/** The check's outcome as the build reports it: the line for a valid content root, or the error with every problem. */
export async function contentCheckReport(): Promise<{ ok: true; line: string } | { ok: false; error: string }> {
  const result = await checkContent();
  if (result.problems.length === 0) {
    const { initiatives, places, collections } = result.checked;
    return {
      ok: true,
      line: `${initiatives} initiatives, ${places} places and ${collections} collections in ${contentRoot()} are valid`,
    };
  }
  const lines = result.problems.map(formatProblem);
  return {
    ok: false,
    error: `The content has ${lines.length} problem(s); fix them and build again (npm run check:content lists them too):\n${lines.join('\n')}`,
  };
}

/** The content's problems and the files they are in, with the addresses of those files' pages. */
interface DevCheck {
  problems: Problem[];
  files: ProblemFile[];
}

const FOLDERS = ['initiatives', 'places', 'collections'];

/** Names, sizes and modification times of every file in the content folders: changes whenever a file does. */
async function fingerprint(root: string): Promise<string> {
  const parts: string[] = [];
  for (const folder of FOLDERS) {
    const dir = path.join(root, folder);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const info = await stat(path.join(dir, name)).catch(() => undefined);
      parts.push(`${folder}/${name}:${String(info?.size)}:${String(info?.mtimeMs)}:${String(info?.ctimeMs)}`);
    }
  }
  return parts.join('\n');
}

async function runCheck(root: string): Promise<DevCheck> {
  const { problems } = await checkContent(root);
  const texts = new Map<string, string>();
  for (const file of new Set(problems.map((problem) => problem.file))) {
    texts.set(file, await readFile(path.resolve(file), 'utf8').catch(() => ''));
  }
  return { problems, files: problemFiles(problems, (file) => slugOfText(file, texts.get(file) ?? ''), site.languages) };
}

/**
 * The content check of the dev server: run again only when a content file has changed (by name, size and
 * modification time), so a page request costs a directory listing.
 */
function devContentCheck(root: string): () => Promise<DevCheck> {
  let cached: { key: string; result: Promise<DevCheck> } | undefined;
  return async () => {
    const key = await fingerprint(root);
    if (cached?.key !== key) cached = { key, result: runCheck(root) };
    return cached.result;
  };
}

/** The request's path, decoded (`/initiatief/Bad%20Name/` → `/initiatief/Bad Name/`). */
function pathnameOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const { pathname } = new URL(url, 'http://dev.invalid');
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

/** Serve the problem page at the address of every file with problems; print the problems when they change. */
function serveProblemPages(server: ViteDevServer, logger: AstroIntegrationLogger): void {
  const root = path.resolve(contentRoot());
  const current = devContentCheck(root);
  const sections = contentPageSections(site.languages);

  let reported: string | undefined;
  const report = async (reload: boolean) => {
    let check: DevCheck;
    try {
      check = await current();
    } catch (error) {
      logger.error(`the content check failed: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const lines = check.problems.map(formatProblem);
    const text = lines.join('\n');
    if (text === reported) return;
    const first = reported === undefined;
    reported = text;
    if (lines.length > 0) {
      logger.warn(
        `The content has ${String(lines.length)} problem(s); the pages of these files show them instead of the entry (npm run check:content lists them too):\n${text}`,
      );
    } else if (!first) {
      logger.info('the content has no problems (any more)');
    }
    // Open problem pages show the problems as they are now (or the entry, once fixed).
    if (reload && !first) server.environments.client.hot.send({ type: 'full-reload', path: '*' });
  };
  void report(false);

  let timer: NodeJS.Timeout | undefined;
  server.watcher.on('all', (_event, file) => {
    if (!path.resolve(file).startsWith(root + path.sep)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void report(true), 150);
  });

  server.middlewares.use((request, response, next) => {
    const pathname = pathnameOf(request.url);
    if (
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      pathname === undefined ||
      !sections.some((section) => pathname.startsWith(section))
    ) {
      next();
      return;
    }
    current().then(
      (check) => {
        const shown = problemFileAt(pathname, check.files);
        if (!shown) {
          next();
          return;
        }
        response.writeHead(500, problemPageHeaders);
        response.end(request.method === 'HEAD' ? undefined : problemPageHtml(shown, check.problems));
      },
      (error: unknown) => {
        next(error);
      },
    );
  });
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'buurtpodium:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build') return;
        if (process.env.BUURTPODIUM_CONTENT_CHECKED === contentRoot()) {
          logger.info(`the content in ${contentRoot()} is valid (checked before the build by scripts/build.ts)`);
          return;
        }
        const report = await contentCheckReport();
        if (!report.ok) throw new Error(report.error);
        logger.info(report.line);
      },
      'astro:server:setup': ({ server, logger }) => {
        serveProblemPages(server, logger);
      },
    },
  };
}
