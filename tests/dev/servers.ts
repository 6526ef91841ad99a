/**
 * Helpers of the dev tests: a free port, a server started as a child process of this Node (the same version
 * as the tests), and stopping it. Every server listens on 127.0.0.1 on a port of its own, never on the fixed
 * ports of `npm start` (4321, 8081): other checkouts may be running theirs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { freePort, host } from '../support/free-port.ts';

export { freePort, host };

export interface Server {
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  log: () => string;
  stop: () => Promise<void>;
}

/**
 * Start `node <args>` in the project root. The environment is the tests' own without vitest's markers (Astro
 * skips its dev server inside vitest) plus `env`.
 */
export function startNode(args: readonly string[], env: Record<string, string>): Server {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'),
  );
  const child = spawn(process.execPath, args, {
    env: { ...base, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  return {
    child,
    log: () => log,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await exited;
    },
  };
}

/** Call `probe` until it returns true; throw with the server's log after `timeout` ms. */
export async function waitUntil(probe: () => Promise<boolean>, server: Server, timeout = 60_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`the server stopped:\n${server.log()}`);
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline)
      throw new Error(`the server did not get ready in ${String(timeout)} ms:\n${server.log()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * One HTTP request with `node:http`, which (unlike fetch) sends the `Host` and `Origin` headers it is given,
 * as a browser tricked by DNS rebinding or a page elsewhere would.
 */
export function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host, port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body });
        });
      },
    );
    request.once('error', reject);
    request.end(options.body);
  });
}
