/**
 * The site configuration schema: title, base URL, languages, the editorial
 * contact, the CMS and the map's tiles. Validated when the config module loads, so a wrong value
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

/** The placeholders a tile URL must contain: zoom level, column and row of the tile. */
const TILE_PLACEHOLDERS = ['{z}', '{x}', '{y}'] as const;

/** The default tiles: OpenStreetMap's standard layer (fine for a small site; see its tile usage policy). */
export const mapDefaults = {
  tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: { text: '© OpenStreetMap contributors', url: 'https://www.openstreetmap.org/copyright' },
  maxZoom: 19,
} as const;

/**
 * The map page (`/kaart/`): where its raster tiles come from and whom they credit. Any XYZ tile service works
 * (OpenStreetMap, PDOK's BRT-Achtergrondkaart, a self-hosted server); `docs/architecture.md` has the data flow.
 */
export const mapConfigSchema = record(
  {
    /** The tile address with `{z}`, `{x}` and `{y}` (and optionally `{s}` for subdomains or `{r}` for retina). */
    tileUrl: z
      .string({ error: 'must be the address of the map tiles, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png' })
      .refine((value) => /^https?:\/\/[^/\s]+\//.test(value), {
        error: 'must start with https:// and a host name, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      })
      .refine((value) => TILE_PLACEHOLDERS.every((placeholder) => value.includes(placeholder)), {
        error: 'must contain {z}, {x} and {y}, where the map fills in the zoom level, column and row of a tile',
      })
      .default(mapDefaults.tileUrl),
    /** Who the tiles credit, shown in the corner of the map: required by every tile service's licence. */
    attribution: record(
      {
        text: text('the attribution text, e.g. © OpenStreetMap contributors'),
        url: url('the page of the tiles’ licence or copyright').optional(),
      },
      'the attribution of the tiles (text and url)',
    ).default({ ...mapDefaults.attribution }),
    /** The deepest zoom level the tile service offers (OpenStreetMap: 19). */
    maxZoom: z
      .number({ error: 'must be a zoom level, e.g. 19' })
      .int({ error: 'must be a whole zoom level, e.g. 19' })
      .min(10, { error: 'is too small: the map must zoom in to street level (at least 10)' })
      .max(22, { error: 'must be 22 or lower' })
      .default(mapDefaults.maxZoom),
    /** The subdomains `{s}` in the tile URL stands for, e.g. abc; only for a URL with `{s}`. */
    subdomains: z
      .string({ error: 'must be the subdomain letters, e.g. abc' })
      .regex(/^[a-z0-9]+$/, { error: 'must be letters or digits, one per subdomain, e.g. abc' })
      .optional(),
  },
  'the map settings (tileUrl, attribution, maxZoom)',
).superRefine((value, ctx) => {
  if (value.tileUrl.includes('{s}') && value.subdomains === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['subdomains'],
      message: 'is missing: the tile URL has {s}, so name its subdomains, e.g. abc',
      input: undefined,
    });
  }
});

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
    /**
     * After how many months the facts of a practice example or a place count as no longer checked: its page shows a
     * notice and `npm run freshness` lists it (measured at build time: see docs/cms.md).
     */
    freshnessMonths: z
      .number({ error: 'must be a number of months, e.g. 12' })
      .int({ error: 'must be a whole number of months, e.g. 12' })
      .min(1, { error: 'is too small: at least 1 month' })
      .max(120, { error: 'is too large: at most 120 months (ten years)' })
      .default(12),
    /** The CMS: repository, branch, login service, open authoring, local server port. */
    cms: cmsConfigSchema,
    /** The map page: tile URL, attribution, deepest zoom level. */
    map: mapConfigSchema.default({
      tileUrl: mapDefaults.tileUrl,
      attribution: { ...mapDefaults.attribution },
      maxZoom: mapDefaults.maxZoom,
    }),
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
