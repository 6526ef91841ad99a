/**
 * The site configuration, validated by `src/schema/site.ts` when this module loads.
 * Environment variables override what differs per deployment (see README and docs/cms.md).
 */
import { defineSiteConfig, mapDefaults } from './schema/site.ts';

/** An environment variable, or undefined when it is unset or empty (CI systems often pass empty values). */
function env(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value === '' ? undefined : value;
}

export const site = defineSiteConfig({
  title: { nl: 'Buurtpodium', en: 'Buurtpodium' },
  tagline: {
    nl: 'Wat werkt in de buurt: initiatieven en plekken waar mensen elkaar ontmoeten',
    en: 'What works in Dutch neighbourhoods: initiatives and the places where people meet',
  },
  baseUrl: env('BUURTPODIUM_BASE_URL') ?? 'https://buurtpodium.nl',
  languages: ['nl', 'en'],
  editorialContact: { name: 'Redactie Buurtpodium', email: 'redactie@buurtpodium.nl' },
  contentLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  pageSize: 24,
  freshnessMonths: Number(env('BUURTPODIUM_FRESHNESS_MONTHS') ?? 12),
  cms: {
    repo: env('BUURTPODIUM_CMS_REPO') ?? 'buurtpodium/buurtpodium',
    branch: env('BUURTPODIUM_CMS_BRANCH') ?? 'main',
    authBaseUrl: env('BUURTPODIUM_CMS_AUTH_URL'),
    authEndpoint: env('BUURTPODIUM_CMS_AUTH_ENDPOINT') ?? 'auth',
    openAuthoring: true,
    localPort: Number(env('BUURTPODIUM_CMS_PORT') ?? 8081),
  },
  map: {
    tileUrl: env('BUURTPODIUM_MAP_TILE_URL') ?? mapDefaults.tileUrl,
    attribution: {
      text: env('BUURTPODIUM_MAP_ATTRIBUTION') ?? mapDefaults.attribution.text,
      url: env('BUURTPODIUM_MAP_ATTRIBUTION_URL') ?? mapDefaults.attribution.url,
    },
    maxZoom: Number(env('BUURTPODIUM_MAP_MAX_ZOOM') ?? mapDefaults.maxZoom),
    subdomains: env('BUURTPODIUM_MAP_SUBDOMAINS'),
  },
});
