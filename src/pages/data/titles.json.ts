import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/build/content.ts';
import { titleIndex } from '../../lib/core/similar.ts';

/** The small index behind "Bestaat dit al?" on the Meedoen form and in the CMS preview (src/lib/core/similar.ts). */
export const GET: APIRoute = async () => Response.json(titleIndex((await getCatalog()).entries));
