import type { APIRoute, GetStaticPaths } from 'astro';
import { getResolvedShowcase, getShowcases } from '../../../lib/build/content.ts';
import { exportRecords, toCsv } from '../../../lib/present/exports.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () =>
  (await getShowcases()).map(({ slug }) => ({ params: { slug } }))) satisfies GetStaticPaths;

/** The initiatives of one collection as CSV, in its order. */
export const GET: APIRoute = async ({ params }) => {
  const collection = await getResolvedShowcase(params.slug ?? '');
  const entries = collection.items.map((item) => item.entry);
  return new Response(toCsv(exportRecords(entries, site.baseUrl)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
