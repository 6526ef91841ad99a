import type { APIRoute } from 'astro';
import { getCatalog } from '../../../lib/build/content.ts';
import { listData } from '../../../lib/build/list-data.ts';

/** What the list page filters and counts by: the positions of every facet value's entries (lib/core/list-format.ts). */
export const GET: APIRoute = async () => Response.json(listData(await getCatalog()).index);
