/**
 * The editorial rules a machine can check, beside the schemas and the body safety checks: no taxonomy ids or field
 * names in reader text (a body says "kringloopwinkel", never `thrift-store` or `strategyNote`), and no two entries
 * with the same title once case, accents and punctuation are folded. Pure: `check:content`, the build and the tests
 * report the same lines.
 */
import { vocabularies } from '../../taxonomy/index.ts';
import type { Problem } from '../../schema/report.ts';

/** Hyphenated ids that are also ordinary words, so a body may use them. */
const ordinaryWords = new Set(['low-income', 'walk-in', 'care-home']);

/** Words of the data model that readers should never meet. */
const modelWords = ['taxonomie', 'taxonomy', 'frontmatter'];

/** Taxonomy ids a reader would not write (they contain a dash), mapped to their Dutch label. */
function modelIds(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const vocabulary of Object.values(vocabularies)) {
    for (const term of vocabulary) {
      if (term.id.includes('-') && !ordinaryWords.has(term.id)) ids.set(term.id, term.label.nl.toLowerCase());
    }
  }
  return ids;
}

const ids = modelIds();

/**
 * A pattern compiled once per word, not once per line of every body (at 10,000 entries that was most of the
 * content check's time). Neither has the `g` or `y` flag, so `test()` keeps no state between calls.
 */
function compiledOnce(compile: (word: string) => RegExp): (word: string) => RegExp {
  const compiled = new Map<string, RegExp>();
  return (word) => {
    let pattern = compiled.get(word);
    if (!pattern) compiled.set(word, (pattern = compile(word)));
    return pattern;
  };
}
const wordPattern = compiledOnce((word) => new RegExp(`(?<![\\p{L}\\p{N}_-])${word}(?![\\p{L}\\p{N}_-])`, 'iu'));
const fieldPattern = compiledOnce((name) => new RegExp(`(?<![\\p{L}\\p{N}_])${name}(?![\\p{L}\\p{N}_])`, 'u'));

/** Field names in camelCase (strategyNote, placeTypes, …): the fields of the schemas, given by the caller. */
export function modelWordProblems(
  body: string,
  fieldNames: readonly string[],
  firstLine = 1,
): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  const fields = fieldNames.filter((name) => /[a-z][A-Z]/.test(name));
  // Link targets and bare addresses may contain anything.
  const lines = body.split('\n');
  lines.forEach((raw, i) => {
    const text = raw.replace(/\]\([^)]*\)/g, ']').replace(/https?:\/\/\S+/g, '');
    const found = (word: string) => wordPattern(word).test(text);
    for (const [id, label] of ids) {
      if (found(id)) {
        problems.push({
          line: firstLine + i,
          message: `uses the code "${id}", which readers do not know: write it in words (e.g. "${label}")`,
        });
      }
    }
    for (const name of fields) {
      if (fieldPattern(name).test(text)) {
        problems.push({
          line: firstLine + i,
          message: `names the field "${name}": readers see the page, not the file, so say it in words`,
        });
      }
    }
    for (const word of modelWords) {
      if (found(word)) {
        problems.push({
          line: firstLine + i,
          message: `uses the word "${word}", which is about how the site stores data: say what you mean for a reader`,
        });
      }
    }
  });
  return problems;
}

/** A title folded for comparison: lowercase, no accents, punctuation as spaces, one space between words. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Entries whose titles are the same once normalised: each later one is reported, naming the first. */
export function duplicateTitleProblems(entries: readonly { file: string; data: unknown }[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const { file, data } of entries) {
    const title = (data as { title?: unknown } | null)?.title;
    if (typeof title !== 'string' || title.trim() === '') continue;
    const key = normaliseTitle(title);
    const first = seen.get(key);
    if (first) {
      problems.push({
        file,
        field: 'title',
        message: `"${title.trim()}" is the same title as ${first}: readers cannot tell them apart, so merge the two or make the title say what differs`,
      });
    } else seen.set(key, file);
  }
  return problems;
}

/**
 * An initiative and a place with the same normalised title: readers meet both in search and lists, so the initiative
 * is reported, naming the place.
 */
export function titleClashProblems(
  initiatives: readonly { file: string; data: { title: string } }[],
  places: readonly { file: string; data: { title: string } }[],
): Problem[] {
  const placeTitles = new Map(places.map((place) => [normaliseTitle(place.data.title), place.file]));
  return initiatives.flatMap(({ file, data }) => {
    const place = placeTitles.get(normaliseTitle(data.title));
    return place
      ? [
          {
            file,
            field: 'title',
            message: `"${data.title}" is also the title of the place ${place}: let the initiative's title say what happens there, so readers can tell the two apart`,
          },
        ]
      : [];
  });
}
