/**
 * "Bestaat dit al?": the existing entries whose title (with municipality and
 * place) resembles what someone is typing. Pure and small, for the Meedoen
 * form's script and the CMS preview alike; the index they rank is
 * /data/titles.json (`titleIndex`, built once at build time).
 *
 * Text is compared as words: accents, case, spacing, hyphens, punctuation and
 * word order do not matter ("repair cafe" finds "Repair café …", "lief en leed
 * straat" finds "Lief en Leed-straat …"). A word being typed matches the start
 * of a word, a longer word may have one typo, and words run together match
 * the same words written apart ("repaircafe").
 */
import { distance } from 'fastest-levenshtein';

/** One entry in the index: `[slug, title, municipality, place words]` (arrays keep the file small). */
export type TitleRecord = [slug: string, title: string, municipality: string, places: string];

/** The index served as /data/titles.json. */
export interface TitleIndex {
  entries: TitleRecord[];
}

/** What the index is made from: the catalog's entries (slug and frontmatter). */
interface IndexSource {
  slug: string;
  data: { title: string; municipality?: string | undefined; placeName?: string | undefined; places?: string[] };
}

/** The index: title, municipality, and the place's name with the slugs of the atlas places it points at. */
export function titleIndex(entries: readonly IndexSource[]): TitleIndex {
  return {
    entries: entries.map(({ slug, data }) => [
      slug,
      data.title,
      data.municipality ?? '',
      [data.placeName ?? '', ...(data.places ?? []).map((place) => place.replace(/-/g, ' '))].join(' ').trim(),
    ]),
  };
}

/** Lower case, no accents, every run of non-letters and non-digits one space. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words that say nothing about which initiative it is (Dutch and English). */
const stopWords = new Set(
  'de het een en in op van voor met bij aan te of the a an and in on of for with at to by'.split(' '),
);

/** The words of a text, normalised. */
export function words(text: string): string[] {
  return normalise(text).split(' ').filter(Boolean);
}

const meaningful = (list: readonly string[]) => list.filter((word) => !stopWords.has(word));

/**
 * A Dutch word without its plural ending and with doubled vowels made single, so that singular and plural meet:
 * `straat` and `straten` are both `strat`, `huis` and `huizen` differ (rare enough to leave).
 */
const stem = (word: string) => (word.length >= 5 ? word.replace(/(en|s)$/, '') : word).replace(/([aeiou])\1/g, '$1');

/**
 * Whether a typed word matches a word of the entry: equal, singular beside plural, the start of it, or one typo
 * away (two from 8 letters).
 */
function wordMatches(typed: string, word: string, last: boolean): boolean {
  if (typed === word || stem(typed) === stem(word)) return true;
  if (last && typed.length >= 3 && word.startsWith(typed)) return true;
  if (typed.length < 5 || word.length < 5) return false;
  return distance(typed, word) <= (Math.min(typed.length, word.length) >= 8 ? 2 : 1);
}

export interface SimilarQuery {
  title: string;
  municipality?: string;
  /** The place's name, or any words about where. */
  place?: string;
}

export interface SimilarEntry {
  slug: string;
  title: string;
  municipality: string;
  score: number;
}

/**
 * The entries most like the query, best first (at most `limit`, each with a score from 0 to about 1.25).
 * The title's words decide: the share of the typed words found in the entry's title (or its municipality or
 * place), a little for how much of the title they cover; the same municipality or place adds to that.
 * Nothing under `threshold`, and nothing for fewer than three typed letters.
 */
export function similarEntries(
  query: SimilarQuery,
  index: TitleIndex,
  { limit = 5, threshold = 0.65 }: { limit?: number; threshold?: number } = {},
): SimilarEntry[] {
  const typedAll = words(query.title);
  const compactTyped = typedAll.join('');
  if (compactTyped.length < 3) return [];
  const municipality = normalise(query.municipality ?? '');
  const placeWords = meaningful(words(query.place ?? ''));
  // Words of the title that name the query's own municipality or place say where, not what: "Repair Café
  // Heumen" in Heumen is compared as "repair cafe" (and the municipality then ranks the entries in Heumen first).
  const whereWords = new Set([...words(municipality), ...placeWords]);
  const what = meaningful(typedAll).filter((word) => !whereWords.has(word));
  const typed = what.length > 0 ? what : meaningful(typedAll).length > 0 ? meaningful(typedAll) : typedAll;
  const results: SimilarEntry[] = [];
  for (const [slug, title, entryMunicipality, places] of index.entries) {
    const titleWords = words(title);
    const titleMeaningful = meaningful(titleWords);
    const where = [...words(entryMunicipality), ...meaningful(words(places))];
    let matched = 0;
    let inTitle = 0;
    typed.forEach((word, i) => {
      const last = i === typed.length - 1;
      if (titleWords.some((candidate) => wordMatches(word, candidate, last))) {
        matched++;
        inTitle++;
      } else if (where.some((candidate) => wordMatches(word, candidate, last))) matched++;
    });
    let score =
      typed.length > 0 ? 0.8 * (matched / typed.length) + 0.2 * (inTitle / Math.max(titleMeaningful.length, 1)) : 0;
    // Words run together or written apart: "repaircafe", "lief en leedstraat".
    const compactTitle = titleWords.join('');
    const together = compactTyped.length >= 5 && compactTitle.includes(compactTyped);
    if (together) score = Math.max(score, 0.8 + 0.2 * (compactTyped.length / compactTitle.length));
    // The municipality or place alone is no resemblance: it only ranks what the title found.
    if (inTitle === 0 && !together) continue;
    if (municipality !== '' && normalise(entryMunicipality) === municipality) score += 0.15;
    if (placeWords.some((word) => where.some((candidate) => wordMatches(word, candidate, false)))) score += 0.1;
    if (score >= threshold) results.push({ slug, title, municipality: entryMunicipality, score });
  }
  return results.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title, 'nl')).slice(0, limit);
}
