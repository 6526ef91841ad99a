import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getResolvedCollection, getCollections } from '../../../lib/build/content.ts';
import { collectionFeedItems, collectionFeedMeta, rssItems } from '../../../lib/present/exports.ts';
import { collectionFeedPath } from '../../../lib/core/routes.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () =>
  (await getCollections()).map(({ slug }) => ({ params: { slug } }))) satisfies GetStaticPaths;

/** RSS 2.0 of one collection, in its order. */
export const GET: APIRoute = async ({ params }) => {
  const collection = await getResolvedCollection(params.slug ?? '');
  const meta = collectionFeedMeta(collection, site.baseUrl, collectionFeedPath(collection.slug, 'rss'));
  return rss({
    title: meta.title,
    description: meta.description,
    site: meta.homePageUrl,
    items: rssItems(collectionFeedItems(collection, site.baseUrl)),
    customData: `<language>${meta.lang}</language>`,
  });
};
