/**
 * The site configuration schema: title, base URL, languages, the editorial
 * contact and the CMS. Validated when the config module loads, so a wrong value
 * stops `astro dev`, `astro build` and `check:content` with a message naming the field.
 */
import { z } from 'astro/zod';
import { idsOf } from '../taxonomy/index.ts';
import { email, record, text, url } from './fields.ts';
import { formatIssues } from './report.ts';

const langs = idsOf('lang');

/**
 * Where the CMS (Decap, on /admin) stores what editors publish, and how they log in.
 * See docs/cms.md for the setup; `src/cms/config.ts` turns this into Decap's config.
 */
export const cmsConfigSchema = record(
  {
    /** The GitHub repository the CMS commits to, as owner/name. */
    repo: z
      .string({ error: 'must be the GitHub repository as owner/name, e.g. buurtpodium/buurtpodium' })
      .regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, {
        error: 'must be the GitHub repository as owner/name, e.g. buurtpodium/buurtpodium (no https://github.com/)',
      }),
    /** The branch the site is built and published from: the CMS publishes to it. */
    branch: text('the branch the site is published from').default('main'),
    /**
     * The OAuth service that exchanges a GitHub login for a token (Decap's `base_url`).
     * Without it Decap uses Netlify's (https://api.netlify.com), which works only for sites on Netlify.
     */
    authBaseUrl: url('the address of the OAuth service').optional(),
    /** The path of the login endpoint on that service (Decap's `auth_endpoint`). */
    authEndpoint: text('the path of the login endpoint, e.g. auth').default('auth'),
    /** People without write access may propose entries from a fork of the repository (open authoring). */
    openAuthoring: z.boolean({ error: 'must be true or false' }).default(true),
    /** The port of the local CMS server (decap-server) that `npm start` runs on 127.0.0.1. */
    localPort: z
      .number({ error: 'must be a port number, e.g. 8081' })
      .int({ error: 'must be a whole port number, e.g. 8081' })
      .min(1024, { error: 'must be 1024 or higher: lower ports need administrator rights' })
      .max(65535, { error: 'must be 65535 or lower' })
      .default(8081),
  },
  'the CMS settings (at least repo)',
);

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
    /** The CMS: repository, branch, login service, open authoring, local server port. */
    cms: cmsConfigSchema,
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
