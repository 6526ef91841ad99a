/**
 * What the map page and its script both write (src/lib/core/map-page.ts): placeholders filled, one or many, the count
 * line for nothing at all, nothing selected and a selection, a cluster's name, a point's page, its shape and its
 * button's name; and, with the page's real texts (`mapTexts` in map-data.ts), the sentences a reader sees.
 */
import { describe, expect, test } from 'vitest';
import { mapItemId, type MapFilterValues, type MapItem } from '../../src/lib/core/map-filters.ts';
import { mapTexts } from '../../src/lib/present/map-data.ts';
import {
  clusterText,
  countText,
  fill,
  itemPath,
  shapeClass,
  showButtonLabel,
  slugPlaceholder,
  statusText,
} from '../../src/lib/core/map-page.ts';
import { noFacets } from './map-page-fixture.ts';

const noValues: MapFilterValues = noFacets();

function item(type: MapItem['type'], slug: string, placeStatus: string[] = []): MapItem {
  const facets = { ...noValues, type: [type], placeStatus };
  return { id: mapItemId(type, slug), type, slug, title: slug, lang: 'nl', lng: 5, lat: 52, facets };
}

describe('filling texts', () => {
  test('every placeholder with a value is filled, every time it occurs; one without stays', () => {
    expect(fill('{a} en {b}, {a}', { a: 1, b: 'twee' })).toBe('1 en twee, 1');
    expect(fill('{count} van {pages}', { count: 3 })).toBe('3 van {pages}');
  });

  test('one takes the singular text, zero and many the plural with the count', () => {
    expect(countText(1, '1 plek', '{count} plekken')).toBe('1 plek');
    expect(countText(0, '1 plek', '{count} plekken')).toBe('0 plekken');
    expect(countText(12, '1 plek', '{count} plekken')).toBe('12 plekken');
  });
});

describe('the texts of the Dutch and the English page', () => {
  const nl = mapTexts('nl');
  const en = mapTexts('en');

  test('the count line: an empty map, a selection of nothing, a selection of some', () => {
    expect(statusText(nl, 0, { count: 0, initiatives: 0, places: 0 })).toBe(nl.empty);
    expect(statusText(nl, 10, { count: 0, initiatives: 0, places: 0 })).toBe(nl.none);
    expect(nl.none).not.toBe(nl.empty);
    expect(statusText(nl, 10, { count: 4, initiatives: 3, places: 1 })).toBe('4 op de kaart: 3 initiatieven en 1 plek');
    expect(statusText(en, 10, { count: 2, initiatives: 1, places: 1 })).toBe('2 on the map: 1 initiative and 1 place');
  });

  test("a cluster's name counts its initiatives and places", () => {
    const name = clusterText(nl, { count: 5, initiatives: 1, places: 4 });
    expect(name).toContain('5');
    expect(name).toContain('1 initiatief');
    expect(name).toContain('4 plekken');
    expect(name).not.toMatch(/\{\w+\}/);
  });

  test('the pages of an initiative and a place in the language of the page', () => {
    expect(nl.paths.initiative).toContain(slugPlaceholder);
    expect(itemPath(nl, item('initiative', 'buurtkamer'))).toBe('/initiatief/buurtkamer/');
    expect(itemPath(en, item('place', 'ijssalon'))).toBe('/en/places/ijssalon/');
  });

  test('every text the script fills has its placeholders left in, and no other', () => {
    for (const texts of [nl, en]) {
      expect(texts.results.match(/\{\w+\}/g)?.sort()).toEqual(['{count}', '{initiatives}', '{places}']);
      expect(texts.places.match(/\{\w+\}/g)).toEqual(['{count}']);
      expect(texts.marker.match(/\{\w+\}/g)).toEqual(['{type}', '{title}']);
      expect(texts.status.match(/\{\w+\}/g)).toEqual(['{page}', '{pages}']);
      expect(texts.none).not.toMatch(/\{/);
    }
  });
});

describe('a point as the list and the map show it', () => {
  test('circle for an initiative, diamond for a place, with the place status', () => {
    expect(shapeClass(item('initiative', 'a'))).toBe('bp-map-shape bp-map-shape--initiative');
    expect(shapeClass(item('place', 'b', ['missed']))).toBe('bp-map-shape bp-map-shape--place bp-map-shape--missed');
  });

  test("a row's button is named by its visible text first, then the point", () => {
    expect(showButtonLabel('Op de kaart', 'IJssalon')).toBe('Op de kaart: IJssalon');
  });
});
