/**
 * Global setup of the e2e project: serves the built site in dist/ with
 * Astro's own `preview` server on a free port of 127.0.0.1 and hands its
 * base URL to the tests (`inject('baseURL')`). The build is not run here:
 * run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { freePort, host } from '../support/free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the preview server, without a trailing slash, e.g. `http://127.0.0.1:41234`. */
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = process.cwd();
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    throw new Error(`No built site in ${join(root, 'dist')}: run npm run build first.`);
  }
  // `preview` records a telemetry event; the tests never talk to anything but 127.0.0.1.
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const port = await freePort();
  const server = await preview({ root, server: { host, port }, logLevel: 'warn' });
  // Vite moves to the next port if the chosen one was taken in between: trust the server, not the probe.
  const url = `http://${host}:${server.port}`;
  project.provide('baseURL', url);
  return async () => {
    await server.stop();
  };
}
