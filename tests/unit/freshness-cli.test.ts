/**
 * `npm run freshness` run for real on a fixture content root (lines oldest first, progress for large content, the
 * summary line, `--fail`), and scripts/freshness-issue.ts against a stand-in GitHub API: a node:http server on
 * 127.0.0.1 (a free port) that records every request and answers as GitHub's REST API does for listing, creating
 * and updating issues.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { ISSUE_LABEL, ISSUE_TITLE, issueBody, syncIssue, type GitHub } from '../../scripts/freshness-issue.ts';
import { freshnessReport } from '../../scripts/freshness-report.ts';
import { projectRoot } from './fixtures.ts';

// Each run of a script starts tsx: seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000 });

const FIXTURE = 'tests/fixtures/freshness';
const NOW = '2026-06-01';
const now = new Date(`${NOW}T00:00:00Z`);
const BASE = 'https://example.org';

interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
}

function run(script: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      'npx',
      ['tsx', script, ...args],
      { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1', BUURTPODIUM_NOW: NOW, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`could not run ${script}: ${error.message}`, { cause: error }));
          return;
        }
        const lines = (text: string) => text.split('\n').filter((line) => line !== '');
        resolve({ code: error ? Number(error.code) : 0, stdout: lines(stdout), stderr: lines(stderr) });
      },
    );
  });
}

const summary =
  /^freshness: (\d+) files read in (\S+), (\d+) stale and (\d+) never checked of (\d+) practice examples and places \(period (.+), as of (\d{4}-\d{2}-\d{2})\) \(\d+\.\d s\)$/;

describe('npm run freshness', () => {
  test('never-checked then stale, oldest first; fresh ones (exactly a year too) left out; a summary line; exit 0', async () => {
    const result = await run('scripts/freshness.ts', [FIXTURE]);
    expect(result.code).toBe(0);
    expect(result.stdout.slice(0, -1)).toEqual([
      'never  initiative  nooit-gecontroleerd: Buurtkamer Nooit Gecontroleerd (never checked)',
      'never  place       nooit-bezochte-plek: De gemiste speeltuin (never checked)',
      'stale  initiative  oud-gecontroleerd: Buurtkamer Oud Gecontroleerd (last checked 2020-03-15)',
      'stale  place       zeldzame-plek: Buurthuis De Zeldzame Vondst (last checked 2023-02-01)',
    ]);
    const match = summary.exec(result.stdout.at(-1) ?? '');
    expect(match?.slice(1, 8)).toEqual(['6', FIXTURE, '2', '2', '6', 'a year', NOW]);
  });

  test('--fail exits 1 when an entry is stale', async () => {
    expect((await run('scripts/freshness.ts', [FIXTURE, '--fail'])).code).toBe(1);
  });

  test('--fail exits 0 when nothing is stale (never-checked entries do not fail it); a shorter period from the env', async () => {
    const early = await run('scripts/freshness.ts', [FIXTURE, '--fail'], { BUURTPODIUM_NOW: '2020-04-01' });
    expect(early.code).toBe(0);
    const short = await run('scripts/freshness.ts', [FIXTURE], { BUURTPODIUM_FRESHNESS_MONTHS: '3' });
    // Checked 2026-01-10: stale after three months, fresh after twelve.
    expect(short.stdout.some((line) => line.includes('onlangs-gecontroleerd'))).toBe(true);
    expect(summary.exec(short.stdout.at(-1) ?? '')?.[6]).toBe('3 months');
  });

  test('a progress line every 1,000 files of a large content root', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'bp-freshness-'));
    try {
      cpSync(path.join(projectRoot, FIXTURE), root, { recursive: true });
      const text = readFileSync(path.join(root, 'initiatives', 'oud-gecontroleerd.md'), 'utf8');
      for (let i = 0; i < 1000; i++) writeFileSync(path.join(root, 'initiatives', `kopie-${i}.md`), text);
      const result = await run('scripts/freshness.ts', [root]);
      expect(result.stderr).toContain('freshness: read 1000/1004 files');
      expect(result.stderr).toContain('freshness: read 1004/1004 files');
      expect(summary.exec(result.stdout.at(-1) ?? '')?.slice(3, 6)).toEqual(['1002', '2', '1006']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

/** The stand-in GitHub: issues in memory, every request recorded. */
interface StandInIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: { name: string }[];
}
interface Recorded {
  method: string;
  path: string;
  auth?: string;
  body?: Record<string, unknown>;
}

let server: Server;
let apiUrl = '';
let issues: StandInIssue[] = [];
let requests: Recorded[] = [];

async function readBody(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
}

beforeAll(async () => {
  server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const body = await readBody(request);
      requests.push({
        method: request.method ?? '',
        path: `${url.pathname}${url.search}`,
        ...(request.headers.authorization ? { auth: request.headers.authorization } : {}),
        ...(body ? { body } : {}),
      });
      const send = (status: number, data: unknown) => {
        response.writeHead(status, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(data));
      };
      const list = /^\/repos\/owner\/site\/issues$/.test(url.pathname);
      const one = /^\/repos\/owner\/site\/issues\/(\d+)$/.exec(url.pathname);
      if (request.headers.authorization !== 'Bearer test-token') {
        send(401, { message: 'Bad credentials' });
        return;
      }
      if (list && request.method === 'GET') {
        const state = url.searchParams.get('state') ?? 'open';
        const label = url.searchParams.get('labels');
        send(
          200,
          issues.filter(
            (issue) =>
              (state === 'all' || issue.state === state) && (!label || issue.labels.some((l) => l.name === label)),
          ),
        );
        return;
      }
      if (list && request.method === 'POST') {
        const issue: StandInIssue = {
          number: issues.length + 1,
          title: String(body?.title),
          body: typeof body?.body === 'string' ? body.body : '',
          state: 'open',
          labels: ((body?.labels as string[] | undefined) ?? []).map((name) => ({ name })),
        };
        issues.push(issue);
        send(201, issue);
        return;
      }
      const found = one ? issues.find((issue) => issue.number === Number(one[1])) : undefined;
      if (found && request.method === 'PATCH') {
        if (typeof body?.body === 'string') found.body = body.body;
        if (body?.state === 'open' || body?.state === 'closed') found.state = body.state;
        send(200, found);
        return;
      }
      send(404, { message: 'Not Found' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  issues = [];
  requests = [];
});

const github = (): GitHub => ({ apiUrl, token: 'test-token', repo: 'owner/site' });
const writes = () => requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

describe('the "Te controleren" issue', async () => {
  const { items } = await freshnessReport(FIXTURE, now, 12);

  test('is created, with its label and a checklist line per item, when none exists', async () => {
    expect(await syncIssue(github(), items, now, 12, BASE)).toEqual({ action: 'created', number: 1 });
    expect(writes()).toEqual(['POST /repos/owner/site/issues']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ title: ISSUE_TITLE, state: 'open', labels: [{ name: ISSUE_LABEL }] });
    const checklist = issues[0]?.body.split('\n').filter((line) => line.startsWith('- [ ] '));
    expect(checklist).toEqual([
      '- [ ] Buurtkamer Nooit Gecontroleerd — https://example.org/initiatief/nooit-gecontroleerd/ — nog nooit gecontroleerd',
      '- [ ] De gemiste speeltuin — https://example.org/plekken/nooit-bezochte-plek/ — nog nooit gecontroleerd',
      '- [ ] Buurtkamer Oud Gecontroleerd — https://example.org/initiatief/oud-gecontroleerd/ — laatst gecontroleerd 2020-03-15',
      '- [ ] Buurthuis De Zeldzame Vondst — https://example.org/plekken/zeldzame-plek/ — laatst gecontroleerd 2023-02-01',
    ]);
    expect(requests.every((r) => r.auth === 'Bearer test-token')).toBe(true);
  });

  test('is updated, never opened twice; an unchanged list sends nothing', async () => {
    await syncIssue(github(), items, now, 12, BASE);
    expect(await syncIssue(github(), items, now, 12, BASE)).toEqual({ action: 'unchanged', number: 1 });
    const later = new Date('2026-07-01T00:00:00Z');
    expect(await syncIssue(github(), items.slice(1), later, 12, BASE)).toEqual({ action: 'updated', number: 1 });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.body).toBe(issueBody(items.slice(1), later, 12, BASE));
    expect(writes()).toEqual(['POST /repos/owner/site/issues', 'PATCH /repos/owner/site/issues/1']);
  });

  test('an open issue with the title but without the label (made by hand) is the one updated', async () => {
    issues.push({ number: 7, title: ISSUE_TITLE, body: 'oud', state: 'open', labels: [] });
    expect(await syncIssue(github(), items, now, 12, BASE)).toEqual({ action: 'updated', number: 7 });
    expect(issues).toHaveLength(1);
  });

  test('a closed one is reopened with the new list instead of a second issue', async () => {
    issues.push({ number: 3, title: ISSUE_TITLE, body: 'klaar', state: 'closed', labels: [{ name: ISSUE_LABEL }] });
    expect(await syncIssue(github(), items, now, 12, BASE)).toEqual({ action: 'reopened', number: 3 });
    expect(issues[0]?.state).toBe('open');
    expect(writes()).toEqual(['PATCH /repos/owner/site/issues/3']);
  });

  test('nothing to check: an open issue is closed with a last body; without one, nothing is sent', async () => {
    expect(await syncIssue(github(), [], now, 12, BASE)).toEqual({ action: 'nothing' });
    expect(writes()).toEqual([]);
    issues.push({ number: 2, title: ISSUE_TITLE, body: 'x', state: 'open', labels: [{ name: ISSUE_LABEL }] });
    expect(await syncIssue(github(), [], now, 12, BASE)).toEqual({ action: 'closed', number: 2 });
    expect(issues[0]).toMatchObject({ state: 'closed' });
    expect(issues[0]?.body).toContain('Niets te controleren');
    expect(requests.at(-1)?.body).toMatchObject({ state: 'closed', state_reason: 'completed' });
  });

  test('a content title cannot add Markdown links, mentions or HTML to the issue', () => {
    const [first] = items;
    if (!first) throw new Error('no items');
    const body = issueBody([{ ...first, title: '[klik](https://evil.example) @iedereen <img>' }], now, 12, BASE);
    expect(body).toContain('- [ ] \\[klik\\](https://evil.example) \\@iedereen \\<img\\> — https://example.org/');
  });

  test('the script itself, run as the workflow runs it, against the stand-in API', async () => {
    const result = await run('scripts/freshness-issue.ts', [FIXTURE], {
      GITHUB_API_URL: apiUrl,
      GITHUB_TOKEN: 'test-token',
      GITHUB_REPOSITORY: 'owner/site',
      BUURTPODIUM_BASE_URL: BASE,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toEqual([
      'freshness-issue: 4 to check in tests/fixtures/freshness; issue “Te controleren” #1 in owner/site: created',
    ]);
    expect(issues).toHaveLength(1);
    const again = await run('scripts/freshness-issue.ts', [FIXTURE], {
      GITHUB_API_URL: apiUrl,
      GITHUB_TOKEN: 'test-token',
      GITHUB_REPOSITORY: 'owner/site',
      BUURTPODIUM_BASE_URL: BASE,
    });
    expect(again.stdout.at(-1)).toMatch(/#1 in owner\/site: unchanged$/);
    expect(issues).toHaveLength(1);
  });

  test('without a token it stops with a plain message', async () => {
    const result = await run('scripts/freshness-issue.ts', [FIXTURE], { GITHUB_TOKEN: '', GITHUB_REPOSITORY: 'o/r' });
    expect(result.code).toBe(1);
    expect(result.stderr.join('\n')).toMatch(/GITHUB_TOKEN is not set/);
  });
});
