/**
 * The benchmark corpus's entries, as Astro's glob loader reads them: Markdown with frontmatter, no schema (the
 * product's is in src/schema/). The name matches the product's collection, so the types are the product's.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.BENCH_CORPUS;
if (!base) throw new Error('BENCH_CORPUS: the folder of the corpus entries (npm run bench sets it)');

export const collections = { initiatives: defineCollection({ loader: glob({ pattern: '*.md', base }) }) };
