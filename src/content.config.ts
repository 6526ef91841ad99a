/**
 * Content collections: a loader and a schema each. The schemas live in
 * `src/schema/`; the content root can be switched with BUURTPODIUM_CONTENT_DIR.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchema } from './schema/collection.ts';
import { initiativeSchema } from './schema/initiative.ts';
import { placeSchema } from './schema/place.ts';
import { contentRoot } from './lib/content-files.ts';

const initiatives = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: `${contentRoot()}/initiatives` }),
  schema: initiativeSchema,
});

/** The places of the atlas: one Markdown file each (`content/places/<slug>.md`). */
const places = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: `${contentRoot()}/places` }),
  schema: placeSchema,
});

/** Curated collections: one YAML file each (`content/collections/<slug>.yaml`). */
const curated = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentRoot()}/collections` }),
  schema: collectionSchema,
});

export const collections = { initiatives, places, collections: curated };
