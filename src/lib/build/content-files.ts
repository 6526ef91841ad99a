/**
 * Where the content lives and how it is read from disk. The build, the content
 * collection and `check:content` all read from here, so a synthetic corpus
 * (benchmarks) can stand in for `content/` by setting BUURTPODIUM_CONTENT_DIR.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../../schema/report.ts';
import { titleClashProblems } from '../core/editorial-checks.ts';
import {
  validateShowcases,
  validateInitiatives,
  validatePlaces,
  type ContentFile,
  type ValidShowcase,
  type ValidPlace,
  type ValidationResult,
} from '../core/validation.ts';

/** The content root: `content/` unless BUURTPODIUM_CONTENT_DIR points elsewhere. */
export function contentRoot(): string {
  return process.env.BUURTPODIUM_CONTENT_DIR ?? 'content';
}

const ENTRY_FILE = /\.(md|mdx)$/;
const SHOWCASE_FILE = /\.ya?ml$/;

/** Read every Markdown/MDX file below `dir`, sorted by path, with paths relative to the working directory. */
export async function readEntryFiles(
  dir: string,
  onProgress?: (done: number, total: number) => void,
  pattern: RegExp = ENTRY_FILE,
  optional = false,
): Promise<ContentFile[]> {
  let names: string[];
  try {
    // One flat folder per collection: the file name is the slug and the URL, as the glob loader sees it.
    names = (await readdir(dir)).filter((name) => pattern.test(name)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      if (optional) return [];
      throw new Error(`There is no folder ${dir}: check the content root (BUURTPODIUM_CONTENT_DIR or the argument)`);
    }
    throw error;
  }
  const files: ContentFile[] = [];
  for (const [i, name] of names.entries()) {
    const file = path.join(dir, name);
    files.push({ file: path.relative(process.cwd(), path.resolve(file)) || file, text: await readFile(file, 'utf8') });
    if (onProgress && ((i + 1) % 1000 === 0 || i + 1 === names.length)) onProgress(i + 1, names.length);
  }
  return files;
}

/** Read and validate every initiative under the content root. */
export async function checkInitiatives(
  root = contentRoot(),
  onProgress?: (done: number, total: number) => void,
): Promise<ValidationResult> {
  return validateInitiatives(await readEntryFiles(path.join(root, 'initiatives'), onProgress));
}

/** Every content problem of a content root: the initiatives, the places they point at, the collections. */
export interface ContentCheck {
  initiatives: ValidationResult;
  places: ValidPlace[];
  collections: ValidShowcase[];
  problems: Problem[];
  /** What an editor should see but does not stop the build: empty headings, fields left to the editors. */
  warnings: Problem[];
  /** How many files were read, per kind. */
  checked: { initiatives: number; places: number; collections: number };
}

/**
 * Read and validate the initiatives, the places (an absent `places/` folder is no places; initiatives that
 * point at a missing place fail) and the collections (an absent `collections/` folder is no collections).
 */
export async function checkContent(
  root = contentRoot(),
  onProgress?: (done: number, total: number) => void,
): Promise<ContentCheck> {
  const places = validatePlaces(await readEntryFiles(path.join(root, 'places'), undefined, ENTRY_FILE, true));
  const initiatives = validateInitiatives(
    await readEntryFiles(path.join(root, 'initiatives'), onProgress),
    places.places.map((place) => place.slug),
  );
  const files = await readEntryFiles(path.join(root, 'collections'), undefined, SHOWCASE_FILE, true);
  const collections = validateShowcases(files, initiatives.entries);
  return {
    initiatives,
    places: places.places,
    collections: collections.collections,
    problems: [
      ...initiatives.problems,
      ...places.problems,
      ...titleClashProblems(initiatives.entries, places.places),
      ...collections.problems,
    ],
    warnings: [...initiatives.warnings, ...places.warnings],
    checked: { initiatives: initiatives.checked, places: places.checked, collections: collections.checked },
  };
}
