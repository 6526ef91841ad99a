/**
 * npm run cms:server — the local CMS server (decap-server) that lets /admin
 * edit the files in this working tree, with no account anywhere. `npm start`
 * runs it next to the Astro dev server.
 *
 * decap-server has no login: anyone who can reach it can write files here. Its
 * own entry point listens on every network interface unless told otherwise, and
 * answers any `Host`. So this wrapper does not run that entry point: it takes
 * decap-server's request handlers (`registerLocalFs`, in file-system mode: it
 * writes files, it never commits) on an app of its own, and puts that app behind
 * its own HTTP server, which
 * - listens on 127.0.0.1 only (this machine), on the port from the site config
 *   (`cms.localPort`, or BUURTPODIUM_CMS_PORT);
 * - answers 403 to a request whose `Host` is not 127.0.0.1:<port> or
 *   localhost:<port> (DNS rebinding), or whose `Origin` is a page elsewhere
 *   (src/cms/local-server-guard.ts). decap-server's own CORS rule (pages on
 *   localhost/127.0.0.1) stays as it is.
 * GIT_REPO_DIRECTORY, if set, is the folder it edits instead of the working
 * directory (the end-to-end tests use a temporary folder).
 */
import { createServer, type RequestListener } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { refusal } from '../src/cms/local-server-guard.ts';
import { site } from '../src/site.config.ts';

const host = '127.0.0.1';
const port = site.cms.localPort;
const root = path.resolve(process.env.GIT_REPO_DIRECTORY ?? process.cwd());

/** What decap-server exports besides its entry point: its request handlers, registered on an express app. */
interface DecapMiddlewares {
  registerLocalFs: (app: RequestListener, options?: { logLevel?: string }) => Promise<void>;
}

// decap-server's handlers and the express they are written for, both as decap-server itself resolves them.
const fromDecap = createRequire(createRequire(import.meta.url).resolve('decap-server'));
const express = fromDecap('express') as () => RequestListener;
const { registerLocalFs } = fromDecap('./middlewares.js') as DecapMiddlewares;

// Read by decap-server when the handlers are registered: the folder it edits.
process.env.GIT_REPO_DIRECTORY = root;
const app = express();
await registerLocalFs(app, { logLevel: process.env.LOG_LEVEL ?? 'info' });

const server = createServer((request, response) => {
  const refused = refusal({ host: request.headers.host, origin: request.headers.origin }, port);
  if (refused === undefined) {
    app(request, response);
    return;
  }
  console.warn(
    `cms:server: refused ${String(request.method)} ${String(request.url)} (Host: ${String(request.headers.host)}, Origin: ${String(request.headers.origin)})`,
  );
  response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  response.end(`Forbidden. ${refused}\n`);
});

server.once('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error(
      `cms:server: port ${String(port)} on ${host} is in use (is another npm start running?). ` +
        `Stop it, or choose another port: BUURTPODIUM_CMS_PORT=8082 npm start`,
    );
  } else {
    console.error(`cms:server: ${error.message}`);
  }
  process.exit(1);
});

server.listen(port, host, () => {
  console.log(`cms:server: editing ${root} through http://${host}:${String(port)}/api/v1 (this machine only)`);
});
