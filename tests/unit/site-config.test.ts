/**
 * The site configuration is validated at runtime: a good config comes back
 * with its defaults, a bad one stops with one error listing every problem.
 */
import { describe, expect, test } from 'vitest';
import { defineSiteConfig, mapDefaults } from '../../src/schema/site.ts';
import { siteInput, type SiteInput } from './site-input.ts';

type Config = SiteInput;

const good: Config = siteInput;

/** The CMS settings `good` gets from the schema's defaults. */
const cmsDefaults = { branch: 'main', authEndpoint: 'auth', openAuthoring: true, localPort: 8081 };

/** The error message of a config that must not pass. */
function errorOf(input: unknown, file?: string): string {
  try {
    defineSiteConfig(input as Config, file);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('defineSiteConfig accepted a bad config');
}

describe('defineSiteConfig', () => {
  test('accepts a good config and fills in the defaults', () => {
    expect(defineSiteConfig(good)).toEqual({
      ...good,
      pageSize: 24,
      freshnessMonths: 12,
      cms: { ...good.cms, ...cmsDefaults },
      map: mapDefaults,
    });
    expect(defineSiteConfig({ ...good, languages: ['nl'], pageSize: 10 }).pageSize).toBe(10);
  });

  test('accepts the real site config', async () => {
    const { site } = await import('../../src/site.config.ts');
    expect(site.languages[0]).toBe('nl');
    expect(site.baseUrl).toMatch(/^https?:\/\//);
  });

  test('throws one error listing every problem, naming the fields', () => {
    const message = errorOf({
      ...good,
      baseUrl: 'buurtpodium.nl',
      editorialContact: { name: 'Redactie', email: 'redactie-at-buurtpodium.nl' },
      languages: ['nl', 'fr'],
    });
    const [header, ...lines] = message.split('\n');
    expect(header).toBe('The site configuration has 3 problem(s):');
    expect(lines).toHaveLength(3);
    expect(lines).toEqual(
      expect.arrayContaining([
        'src/site.config.ts: baseUrl: is not a web address: write the base URL of the published site in full, starting with https://',
        'src/site.config.ts: editorialContact.email: is not an e-mail address: check the editorial e-mail address (name@example.nl)',
        'src/site.config.ts: languages[1]: must be one of nl, en',
      ]),
    );
  });

  test('names the file it was given', () => {
    expect(errorOf({ ...good, baseUrl: 'ftp://buurtpodium.nl' }, 'astro.config.mjs')).toBe(
      'The site configuration has 1 problem(s):\nastro.config.mjs: baseUrl: is not a web address: write the base URL of the published site in full, starting with https://',
    );
  });

  test('names every missing field of an empty config', () => {
    const lines = errorOf({}).split('\n').slice(1);
    expect(lines.map((line) => line.split(': ')[1])).toEqual([
      'title',
      'tagline',
      'baseUrl',
      'languages',
      'editorialContact',
      'contentLicence',
      'cms',
    ]);
    expect(lines).toContain(
      'src/site.config.ts: baseUrl: is missing: add the base URL of the published site as a full web address (https://…)',
    );
  });

  test('refuses an empty list of languages and a language per title', () => {
    const message = errorOf({ ...good, languages: [], title: { nl: 'Buurtpodium' } });
    expect(message).toContain('src/site.config.ts: languages: needs at least one language');
    expect(message).toContain('src/site.config.ts: title.en: is missing: add the English title');
  });

  test('suggests the right name for a misspelt field', () => {
    expect(errorOf({ ...good, tagLine: good.tagline })).toContain(
      'has an unknown field "tagLine": did you mean "tagline"?',
    );
  });

  test('explains a page size out of range in plain language', () => {
    const message = errorOf({ ...good, pageSize: 3 });
    expect(message).toContain('src/site.config.ts: pageSize: ');
    expect(message).not.toMatch(/Too small|expected number/);
  });

  test('does not call the config root "(frontmatter)"', () => {
    expect(errorOf({ ...good, titel: good.title })).not.toContain('(frontmatter)');
  });

  test('checks the CMS settings: repository as owner/name, an https login service, a usable port', () => {
    const message = errorOf({
      ...good,
      cms: { repo: 'https://github.com/buurtpodium/buurtpodium', authBaseUrl: 'oauth.example.org', localPort: 80 },
    });
    expect(message).toContain(
      'src/site.config.ts: cms.repo: must be the GitHub repository as owner/name, e.g. buurtpodium/buurtpodium (no https://github.com/)',
    );
    expect(message).toContain(
      'src/site.config.ts: cms.authBaseUrl: is not a web address: write the address of the OAuth service in full, starting with https://',
    );
    expect(message).toContain(
      'src/site.config.ts: cms.localPort: must be 1024 or higher: lower ports need administrator rights',
    );
  });

  test('names a missing CMS repository', () => {
    expect(errorOf({ ...good, cms: {} })).toContain(
      'src/site.config.ts: cms.repo: must be the GitHub repository as owner/name',
    );
  });

  test('the map: OpenStreetMap tiles with their attribution by default, any XYZ tile service instead', () => {
    expect(defineSiteConfig(good).map).toEqual({
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: { text: '© OpenStreetMap contributors', url: 'https://www.openstreetmap.org/copyright' },
      maxZoom: 19,
    });
    const own = defineSiteConfig({
      ...good,
      map: {
        tileUrl: 'https://{s}.tiles.example.org/{z}/{x}/{y}{r}.png',
        subdomains: 'abc',
        attribution: { text: 'Kaart' },
      },
    }).map;
    expect(own).toEqual({
      tileUrl: 'https://{s}.tiles.example.org/{z}/{x}/{y}{r}.png',
      subdomains: 'abc',
      attribution: { text: 'Kaart' },
      maxZoom: 19,
    });
  });

  test('the map: a tile URL without {z}, {x} and {y} or without https, and {s} without subdomains, are refused', () => {
    expect(errorOf({ ...good, map: { tileUrl: 'https://tile.openstreetmap.org/tiles.png' } })).toContain(
      'src/site.config.ts: map.tileUrl: must contain {z}, {x} and {y}, where the map fills in the zoom level, column and row of a tile',
    );
    expect(errorOf({ ...good, map: { tileUrl: 'tile.openstreetmap.org/{z}/{x}/{y}.png' } })).toContain(
      'src/site.config.ts: map.tileUrl: must start with https:// and a host name',
    );
    expect(errorOf({ ...good, map: { tileUrl: 'https://{s}.tile.example.org/{z}/{x}/{y}.png' } })).toContain(
      'src/site.config.ts: map.subdomains: is missing: the tile URL has {s}, so name its subdomains, e.g. abc',
    );
    const message = errorOf({ ...good, map: { maxZoom: 30, attribution: { text: '' } } });
    expect(message).toContain('src/site.config.ts: map.maxZoom: must be 22 or lower');
    expect(message).toContain('src/site.config.ts: map.attribution.text: is empty: add the attribution text');
  });
});
