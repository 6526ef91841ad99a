import type { APIRoute, GetStaticPaths } from 'astro';
import { getResolvedCollection, getCollections } from '../../../lib/build/content.ts';
import { collectionFeedItems, collectionFeedMeta, jsonFeed } from '../../../lib/present/exports.ts';
import { collectionFeedPath } from '../../../lib/core/routes.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () =>
  (await getCollections()).map(({ slug }) => ({ params: { slug } }))) satisfies GetStaticPaths;

/** JSON Feed 1.1 of one collection, in its order. */
export const GET: APIRoute = async ({ params }) => {
  const collection = await getResolvedCollection(params.slug ?? '');
  const meta = collectionFeedMeta(collection, site.baseUrl, collectionFeedPath(collection.slug, 'json'));
  return new Response(JSON.stringify(jsonFeed(meta, collectionFeedItems(collection, site.baseUrl))), {
    headers: { 'Content-Type': 'application/feed+json' },
  });
};
