/**
 * npm run cms:size [dist] — how much JavaScript the /admin page (Decap CMS)
 * loads, measured on a build: files, bytes, and their gzip (level 9) and brotli
 * (quality 11) sizes, for what loads at once and for everything it can load
 * later (CodeMirror modes, image codecs). The Meedoen page's script is listed
 * for comparison. Prints a Markdown table; `npm run bench` puts the same table in BENCHMARKS.md.
 * Run `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { pageScripts, reachable } from './cms-bundle.ts';

function entriesOf(dist: string, sitePath: string): string[] {
  const file = path.join(dist, sitePath, 'index.html');
  if (!existsSync(file)) throw new Error(`cms:size: ${file} does not exist: run npm run build first`);
  return pageScripts(readFileSync(file, 'utf8'));
}

interface Row {
  what: string;
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

function measure(dist: string, what: string, files: Iterable<string>): Row {
  const row: Row = { what, files: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const bytes = readFileSync(path.join(dist, file));
    row.files += 1;
    row.raw += bytes.length;
    row.gzip += gzipSync(bytes, { level: 9 }).length;
    row.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return row;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The size table of the CMS's JavaScript in a build, as Markdown. */
export function cmsSizeTable(dist: string): string {
  const admin = entriesOf(dist, 'admin');
  const rows = [
    measure(dist, '/admin: JS loaded at start', reachable(dist, admin, { dynamic: false })),
    measure(dist, '/admin: all JS it can load (incl. lazy chunks)', reachable(dist, admin, { dynamic: true })),
    measure(dist, '/meedoen/: JS (for comparison)', reachable(dist, entriesOf(dist, 'meedoen'), { dynamic: true })),
  ];
  return [
    '| what | files | raw | gzip | brotli |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) => `| ${row.what} | ${String(row.files)} | ${kib(row.raw)} | ${kib(row.gzip)} | ${kib(row.brotli)} |`,
    ),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  console.log(`CMS size, measured on ${path.relative(process.cwd(), dist) || dist} (gzip -9, brotli q11):\n`);
  console.log(cmsSizeTable(dist));
}
