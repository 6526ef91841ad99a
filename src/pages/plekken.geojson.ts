import type { APIRoute } from 'astro';
import { getPlaces } from '../lib/build/content.ts';
import { placesGeoJson } from '../lib/present/map-data.ts';
import { site } from '../site.config.ts';

/** The places of the atlas with coordinates, as GeoJSON points (open data, CC BY 4.0). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(placesGeoJson((await getPlaces()).places, site.baseUrl, site.languages)), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
