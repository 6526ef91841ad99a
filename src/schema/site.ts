/**
 * The site configuration schema: title, base URL, languages and the editorial
 * contact. Validated when the config module loads, so a wrong value stops
 * `astro dev`, `astro build` and `check:content` with a message naming the field.
 */
import { z } from 'astro/zod';
import { idsOf } from '../taxonomy/index.ts';
import { email, record, text, url } from './fields.ts';
import { formatIssues } from './report.ts';

const langs = idsOf('lang');

export const siteConfigSchema = record(
  {
    /** The site's name, per interface language. */
    title: record({ nl: text('the Dutch title'), en: text('the English title') }, 'a title per language'),
    /** One line under the title, per interface language. */
    tagline: record({ nl: text('the Dutch tagline'), en: text('the English tagline') }, 'a tagline per language'),
    /** Absolute URL where the site is published (used for canonical links and citations). */
    baseUrl: url('the base URL of the published site'),
    /** Interface languages; the first is the default and lives at `/`. */
    languages: z
      .array(z.enum(langs, { error: `must be one of ${langs.join(', ')}` }))
      .min(1, { error: 'needs at least one language' })
      .refine((list) => new Set(list).size === list.length, { error: 'names a language twice: list each once' }),
    /** Who readers and practitioners write to. */
    editorialContact: record(
      { name: text('the name of the editorial team'), email: email('the editorial e-mail address') },
      'the editorial contact (name and email)',
    ),
    /** The licence of the content. */
    contentLicence: record({ name: text('the licence name'), url: url('the licence URL') }, 'a licence'),
    /** How many entries a list page shows before it paginates. */
    pageSize: z
      .number({ error: 'must be a number of entries per page, e.g. 24' })
      .int({ error: 'must be a whole number of entries per page' })
      .min(5, { error: 'is too small: show at least 5 entries per page' })
      .max(100, { error: 'is too large: show at most 100 entries per page, or lists get heavy' })
      .default(24),
  },
  'the site configuration',
);

export type SiteConfig = z.output<typeof siteConfigSchema>;

/** Validate a site configuration or throw one error that lists every problem. */
export function defineSiteConfig(input: z.input<typeof siteConfigSchema>, file = 'src/site.config.ts'): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  if (!result.success) {
    const lines = formatIssues(file, result.error.issues, '(config)');
    throw new Error(`The site configuration has ${lines.length} problem(s):\n${lines.join('\n')}`);
  }
  return result.data;
}
