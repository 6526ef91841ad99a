/**
 * The comparison table of all areas and the CSV of their figures, from the measures of area-figures.ts. Split
 * from areas.ts, which re-exports it. Pure.
 */
import { t, type Lang, type UiKey } from '../../i18n/index.ts';
import { labelOf, vocabularies } from '../../taxonomy/index.ts';
import { csvText } from './exports.ts';
import { pathFor } from '../core/routes.ts';
import type { AreaOverview } from './areas.ts';
import { countOf, measures, type AreaFigures, type Measure, type MeasureId } from './area-figures.ts';

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
