import type { APIRoute } from 'astro';
import { getCatalog, getPlaces } from '../../lib/build/content.ts';
import { mapItems } from '../../lib/present/map-data.ts';
import { encodeMapData } from '../../lib/core/map-filters.ts';

/**
 * The points behind the map page, compactly (`MapData` in lib/core/map-filters.ts): initiatives and places with
 * coordinates, with their filter values, in the order of the list beside the map. The page's script loads it
 * after the page has painted; its worker filters and clusters them.
 */
export const GET: APIRoute = async () => Response.json(encodeMapData(mapItems(await getCatalog(), await getPlaces())));
