/**
 * npm run cms:server — the local CMS server (decap-server) that lets /admin
 * edit the files in this working tree, with no account anywhere. `npm start`
 * runs it next to the Astro dev server.
 *
 * decap-server listens on every network interface unless BIND_HOST is set, and
 * it has no login: anyone who can reach it can write files here. So this
 * wrapper always binds it to 127.0.0.1 (only this machine), on the port from
 * the site config (`cms.localPort`, or BUURTPODIUM_CMS_PORT), in file-system
 * mode (it writes files; it never commits). GIT_REPO_DIRECTORY, if set, is the
 * folder it edits instead of the working directory (the end-to-end test uses a
 * temporary copy of the content).
 */
import { createServer } from 'node:net';
import path from 'node:path';
import { site } from '../src/site.config.ts';

const host = '127.0.0.1';
const port = site.cms.localPort;
const root = path.resolve(process.env.GIT_REPO_DIRECTORY ?? process.cwd());

/** Whether the port is free on 127.0.0.1, so a busy port gets a clear message instead of a stack trace. */
function isFree(): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => {
      resolve(false);
    });
    probe.listen(port, host, () =>
      probe.close(() => {
        resolve(true);
      }),
    );
  });
}

if (!(await isFree())) {
  console.error(
    `cms:server: port ${String(port)} on ${host} is in use (is another npm start running?). ` +
      `Stop it, or choose another port: BUURTPODIUM_CMS_PORT=8082 npm start`,
  );
  process.exit(1);
}

// Set before decap-server loads: it reads them once, and its .env support never overrides what is set.
process.env.BIND_HOST = host;
process.env.PORT = String(port);
process.env.MODE = 'fs';
process.env.GIT_REPO_DIRECTORY = root;
process.env.LOG_LEVEL ??= 'info';

console.log(`cms:server: editing ${root} through http://${host}:${String(port)}/api/v1 (this machine only)`);
// decap-server's entry point starts the server when it is loaded.
await import('decap-server');
