/**
 * The local CMS server's door (src/cms/local-server-guard.ts): only requests for its own loopback address, and
 * from pages on this machine, reach decap-server. tests/dev/cms-server.test.ts runs the real server.
 */
import { describe, expect, test } from 'vitest';
import { allowedHosts, isLocalOrigin, refusal } from '../../src/cms/local-server-guard.ts';

const port = 8081;

describe('refusal', () => {
  test.each(['127.0.0.1:8081', 'localhost:8081', 'LOCALHOST:8081'])('lets Host %s through', (host) => {
    expect(refusal({ host }, port)).toBeUndefined();
  });

  test.each([
    ['a rebound domain', 'evil.example:8081'],
    ['a domain that ends like the address', 'evil127.0.0.1:8081'],
    ['another port', '127.0.0.1:8082'],
    ['no port', '127.0.0.1'],
    ['no port, by name', 'localhost'],
    ['IPv6 loopback (the server is not bound to it)', '[::1]:8081'],
    ['another local address', '0.0.0.0:8081'],
    ['a subdomain of localhost', 'evil.localhost:8081'],
    ['an empty Host', ''],
  ])('refuses %s (%s)', (_what, host) => {
    expect(refusal({ host }, port)).toBe(
      'This local CMS server only answers requests for 127.0.0.1:8081 or localhost:8081.',
    );
  });

  test('refuses a request without a Host header', () => {
    expect(refusal({}, port)).toMatch(/only answers requests for 127\.0\.0\.1:8081/);
  });

  test('lets a request without an Origin through (not from a web page: curl, scripts on this machine)', () => {
    expect(refusal({ host: '127.0.0.1:8081', origin: undefined }, port)).toBeUndefined();
  });

  test.each(['http://localhost:4321', 'http://127.0.0.1:4321', 'http://127.0.0.1:41234', 'http://localhost'])(
    'lets a page at %s through',
    (origin) => {
      expect(refusal({ host: '127.0.0.1:8081', origin }, port)).toBeUndefined();
    },
  );

  test.each([
    'http://evil.example',
    'http://evil.example:8081',
    'http://localhost.evil.example',
    'http://localhost:4321.evil.example',
    'http://127.0.0.1.evil.example',
    'null',
    'file://',
  ])('refuses a page at %s', (origin) => {
    expect(refusal({ host: '127.0.0.1:8081', origin }, port)).toBe(
      'This local CMS server only answers pages on this machine (localhost or 127.0.0.1).',
    );
  });
});

test('allowedHosts names the loopback address by number and by name', () => {
  expect(allowedHosts(8082)).toEqual(['127.0.0.1:8082', 'localhost:8082']);
});

test('isLocalOrigin is decap-server’s own CORS rule', () => {
  expect(isLocalOrigin('https://localhost:8443')).toBe(true);
  expect(isLocalOrigin('http://localhost:4321/')).toBe(false);
});
