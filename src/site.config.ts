/**
 * The site configuration, validated by `src/schema/site.ts` when this module loads.
 */
import { defineSiteConfig } from './schema/site.ts';

export const site = defineSiteConfig({
  title: { nl: 'Buurtpodium', en: 'Buurtpodium' },
  tagline: {
    nl: 'Wat werkt in de buurt: initiatieven en plekken waar mensen elkaar ontmoeten',
    en: 'What works in Dutch neighbourhoods: initiatives and the places where people meet',
  },
  baseUrl: process.env.BUURTPODIUM_BASE_URL ?? 'https://buurtpodium.nl',
  languages: ['nl', 'en'],
  editorialContact: { name: 'Redactie Buurtpodium', email: 'redactie@buurtpodium.nl' },
  contentLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  pageSize: 24,
});
