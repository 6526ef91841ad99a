import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/build/content.ts';
import { exportRecords, toGeoJson } from '../lib/present/exports.ts';
import { site } from '../site.config.ts';

/** The initiatives with coordinates, as GeoJSON points. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(toGeoJson(exportRecords((await getCatalog()).entries, site.baseUrl))), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
