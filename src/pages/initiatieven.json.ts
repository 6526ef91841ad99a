import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/build/content.ts';
import { exportRecords } from '../lib/present/exports.ts';
import { dataPaths } from '../lib/core/routes.ts';
import { site } from '../site.config.ts';

/** Every initiative as an open-data record (schema: /schema/initiative.json). */
export const GET: APIRoute = async () =>
  Response.json({
    $schema: new URL(dataPaths.schema, site.baseUrl).href,
    licence: site.contentLicence,
    initiatives: exportRecords((await getCatalog()).entries, site.baseUrl),
  });
