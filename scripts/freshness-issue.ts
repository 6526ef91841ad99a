/**
 * Keeps ONE GitHub issue titled "Te controleren" in step with what the editors should check (the list of
 * `npm run freshness`): a checklist `- [ ] title — link — last checked`. Run monthly by
 * .github/workflows/freshness.yml; talks to the GitHub REST API with fetch.
 *
 * Environment: GITHUB_TOKEN (a token with `issues: write`), GITHUB_REPOSITORY (owner/name), GITHUB_API_URL (default
 * https://api.github.com; the tests point it at a stand-in server), and the site config's variables
 * (BUURTPODIUM_BASE_URL for the links, BUURTPODIUM_FRESHNESS_MONTHS). Optional argument: the content root.
 *
 * What it does (docs/cms.md):
 * - it looks for the issue by its label (`te-controleren`), and among open issues by its title, so it never opens a
 *   second one;
 * - items to check and an open issue: its body is replaced (unchanged body: nothing is sent);
 * - items to check and only a closed issue: that issue is reopened with the new list (one thread, one history);
 * - items to check and no issue: one is created;
 * - nothing to check: an open issue gets a last body saying so and is closed; without one nothing happens.
 */
import { pathToFileURL } from 'node:url';
import { contentRoot } from '../src/lib/build/content-files.ts';
import { buildNow, type ToVerify } from '../src/lib/core/freshness.ts';
import { pathFor } from '../src/lib/core/routes.ts';
import { site } from '../src/site.config.ts';
import { freshnessReport } from './freshness-report.ts';

export const ISSUE_TITLE = 'Te controleren';
export const ISSUE_LABEL = 'te-controleren';
/** GitHub refuses issue bodies over 65,536 characters: the list stops well before. */
const BODY_LIMIT = 60_000;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** One checklist line: `- [ ] title — link — laatst gecontroleerd 2025-01-20` (or "nog nooit gecontroleerd"). */
export function checklistLine(item: ToVerify, baseUrl: string): string {
  const url = new URL(pathFor({ view: item.kind === 'place' ? 'place' : 'entry', slug: item.slug }, 'nl'), baseUrl)
    .href;
  // A title is plain text in the issue: no Markdown links, mentions or HTML from content.
  const title = item.title.replace(/[\\`*_[\]<>#@|]/g, (c) => `\\${c}`);
  const when = item.verified ? `laatst gecontroleerd ${day(item.verified)}` : 'nog nooit gecontroleerd';
  return `- [ ] ${title} — ${url} — ${when}`;
}

/** The issue body: what the list is, as of when, the checklist (cut off with a count when too long). */
export function issueBody(items: readonly ToVerify[], now: Date, months: number, baseUrl: string): string {
  const head = [
    `Praktijkvoorbeelden en plekken die nog nooit of langer dan ${months} maanden niet zijn gecontroleerd, de oudste eerst (stand ${day(now)}).`,
    '',
    'Deze lijst wordt elke maand opnieuw gemaakt door de workflow Freshness (`npm run freshness` geeft dezelfde lijst). Een vinkje hier wordt dan overschreven: leg een controle vast in het item zelf (`verified`: datum, manier, rol), zie docs/cms.md.',
    '',
  ];
  if (items.length === 0)
    return [...head.slice(0, 1), '', 'Niets te controleren: alles is binnen de termijn gecontroleerd.', ''].join('\n');
  const lines: string[] = [];
  let size = head.join('\n').length;
  for (const item of items) {
    const line = checklistLine(item, baseUrl);
    if (size + line.length + 200 > BODY_LIMIT) break;
    lines.push(line);
    size += line.length + 1;
  }
  const rest = items.length - lines.length;
  return [...head, ...lines, ...(rest > 0 ? ['', `… en nog ${rest} (zie \`npm run freshness\`).`] : []), ''].join('\n');
}

interface Issue {
  number: number;
  title: string;
  state: 'open' | 'closed';
  body?: string | null;
  pull_request?: unknown;
  labels?: (string | { name?: string })[];
}

export interface GitHub {
  apiUrl: string;
  token: string;
  repo: string;
}

export type IssueAction = 'created' | 'updated' | 'reopened' | 'unchanged' | 'closed' | 'nothing';

async function call<T>(github: GitHub, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${github.apiUrl.replace(/\/$/, '')}${path}`, {
    method,
    headers: {
      Accept: 'application/vnd.github+json',
      Authorization: `Bearer ${github.token}`,
      'X-GitHub-Api-Version': '2022-11-28',
      'User-Agent': 'buurtpodium-freshness',
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) {
    throw new Error(`GitHub ${method} ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  }
  return (await response.json()) as T;
}

/** The issue of this list: the open one with the label or title, else the latest closed one with the label. */
export async function findIssue(github: GitHub): Promise<Issue | undefined> {
  const repo = `/repos/${github.repo}`;
  const isList = (issue: Issue) => issue.pull_request === undefined && issue.title === ISSUE_TITLE;
  const labelled = await call<Issue[]>(
    github,
    'GET',
    `${repo}/issues?state=all&labels=${encodeURIComponent(ISSUE_LABEL)}&sort=updated&direction=desc&per_page=100`,
  );
  const open = labelled.find((issue) => isList(issue) && issue.state === 'open');
  if (open) return open;
  // One made by hand, without the label.
  const byTitle = (
    await call<Issue[]>(github, 'GET', `${repo}/issues?state=open&sort=created&direction=desc&per_page=100`)
  ).find(isList);
  return byTitle ?? labelled.find(isList);
}

/** Bring the one issue in step with `items`; returns what it did. */
export async function syncIssue(
  github: GitHub,
  items: readonly ToVerify[],
  now: Date,
  months: number,
  baseUrl: string,
): Promise<{ action: IssueAction; number?: number }> {
  const repo = `/repos/${github.repo}`;
  const issue = await findIssue(github);
  const body = issueBody(items, now, months, baseUrl);
  if (items.length === 0) {
    if (!issue || issue.state === 'closed') return { action: 'nothing', ...(issue ? { number: issue.number } : {}) };
    await call(github, 'PATCH', `${repo}/issues/${issue.number}`, { body, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: issue.number };
  }
  if (!issue) {
    const created = await call<Issue>(github, 'POST', `${repo}/issues`, {
      title: ISSUE_TITLE,
      body,
      labels: [ISSUE_LABEL],
    });
    return { action: 'created', number: created.number };
  }
  if (issue.state === 'closed') {
    await call(github, 'PATCH', `${repo}/issues/${issue.number}`, { body, state: 'open' });
    return { action: 'reopened', number: issue.number };
  }
  if ((issue.body ?? '').replace(/\r\n/g, '\n') === body) return { action: 'unchanged', number: issue.number };
  await call(github, 'PATCH', `${repo}/issues/${issue.number}`, { body });
  return { action: 'updated', number: issue.number };
}

/** A required environment variable, or a plain error that names it. */
function required(name: string): string {
  const value = process.env[name]?.trim();
  if (!value) throw new Error(`${name} is not set: the workflow passes it (docs/cms.md, “Te controleren”)`);
  return value;
}

/** An environment variable, or undefined when unset or empty. */
function optional(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value === '' ? undefined : value;
}

async function main(): Promise<void> {
  const root = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? contentRoot();
  const github: GitHub = {
    apiUrl: optional('GITHUB_API_URL') ?? 'https://api.github.com',
    token: required('GITHUB_TOKEN'),
    repo: required('GITHUB_REPOSITORY'),
  };
  const now = buildNow();
  const report = await freshnessReport(root, now, site.freshnessMonths);
  const result = await syncIssue(github, report.items, now, site.freshnessMonths, site.baseUrl);
  const which = result.number !== undefined ? ` #${result.number}` : '';
  console.log(
    `freshness-issue: ${report.items.length} to check in ${root}; issue “${ISSUE_TITLE}”${which} in ${github.repo}: ${result.action}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main().catch((error: unknown) => {
    console.error(`freshness-issue: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
