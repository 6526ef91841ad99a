import type { APIRoute, GetStaticPaths } from 'astro';
import { getResolvedShowcase, getShowcases } from '../../../lib/build/content.ts';
import { showcaseFeedItems, showcaseFeedMeta, jsonFeed } from '../../../lib/present/exports.ts';
import { showcaseFeedPath } from '../../../lib/core/routes.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () =>
  (await getShowcases()).map(({ slug }) => ({ params: { slug } }))) satisfies GetStaticPaths;

/** JSON Feed 1.1 of one collection, in its order. */
export const GET: APIRoute = async ({ params }) => {
  const collection = await getResolvedShowcase(params.slug ?? '');
  const meta = showcaseFeedMeta(collection, site.baseUrl, showcaseFeedPath(collection.slug, 'json'));
  return new Response(JSON.stringify(jsonFeed(meta, showcaseFeedItems(collection, site.baseUrl))), {
    headers: { 'Content-Type': 'application/feed+json' },
  });
};
