import type { APIRoute } from 'astro';
import { getCatalog, getShowcases, staticPaths } from '../lib/build/content.ts';
import { sitemapXml } from '../lib/present/exports.ts';
import { pathFor } from '../lib/core/routes.ts';
import { site } from '../site.config.ts';

/**
 * Every page a search engine should index, from the same route list as the pages themselves: no embeds,
 * no redirect pages, not the editors' list, and entries and collections only at their canonical address (their own
 * language). Hand-written instead of @astrojs/sitemap, which cannot tell these apart among the catch-all route's pages.
 */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const showcaseLang = new Map((await getShowcases()).map((c) => [c.slug, c.data.lang]));
  const urls = (await staticPaths())
    .filter(({ props: { lang, route } }) => {
      // Embeds, redirect pages and the editors' list (noindex) are not for search engines.
      if (route.view === 'embed' || route.view === 'alias' || route.view === 'toVerify') return false;
      if (route.view === 'entry') return catalog.bySlug.get(route.slug)?.data.lang === lang;
      if (route.view === 'showcase') return showcaseLang.get(route.slug) === lang;
      return true;
    })
    .map(({ props: { lang, route } }) => new URL(pathFor(route, lang), site.baseUrl).href);
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml' } });
};
