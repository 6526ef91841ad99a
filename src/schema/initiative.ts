/**
 * The initiative schema: the frontmatter of `content/initiatives/<slug>.md`.
 *
 * Built from the taxonomy module; the content collection, `check:content`, the
 * tests (and later the CMS and the exports) all use this one schema. Every
 * message is written for a practitioner: what is wrong and how to fix it.
 */
import { z } from 'astro/zod';
import {
  date,
  email,
  list,
  municipality,
  partialDate,
  partialDateBefore,
  record,
  slug,
  termId,
  termIdList,
  text,
  url,
} from './fields.ts';

/** Longest summary, in characters: it must fit a list card and a search result. */
export const SUMMARY_MAX = 300;

/** A bounding box around the Netherlands (with the Wadden and a margin), to catch swapped or mistyped coordinates. */
export const NETHERLANDS_BOUNDS = { minLat: 50.6, maxLat: 53.7, minLng: 3.2, maxLng: 7.3 } as const;

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

/**
 * The kinds of source: a publication (article, report, web page), or the initiators' own account of their
 * initiative (what a practitioner submits through the CMS or the Meedoen form), dated, which the editors' intake
 * can later check (and record in `lastVerified`).
 */
export const sourceKinds = ['publication', 'own-account'] as const;

/** A written source the entry is based on. */
export const sourceSchema = record(
  {
    /** A publication (the default) or the initiators' own account. */
    kind: z.enum(sourceKinds, { error: `must be one of ${sourceKinds.join(', ')}` }).default('publication'),
    /** Title of the article, report or page; for an own account e.g. "Opgave van de initiatiefnemers". */
    title: text('the title of the source'),
    /** Author(s) or publishing organisation. */
    author: text('the author').optional(),
    /** Year of publication. */
    year: z
      .number({ error: 'must be a year written as a number, e.g. 2021' })
      .int({ error: 'must be a whole year, e.g. 2021' })
      .min(1900, { error: 'must be a year after 1900' })
      .max(2100, { error: 'must be a year before 2100' })
      .optional(),
    /** Where to read it. */
    url: url('the address of the source').optional(),
    /** When the account was given (an own account), or the publication's exact date, as precisely as known. */
    date: partialDate('the date of the source').optional(),
  },
  'a source with at least a title',
).superRefine((source, ctx) => {
  if (source.kind === 'own-account' && source.date === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['date'],
      message: 'is missing: an own account needs the date it was given',
      input: undefined,
    });
  }
});

/**
 * Fields a practitioner may leave to the editors ("nog te bepalen door de redactie"): listed in `pending`, they may
 * be left out; `check:content` warns until the editors fill them in, and no page says that they are missing.
 */
export const pendingFields = ['themes', 'permanence', 'status'] as const;

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
      .number({ error: 'must be a number of decimal degrees, e.g. 51.84' })
      .min(-90, { error: 'is out of range: latitude lies between -90 and 90' })
      .max(90, { error: 'is out of range: latitude lies between -90 and 90' }),
    lng: z
      .number({ error: 'must be a number of decimal degrees, e.g. 5.86' })
      .min(-180, { error: 'is out of range: longitude lies between -180 and 180' })
      .max(180, { error: 'is out of range: longitude lies between -180 and 180' }),
  },
  'coordinates with lat and lng',
).superRefine(({ lat, lng }, ctx) => {
  const b = NETHERLANDS_BOUNDS;
  if (lat >= b.minLat && lat <= b.maxLat && lng >= b.minLng && lng <= b.maxLng) return;
  const swapped = lng >= b.minLat && lng <= b.maxLat && lat >= b.minLng && lat <= b.maxLng;
  ctx.addIssue({
    code: 'custom',
    input: { lat, lng },
    message: swapped
      ? 'lie outside the Netherlands: lat and lng look swapped (lat is about 51–53, lng about 4–7)'
      : 'lie outside the Netherlands: check lat (about 51–53) and lng (about 4–7)',
  });
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
    emailPublic: z.boolean({ error: 'must be true or false' }).default(false),
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

const baseShape = {
  /** Optional URL slug; defaults to the file name. Lowercase ASCII with dashes. */
  slug: slug('the slug').optional(),
  /**
   * Former slugs of this entry, after a rename: each keeps its old URL working as a redirect page
   * (both languages). An alias may not be any entry's slug or another entry's alias.
   */
  aliases: list(slug('a former slug'), 'former slugs')
    .refine((list) => new Set(list).size === list.length, { error: 'names the same former slug twice: list each once' })
    .default([]),
  /** Name of the initiative. */
  title: text('a title', { max: 120 }),
  /** One or two sentences, shown in lists and search results. */
  summary: text('a summary', { max: SUMMARY_MAX }),
  /** The language the entry is written in. */
  lang: termId('lang', 'language').default('nl'),
  /** Bonding, bridging or both. */
  strategy: termId('strategy', 'strategy'),
  /** Who meets whom: a short note in the entry's language. */
  strategyNote: text('a short note on who meets whom', { max: 400 }),
  /** Who carries the initiative (one or more). */
  actors: list(actorSchema, 'actors, each with a type', { min: 1, why: 'who carries the initiative?' }),
  /** The kind(s) of place where people meet. */
  placeTypes: termIdList('placeType', 'place type'),
  /** The name of the place, when the source gives it. */
  placeName: text('the name of the place').optional(),
  /** The places of the atlas (`content/places/<slug>.md`) where it happens, by slug. */
  places: list(slug('the slug of a place (its file name without .md)'), 'place slugs')
    .refine((list) => new Set(list).size === list.length, { error: 'names the same place twice: list each once' })
    .default([]),
  /**
   * Municipality, by its CBS name. Left out only when the entry describes a
   * kind of initiative found in many places, with no one place in its sources.
   */
  municipality: municipality('the municipality, by its official CBS name').optional(),
  /** Neighbourhood or village within the municipality. */
  neighbourhood: text('the neighbourhood').optional(),
  /** Where it happens, when it is one place. */
  coordinates: coordinatesSchema.optional(),
  /** Who it is meant for. */
  targetGroups: termIdList('targetGroup', 'target group'),
  /** Societal themes it contributes to (may be left empty while listed in `pending`). */
  themes: termIdList('theme', 'theme', { min: 0 }).default([]),
  /** How strong the contact that arises is. */
  contactIntensity: termId('contactIntensity', 'contact intensity'),
  /** What taking part costs. */
  tariff: termId('tariff', 'tariff'),
  /** Permanent or temporary (pop-up); may be left out while listed in `pending`. */
  permanence: termId('permanence', 'permanence').optional(),
  /** When it started (or starts), as precisely as known: `2019`, `2019-05` or `2019-05-12`. */
  startDate: partialDate('the start date').optional(),
  /** When it ended (or ends), as precisely as known. */
  endDate: partialDate('the end date').optional(),
  /** Whether it runs now; may be left out while listed in `pending`. */
  status: termId('status', 'status').optional(),
  /** What makes it low-threshold. */
  thresholdFeatures: termIdList('thresholdFeature', 'threshold feature', { min: 0 }).default([]),
  /** The role of the host (owner, staff, volunteer) in making people feel welcome. */
  hostRole: text('the role of the host', { max: 600 }).optional(),
  /** The texts this entry is based on: at least one. */
  sources: list(sourceSchema, 'sources, each with a title', { min: 1, why: 'say where the facts come from' }),
  /** Further reading. */
  links: list(linkSchema, 'links, each with a title and url').default([]),
  /** Contact details of the organisation. */
  contact: contactSchema.optional(),
  /** An illustration with alt text. */
  image: imageSchema.optional(),
  /** When the entry was first published. */
  published: date('the publication date'),
  /** When the entry was last changed in substance. */
  updated: date('the update date').optional(),
  /** When an editor last checked the facts. */
  lastVerified: date('the date the facts were last checked').optional(),
  /** Fields the submitter left to the editors (`pendingFields`): the editors decide them before publishing. */
  pending: list(z.enum(pendingFields, { error: `must be one of ${pendingFields.join(', ')}` }), 'field names').default(
    [],
  ),
};

const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

/**
 * The checks that span fields. They run even when other fields have problems (zod would skip them by
 * default), so a practitioner sees every problem at once; each check looks only at fields that parsed.
 */
function crossFieldChecks(value: unknown, ctx: z.core.$RefinementCtx): void {
  if (typeof value !== 'object' || value === null) return;
  const entry = value as Record<string, unknown>;
  const issue = (path: (string | number)[], message: string) => {
    ctx.addIssue({ code: 'custom', path, message, input: undefined });
  };
  const { startDate, endDate, updated, published, status, permanence, contact, neighbourhood, municipality } = entry;
  if (typeof neighbourhood === 'string' && neighbourhood.trim() !== '' && municipality === undefined) {
    issue(['municipality'], 'is missing: an entry with a neighbourhood needs the municipality it lies in');
  }
  // Themes, permanence and status may only be missing while the editors still have to decide them.
  const pending = Array.isArray(entry.pending) ? (entry.pending as unknown[]) : [];
  if (!pending.includes('themes') && Array.isArray(entry.themes) && entry.themes.length === 0) {
    issue(['themes'], 'needs at least one theme id, or list themes under pending for the editors to decide');
  }
  for (const field of ['permanence', 'status'] as const) {
    if (entry[field] === undefined && !pending.includes(field)) {
      issue([field], `is missing: give the ${field}, or list ${field} under pending for the editors to decide`);
    }
  }
  if (typeof startDate === 'string' && typeof endDate === 'string' && partialDateBefore(endDate, startDate)) {
    issue(['endDate'], 'is before the start date: the end date must come on or after startDate');
  }
  if (isDate(updated) && isDate(published) && updated < published) {
    issue(['updated'], 'is before the publication date: updated must come on or after published');
  }
  if (status === 'ended' && permanence === 'permanent' && endDate === undefined) {
    issue(['endDate'], 'is missing: an ended initiative needs the date it ended');
  }
  if (typeof contact === 'object' && contact !== null) {
    const { email, emailPublic } = contact as Record<string, unknown>;
    if (typeof email === 'string' && email !== '' && emailPublic !== true) {
      issue(
        ['contact', 'email'],
        'may not be published without permission: set contact.emailPublic to true once the organisation agreed, or remove the address',
      );
    }
  }
}

/** The fields of an initiative as one shape, for schemas derived from it (the open-data export). */
export const initiativeShape = baseShape;

/** The initiative frontmatter, with the checks that span fields. */
export const initiativeSchema = record(baseShape, 'the frontmatter of an initiative').superRefine(crossFieldChecks, {
  when: (payload) => typeof payload.value === 'object' && payload.value !== null,
});

/** A validated initiative, as pages and lib/ see it. */
export type Initiative = z.output<typeof initiativeSchema>;
/** An initiative as written in a content file (before defaults). */
export type InitiativeInput = z.input<typeof initiativeSchema>;

/** The fields of the schema, in order: what the CMS, the exports and the contract tests walk. */
export const initiativeFields = Object.keys(baseShape) as (keyof typeof baseShape)[];

/** The body sections suggested for every entry, in both languages (headings of level 2). */
export const bodySections = [
  { id: 'aanleiding', nl: 'Aanleiding', en: 'Background' },
  { id: 'aanpak', nl: 'Aanpak', en: 'Approach' },
  { id: 'wie-ontmoeten-elkaar', nl: 'Wie ontmoeten elkaar', en: 'Who meets whom' },
  { id: 'wat-werkt', nl: 'Wat werkt', en: 'What works' },
  { id: 'valkuilen', nl: 'Valkuilen', en: 'Pitfalls' },
  { id: 'meer-weten', nl: 'Meer weten', en: 'Find out more' },
] as const;
