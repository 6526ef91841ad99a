/**
 * The Content-Security-Policy table (src/lib/build/csp.ts): which kind of page gets which policy, the hosts taken from
 * the site config (map tiles, the CMS's OAuth service), and the same policies in _headers (src/lib/build/headers.ts).
 * What the policies allow is measured in Chromium (tests/e2e/csp.test.ts); that every built page carries its own
 * is a build test (tests/build/csp.test.ts).
 */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  authOrigin,
  cspHash,
  pagePolicy,
  policyKindOf,
  policyKinds,
  sectionPolicyKind,
  serializePolicy,
  tileOrigins,
} from '../../src/lib/build/csp.ts';
import { headersFile } from '../../src/lib/build/headers.ts';
import { pageSections } from '../../src/lib/core/routes.ts';
import { searchReadyScript } from '../../src/lib/core/search.ts';
import { defineSiteConfig, type SiteConfig } from '../../src/schema/site.ts';
import { siteInput, type SiteInput } from './site-input.ts';

type Config = SiteInput;

const input: Config = siteInput;
const site = defineSiteConfig(input);
const withConfig = (changes: Partial<Config>): SiteConfig => defineSiteConfig({ ...input, ...changes });

const sources = (config: SiteConfig, kind: (typeof policyKinds)[number], directive: string) =>
  pagePolicy(kind, config).get(directive) ?? [];

describe('hashes', () => {
  test('a hash source is the base64 SHA-256 of the exact text, quoted', () => {
    const expected = createHash('sha256').update(searchReadyScript).digest('base64');
    expect(cspHash(searchReadyScript)).toBe(`'sha256-${expected}'`);
    expect(cspHash(`${searchReadyScript} `)).not.toBe(cspHash(searchReadyScript));
  });

  test('the search page allows its inline script by that hash', () => {
    expect(sources(site, 'search', 'script-src')).toContain(cspHash(searchReadyScript));
  });
});

describe('every kind of page', () => {
  test('starts from nothing and allows no inline script; only /admin may eval', () => {
    for (const kind of policyKinds) {
      const policy = pagePolicy(kind, site);
      expect(policy.get('default-src'), kind).toEqual(["'none'"]);
      expect(policy.get('script-src'), kind).not.toContain("'unsafe-inline'");
      expect(policy.get('script-src')?.includes("'unsafe-eval'"), kind).toBe(kind === 'admin');
      expect(policy.get('base-uri'), kind).toEqual(["'none'"]);
      // frame-ancestors is a header only (lib/build/headers.ts): a meta tag cannot carry it.
      expect(policy.has('frame-ancestors'), kind).toBe(false);
    }
  });

  test('only /admin allows inline styles', () => {
    for (const kind of policyKinds)
      expect(sources(site, kind, 'style-src').includes("'unsafe-inline'"), kind).toBe(kind === 'admin');
  });

  test('WebAssembly only on the search page, workers on the search and map pages', () => {
    for (const kind of policyKinds) {
      expect(sources(site, kind, 'script-src').includes("'wasm-unsafe-eval'"), kind).toBe(kind === 'search');
      expect(sources(site, kind, 'worker-src'), kind).toEqual(kind === 'search' || kind === 'map' ? ["'self'"] : []);
    }
  });

  test('a page that only shows itself: the site’s own scripts, styles and images, nothing fetched', () => {
    expect(serializePolicy(pagePolicy('page', site))).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'",
    );
    expect(pagePolicy('embed', site)).toEqual(pagePolicy('page', site));
  });

  test('routes map to kinds', () => {
    expect(policyKindOf(undefined)).toBe('page');
    expect(policyKindOf({ view: 'home' })).toBe('page');
    expect(policyKindOf({ view: 'facet', facet: 'theme', value: 'health', page: 1 })).toBe('page');
    expect(policyKindOf({ view: 'list', page: 2 })).toBe('list');
    expect(policyKindOf({ view: 'contribute' })).toBe('contribute');
    expect(policyKindOf({ view: 'entry', slug: 'x' })).toBe('content');
    expect(policyKindOf({ view: 'showcase', slug: 'x' })).toBe('content');
    expect(policyKindOf({ view: 'search' })).toBe('search');
    expect(policyKindOf({ view: 'map' })).toBe('map');
    expect(policyKindOf({ view: 'embed', slug: 'x' })).toBe('embed');
  });
});

describe('hosts from the site config', () => {
  test('the map page allows the configured tile host, and no other', () => {
    expect(sources(site, 'map', 'img-src')).toEqual(["'self'", 'data:', 'https://tile.openstreetmap.org']);
    const pdok = withConfig({
      map: {
        tileUrl: 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
        attribution: { text: 'Kadaster' },
      },
    });
    expect(sources(pdok, 'map', 'img-src')).toEqual(["'self'", 'data:', 'https://service.pdok.nl']);
    for (const kind of policyKinds.filter((k) => k !== 'map'))
      expect(sources(pdok, kind, 'img-src'), kind).not.toContain('https://service.pdok.nl');
  });

  test('a tile URL with {s} gives one host per subdomain; a port is kept', () => {
    const map = { ...site.map, tileUrl: 'https://{s}.tiles.example.test:8443/{z}/{x}/{y}{r}.png', subdomains: 'abc' };
    expect(tileOrigins(map)).toEqual([
      'https://a.tiles.example.test:8443',
      'https://b.tiles.example.test:8443',
      'https://c.tiles.example.test:8443',
    ]);
    expect(() => tileOrigins({ ...map, tileUrl: 'https://{z}.example.test/{z}/{x}/{y}.png' })).toThrow(/only \{s\}/);
  });

  test('/admin talks to GitHub, the configured OAuth service and a local decap-server', () => {
    expect(authOrigin(site.cms)).toBe('https://api.netlify.com');
    const own = withConfig({ cms: { repo: 'gemeente/buurt', authBaseUrl: 'https://auth.gemeente.example/oauth' } });
    expect(sources(own, 'admin', 'connect-src')).toEqual([
      "'self'",
      'https://api.github.com',
      'https://auth.gemeente.example',
      'http://127.0.0.1:*',
      'http://localhost:*',
    ]);
  });
});

describe('_headers', () => {
  const file = headersFile(site);
  const policyOf = (rulePath: string) =>
    new RegExp(`^${rulePath.replace(/[.*]/g, '\\$&')}\\n  Content-Security-Policy: (.*)$`, 'm').exec(file)?.[1];

  test('each section sends the policy of its widest kind of page, with frame-ancestors', () => {
    for (const { path, section } of pageSections()) {
      expect(policyOf(`${path}*`), path).toBe(
        `${serializePolicy(pagePolicy(sectionPolicyKind(section), site))}; frame-ancestors 'self'`,
      );
    }
    expect(policyOf('/')).toBe(`${serializePolicy(pagePolicy('page', site))}; frame-ancestors 'self'`);
    expect(policyOf('/admin/*')).toBe(`${serializePolicy(pagePolicy('admin', site))}; frame-ancestors 'self'`);
    expect(policyOf('/embed/*')).toBe(`${serializePolicy(pagePolicy('embed', site))}; frame-ancestors *`);
  });

  test('the list, Meedoen, search and map sections get their own kind; entries, places and collections `content`', () => {
    const kinds = Object.fromEntries(pageSections().map(({ section }) => [section, sectionPolicyKind(section)]));
    expect(kinds).toMatchObject({
      list: 'list',
      search: 'search',
      map: 'map',
      entry: 'content',
      places: 'content',
      collections: 'content',
      about: 'page',
      contribute: 'contribute',
      areas: 'page',
    });
  });
});
