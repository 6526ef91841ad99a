/**
 * The local CMS server (scripts/cms-server.ts, what `npm start` and `npm run cms:server` run), for real, on a
 * free port of 127.0.0.1, editing a temporary folder. It writes files into the working tree on request and has
 * no login, so:
 * - a request whose Host is not its loopback address (DNS rebinding: a page at evil.example whose name now
 *   points at 127.0.0.1) gets 403 and writes nothing;
 * - a request from a page elsewhere (Origin http://evil.example) gets 403, no CORS allowance, and writes nothing;
 * - a request for 127.0.0.1:<port> or localhost:<port> from a page on this machine writes the file.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort, send, startNode, waitUntil, type Server } from './servers.ts';

let root = '';
let port = 0;
let server: Server | undefined;

/** decap-server's API: one JSON POST to /api/v1 per action. */
function api(action: unknown, headers: Record<string, string> = {}) {
  return send(port, {
    method: 'POST',
    path: '/api/v1',
    headers: { Host: `127.0.0.1:${String(port)}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(action),
  });
}

/** What Decap sends to save an entry in the local backend. */
function persist(name: string) {
  return {
    action: 'persistEntry',
    params: {
      branch: 'main',
      entry: { slug: name, path: `content/initiatives/${name}.md`, raw: '---\ntitle: Geschreven\n---\n' },
      assets: [],
      options: { collectionName: 'initiatives', commitMessage: `Create ${name}`, useWorkflow: false, status: 'draft' },
    },
  };
}

const written = (name: string) => path.join(root, 'content', 'initiatives', `${name}.md`);

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'bp-cms-server-'));
  mkdirSync(path.join(root, 'content', 'initiatives'), { recursive: true });
  port = await freePort();
  server = startNode(['--import', 'tsx', 'scripts/cms-server.ts'], {
    BUURTPODIUM_CMS_PORT: String(port),
    GIT_REPO_DIRECTORY: root,
    LOG_LEVEL: 'warn',
  });
  await waitUntil(async () => (await api({ action: 'info' })).status === 200, server);
}, 60_000);

afterAll(async () => {
  await server?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

test('it runs decap-server in file-system mode on the temporary folder', async () => {
  const answer = await api({ action: 'info' });
  expect(JSON.parse(answer.body)).toEqual({ repo: path.basename(root), publish_modes: ['simple'], type: 'local_fs' });
});

describe('DNS rebinding: a Host other than its loopback address', () => {
  test.each(['evil.example:PORT', 'evil.example', '127.0.0.1.nip.io:PORT'])(
    'Host %s gets 403 with a short plain message, and no file is written',
    async (hostHeader) => {
      const name = `rebound-${String(hostHeader.length)}`;
      const answer = await api(persist(name), { Host: hostHeader.replace('PORT', String(port)) });
      expect(answer.status).toBe(403);
      expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(answer.body).toBe(
        `Forbidden. This local CMS server only answers requests for 127.0.0.1:${String(port)} or localhost:${String(port)}.\n`,
      );
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
      expect(existsSync(written(name))).toBe(false);
    },
  );

  test('reading is refused too', async () => {
    const answer = await api({ action: 'info' }, { Host: `evil.example:${String(port)}` });
    expect(answer.status).toBe(403);
    expect(answer.body).not.toContain('local_fs');
  });
});

describe('a page elsewhere (Origin http://evil.example)', () => {
  test('its write request gets 403, no CORS allowance, and no file is written', async () => {
    const answer = await api(persist('from-evil'), { Origin: 'http://evil.example' });
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(existsSync(written('from-evil'))).toBe(false);
  });

  test('its preflight gets no CORS allowance, so a browser never sends the write', async () => {
    const answer = await send(port, {
      method: 'OPTIONS',
      path: '/api/v1',
      headers: {
        Host: `127.0.0.1:${String(port)}`,
        Origin: 'http://evil.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('this machine: the right Host and a local page', () => {
  test('the dev server’s page (http://localhost:4321) gets a CORS allowance for its preflight', async () => {
    const answer = await send(port, {
      method: 'OPTIONS',
      path: '/api/v1',
      headers: {
        Host: `127.0.0.1:${String(port)}`,
        Origin: 'http://localhost:4321',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(answer.status).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe('http://localhost:4321');
  });

  test.each([
    ['127.0.0.1', 'http://localhost:4321'],
    ['localhost', 'http://127.0.0.1:4321'],
  ])('Host %s:<port> from %s: the entry is written', async (hostName, origin) => {
    const name = `written-via-${hostName.replaceAll('.', '-')}`;
    const answer = await api(persist(name), { Host: `${hostName}:${String(port)}`, Origin: origin });
    expect(answer.status).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBe(origin);
    expect(readFileSync(written(name), 'utf8')).toBe('---\ntitle: Geschreven\n---\n');
  });
});

test('the refusals are logged for the editor to see', () => {
  expect(server?.log()).toMatch(/cms:server: refused POST \/api\/v1 \(Host: evil\.example:\d+, Origin: undefined\)/);
});
