import type { APIRoute } from 'astro';
import { dataPaths } from '../../lib/core/routes.ts';
import { initiativeJsonSchema } from '../../schema/export.ts';
import { site } from '../../site.config.ts';

/** The JSON Schema of one exported initiative record, generated from the zod schema. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(initiativeJsonSchema(new URL(dataPaths.schema, site.baseUrl).href), null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
