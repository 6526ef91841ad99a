/**
 * The map's data: the points are exactly the initiatives and places with coordinates, with their filter values
 * (a place's kind as place type, its target groups and municipality; no strategy, actor or theme); /data/map.json
 * carries them compactly (rows of positions, coordinates to 5 decimals) and decodes back to the same points; the
 * map's filters follow the list's rules (OR within, AND across, counts under the other filters); the filter
 * panel's groups; and the places as open GeoJSON with CBS code and page addresses in both languages.
 */
import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/core/catalog.ts';
import { countFacets, filterItems } from '../../src/lib/core/facets.ts';
import { mapFilterGroups, mapItems, placeFilterValues, placesGeoJson } from '../../src/lib/present/map-data.ts';
import {
  decodeMapData,
  encodeMapData,
  mapComposition,
  mapFilterKeys,
  mapItemMeta,
  mapRowKeys,
} from '../../src/lib/core/map-filters.ts';
import { buildPlaceIndex } from '../../src/lib/present/places.ts';
import { placeSchema, type PlaceInput } from '../../src/schema/place.ts';
import { makeItem } from './make-initiative.ts';

const place = (slug: string, overrides: Partial<PlaceInput> = {}) => ({
  slug,
  data: placeSchema.parse({
    title: `Plek ${slug}`,
    summary: 'Een plek om elkaar te ontmoeten.',
    kind: 'library',
    status: 'active',
    targetGroups: ['everyone'],
    contactIntensity: 'fleeting',
    sources: [{ title: 'Een bron' }],
    published: '2025-01-01',
    ...overrides,
  }),
});

const catalog = buildCatalog([
  makeItem('cafe', {
    title: 'Café',
    strategy: 'both',
    municipality: 'Utrecht',
    coordinates: { lat: 52.09, lng: 5.12 },
    places: ['bieb'],
  }),
  makeItem('tuin', {
    title: 'Tuin',
    strategy: 'bridging',
    municipality: 'Nijmegen',
    coordinates: { lat: 51.84, lng: 5.86 },
  }),
  makeItem('overal', { title: 'Overal', strategy: 'bonding' }),
]);
const places = buildPlaceIndex(
  [
    place('bieb', { title: 'Bieb', municipality: 'Utrecht', coordinates: { lat: 52.091, lng: 5.121 } }),
    place('gemist', {
      title: 'Gemist',
      kind: 'cafe',
      status: 'missed',
      targetGroups: ['older-people'],
      municipality: "'s-Hertogenbosch",
      coordinates: { lat: 51.69, lng: 5.3 },
    }),
    place('nergens', { title: 'Nergens' }),
  ],
  catalog,
);
const points = mapItems(catalog, places);
const items = points.map((point) => ({ id: point.id, facets: point.facets }));
const ids = (selection: Parameters<typeof filterItems>[1]) =>
  filterItems(items, selection, mapFilterKeys).map((item) => item.id);

describe('the map points', () => {
  test('are the initiatives and places with coordinates, by title', () => {
    expect(points.map((point) => point.id)).toEqual([
      'place-bieb',
      'initiative-cafe',
      'place-gemist',
      'initiative-tuin',
    ]);
    expect(points[1]).toMatchObject({ type: 'initiative', slug: 'cafe', title: 'Café', lng: 5.12, lat: 52.09 });
    expect(mapComposition(points)).toEqual({ count: 4, initiatives: 2, places: 2 });
  });

  test('are computed once per catalog and place index', () => {
    expect(mapItems(catalog, places)).toBe(points);
  });

  test('a place counts under place type, target group and municipality, and has no strategy, actor or theme', () => {
    expect(placeFilterValues(places.bySlug.get('gemist') ?? place('x'))).toEqual({
      kind: [],
      strategy: [],
      actor: [],
      place: ['cafe'],
      target: ['older-people'],
      theme: [],
      municipality: ['s-hertogenbosch'],
      type: ['place'],
      placeStatus: ['missed'],
    });
  });

  test('filters as the list does, with a strategy hiding places and a place status hiding initiatives', () => {
    expect(ids({ municipality: ['utrecht'] })).toEqual(['place-bieb', 'initiative-cafe']);
    expect(ids({ strategy: ['bridging'] })).toEqual(['initiative-cafe', 'initiative-tuin']);
    expect(ids({ placeStatus: ['missed'] })).toEqual(['place-gemist']);
    expect(ids({ type: ['place'], place: ['library', 'cafe'] })).toEqual(['place-bieb', 'place-gemist']);
    expect(ids({ type: ['place'], strategy: ['bonding'] })).toEqual([]);
    const counts = countFacets(items, { type: ['place'] }, mapFilterKeys);
    expect(counts.type.get('initiative'), 'the ticked filter counts under the others').toBe(2);
    expect(counts.municipality.get('utrecht')).toBe(1);
  });

  test('the filter panel lists the values in use, in taxonomy order, with counts', () => {
    const groups = mapFilterGroups(points, 'nl');
    expect(groups.map((group) => group.key)).toEqual([...mapFilterKeys]);
    const municipality = groups.find((group) => group.key === 'municipality');
    expect(municipality?.values).toEqual([
      { value: 's-hertogenbosch', label: "'s-Hertogenbosch", count: 1 },
      { value: 'nijmegen', label: 'Nijmegen', count: 1 },
      { value: 'utrecht', label: 'Utrecht', count: 2 },
    ]);
    expect(groups.find((group) => group.key === 'type')?.values).toEqual([
      { value: 'initiative', label: 'Initiatief', count: 2 },
      { value: 'place', label: 'Plek', count: 2 },
    ]);
    const en = mapFilterGroups(points, 'en').find((group) => group.key === 'placeStatus');
    expect(en?.values.map((value) => value.label)).toEqual(['Exists', 'Missed']);
  });

  test('the line under a title says what and where', () => {
    const label = (key: string, value: string) => `${key}:${value}`;
    const gemist = points.find((point) => point.id === 'place-gemist');
    expect(gemist && mapItemMeta(gemist, label)).toBe(
      'type:place · place:cafe · placeStatus:missed · municipality:s-hertogenbosch',
    );
  });
});

describe('/data/map.json', () => {
  const data = encodeMapData(points);

  test('decodes back to the same points, in the same order', () => {
    expect(decodeMapData(JSON.parse(JSON.stringify(data)) as typeof data)).toEqual(points);
  });

  test('has one row of positions per point, no keys repeated, each value written once', () => {
    expect(data.rows).toHaveLength(points.length);
    expect(data.rows[1]).toEqual([0, 'cafe', 'Café', 0, 5.12, 52.09, expect.any(Array)]);
    expect(data.rows[1]?.[6]).toHaveLength(mapRowKeys.length);
    expect(mapRowKeys).not.toContain('type');
    expect(data.values.municipality.sort()).toEqual(['nijmegen', 's-hertogenbosch', 'utrecht']);
    expect(data.langs).toEqual(['nl']);
    const json = JSON.stringify(data);
    for (const written of ['"strategy"', '"title"', '"utrecht"', '"Café"']) {
      expect(json.split(written).length - 1, written).toBeLessThanOrEqual(1);
    }
  });

  test('rounds coordinates to 5 decimals', () => {
    const [point] = points;
    if (!point) throw new Error('no point');
    const precise = { ...point, lng: 5.123456789, lat: 52.987654321 };
    expect(encodeMapData([precise]).rows[0]?.slice(4, 6)).toEqual([5.12346, 52.98765]);
  });
});

describe('the places GeoJSON', () => {
  test('one feature per place with coordinates, with kind, status, CBS code and both page addresses', () => {
    const geo = placesGeoJson(places.places, 'https://example.org', ['nl', 'en']);
    expect(geo.features.map((feature) => feature.id)).toEqual(['bieb', 'gemist']);
    expect(geo.features[1]).toEqual({
      type: 'Feature',
      id: 'gemist',
      geometry: { type: 'Point', coordinates: [5.3, 51.69] },
      properties: {
        slug: 'gemist',
        title: 'Gemist',
        summary: 'Een plek om elkaar te ontmoeten.',
        lang: 'nl',
        kind: 'cafe',
        status: 'missed',
        // HSDS has no word for a wished-for place.
        hsdsStatus: null,
        verified: null,
        targetGroups: ['older-people'],
        municipality: "'s-Hertogenbosch",
        municipalityCode: 'GM0796',
        neighbourhood: null,
        url: 'https://example.org/plekken/gemist/',
        urls: { nl: 'https://example.org/plekken/gemist/', en: 'https://example.org/en/places/gemist/' },
        initiatives: [],
      },
    });
    expect(geo.features[0]?.properties.initiatives).toEqual(['cafe']);
  });
});
