/**
 * The areas of the atlas: every municipality that an initiative or a place names, and within it every
 * neighbourhood that one names, with the figures of each (`areaFigures`). The figures are defined once, in
 * `measures` (what is counted, over initiatives or places, by which vocabulary); the area pages, their charts and
 * tables, the comparison table and the CSV of figures (`areaCsv`) all read them from here. Pure.
 */
import slugify from '@sindresorhus/slugify';
import { t, type Lang, type UiKey } from '../i18n/index.ts';
import type { Initiative } from '../schema/initiative.ts';
import type { Place } from '../schema/place.ts';
import { labelOf, vocabularies, type VocabularyName } from '../taxonomy/index.ts';
import { municipalityByName, type Municipality } from '../taxonomy/municipalities.ts';
import type { Catalog, CatalogEntry } from './catalog.ts';
import { csvText } from './exports.ts';
import type { PlaceEntry, PlaceIndex } from './places.ts';
import { pathFor } from './routes.ts';

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
    // Spellings that share a slug ("Oud-West", "Oud West") are one neighbourhood, named as the first entry by slug writes it.
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
// Figures

/** What an initiative contributes to the figures. */
export type InitiativeFigures = Pick<
  Initiative,
  'strategy' | 'placeTypes' | 'contactIntensity' | 'tariff' | 'thresholdFeatures'
>;
/** What a place contributes to the figures. */
export type PlaceFigures = Pick<Place, 'kind' | 'status' | 'contactIntensity' | 'thresholdFeatures'>;

interface MeasureBase {
  /** Stable id: the `measure` column of the CSV. */
  id: string;
  /** Its name on the pages (`area.measure.<id>`). */
  label: UiKey;
  /** The vocabulary whose terms are counted: every term, in taxonomy order (labels from the taxonomy). */
  vocabulary: VocabularyName;
  /** The header of the value column in its table (`area.value.<vocabulary>`). */
  valueHeader: UiKey;
  /**
   * `single`: every item has exactly one value, so the counts add up to the number of items;
   * `multiple`: an item has any number of values (none, one or several), so they need not.
   */
  values: 'single' | 'multiple';
  /** Long vocabularies: charts and tables leave out the values no item has (the CSV keeps them, with 0). */
  hideZero: boolean;
}

/** One figure of an area: how many of its initiatives, or of its places, have each term of a vocabulary. */
export type Measure =
  | (MeasureBase & { subject: 'initiatives'; of: (data: InitiativeFigures) => readonly string[] })
  | (MeasureBase & { subject: 'places'; of: (data: PlaceFigures) => readonly string[] });

/**
 * Every figure an area page, the comparison table and the CSV show, in reading order. Adding a measure here adds
 * a chart and table to every area page and rows to the CSV; it needs only its label (and, for a vocabulary not
 * counted yet, its value header) in `src/i18n/areas.*.json`. Value labels come from the taxonomy.
 */
export const measures = [
  {
    id: 'placesByStatus',
    label: 'area.measure.placesByStatus',
    subject: 'places',
    vocabulary: 'placeStatus',
    valueHeader: 'area.value.placeStatus',
    values: 'single',
    hideZero: false,
    of: (data: PlaceFigures) => [data.status],
  },
  {
    id: 'placesByKind',
    label: 'area.measure.placesByKind',
    subject: 'places',
    vocabulary: 'placeType',
    valueHeader: 'area.value.placeType',
    values: 'single',
    hideZero: true,
    of: (data: PlaceFigures) => [data.kind],
  },
  {
    id: 'initiativesByPlaceType',
    label: 'area.measure.initiativesByPlaceType',
    subject: 'initiatives',
    vocabulary: 'placeType',
    valueHeader: 'area.value.placeType',
    values: 'multiple',
    hideZero: true,
    of: (data: InitiativeFigures) => data.placeTypes,
  },
  {
    id: 'strategy',
    label: 'area.measure.strategy',
    subject: 'initiatives',
    vocabulary: 'strategy',
    valueHeader: 'area.value.strategy',
    values: 'single',
    hideZero: false,
    of: (data: InitiativeFigures) => [data.strategy],
  },
  {
    id: 'initiativesByContactIntensity',
    label: 'area.measure.initiativesByContactIntensity',
    subject: 'initiatives',
    vocabulary: 'contactIntensity',
    valueHeader: 'area.value.contactIntensity',
    values: 'single',
    hideZero: false,
    of: (data: InitiativeFigures) => [data.contactIntensity],
  },
  {
    id: 'placesByContactIntensity',
    label: 'area.measure.placesByContactIntensity',
    subject: 'places',
    vocabulary: 'contactIntensity',
    valueHeader: 'area.value.contactIntensity',
    values: 'single',
    hideZero: false,
    of: (data: PlaceFigures) => [data.contactIntensity],
  },
  {
    id: 'initiativesByThresholdFeature',
    label: 'area.measure.initiativesByThresholdFeature',
    subject: 'initiatives',
    vocabulary: 'thresholdFeature',
    valueHeader: 'area.value.thresholdFeature',
    values: 'multiple',
    hideZero: false,
    of: (data: InitiativeFigures) => data.thresholdFeatures,
  },
  {
    id: 'placesByThresholdFeature',
    label: 'area.measure.placesByThresholdFeature',
    subject: 'places',
    vocabulary: 'thresholdFeature',
    valueHeader: 'area.value.thresholdFeature',
    values: 'multiple',
    hideZero: false,
    of: (data: PlaceFigures) => data.thresholdFeatures,
  },
  {
    id: 'tariff',
    label: 'area.measure.tariff',
    subject: 'initiatives',
    vocabulary: 'tariff',
    valueHeader: 'area.value.tariff',
    values: 'single',
    hideZero: false,
    of: (data: InitiativeFigures) => [data.tariff],
  },
] as const satisfies readonly Measure[];

export type MeasureId = (typeof measures)[number]['id'];

/** A measure counted over one area. */
export interface MeasureFigures {
  measure: Measure;
  /** How many items it counts over: the area's initiatives or its places (the denominator of every share). */
  total: number;
  /** Every term of the vocabulary in taxonomy order, with the number of items that have it (0 included). */
  values: readonly { id: string; count: number }[];
}

/** The figures of one area (or of any set of initiatives and places). */
export interface AreaFigures {
  initiatives: number;
  places: number;
  /** One per entry of `measures`, in that order. */
  measures: readonly MeasureFigures[];
}

function countMeasure<T>(measure: Measure, items: readonly T[], of: (item: T) => readonly string[]): MeasureFigures {
  const counts = new Map<string, number>();
  for (const item of items) {
    // An item counts once per value, even if it names a value twice.
    for (const id of new Set(of(item))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return {
    measure,
    total: items.length,
    values: vocabularies[measure.vocabulary].map((term) => ({ id: term.id, count: counts.get(term.id) ?? 0 })),
  };
}

/** Count every measure over a set of initiatives and places. */
export function areaFigures(
  initiatives: readonly { data: InitiativeFigures }[],
  places: readonly { data: PlaceFigures }[],
): AreaFigures {
  const list: readonly Measure[] = measures;
  return {
    initiatives: initiatives.length,
    places: places.length,
    measures: list.map((measure) =>
      measure.subject === 'initiatives'
        ? countMeasure(measure, initiatives, (item) => measure.of(item.data))
        : countMeasure(measure, places, (item) => measure.of(item.data)),
    ),
  };
}

/** One count of the figures: how many items of a measure have a value (0 for an unknown measure or value). */
export function countOf(figures: AreaFigures, measure: MeasureId, value: string): number {
  return figures.measures.find((m) => m.measure.id === measure)?.values.find((v) => v.id === value)?.count ?? 0;
}

/** The share of items with a value, as a whole percentage (0 when there are no items). */
export function percent(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 100);
}

/** The values a chart or table of a measure shows: every value, or for a long vocabulary those that occur. */
export function shownValues(figures: MeasureFigures): readonly { id: string; count: number }[] {
  return figures.measure.hideZero ? figures.values.filter((value) => value.count > 0) : figures.values;
}

/** The places of a set with a status (`disappeared`, `missed`), in the order given (the place index: by title). */
export function placesWithStatus<P extends { data: Pick<Place, 'status'> }>(
  places: readonly P[],
  status: Place['status'],
): P[] {
  return places.filter((place) => place.data.status === status);
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

// ---------------------------------------------------------------------------------------------------------------
// The comparison table

/** A column of the comparison table: a total, or one value of a measure. */
export type ComparisonColumn =
  { kind: 'total'; subject: 'initiatives' | 'places' } | { kind: 'value'; measure: MeasureId; value: string };

/** The columns of the comparison table, in groups: totals, places by status, initiatives by strategy. */
export const comparisonGroups: readonly { label: UiKey | undefined; columns: readonly ComparisonColumn[] }[] = [
  {
    label: undefined,
    columns: [
      { kind: 'total', subject: 'initiatives' },
      { kind: 'total', subject: 'places' },
    ],
  },
  {
    label: 'area.measure.placesByStatus',
    columns: vocabularies.placeStatus.map((term) => ({ kind: 'value', measure: 'placesByStatus', value: term.id })),
  },
  {
    label: 'area.measure.strategy',
    columns: vocabularies.strategy.map((term) => ({ kind: 'value', measure: 'strategy', value: term.id })),
  },
];

/** The measure with an id. */
export function measureById(id: MeasureId): Measure {
  const list: readonly Measure[] = measures;
  const found = list.find((measure) => measure.id === id);
  if (!found) throw new Error(`No measure "${id}"`);
  return found;
}

/** The header of a comparison column: "Initiatieven", or the taxonomy label of the value ("Verdwenen"). */
export function comparisonColumnLabel(column: ComparisonColumn, lang: Lang): string {
  return column.kind === 'total'
    ? t(lang, `area.total.${column.subject}`)
    : labelOf(measureById(column.measure).vocabulary, column.value, lang);
}

/** A stable id of a comparison column: `initiatives`, `places` or `<measure>:<value>` (`strategy:bonding`). */
export function comparisonColumnId(column: ComparisonColumn): string {
  return column.kind === 'total' ? column.subject : `${column.measure}:${column.value}`;
}

/** The number in one cell of the comparison table. */
export function comparisonValue(figures: AreaFigures, column: ComparisonColumn): number {
  return column.kind === 'total' ? figures[column.subject] : countOf(figures, column.measure, column.value);
}

// ---------------------------------------------------------------------------------------------------------------
// The CSV of figures

/** The CSV columns (documented on the overview page): one row per area, measure and value ("long" format). */
export const areaCsvColumns = [
  'level',
  'municipalityCode',
  'municipality',
  'neighbourhood',
  'url',
  'measure',
  'valueId',
  'valueLabelNl',
  'valueLabelEn',
  'count',
  'total',
] as const;

export type AreaCsvRow = Record<(typeof areaCsvColumns)[number], string>;

/** The levels of the CSV: everything, the nationwide examples, a municipality, a neighbourhood. */
export const areaLevels = ['all', 'nationwide', 'municipality', 'neighbourhood'] as const;
export type AreaLevel = (typeof areaLevels)[number];

/** The pseudo-measure of the CSV that holds an area's totals (value `initiatives` or `places`). */
export const totalsMeasure = 'totals';

function figureRows(
  base: Omit<AreaCsvRow, 'measure' | 'valueId' | 'valueLabelNl' | 'valueLabelEn' | 'count' | 'total'>,
  figures: AreaFigures,
): AreaCsvRow[] {
  const totals = (['initiatives', 'places'] as const).map((subject) => ({
    ...base,
    measure: totalsMeasure,
    valueId: subject,
    valueLabelNl: t('nl', `area.total.${subject}`),
    valueLabelEn: t('en', `area.total.${subject}`),
    count: String(figures[subject]),
    total: '',
  }));
  const values = figures.measures.flatMap(({ measure, total, values: counts }) =>
    counts.map(({ id, count }) => ({
      ...base,
      measure: measure.id,
      valueId: id,
      valueLabelNl: labelOf(measure.vocabulary, id, 'nl'),
      valueLabelEn: labelOf(measure.vocabulary, id, 'en'),
      count: String(count),
      total: String(total),
    })),
  );
  return [...totals, ...values];
}

/**
 * Every figure of every area as CSV rows: everything together (`all`), the nationwide examples, then each
 * municipality followed by its neighbourhoods. Zero counts are kept, so every area has the same rows.
 */
export function areaCsvRows(overview: AreaOverview, baseUrl: string): AreaCsvRow[] {
  const url = (route: Parameters<typeof pathFor>[0]) => new URL(pathFor(route, 'nl'), baseUrl).href;
  const none = { municipalityCode: '', municipality: '', neighbourhood: '' };
  return [
    ...figureRows({ level: 'all', ...none, url: url({ view: 'areas' }) }, overview.all),
    ...figureRows({ level: 'nationwide', ...none, url: '' }, overview.nationwide.figures),
    ...overview.areas.flatMap(({ area, figures, neighbourhoods }) => {
      const { code, name, slug } = area.municipality;
      const where = { municipalityCode: code, municipality: name };
      return [
        ...figureRows(
          { level: 'municipality', ...where, neighbourhood: '', url: url({ view: 'area', municipality: slug }) },
          figures,
        ),
        ...neighbourhoods.flatMap(({ neighbourhood, figures: hoodFigures }) =>
          figureRows(
            {
              level: 'neighbourhood',
              ...where,
              neighbourhood: neighbourhood.name,
              url: url({ view: 'area', municipality: slug, neighbourhood: neighbourhood.slug }),
            },
            hoodFigures,
          ),
        ),
      ];
    }),
  ];
}

/** The CSV of figures (RFC 4180, every cell quoted, CRLF), as `/gebieden/cijfers.csv` serves it. */
export function areaCsv(overview: AreaOverview, baseUrl: string): string {
  return csvText(
    areaCsvColumns,
    areaCsvRows(overview, baseUrl).map((row) => areaCsvColumns.map((column) => row[column])),
  );
}
