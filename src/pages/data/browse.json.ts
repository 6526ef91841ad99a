import type { APIRoute } from 'astro';
import { browseIndex } from '../../lib/present/browse-index.ts';
import { getCatalog } from '../../lib/build/content.ts';

/** The compact index behind client-side filtering on the list pages. */
export const GET: APIRoute = async () => Response.json(browseIndex(await getCatalog()));
