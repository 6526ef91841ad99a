/**
 * schema.org descriptions of entry and collection pages, as JSON-LD for the
 * page head (Base.astro). Pure: the views hand in what they already have.
 */
import type { Initiative } from '../../schema/initiative.ts';
import type { ResolvedShowcase } from '../core/showcases.ts';
import { entryUrl } from './exports.ts';

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text in it can close the script. */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

const day = (date: Date) => date.toISOString().slice(0, 10);

interface Publisher {
  name: string;
  url: string;
  licence: string;
}

/** An entry as a schema.org Article about a project. */
export function entryJsonLd(data: Initiative, url: string, publisher: Publisher): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: data.title,
    description: data.summary,
    inLanguage: data.lang,
    url,
    datePublished: day(data.published),
    ...(data.updated ? { dateModified: day(data.updated) } : {}),
    license: publisher.licence,
    publisher: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    about: {
      '@type': 'Project',
      name: data.title,
      ...(data.contact?.website ? { url: data.contact.website } : {}),
      ...(data.municipality || data.coordinates
        ? {
            location: {
              '@type': 'Place',
              ...(data.placeName ? { name: data.placeName } : {}),
              ...(data.municipality
                ? {
                    address: {
                      '@type': 'PostalAddress',
                      addressLocality: data.municipality,
                      addressCountry: 'NL',
                    },
                  }
                : {}),
              ...(data.coordinates
                ? {
                    geo: {
                      '@type': 'GeoCoordinates',
                      latitude: data.coordinates.lat,
                      longitude: data.coordinates.lng,
                    },
                  }
                : {}),
            },
          }
        : {}),
    },
    ...(data.image ? { image: new URL(data.image.src, publisher.url).href } : {}),
  };
}

/** A collection as a schema.org CollectionPage with an ItemList of its entries. */
export function showcaseJsonLd(
  collection: ResolvedShowcase,
  url: string,
  baseUrl: string,
  licence: string,
): Record<string, unknown> {
  const { data } = collection;
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: data.title,
    description: data.intro,
    inLanguage: data.lang,
    url,
    datePublished: day(data.published),
    ...(data.updated ? { dateModified: day(data.updated) } : {}),
    license: licence,
    curator: {
      '@type': data.curator.kind === 'municipality' ? 'GovernmentOrganization' : 'Organization',
      name: data.curator.name,
      url: data.curator.url,
    },
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: collection.items.length,
      itemListElement: collection.items.map((item, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        url: entryUrl(item.entry.slug, item.entry.data.lang, baseUrl),
        name: item.entry.data.title,
      })),
    },
  };
}
