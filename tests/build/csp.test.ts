/**
 * The Content-Security-Policy of every built page (src/lib/build/csp.ts), read from dist/ as a browser would:
 * - exactly one `<meta http-equiv="Content-Security-Policy">`, right after `<meta charset>`, before anything it
 *   governs (a meta policy applies only to what follows it);
 * - no `'unsafe-inline'` in script-src on any page, no `'unsafe-eval'` but on /admin;
 * - every inline script the page runs, and every inline style, has its hash in the policy (so adding an inline
 *   script without one fails here), no style or event-handler attributes, scripts and stylesheets from this site,
 *   and every image the HTML names allowed by img-src;
 * - dist/_headers sends each page a policy that allows at least what its meta tag allows (a browser applies
 *   both), with frame-ancestors: `*` on embeds, `'self'` elsewhere.
 * The checks are also run on doctored copies of a page, to show they fail.
 * Data blocks (`application/ld+json`, the CMS's `application/json`) are never run, so no policy applies to them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, dist, distFiles } from './dist.ts';

type Policy = Map<string, string[]>;

/** A policy's text as a browser reads it: directive → sources; the first of a repeated directive wins. */
function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources that govern a kind of resource, with the fallbacks CSP 3 defines. */
function sourcesFor(policy: Policy, ...directives: string[]): string[] {
  for (const directive of [...directives, 'default-src']) {
    const sources = policy.get(directive);
    if (sources) return sources;
  }
  return ['*'];
}

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The script types a browser runs (anything else is a data block). */
const isRunnable = (script: HTMLElement) => {
  const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || /^(text|application)\/(java|ecma)script$/.test(type);
};

const ORIGIN = 'https://site.test';

/** Whether a source list allows loading `url` (as found in the page) from a page at ORIGIN. */
function allows(sources: readonly string[], url: string): boolean {
  const target = new URL(url, `${ORIGIN}/page/`);
  return sources.some((source) => {
    if (source === '*') return !['data:', 'blob:'].includes(target.protocol);
    if (source === "'self'") return target.origin === ORIGIN;
    if (/^[a-z][a-z0-9+.-]*:$/.test(source)) return target.protocol === source;
    const host = /^(https?):\/\/([^/:]+)(?::(\d+|\*))?$/.exec(source);
    if (!host) return false;
    const [, scheme, name = '', port] = host;
    const portOk = port === '*' || (port ?? '') === target.port;
    const nameOk = name.startsWith('*.') ? target.hostname.endsWith(name.slice(1)) : target.hostname === name;
    return target.protocol === `${scheme}:` && nameOk && portOk;
  });
}

/** Everything wrong with one page's policy and what the page does under it; [] when all is well. */
function pageProblems(html: string, sitePath: string): string[] {
  const problems: string[] = [];
  const root = parse(html);
  const head = root.querySelector('head');
  const metas = root
    .querySelectorAll('meta[http-equiv]')
    .filter((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
  const [meta] = metas;
  if (metas.length !== 1 || !meta || !head)
    return [`${String(metas.length)} policy meta tags (needs exactly one in <head>)`];
  const before = head.children.slice(0, head.children.indexOf(meta));
  if (meta.parentNode !== head) problems.push('the policy meta tag is not in <head>');
  const early = before.filter((element) => !(element.tagName === 'META' && element.hasAttribute('charset')));
  if (early.length > 0)
    problems.push(`the policy meta tag comes after ${early.map((e) => `<${e.tagName.toLowerCase()}>`).join(', ')}`);

  const policy = parsePolicy(meta.getAttribute('content') ?? '');
  const scripts = sourcesFor(policy, 'script-src-elem', 'script-src');
  for (const directive of ['script-src', 'script-src-elem', 'script-src-attr']) {
    const sources = policy.get(directive) ?? [];
    if (sources.includes("'unsafe-inline'")) problems.push(`${directive} has 'unsafe-inline'`);
    if (sources.includes("'unsafe-eval'") && sitePath !== '/admin/') problems.push(`${directive} has 'unsafe-eval'`);
  }
  if (!policy.has('script-src')) problems.push('no script-src');
  if (!policy.has('default-src')) problems.push('no default-src');

  for (const script of root.querySelectorAll('script').filter(isRunnable)) {
    const src = script.getAttribute('src');
    if (src !== undefined) {
      if (!allows(scripts, src)) problems.push(`script ${src} is not allowed by ${scripts.join(' ')}`);
    } else if (!scripts.includes(hashOf(script.rawText))) {
      problems.push(`inline script without its hash ${hashOf(script.rawText)}: ${script.rawText.slice(0, 80)}`);
    }
  }
  const styles = sourcesFor(policy, 'style-src-elem', 'style-src');
  const inlineStyles = styles.includes("'unsafe-inline'") && !styles.some((source) => /^'(sha|nonce)/.test(source));
  for (const style of root.querySelectorAll('style')) {
    if (!inlineStyles && !styles.includes(hashOf(style.rawText)))
      problems.push(`inline style without its hash ${hashOf(style.rawText)}: ${style.rawText.slice(0, 80)}`);
  }
  for (const link of root.querySelectorAll('link[rel~="stylesheet"]')) {
    const href = link.getAttribute('href') ?? '';
    if (!allows(styles, href)) problems.push(`stylesheet ${href} is not allowed by ${styles.join(' ')}`);
  }
  const styleAttributes = sourcesFor(policy, 'style-src-attr', 'style-src');
  const attributeScripts = sourcesFor(policy, 'script-src-attr', 'script-src');
  for (const element of root.querySelectorAll('*')) {
    if (element.hasAttribute('style') && !styleAttributes.includes("'unsafe-inline'"))
      problems.push(`<${element.tagName.toLowerCase()} style="${element.getAttribute('style') ?? ''}">`);
    const handlers = Object.keys(element.attributes).filter((name) => /^on/i.test(name));
    if (handlers.length > 0 && !attributeScripts.includes("'unsafe-inline'"))
      problems.push(`<${element.tagName.toLowerCase()} ${handlers.join(' ')}>: event handler attributes`);
  }
  const images = sourcesFor(policy, 'img-src');
  for (const image of root.querySelectorAll('img[src]')) {
    const src = image.getAttribute('src') ?? '';
    if (!allows(images, src)) problems.push(`image ${src} is not allowed by img-src ${images.join(' ')}`);
  }
  return problems;
}

// --- dist/_headers ------------------------------------------------------------------------------------------------

interface Rule {
  pattern: RegExp;
  headers: string[];
}

function readHeaders(): Rule[] {
  return readFileSync(path.join(dist, '_headers'), 'utf8')
    .split(/\n\n+/)
    .filter((block) => !block.startsWith('#'))
    .map((block) => {
      const [rulePath = '', ...headers] = block.split('\n');
      const pattern = new RegExp(`^${rulePath.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      return { pattern, headers: headers.map((header) => header.trim()) };
    });
}

/** The URL path a built file is served at: `/a/index.html` → `/a/`. */
const urlPath = (file: string) => file.replace(/index\.html$/, '');

describe('every page carries its policy', () => {
  let pages: { sitePath: string; html: string }[] = [];
  let rules: Rule[] = [];

  beforeAll(() => {
    assertBuilt();
    pages = distFiles()
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ sitePath: urlPath(file), html: readFileSync(path.join(dist, file), 'utf8') }));
    rules = readHeaders();
  });

  test('first in <head>; no unsafe-inline scripts, no eval but on /admin; inline code hashed; nothing refused', () => {
    expect(pages.length).toBeGreaterThan(100);
    const problems = pages.flatMap(({ sitePath, html }) =>
      pageProblems(html, sitePath).map((problem) => `${sitePath}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  test('the pages that run an inline script or eval are the ones expected', () => {
    const inline = pages.filter(({ html }) =>
      parse(html)
        .querySelectorAll('script')
        .some((script) => isRunnable(script) && !script.hasAttribute('src')),
    );
    expect(inline.map(({ sitePath }) => sitePath).sort()).toEqual(['/en/search/', '/zoeken/']);
    const evals = pages.filter(({ html }) => html.slice(0, html.indexOf('</head>')).includes("'unsafe-eval'"));
    expect(evals.map(({ sitePath }) => sitePath)).toEqual(['/admin/']);
  });

  test('_headers sends each page a policy that allows what its meta tag allows, and who may frame it', () => {
    const problems: string[] = [];
    for (const { sitePath, html } of pages) {
      const metaText =
        parse(html)
          .querySelectorAll('meta[http-equiv]')
          .find((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')
          ?.getAttribute('content') ?? '';
      const sent = rules
        .filter((rule) => rule.pattern.test(sitePath))
        .flatMap((rule) => rule.headers)
        .filter((header) => header.startsWith('Content-Security-Policy:'));
      if (sent.length !== 1) {
        problems.push(`${sitePath}: ${String(sent.length)} Content-Security-Policy headers`);
        continue;
      }
      const header = parsePolicy((sent[0] ?? '').replace(/^Content-Security-Policy:\s*/, ''));
      for (const [directive, sources] of parsePolicy(metaText)) {
        const missing = sources.filter((source) => !(header.get(directive) ?? []).includes(source));
        if (missing.length > 0) problems.push(`${sitePath}: the header's ${directive} lacks ${missing.join(' ')}`);
      }
      const embed = /^\/(en\/)?embed\//.test(sitePath);
      const frameAncestors = (header.get('frame-ancestors') ?? []).join(' ');
      if (frameAncestors !== (embed ? '*' : "'self'"))
        problems.push(`${sitePath}: frame-ancestors ${frameAncestors || '(none)'}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the checks fail on a page that breaks the policy', () => {
  let home = '';
  beforeAll(() => {
    assertBuilt();
    home = readFileSync(path.join(dist, 'index.html'), 'utf8');
  });

  test('the home page passes as built', () => {
    expect(pageProblems(home, '/')).toEqual([]);
  });

  test('an inline script without its hash', () => {
    const doctored = home.replace('</body>', '<script>document.title = "x";</script></body>');
    expect(pageProblems(doctored, '/')).toEqual([expect.stringMatching(/^inline script without its hash/)]);
  });

  test('an inline style, a style attribute, an event handler, an image from elsewhere', () => {
    const doctored = home.replace(
      '</main>',
      '<style>p{color:red}</style><p style="color:red" onclick="x()"><img src="https://tracker.test/p.gif" alt=""></p></main>',
    );
    expect(pageProblems(doctored, '/')).toEqual([
      expect.stringMatching(/^inline style without its hash/),
      '<p style="color:red">',
      '<p onclick>: event handler attributes',
      "image https://tracker.test/p.gif is not allowed by img-src 'self'",
    ]);
  });

  test('the meta tag after a stylesheet, a second policy, unsafe-inline and unsafe-eval', () => {
    const meta = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(home)?.[0] ?? '';
    expect(meta).not.toBe('');
    const late = home.replace(meta, '').replace('</head>', `${meta}</head>`);
    expect(pageProblems(late, '/')).toEqual([expect.stringMatching(/^the policy meta tag comes after <meta>, /)]);
    const twice = home.replace('</head>', `${meta}</head>`);
    expect(pageProblems(twice, '/')).toEqual(['2 policy meta tags (needs exactly one in <head>)']);
    const loose = home.replace("script-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    expect(pageProblems(loose, '/')).toEqual(["script-src has 'unsafe-inline'", "script-src has 'unsafe-eval'"]);
  });
});
