import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/build/content.ts';
import { exportRecords, toCsv } from '../lib/present/exports.ts';
import { site } from '../site.config.ts';

/** Every initiative as one CSV row (RFC 4180). */
export const GET: APIRoute = async () =>
  new Response(toCsv(exportRecords((await getCatalog()).entries, site.baseUrl)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
