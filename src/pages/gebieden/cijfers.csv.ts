import type { APIRoute } from 'astro';
import { areaCsv, areaOverview } from '../../lib/present/areas.ts';
import { getAreas, getCatalog, getPlaces } from '../../lib/build/content.ts';
import { site } from '../../site.config.ts';

/** Every figure of every area, one row per area, measure and value (RFC 4180; the columns are on /gebieden/). */
export const GET: APIRoute = async () =>
  new Response(areaCsv(areaOverview(await getAreas(), await getCatalog(), await getPlaces()), site.baseUrl), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
