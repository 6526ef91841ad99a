/**
 * The areas of the atlas: every municipality that an initiative or a place names, and within it every
 * neighbourhood that one names. Area pages, the comparison table and the CSV of figures are built from this list.
 */
import slugify from '@sindresorhus/slugify';
import { municipalityByName, type Municipality } from '../taxonomy/municipalities.ts';
import type { Catalog, CatalogEntry } from './catalog.ts';
import type { PlaceEntry, PlaceIndex } from './places.ts';

export interface Neighbourhood {
  /** The name as the first entry (by slug order) writes it. */
  name: string;
  slug: string;
  initiatives: readonly CatalogEntry[];
  places: readonly PlaceEntry[];
}

export interface Area {
  municipality: Municipality;
  initiatives: readonly CatalogEntry[];
  places: readonly PlaceEntry[];
  /** The neighbourhoods entries name, alphabetically. */
  neighbourhoods: readonly Neighbourhood[];
}

/** The URL slug of a neighbourhood name: `Oud-West` → `oud-west`, `Lent` → `lent`. */
export function neighbourhoodSlug(name: string): string {
  return slugify(name, { decamelize: false });
}

interface Located {
  data: { municipality?: string | undefined; neighbourhood?: string | undefined };
}

/** Every area named by an initiative or a place, by municipality name (Dutch alphabetical order). */
export function listAreas(catalog: Catalog, places: PlaceIndex): Area[] {
  const areas = new Map<string, { municipality: Municipality; initiatives: CatalogEntry[]; places: PlaceEntry[] }>();
  const hoods = new Map<string, Map<string, { name: string; initiatives: CatalogEntry[]; places: PlaceEntry[] }>>();
  const add = <T extends Located>(
    item: T,
    pick: (bucket: { initiatives: CatalogEntry[]; places: PlaceEntry[] }) => T[],
  ) => {
    const municipality = item.data.municipality ? municipalityByName(item.data.municipality) : undefined;
    if (!municipality) return;
    let area = areas.get(municipality.code);
    if (!area) {
      area = { municipality, initiatives: [], places: [] };
      areas.set(municipality.code, area);
    }
    pick(area).push(item);
    const name = item.data.neighbourhood?.trim();
    if (!name) return;
    const inArea = hoods.get(municipality.code) ?? new Map();
    hoods.set(municipality.code, inArea);
    const slug = neighbourhoodSlug(name);
    const hood = inArea.get(slug) ?? { name, initiatives: [], places: [] };
    inArea.set(slug, hood);
    pick(hood).push(item);
  };
  for (const entry of catalog.entries) add(entry, (bucket) => bucket.initiatives);
  for (const place of places.places) add(place, (bucket) => bucket.places);
  return [...areas.values()]
    .map((area) => ({
      ...area,
      neighbourhoods: [...(hoods.get(area.municipality.code) ?? new Map()).entries()]
        .map(([slug, hood]) => ({ slug, ...hood }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    }))
    .sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'nl'));
}
