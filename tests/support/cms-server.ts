/**
 * A local decap-server for the end-to-end tests of /admin, started through our own wrapper (scripts/cms-server.ts,
 * so bound to 127.0.0.1) on a free port, over a temporary copy of the content: it writes files there, never in
 * content/. The built /admin talks to it with `?local_backend=<port>` (src/cms/local-backend.ts).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.ts';

export interface CmsServer {
  /** The port on 127.0.0.1. */
  port: number;
  /** The temporary folder it edits (with `content/initiatives`, `content/places`, `content/collections`). */
  root: string;
  /** Asks the server what it is (decap-server's `info` action). */
  info(): Promise<unknown>;
  /** Stops the server and removes the temporary folder. */
  stop(): void;
}

export async function startCmsServer(): Promise<CmsServer> {
  const root = mkdtempSync(path.join(tmpdir(), 'bp-cms-'));
  for (const kind of ['initiatives', 'collections', 'places']) {
    const from = path.resolve('content', kind);
    const to = path.join(root, 'content', kind);
    if (existsSync(from)) cpSync(from, to, { recursive: true });
    else mkdirSync(to, { recursive: true });
  }
  const port = await freePort();
  // The same wrapper `npm start` uses; GIT_REPO_DIRECTORY makes decap-server edit the temporary copy.
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/cms-server.ts'], {
    env: { ...process.env, BUURTPODIUM_CMS_PORT: String(port), GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const stop = () => {
    server.kill();
    rmSync(root, { recursive: true, force: true });
  };
  const info = async (): Promise<unknown> => {
    const response = await fetch(`http://127.0.0.1:${String(port)}/api/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    return response.json();
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await info();
      return { port, root, info, stop };
    } catch {
      if (Date.now() > deadline) {
        stop();
        throw new Error(`decap-server did not start:\n${log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
