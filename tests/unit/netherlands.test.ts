/**
 * The one box around the Netherlands (src/taxonomy/netherlands.ts): it holds the country's extreme points, not
 * cities beyond it, and it is the box the schema checks coordinates against. (The map page's script
 * fits the same box: tests/unit/map-client-imports.test.ts sees it reach src/taxonomy/netherlands.ts.)
 */
import { expect, test } from 'vitest';
import { coordinatesSchema } from '../../src/schema/parts.ts';
import { NETHERLANDS_BOUNDS } from '../../src/taxonomy/netherlands.ts';

const inside = ({ lat, lng }: { lat: number; lng: number }) =>
  lat >= NETHERLANDS_BOUNDS.minLat &&
  lat <= NETHERLANDS_BOUNDS.maxLat &&
  lng >= NETHERLANDS_BOUNDS.minLng &&
  lng <= NETHERLANDS_BOUNDS.maxLng;

test.each([
  ['Rottumerplaat (north)', { lat: 53.56, lng: 6.5 }],
  ['Vaals (south-east)', { lat: 50.75, lng: 6.02 }],
  ['Cadzand (west)', { lat: 51.37, lng: 3.38 }],
  ['Bad Nieuweschans (east)', { lat: 53.18, lng: 7.21 }],
])('holds %s', (_name, at) => {
  expect(inside(at)).toBe(true);
});

test.each([
  ['Paris', { lat: 48.86, lng: 2.35 }],
  ['Bremen', { lat: 53.08, lng: 8.8 }],
  ['Dunkirk', { lat: 51.03, lng: 2.37 }],
])('leaves out %s', (_name, at) => {
  expect(inside(at)).toBe(false);
});

test('the schema refuses a point just outside this box on every side, and takes one just inside it', () => {
  // Points derived from the box itself: a second box in the schema, however close, fails one of them.
  const b = NETHERLANDS_BOUNDS;
  const midLat = (b.minLat + b.maxLat) / 2;
  const midLng = (b.minLng + b.maxLng) / 2;
  const step = 0.001;
  const accepts = (lat: number, lng: number) => coordinatesSchema.safeParse({ lat, lng }).success;
  for (const [lat, lng] of [
    [b.minLat, midLng],
    [b.maxLat, midLng],
    [midLat, b.minLng],
    [midLat, b.maxLng],
  ] as const)
    expect(accepts(lat, lng), `${String(lat)}, ${String(lng)}`).toBe(true);
  for (const [lat, lng] of [
    [b.minLat - step, midLng],
    [b.maxLat + step, midLng],
    [midLat, b.minLng - step],
    [midLat, b.maxLng + step],
  ] as const)
    expect(accepts(lat, lng), `${String(lat)}, ${String(lng)}`).toBe(false);
});
