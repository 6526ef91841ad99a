import type { APIRoute } from 'astro';
import { dataPaths } from '../lib/core/routes.ts';
import { site } from '../site.config.ts';

/** Everything may be crawled except the CMS; embeds say noindex themselves. */
export const GET: APIRoute = () =>
  new Response(
    ['User-agent: *', 'Disallow: /admin/', '', `Sitemap: ${new URL(dataPaths.sitemap, site.baseUrl).href}`, ''].join(
      '\n',
    ),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
