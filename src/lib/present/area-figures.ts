/**
 * The figures of an area, defined once in `measures` (what is counted, over initiatives or places, by which
 * vocabulary): the area pages, their charts and tables, the comparison table and the CSV all read them from
 * here. Split from areas.ts, which re-exports it. Pure.
 */
import { type UiKey } from '../../i18n/index.ts';
import type { Initiative } from '../../schema/initiative.ts';
import type { Place } from '../../schema/place.ts';
import { vocabularies, type VocabularyName } from '../../taxonomy/index.ts';

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
