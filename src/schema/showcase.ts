/**
 * The collection schema: `content/collections/<slug>.yaml`, a curated set of
 * initiatives for a municipality or an organisation (or the editors).
 *
 * A collection lists initiatives by slug, in the curator's order and each with
 * an optional note, and/or gives a rule: facet values (the same keys and ids as
 * the browse facets in `src/lib/core/facets.ts`) that select entries. Whether the
 * listed slugs exist is checked across files in `src/lib/core/validation.ts`.
 */
import { z } from 'astro/zod';
import { date, frontmatter, list, municipalitySlug, record, slug, termId, termIdList, text, url } from './fields.ts';

/** One curated item: an initiative by its slug (the file name), with the curator's note. */
export const showcaseItemSchema = record(
  {
    /** The slug of the initiative: its file name without `.md`, as in its URL. */
    initiative: slug('the slug of an initiative (its file name without .md)'),
    /** Why the curator chose it, in the collection's language. */
    note: text('a note', { max: 400 }).optional(),
  },
  'an item with an initiative slug (and optionally a note)',
);

/**
 * A rule: facet values that select entries, OR within a facet and AND across facets (as the filters on the
 * list page). Keys and ids are those of `src/lib/core/facets.ts`; municipalities by the slug of their CBS name.
 */
export const showcaseRuleSchema = record(
  {
    kind: termIdList('entryKind', 'kind of entry').optional(),
    strategy: termIdList('strategy', 'strategy').optional(),
    actor: termIdList('actorType', 'actor type').optional(),
    place: termIdList('placeType', 'place type').optional(),
    target: termIdList('targetGroup', 'target group').optional(),
    theme: termIdList('theme', 'theme').optional(),
    municipality: list(
      municipalitySlug('a municipality as the slug of its CBS name, e.g. s-hertogenbosch'),
      'municipalities',
      {
        min: 1,
      },
    ).optional(),
  },
  'a rule with facet values (kind, strategy, actor, place, target, theme, municipality)',
);

/** The logo of the curator; the alt text is required. */
export const logoSchema = record(
  {
    /** Path under `public/` (starting with /) or a full URL. */
    src: text('the logo path'),
    /** The name the logo shows, for people who cannot see it. */
    alt: text('an alt text with the name the logo shows'),
  },
  'a logo with src and alt',
);

/** Who curated the collection. */
export const curatorSchema = record(
  {
    /** The name of the municipality, organisation or team. */
    name: text('the name of the curator', { max: 120 }),
    /** Municipality, organisation or the editors (taxonomy `curatorKind`). */
    kind: termId('curatorKind', 'curator kind'),
    /** The curator's website. */
    url: url('the curator’s website'),
    /** An optional logo, with alt text. */
    logo: logoSchema.optional(),
  },
  'a curator with name, kind and url',
);

const showcaseShape = {
  /** Optional URL slug; defaults to the file name. */
  slug: slug('the slug').optional(),
  /** The collection's title, in its language. */
  title: text('a title', { max: 120 }),
  /** The language the title, intro and notes are written in. */
  lang: termId('lang', 'language').default('nl'),
  /** Who curated it. */
  curator: curatorSchema,
  /** Why these examples belong together and for whom: a short paragraph or two. */
  intro: text('an introduction', { min: 20, max: 1500 }),
  /** Initiatives in the curator's order, each with an optional note. */
  items: list(showcaseItemSchema, 'items, each with an initiative slug').default([]),
  /** Facet values that add every matching entry after the curated items (newest first). */
  rule: showcaseRuleSchema.optional(),
  /** When the collection was first published. */
  published: date('the publication date'),
  /** When it last changed in substance. */
  updated: date('the update date').optional(),
};

const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

function crossFieldChecks(value: unknown, ctx: z.core.$RefinementCtx): void {
  if (typeof value !== 'object' || value === null) return;
  const { items, rule, published, updated } = value as Record<string, unknown>;
  const issue = (path: (string | number)[], message: string) => {
    ctx.addIssue({ code: 'custom', path, message, input: undefined });
  };
  const hasRule =
    typeof rule === 'object' &&
    rule !== null &&
    Object.values(rule).some((values) => Array.isArray(values) && values.length > 0);
  if ((!Array.isArray(items) || items.length === 0) && !hasRule) {
    issue(['items'], 'is empty and there is no rule: list initiatives under items, or give a rule, or both');
  }
  if (Array.isArray(items)) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const slug = (item as { initiative?: unknown } | null)?.initiative;
      if (typeof slug !== 'string') return;
      if (seen.has(slug)) issue(['items', i, 'initiative'], `lists "${slug}" a second time: list each initiative once`);
      seen.add(slug);
    });
  }
  if (typeof rule === 'object' && rule !== null && !hasRule) {
    issue(['rule'], 'selects nothing: give at least one facet value, or remove the rule');
  }
  if (isDate(updated) && isDate(published) && updated < published) {
    issue(['updated'], 'is before the publication date: updated must come on or after published');
  }
}

/** The collection file, with the checks that span fields. */
export const showcaseSchema = frontmatter(showcaseShape, 'the fields of a collection', crossFieldChecks);

export type Showcase = z.output<typeof showcaseSchema>;
export type ShowcaseRule = NonNullable<Showcase['rule']>;
