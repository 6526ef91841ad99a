import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../../lib/build/content.ts';
import { listData } from '../../../../lib/build/list-data.ts';

export const getStaticPaths = (async () => {
  const { index, chunks } = listData(await getCatalog());
  return chunks.map((_, chunk) => ({ params: { version: index.version, chunk: String(chunk) } }));
}) satisfies GetStaticPaths;

/** The cards of `chunkSize` entries of the list, in catalog order (lib/core/list-format.ts). */
export const GET: APIRoute = async ({ params }) => {
  const { index, chunks } = listData(await getCatalog());
  const records = params.version === index.version ? chunks[Number(params.chunk)] : undefined;
  return records ? Response.json(records) : new Response(null, { status: 404 });
};
