/**
 * A deterministic generator of N valid synthetic initiatives for benchmarks.
 * The same N always gives the same files (seeded PRNG), so runs compare.
 * It writes to a folder of its own (never into content/), laid out as a
 * content root: `<out>/initiatives/<slug>.md` (Markdown, as the real entries)
 * and three curated collections in `<out>/collections/<slug>.yaml`, so the
 * collection and embed pages are built and measured too, and one place per
 * hundred entries in `<out>/places/` (place and area pages). Municipalities are
 * official CBS names (src/taxonomy/municipalities.ts), drawn uniformly, so at
 * larger N every municipality gets a facet page; most entries with one also
 * have coordinates, for the map.
 *
 * Text follows Zipf's law over a vocabulary of Dutch function words (the top
 * ranks), 20,000 generated words and topical words at middle ranks, like real
 * prose: a few words everywhere, subject words in some entries, most words
 * rare. (A small vocabulary would put every word on every page and make the
 * search index unrealistically dense.)
 *
 *   npx tsx scripts/bench/generate.ts 1000 .bench/content-1000
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { idsOf, type VocabularyName } from '../../src/taxonomy/index.ts';
import { municipalities } from '../../src/taxonomy/municipalities.ts';
import { bodySections } from '../../src/schema/initiative.ts';

/** mulberry32: a small, fast, seedable PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Function words: the most frequent ranks, as in any Dutch text. */
const functionWords = (
  'de het een en van in op met voor die dat is zijn te er niet ook als bij om aan door naar uit over ' +
  'maar of wat wie waar hoe nog al dan wel meer veel zo kan worden wordt heeft hebben was werd'
).split(' ');

/** Topical words: they land at middle ranks, as the subject words of a real corpus do. */
const topical = (
  'buurt wijk bewoners ontmoeting koffie tafel samen vrijwilligers huiskamer bibliotheek moestuin ' +
  'reparatie fietsen naaien koken maaltijd ouderen jongeren gezinnen nieuwkomers taal lezen spelen ' +
  'sport kantine winkel markt plein park straat portiek school kerk moskee atelier werkplaats ' +
  'gesprek groet buren hulp zorg welzijn armoede eenzaamheid gezondheid veiligheid duurzaamheid ' +
  'groen klimaat leren werken meedoen drempel gastvrij welkom inloop gratis tarief tijdelijk pop-up'
).split(' ');

const syllables =
  'ba be bo da de di do ge ha he hu ka ke ko la le li lo ma me mo na ne no pa pe po ra re ro sa se so ta te to va ve wa we wi zo aan ber der gen heid ing ker lijk man ner sel ten ver'.split(
    ' ',
  );

/** The vocabulary in rank order: common words first, then generated ones, deterministic. */
const vocabulary: readonly string[] = (() => {
  const random = prng(42);
  const made = new Set<string>();
  while (made.size < 20_000) {
    const length = 2 + Math.floor(random() * 3);
    made.add(Array.from({ length }, () => syllables[Math.floor(random() * syllables.length)] ?? '').join(''));
  }
  // Function words on top; topical words spread over ranks 200 to about 3,000 between the generated ones.
  const ranked = [...functionWords, ...made];
  topical.forEach((word, i) => ranked.splice(200 + i * 50, 0, word));
  return [...new Set(ranked)];
})();

/** Cumulative Zipf weights (exponent 1.07) over the vocabulary, for sampling a word by rank. */
const zipf: Float64Array = (() => {
  const weights = new Float64Array(vocabulary.length);
  let total = 0;
  for (let rank = 0; rank < vocabulary.length; rank++) {
    total += 1 / (rank + 1) ** 1.07;
    weights[rank] = total;
  }
  return weights.map((weight) => weight / total);
})();

function word(random: () => number): string {
  const target = random();
  let low = 0;
  let high = zipf.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((zipf[mid] ?? 1) < target) low = mid + 1;
    else high = mid;
  }
  return vocabulary[low] ?? '';
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

function some<T>(random: () => number, list: readonly T[], max: number): T[] {
  const count = 1 + Math.floor(random() * max);
  return [...new Set(Array.from({ length: count }, () => pick(random, list)))];
}

function sentence(random: () => number, length: number): string {
  const text = Array.from({ length }, () => word(random)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const ids = (name: VocabularyName) => idsOf(name) as readonly string[];

/**
 * Coordinates for seven in ten entries that have a municipality (a point in the Netherlands, so the map page has
 * markers at scale). From a PRNG of their own, so the other fields stay as they were without coordinates.
 */
function coordinates(i: number, located: boolean): string[] {
  const random = prng(i * 104_729 + 1);
  if (!located || random() >= 0.7) return [];
  const lat = 51.3 + random() * 1.9;
  const lng = 4.3 + random() * 2.6;
  return ['coordinates:', `  lat: ${lat.toFixed(4)}`, `  lng: ${lng.toFixed(4)}`];
}

/** The slug of synthetic initiative number `i` (1-based): its file name and URL. */
export const entrySlug = (i: number) => `bench-${String(i).padStart(6, '0')}`;

/** Synthetic initiative number `i` (1-based): its slug, its file's text and its municipality (if any). */
export function syntheticEntry(i: number): {
  slug: string;
  text: string;
  municipality?: { name: string; slug: string };
} {
  const random = prng(i * 7919);
  const slug = entrySlug(i);
  const title = `${sentence(random, 3).slice(0, -1)} ${i}`;
  const published = new Date(Date.UTC(2020, 0, 1) + Math.floor(random() * 6 * 365) * 86_400_000);
  const permanence = random() < 0.2 ? 'temporary' : 'permanent';
  const status = random() < 0.1 ? 'planned' : 'active';
  const municipality = random() < 0.9 ? pick(random, municipalities) : undefined;
  const yaml = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `summary: ${JSON.stringify(sentence(random, 24))}`,
    // An entry with a municipality is a practice example (with a status); one without is a form of initiative.
    `kind: ${municipality ? 'example' : 'form'}`,
    `lang: ${random() < 0.1 ? 'en' : 'nl'}`,
    `strategy: ${pick(random, ids('strategy'))}`,
    `strategyNote: ${JSON.stringify(`Buren die elkaar anders niet treffen: ${sentence(random, 12)}`)}`,
    'actors:',
    ...some(random, ids('actorType'), 2).map((type) => `  - type: ${type}`),
    `placeTypes: [${some(random, ids('placeType'), 2).join(', ')}]`,
    ...(municipality ? [`municipality: ${JSON.stringify(municipality.name)}`] : []),
    ...coordinates(i, municipality !== undefined),
    `targetGroups: [${some(random, ids('targetGroup'), 2).join(', ')}]`,
    `themes: [${some(random, ids('theme'), 2).join(', ')}]`,
    `contactIntensity: ${pick(random, ids('contactIntensity'))}`,
    `tariff: ${pick(random, ids('tariff'))}`,
    `permanence: ${permanence}`,
    ...(municipality ? [`status: ${status}`] : []),
    `thresholdFeatures: [${some(random, ids('thresholdFeature'), 3).join(', ')}]`,
    'sources:',
    '  - title: "Synthetische bron voor de benchmark"',
    `published: ${published.toISOString().slice(0, 10)}`,
    '---',
    '',
  ];
  const body = bodySections.flatMap((section) => [
    `## ${section.nl}`,
    '',
    Array.from({ length: 3 }, () => sentence(random, 14)).join(' '),
    '',
  ]);
  return { slug, text: [...yaml, ...body].join('\n'), ...(municipality ? { municipality } : {}) };
}

/**
 * Three collections over the first entries, as curators make them: a municipality's (curated items with notes
 * plus a rule for its own municipality), an editorial one (a narrow rule only) and an organisation's (items
 * only). They stay small at any N, as real collections do.
 */
export function syntheticShowcases(count: number): { slug: string; text: string }[] {
  const items = (from: number, to: number, notes: boolean) =>
    Array.from({ length: Math.max(0, Math.min(to, count) - from + 1) }, (_, k) => from + k).flatMap((i) => [
      `  - initiative: ${entrySlug(i)}`,
      ...(notes && i % 2 === 1
        ? [`    note: ${JSON.stringify(`Gekozen om voorbeeld ${String(i)}: laagdrempelig en dichtbij.`)}`]
        : []),
    ]);
  const home = syntheticEntry(1).municipality ?? municipalities[0];
  const intro = (who: string) =>
    JSON.stringify(
      `${who} zet voorbeelden bij elkaar die laten zien hoe buren elkaar ontmoeten. Synthetische collectie voor de benchmark.`,
    );
  const common = (title: string, kind: string, name: string) => [
    `title: ${JSON.stringify(title)}`,
    'lang: nl',
    'curator:',
    `  name: ${JSON.stringify(name)}`,
    `  kind: ${kind}`,
    '  url: https://example.org/',
    `intro: ${intro(name)}`,
    'published: 2025-06-01',
  ];
  return [
    {
      slug: 'bench-gemeente',
      text: [
        ...common(`Voorbeelden voor ${home?.name ?? 'de gemeente'}`, 'municipality', `Gemeente ${home?.name ?? ''}`),
        'items:',
        ...items(1, 6, true),
        'rule:',
        `  municipality: [${home?.slug ?? ''}]`,
      ],
    },
    {
      slug: 'bench-redactie',
      text: [
        ...common('Overbruggen in een paar gemeenten', 'editorial', 'Redactie Buurtpodium'),
        'rule:',
        `  strategy: [bridging]`,
        `  theme: [${ids('theme')[0] ?? ''}]`,
        `  target: [${ids('targetGroup').slice(0, 2).join(', ')}]`,
        `  municipality: [${municipalities
          .slice(0, 8)
          .map((m) => m.slug)
          .join(', ')}]`,
      ],
    },
    // Items only: it needs entries 7 to 18 to list.
    ...(count >= 7
      ? [
          {
            slug: 'bench-organisatie',
            text: [
              ...common('Een selectie van een welzijnsorganisatie', 'organisation', 'Welzijn Voorbeeld'),
              'items:',
              ...items(7, 18, false),
            ],
          },
        ]
      : []),
  ].map(({ slug, text }) => ({ slug, text: `${text.join('\n')}\n` }));
}

/** How many places a corpus of `count` entries has: one per hundred entries, at least three. */
export const placeCount = (count: number) => Math.max(3, Math.round(count / 100));

/** The slug of synthetic place number `i` (1-based). */
export const placeSlug = (i: number) => `bench-plek-${String(i).padStart(5, '0')}`;

/**
 * Synthetic place number `i` (1-based): an existing place in a municipality with coordinates, so the places list,
 * the place pages, the areas and the map have places at every N.
 */
export function syntheticPlace(i: number): { slug: string; text: string } {
  const random = prng(i * 6151 + 3);
  const municipality = pick(random, municipalities);
  const yaml = [
    '---',
    `title: ${JSON.stringify(`${sentence(random, 2).slice(0, -1)} ${String(i)}`)}`,
    `summary: ${JSON.stringify(sentence(random, 18))}`,
    'lang: nl',
    `kind: ${pick(random, ids('placeType'))}`,
    'status: active',
    `targetGroups: [${some(random, ids('targetGroup'), 2).join(', ')}]`,
    `contactIntensity: ${pick(random, ids('contactIntensity'))}`,
    `thresholdFeatures: [${some(random, ids('thresholdFeature'), 2).join(', ')}]`,
    `municipality: ${JSON.stringify(municipality.name)}`,
    'coordinates:',
    `  lat: ${(51.3 + random() * 1.9).toFixed(4)}`,
    `  lng: ${(4.3 + random() * 2.6).toFixed(4)}`,
    'sources:',
    '  - title: "Synthetische bron voor de benchmark"',
    'published: 2025-03-01',
    '---',
    '',
    '## Wat voor plek',
    '',
    Array.from({ length: 3 }, () => sentence(random, 14)).join(' '),
    '',
  ];
  return { slug: placeSlug(i), text: yaml.join('\n') };
}

/**
 * Write N entries into `<out>/initiatives/`, their places (`placeCount`) into `<out>/places/` and the collections
 * into `<out>/collections/`, replacing what was there. Reports progress every 1,000 files.
 */
export async function generate(
  count: number,
  out: string,
  log = (line: string) => {
    console.log(line);
  },
): Promise<void> {
  const dir = path.join(out, 'initiatives');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const { slug, text } = syntheticEntry(i);
    await writeFile(path.join(dir, `${slug}.md`), text);
    if (i % 1000 === 0 && i < count) log(`generate: ${i}/${count} entries`);
  }
  const placesDir = path.join(out, 'places');
  await rm(placesDir, { recursive: true, force: true });
  await mkdir(placesDir, { recursive: true });
  const places = placeCount(count);
  for (let i = 1; i <= places; i++) {
    const { slug, text } = syntheticPlace(i);
    await writeFile(path.join(placesDir, `${slug}.md`), text);
  }
  const collectionsDir = path.join(out, 'collections');
  await rm(collectionsDir, { recursive: true, force: true });
  await mkdir(collectionsDir, { recursive: true });
  const collections = syntheticShowcases(count);
  for (const { slug, text } of collections) await writeFile(path.join(collectionsDir, `${slug}.yaml`), text);
  log(`generate: ${count} entries, ${places} places and ${collections.length} collections written to ${out}`);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const count = Number(process.argv[2] ?? 1000);
  const out = process.argv[3] ?? `.bench/content-${count}`;
  if (!Number.isInteger(count) || count < 1) throw new Error('usage: generate.ts <count> [out-dir]');
  await generate(count, out);
}
