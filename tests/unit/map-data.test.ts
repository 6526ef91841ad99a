/**
 * The map's data: the index holds exactly the initiatives and places with coordinates, with their filter values
 * (a place's kind as place type, its target groups and municipality; no strategy, actor or theme); the map's
 * filters follow the list's rules (OR within, AND across, counts under the other filters); the filter panel's
 * groups; and the places as open GeoJSON with CBS code and page addresses in both languages.
 */
import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { countFacets, filterItems } from '../../src/lib/facets.ts';
import { mapFilterGroups, mapIndex, placeFilterValues, placesGeoJson } from '../../src/lib/map-data.ts';
import { mapFilterKeys, mapItemMeta } from '../../src/lib/map-filters.ts';
import { buildPlaceIndex } from '../../src/lib/places.ts';
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
const index = mapIndex(catalog, places);
const items = index.features.map((feature) => ({ id: feature.id, facets: feature.properties.facets }));
const ids = (selection: Parameters<typeof filterItems>[1]) =>
  filterItems(items, selection, mapFilterKeys).map((item) => item.id);

describe('the map index', () => {
  test('holds the initiatives and places with coordinates, by title, as [lng, lat] points', () => {
    expect(index.features.map((feature) => feature.id)).toEqual([
      'place-bieb',
      'initiative-cafe',
      'place-gemist',
      'initiative-tuin',
    ]);
    expect(index.features[1]?.geometry).toEqual({ type: 'Point', coordinates: [5.12, 52.09] });
  });

  test('a place counts under place type, target group and municipality, and has no strategy, actor or theme', () => {
    expect(placeFilterValues(places.bySlug.get('gemist') ?? place('x'))).toEqual({
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
    const groups = mapFilterGroups(index, 'nl');
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
    const en = mapFilterGroups(index, 'en').find((group) => group.key === 'placeStatus');
    expect(en?.values.map((value) => value.label)).toEqual(['Exists', 'Missed']);
  });

  test('the line under a title says what and where', () => {
    const label = (key: string, value: string) => `${key}:${value}`;
    const gemist = index.features.find((feature) => feature.id === 'place-gemist');
    expect(gemist && mapItemMeta(gemist.properties, label)).toBe(
      'type:place · place:cafe · placeStatus:missed · municipality:s-hertogenbosch',
    );
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
