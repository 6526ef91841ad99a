import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getResolvedShowcase, getShowcases } from '../../../lib/build/content.ts';
import { showcaseFeedItems, showcaseFeedMeta, rssItems } from '../../../lib/present/exports.ts';
import { showcaseFeedPath } from '../../../lib/core/routes.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () =>
  (await getShowcases()).map(({ slug }) => ({ params: { slug } }))) satisfies GetStaticPaths;

/** RSS 2.0 of one collection, in its order. */
export const GET: APIRoute = async ({ params }) => {
  const collection = await getResolvedShowcase(params.slug ?? '');
  const meta = showcaseFeedMeta(collection, site.baseUrl, showcaseFeedPath(collection.slug, 'rss'));
  return rss({
    title: meta.title,
    description: meta.description,
    site: meta.homePageUrl,
    items: rssItems(showcaseFeedItems(collection, site.baseUrl)),
    customData: `<language>${meta.lang}</language>`,
  });
};
