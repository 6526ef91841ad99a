/**
 * The map page's address (src/client/map/address.ts), without a browser: a selection to a query and back, in the
 * filters' order and without unknown keys; the language switch with and without a selection; the point a hash
 * names; and the page of the list a position is on.
 */
import { describe, expect, test } from 'vitest';
import { mapPageSize } from '../../src/lib/core/map-filters.ts';
import { addressFor, pageOfPosition, selectionOf, switchAddress, targetOf } from '../../src/client/map/address.ts';

describe('the selection in the query', () => {
  test('no selection is the bare path', () => {
    expect(addressFor('/kaart/', {})).toBe('/kaart/');
    expect(addressFor('/kaart/', { theme: [] })).toBe('/kaart/');
  });

  test('a selection comes back from its address as it went in', () => {
    const selection = { municipality: ['utrecht', 'zwolle'], type: ['place'], placeStatus: ['missed'] };
    const address = addressFor('/kaart/', selection);
    expect(address).toBe('/kaart/?municipality=utrecht&municipality=zwolle&type=place&placeStatus=missed');
    expect(selectionOf(new URL(address, 'https://example.test').search)).toEqual(selection);
  });

  test('keys are written in the order of the filters, whatever the order they were ticked in', () => {
    expect(addressFor('/en/map/', { placeStatus: ['active'], strategy: ['bonding'] })).toBe(
      '/en/map/?strategy=bonding&placeStatus=active',
    );
  });

  test('keys that are no map filter are ignored', () => {
    expect(selectionOf('?colour=red&theme=health&page=2')).toEqual({ theme: ['health'] });
    expect(selectionOf('')).toEqual({});
  });
});

describe('the language switch', () => {
  test("takes the selection along to the other language's map", () => {
    expect(switchAddress('/en/map/', '?theme=health', '/en/map/')).toBe('/en/map/?theme=health');
  });

  test('without a selection, keeps its own link', () => {
    expect(switchAddress('/en/map/', '', '/en/map/#top')).toBe('/en/map/#top');
  });
});

describe('the point a hash names', () => {
  test.each([
    ['#place-ijssalon', 'place-ijssalon'],
    ['#initiative-caf%C3%A9-de-hoek', 'initiative-café-de-hoek'],
    ['', ''],
    ['#', ''],
    ['#%E0%A4%A', ''],
  ])('%j → %j', (hash, id) => {
    expect(targetOf(hash)).toBe(id);
  });
});

test('a position in the list is on the page that holds it', () => {
  expect(pageOfPosition(0)).toBe(1);
  expect(pageOfPosition(mapPageSize - 1)).toBe(1);
  expect(pageOfPosition(mapPageSize)).toBe(2);
  expect(pageOfPosition(5 * mapPageSize + 3)).toBe(6);
});
