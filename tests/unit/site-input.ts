/** A site configuration as written in site.config.ts, for tests of the config and of what derives from it. */
import type { defineSiteConfig } from '../../src/schema/site.ts';

export type SiteInput = Parameters<typeof defineSiteConfig>[0];

export const siteInput: SiteInput = {
  title: { nl: 'Buurtpodium', en: 'Buurtpodium' },
  tagline: { nl: 'Wat werkt in de buurt', en: 'What works in the neighbourhood' },
  baseUrl: 'https://buurtpodium.nl',
  languages: ['nl', 'en'],
  editorialContact: { name: 'Redactie Buurtpodium', email: 'redactie@buurtpodium.nl' },
  contentLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  cms: { repo: 'buurtpodium/buurtpodium' },
};
