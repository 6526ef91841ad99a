import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/build/content.ts';
import { feedItem, rssItems } from '../lib/present/exports.ts';
import { site } from '../site.config.ts';

/** How many of the newest entries the site-wide feed carries. */
const FEED_SIZE = 50;

/** RSS 2.0 of the newest initiatives. */
export const GET: APIRoute = async () => {
  const entries = (await getCatalog()).entries.slice(0, FEED_SIZE);
  return rss({
    title: `${site.title.nl}: nieuwe initiatieven`,
    description: site.tagline.nl,
    site: site.baseUrl,
    items: rssItems(entries.map((entry) => feedItem(entry, site.baseUrl))),
    customData: '<language>nl</language>',
  });
};
