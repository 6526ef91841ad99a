import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/content.ts';
import { exportRecords } from '../lib/exports.ts';
import { dataPaths } from '../lib/routes.ts';
import { site } from '../site.config.ts';

/** Every initiative as an open-data record (schema: /schema/initiative.json). */
export const GET: APIRoute = async () =>
  Response.json({
    $schema: new URL(dataPaths.schema, site.baseUrl).href,
    licence: site.contentLicence,
    initiatives: exportRecords((await getCatalog()).entries, site.baseUrl),
  });
