/**
 * The areas of the atlas: every municipality that an initiative or a place names, and within it every
 * neighbourhood that one names, with the figures of each. The figures are defined once, in `measures`
 * (area-figures.ts); the comparison table and the CSV of figures are in area-comparison.ts; this module
 * re-exports both, so pages import areas from one place. Pure.
 */
import slugify from '@sindresorhus/slugify';
import { municipalityByName, type Municipality } from '../../taxonomy/municipalities.ts';
import type { Catalog, CatalogEntry } from '../core/catalog.ts';
import type { PlaceEntry, PlaceIndex } from './places.ts';
import { areaFigures, type AreaFigures } from './area-figures.ts';

export * from './area-figures.ts';
export * from './area-comparison.ts';

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
  slug: string;
  data: { municipality?: string | undefined; neighbourhood?: string | undefined };
}

interface HoodBucket {
  name: string;
  /** The slug of the entry whose spelling `name` is: the first by slug. */
  nameFrom: string;
  initiatives: CatalogEntry[];
  places: PlaceEntry[];
}

/** Every area named by an initiative or a place, by municipality name (Dutch alphabetical order). */
export function listAreas(catalog: Catalog, places: PlaceIndex): Area[] {
  const areas = new Map<string, { municipality: Municipality; initiatives: CatalogEntry[]; places: PlaceEntry[] }>();
  const hoods = new Map<string, Map<string, HoodBucket>>();
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
    const slug = neighbourhoodSlug(name);
    // A name of only punctuation has no URL: the entry counts for its municipality only.
    if (!slug) return;
    const inArea = hoods.get(municipality.code) ?? new Map<string, HoodBucket>();
    hoods.set(municipality.code, inArea);
    const hood = inArea.get(slug) ?? { name, nameFrom: item.slug, initiatives: [], places: [] };
    // Spellings that share a slug ("Oud-West", "Oud West") are one neighbourhood, named as the first entry by slug
    // writes it.
    if (item.slug < hood.nameFrom) Object.assign(hood, { name, nameFrom: item.slug });
    inArea.set(slug, hood);
    pick(hood).push(item);
  };
  for (const entry of catalog.entries) add(entry, (bucket) => bucket.initiatives);
  for (const place of places.places) add(place, (bucket) => bucket.places);
  return [...areas.values()]
    .map((area) => ({
      ...area,
      neighbourhoods: [...(hoods.get(area.municipality.code) ?? new Map<string, HoodBucket>()).entries()]
        .map(([slug, { name, initiatives, places: hoodPlaces }]) => ({ slug, name, initiatives, places: hoodPlaces }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    }))
    .sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'nl'));
}

// ---------------------------------------------------------------------------------------------------------------
// All areas together

export interface NeighbourhoodStatistics {
  neighbourhood: Neighbourhood;
  figures: AreaFigures;
}

export interface AreaStatistics {
  area: Area;
  figures: AreaFigures;
  neighbourhoods: readonly NeighbourhoodStatistics[];
  /** The initiatives and places of the municipality that name no neighbourhood (on no neighbourhood page). */
  outsideNeighbourhoods: AreaFigures;
}

export interface AreaOverview {
  /** Every municipality an entry names, alphabetically, with its figures and its neighbourhoods'. */
  areas: readonly AreaStatistics[];
  /** Every initiative and place that lies in a municipality: the sum of `areas`. */
  inAreas: AreaFigures;
  /** Initiatives and places that name no municipality ("nationwide examples"): in no area. */
  nationwide: { initiatives: readonly CatalogEntry[]; places: readonly PlaceEntry[]; figures: AreaFigures };
  /** Everything on the podium: `inAreas` and `nationwide` together. */
  all: AreaFigures;
}

const inSomeArea = (item: Located): boolean =>
  item.data.municipality !== undefined && municipalityByName(item.data.municipality) !== undefined;

const overviewCache = new WeakMap<readonly Area[], AreaOverview>();

/**
 * The figures of every area, of all areas together and of the nationwide examples. `areas` is `listAreas` of the
 * same catalog and places; the result is computed once per list (every area page in both languages reads it).
 */
export function areaOverview(areas: readonly Area[], catalog: Catalog, places: PlaceIndex): AreaOverview {
  const cached = overviewCache.get(areas);
  if (cached) return cached;
  const nationwideInitiatives = catalog.entries.filter((entry) => !inSomeArea(entry));
  const nationwidePlaces = places.places.filter((place) => !inSomeArea(place));
  const overview: AreaOverview = {
    areas: areas.map((area) => {
      const hoods = new Set(area.neighbourhoods.flatMap((hood) => [...hood.initiatives, ...hood.places]));
      return {
        area,
        figures: areaFigures(area.initiatives, area.places),
        neighbourhoods: area.neighbourhoods.map((neighbourhood) => ({
          neighbourhood,
          figures: areaFigures(neighbourhood.initiatives, neighbourhood.places),
        })),
        outsideNeighbourhoods: areaFigures(
          area.initiatives.filter((entry) => !hoods.has(entry)),
          area.places.filter((place) => !hoods.has(place)),
        ),
      };
    }),
    inAreas: areaFigures(
      catalog.entries.filter((entry) => inSomeArea(entry)),
      places.places.filter((place) => inSomeArea(place)),
    ),
    nationwide: {
      initiatives: nationwideInitiatives,
      places: nationwidePlaces,
      figures: areaFigures(nationwideInitiatives, nationwidePlaces),
    },
    all: areaFigures(catalog.entries, places.places),
  };
  overviewCache.set(areas, overview);
  return overview;
}

/** One municipality's statistics by its slug, and one of its neighbourhoods' when a slug is given. */
export function findArea(
  overview: AreaOverview,
  municipality: string,
  neighbourhood?: string,
): { statistics: AreaStatistics; neighbourhood?: NeighbourhoodStatistics } {
  const statistics = overview.areas.find((candidate) => candidate.area.municipality.slug === municipality);
  if (!statistics) throw new Error(`No area for municipality "${municipality}"`);
  if (neighbourhood === undefined) return { statistics };
  const hood = statistics.neighbourhoods.find((candidate) => candidate.neighbourhood.slug === neighbourhood);
  if (!hood) throw new Error(`No neighbourhood "${neighbourhood}" in ${statistics.area.municipality.name}`);
  return { statistics, neighbourhood: hood };
}
