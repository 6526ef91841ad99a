import type { APIRoute } from 'astro';
import { getCatalog, getPlaces } from '../../lib/content.ts';
import { mapIndex } from '../../lib/map-data.ts';

/** The compact index behind the map page: initiatives and places with coordinates, with their filter values. */
export const GET: APIRoute = async () => Response.json(mapIndex(await getCatalog(), await getPlaces()));
