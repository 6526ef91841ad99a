/**
 * The site configuration schema: title, base URL, languages, the editorial
 * contact, the CMS and the map's tiles. Validated when the config module loads, so a wrong value
 * stops `astro dev`, `astro build` and `check:content` with a message naming the field.
 */
import { z } from 'astro/zod';
import { idsOf } from '../taxonomy/index.ts';
import { email, list, record, text, url } from './fields.ts';
import { problemText, raise, refinement } from './problems.ts';
import { formatIssues } from './report.ts';

const langs = idsOf('lang');

/** The examples the messages give. */
const REPO = 'buurtpodium/buurtpodium';
const TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const SUBDOMAINS = 'abc';

/**
 * Where the CMS (Decap, on /admin) stores what editors publish, and how they log in.
 * See docs/cms.md for the setup; `src/cms/config.ts` turns this into Decap's config.
 */
export const cmsConfigSchema = record(
  {
    /** The GitHub repository the CMS commits to, as owner/name. */
    repo: z
      .string({ error: problemText('problem.example', { what: 'the GitHub repository as owner/name', example: REPO }) })
      .regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, { error: problemText('problem.site.repo', { example: REPO }) }),
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
    openAuthoring: z.boolean({ error: problemText('problem.boolean') }).default(true),
    /** The port of the local CMS server (decap-server) that `npm start` runs on 127.0.0.1. */
    localPort: z
      .number({ error: problemText('problem.example', { what: 'a port number', example: 8081 }) })
      .int({ error: problemText('problem.example', { what: 'a whole port number', example: 8081 }) })
      .min(1024, { error: problemText('problem.site.portTooLow', { min: 1024 }) })
      .max(65535, { error: problemText('problem.atMost', { max: 65535 }) })
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
      .string({ error: problemText('problem.example', { what: 'the address of the map tiles', example: TILES }) })
      .refine((value) => /^https?:\/\/[^/\s]+\//.test(value), refinement('problem.site.tileHost', { example: TILES }))
      .refine(
        (value) => TILE_PLACEHOLDERS.every((placeholder) => value.includes(placeholder)),
        refinement('problem.site.tilePlaceholders', { placeholders: '{z}, {x} and {y}' }),
      )
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
      .number({ error: problemText('problem.example', { what: 'a zoom level', example: 19 }) })
      .int({ error: problemText('problem.example', { what: 'a whole zoom level', example: 19 }) })
      .min(10, { error: problemText('problem.site.zoomTooSmall', { min: 10 }) })
      .max(22, { error: problemText('problem.atMost', { max: 22 }) })
      .default(mapDefaults.maxZoom),
    /** The subdomains `{s}` in the tile URL stands for, e.g. abc; only for a URL with `{s}`. */
    subdomains: z
      .string({ error: problemText('problem.example', { what: 'the subdomain letters', example: SUBDOMAINS }) })
      .regex(/^[a-z0-9]+$/, {
        error: problemText('problem.example', { what: 'letters or digits, one per subdomain', example: SUBDOMAINS }),
      })
      .optional(),
  },
  'the map settings (tileUrl, attribution, maxZoom)',
).superRefine((value, ctx) => {
  if (value.tileUrl.includes('{s}') && value.subdomains === undefined) {
    raise(ctx, ['subdomains'], 'problem.site.subdomainsMissing', { placeholder: '{s}', example: SUBDOMAINS });
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
    languages: list(z.enum(langs, { error: problemText('problem.oneOf', { ids: langs.join(', ') }) }), 'language ids')
      .min(1, { error: problemText('problem.site.noLanguage') })
      .refine((list) => new Set(list).size === list.length, refinement('problem.listedTwice', { what: 'language' })),
    /** Who readers and practitioners write to. */
    editorialContact: record(
      { name: text('the name of the editorial team'), email: email('the editorial e-mail address') },
      'the editorial contact (name and email)',
    ),
    /** The licence of the content. */
    contentLicence: record({ name: text('the licence name'), url: url('the licence URL') }, 'a licence'),
    /** How many entries a list page shows before it paginates. */
    pageSize: z
      .number({ error: problemText('problem.example', { what: 'a number of entries per page', example: 24 }) })
      .int({ error: problemText('problem.mustBe', { what: 'a whole number of entries per page' }) })
      .min(5, { error: problemText('problem.site.pageSizeTooSmall', { min: 5 }) })
      .max(100, { error: problemText('problem.site.pageSizeTooLarge', { max: 100 }) })
      .default(24),
    /**
     * After how many months the facts of a practice example or a place count as no longer checked: its page shows a
     * notice and `npm run freshness` lists it (measured at build time: see docs/cms.md).
     */
    freshnessMonths: z
      .number({ error: problemText('problem.example', { what: 'a number of months', example: 12 }) })
      .int({ error: problemText('problem.example', { what: 'a whole number of months', example: 12 }) })
      .min(1, { error: problemText('problem.site.freshnessTooShort', { min: 1 }) })
      .max(120, { error: problemText('problem.site.freshnessTooLong', { max: 120 }) })
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
