/**
 * Where the test fixtures live. Each set is a content root with an
 * `initiatives/` folder, so the same folders serve `validateInitiatives`,
 * `readEntryFiles` and the real `check:content` CLI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentFile } from '../../src/lib/core/validation.ts';

/** The project root (/work/main): the working directory for the CLI and for relative file names. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Content roots, relative to the project root, as a user would pass them to `npm run check:content`. */
export const fixtureRoots = {
  /** Entries that must yield no problems. */
  valid: 'tests/fixtures/valid',
  /** One entry per way of being wrong; each file is named for what is wrong with it. */
  malformed: 'tests/fixtures/malformed',
  /** Two valid entries where the second claims the first one's slug. */
  duplicateSlug: 'tests/fixtures/duplicate-slug',
  /** Three entries with awkward values (commas, quotes, newlines, diacritics, aliases) and a collection. */
  collections: 'tests/fixtures/collections',
  /** A collection that names a missing initiative and wrong ids, and an alias that is another entry's slug. */
  badShowcases: 'tests/fixtures/bad-collections',
  /** One place per way of being wrong (and one valid place), and an initiative that points at a missing place. */
  badPlaces: 'tests/fixtures/bad-places',
} as const;

/** The collection files (`.yaml`) of a fixture set, as `validateShowcases` takes them. */
export function readShowcaseFixtures(root: string): ContentFile[] {
  const dir = path.join(projectRoot, root, 'collections');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ file: `${root}/collections/${name}`, text: readFileSync(path.join(dir, name), 'utf8') }));
}

/** The absolute `initiatives/` folder of a fixture set. */
export function initiativesDir(root: string): string {
  return path.join(projectRoot, root, 'initiatives');
}

/** The entry file names (`.md` and `.mdx`) in a fixture set's `initiatives/` folder, sorted. */
export function fixtureNames(root: string): string[] {
  return readdirSync(initiativesDir(root))
    .filter((name) => /\.mdx?$/.test(name))
    .sort();
}

/** The files of a fixture set as `validateInitiatives` takes them, named relative to the project root (as the CLI names them). */
export function readFixtures(root: string): ContentFile[] {
  return fixtureNames(root).map((name) => ({
    file: `${root}/initiatives/${name}`,
    text: readFileSync(path.join(initiativesDir(root), name), 'utf8'),
  }));
}

/** The place file names in a fixture set's `places/` folder, sorted (none when it has no such folder). */
export function placeNames(root: string): string[] {
  const dir = path.join(projectRoot, root, 'places');
  try {
    return readdirSync(dir)
      .filter((name) => /\.mdx?$/.test(name))
      .sort();
  } catch {
    return [];
  }
}

/** The place files of a fixture set as `validatePlaces` takes them. */
export function readPlaceFixtures(root: string): ContentFile[] {
  return placeNames(root).map((name) => ({
    file: `${root}/places/${name}`,
    text: readFileSync(path.join(projectRoot, root, 'places', name), 'utf8'),
  }));
}
