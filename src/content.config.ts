/**
 * Content collections: a loader and a schema each. The schemas live in
 * `src/schema/`; the content root can be switched with BUURTPODIUM_CONTENT_DIR.
 *
 * In `astro dev`, each loader first checks every file as `check:content` does and leaves out the ones with
 * problems (lib/build/dev-loader.ts): the dev server shows their problems instead (integrations/content-check.ts).
 * A build needs no such thing: it refuses content with problems before it reads any.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { showcaseSchema } from './schema/showcase.ts';
import { initiativeSchema } from './schema/initiative.ts';
import { placeSchema } from './schema/place.ts';
import { contentRoot } from './lib/build/content-files.ts';
import { checkedInDev, type FileCheck } from './lib/build/dev-loader.ts';
import { validateInitiatives, validatePlaces } from './lib/core/validation.ts';

const checked = (loader: Loader, check?: FileCheck): Loader =>
  import.meta.env.DEV ? checkedInDev(loader, check) : loader;

const initiatives = defineCollection({
  loader: checked(
    glob({ pattern: '*.{md,mdx}', base: `${contentRoot()}/initiatives` }),
    (file) => validateInitiatives([file]).problems,
  ),
  schema: initiativeSchema,
});

/** The places of the atlas: one Markdown file each (`content/places/<slug>.md`). */
const places = defineCollection({
  loader: checked(
    glob({ pattern: '*.{md,mdx}', base: `${contentRoot()}/places` }),
    (file) => validatePlaces([file]).problems,
  ),
  schema: placeSchema,
});

/** Curated collections: one YAML file each (`content/collections/<slug>.yaml`). No body; the schema is checked. */
const curated = defineCollection({
  loader: checked(glob({ pattern: '*.{yaml,yml}', base: `${contentRoot()}/collections` })),
  schema: showcaseSchema,
});

export const collections = { initiatives, places, showcases: curated };
