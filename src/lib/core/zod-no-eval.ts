/**
 * Imported first by a browser script that validates with zod (the Meedoen form): zod compiles its object
 * parsers with `new Function` when it may, and probes whether it may by trying once. The pages' policy refuses
 * eval (lib/build/csp.ts), and the refused probe would still be reported as a violation; `jitless` skips the probe and
 * the compiling. It must run before any schema is made, so it is a module of its own, imported before the
 * schemas. The build keeps zod's compiled parsers: this is imported by browser code only.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
