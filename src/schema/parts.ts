/**
 * The parts of an entry's frontmatter that initiatives and places share: actors, sources (with the rule for
 * authors read second-hand), links, coordinates, the organisation's contact, an image and the verification.
 * Split from initiative.ts so that each file stays readable; initiative.ts re-exports them.
 */
import { NETHERLANDS_BOUNDS } from '../taxonomy/netherlands.ts';
import { date, email, partialDate, record, termId, text, url } from './fields.ts';
import { problemText, raise, type FieldProblem } from './problems.ts';
import { z } from 'astro/zod';

/** Longest summary, in characters: it must fit a list card and a search result. */
export const SUMMARY_MAX = 300;

/** One organisation or group that carries the initiative. */
export const actorSchema = record(
  {
    /** The kind of actor (taxonomy `actorType`). */
    type: termId('actorType', 'actor type'),
    /** The organisation's or group's own name, when the source gives it. */
    name: text('the name of the organisation').optional(),
  },
  'an actor with a type (and optionally a name)',
);

/** A written source the entry is based on. */
export const sourceSchema = record(
  {
    /** A publication (the default) or the initiators' own account. */
    kind: termId('sourceKind', 'source kind').default('publication'),
    /** Title of the article, report or page; for an own account e.g. "Opgave van de initiatiefnemers". */
    title: text('the title of the source'),
    /** Author(s) or publishing organisation. */
    author: text('the author').optional(),
    /** Year of publication. */
    year: z
      .number({ error: problemText('problem.year.notNumber') })
      .int({ error: problemText('problem.year.notWhole') })
      .min(1900, { error: problemText('problem.year.tooEarly', { min: 1900 }) })
      .max(2100, { error: problemText('problem.year.tooLate', { max: 2100 }) })
      .optional(),
    /** Where to read it. */
    url: url('the address of the source').optional(),
    /**
     * The text this source was read in, when the editors know it only second-hand: "Brummel & Smits (2021)".
     * Shown on the page as "geciteerd via …". It must name another source of the same entry.
     */
    via: text('the text you read this source in, e.g. Brummel & Smits (2021)', { max: 200 }).optional(),
    /** When the account was given (an own account), or the publication's exact date, as precisely as known. */
    date: partialDate('the date of the source').optional(),
  },
  'a source with at least a title',
).superRefine((source, ctx) => {
  if (source.kind === 'own-account' && source.date === undefined) raise(ctx, ['date'], 'problem.source.ownAccountDate');
});

/**
 * Authors the editors know only through another text (the two source texts cite them): a source by one of them
 * must say `via` which text it was read in. Add an author here when an entry cites a work nobody on the
 * editorial team has read itself.
 */
export const secondHandAuthors: readonly { author: string; readIn: string }[] = [
  { author: 'Klinenberg', readIn: 'Brummel & Smits (2021)' },
  { author: 'Putnam', readIn: 'Engbersen (Movisie)' },
  { author: 'Machielse', readIn: 'Engbersen (Movisie)' },
  { author: 'Wolff', readIn: 'Brummel & Smits (2021)' },
  { author: 'Branas', readIn: 'Brummel & Smits (2021)' },
];

export const fold = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The words of a source that a `via` can name it by: the author's surnames (4+ letters) and the title. */
function namesOf(source: { title?: unknown; author?: unknown }): string[] {
  const author = typeof source.author === 'string' ? source.author : '';
  const words = author.split(/[^\p{L}-]+/u).filter((word) => word.length >= 4 && /^\p{Lu}/u.test(word));
  return [...words, ...(typeof source.title === 'string' ? [source.title] : [])].map(fold);
}

/**
 * What is wrong with an entry's sources as a whole: a second-hand author without `via`, a `via` that names no other
 * source of the entry. Shared by initiatives and places.
 */
export function sourceProblems(sources: unknown): FieldProblem[] {
  if (!Array.isArray(sources)) return [];
  const problems: FieldProblem[] = [];
  const list = sources.filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null);
  list.forEach((source, i) => {
    const author = typeof source.author === 'string' ? fold(source.author) : '';
    const via = typeof source.via === 'string' ? source.via.trim() : '';
    const known = secondHandAuthors.find((entry) => author.includes(fold(entry.author)));
    if (known && via === '') {
      problems.push([
        ['sources', i, 'via'],
        'problem.source.viaMissing',
        { author: known.author, readIn: known.readIn },
      ]);
    }
    if (via !== '') {
      const wanted = fold(via);
      const named = list.some(
        (other, j) => j !== i && namesOf(other).some((name) => wanted.includes(name) || name.includes(wanted)),
      );
      if (!named) {
        problems.push([['sources', i, 'via'], 'problem.source.viaUnknown', { via }]);
      }
    }
  });
  return problems;
}

/** A further link for readers. */
export const linkSchema = record(
  {
    title: text('the link text'),
    url: url('the address of the link'),
  },
  'a link with a title and a url',
);

/** Latitude and longitude in decimal degrees (WGS84). */
export const coordinatesSchema = record(
  {
    lat: z
      .number({ error: problemText('problem.coordinates.notNumber', { example: 51.84 }) })
      .min(-90, { error: problemText('problem.coordinates.latitudeRange') })
      .max(90, { error: problemText('problem.coordinates.latitudeRange') }),
    lng: z
      .number({ error: problemText('problem.coordinates.notNumber', { example: 5.86 }) })
      .min(-180, { error: problemText('problem.coordinates.longitudeRange') })
      .max(180, { error: problemText('problem.coordinates.longitudeRange') }),
  },
  'coordinates with lat and lng',
).superRefine(({ lat, lng }, ctx) => {
  const b = NETHERLANDS_BOUNDS;
  if (lat >= b.minLat && lat <= b.maxLat && lng >= b.minLng && lng <= b.maxLng) return;
  const swapped = lng >= b.minLat && lng <= b.maxLat && lat >= b.minLng && lat <= b.maxLng;
  raise(ctx, [], swapped ? 'problem.coordinates.swapped' : 'problem.coordinates.outside');
});

/** Contact details of the organisation (never of a private person). */
export const contactSchema = record(
  {
    /** Name of the organisation to contact. */
    name: text('the name of the organisation').optional(),
    /** The organisation's website. */
    website: url('the website').optional(),
    /** An e-mail address; published only when `emailPublic` is true. */
    email: email('the e-mail address').optional(),
    /** The organisation said this e-mail address may be published. */
    emailPublic: z.boolean({ error: problemText('problem.boolean') }).default(false),
  },
  'contact details',
);

/** An illustration; the alt text is required. */
export const imageSchema = record(
  {
    /** Path under `public/` (starting with /) or a full URL. */
    src: text('the image path'),
    /** What the image shows, for people who cannot see it. */
    alt: text('an alt text that says what the image shows'),
    /** Who made the image, and under which licence. */
    credit: text('the credit').optional(),
  },
  'an image with src and alt',
);

/**
 * When and how the facts of a practice example or a place were last checked, and by whom (a role, never a name):
 * after Open Referral HSDS's `assured_date`, kept apart from `updated` (when the entry last changed). Entries past
 * the site's freshness period, or never checked, are listed for the editors (`npm run freshness`).
 */
export const verificationSchema = record(
  {
    /** The day the facts were checked: not in the future. */
    date: date('the date the facts were checked'),
    /** How they were checked (taxonomy `verificationMethod`). */
    method: termId('verificationMethod', 'verification method'),
    /** Who checked them, as a role (taxonomy `verifier`). */
    by: termId('verifier', 'who checked'),
  },
  'the last check of the facts (date, method and by)',
);

const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

/** An update before the publication: initiatives, places and collections check it alike. */
export function updatedProblems({ updated, published }: Record<string, unknown>): FieldProblem[] {
  return isDate(updated) && isDate(published) && updated < published
    ? [[['updated'], 'problem.updated.beforePublished']]
    : [];
}

/** A day's slack for a verification date "in the future": the build runs in UTC, editors write Dutch dates. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/** The problem of a verification date later than today (plus a day's slack), or undefined. */
export function futureVerificationProblem(verified: unknown, now: number = Date.now()): FieldProblem | undefined {
  if (typeof verified !== 'object' || verified === null) return undefined;
  const { date } = verified as { date?: unknown };
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return undefined;
  return date.getTime() > now + FUTURE_SLACK_MS ? [['verified', 'date'], 'problem.verified.future'] : undefined;
}
