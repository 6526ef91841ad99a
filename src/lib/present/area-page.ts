/**
 * What one area's page shows (a municipality, or a neighbourhood in it), computed here rather than in
 * `AreaView.astro` so that a unit test can reach it: the area's name and title, the key figures, the places that
 * disappeared or are missed, the newest initiatives shown and the measures with figures. The view renders this
 * (and builds the rows comparing the neighbourhoods itself).
 */
import { locale, t, type Lang } from '../../i18n/index.ts';
import { labelOf } from '../../taxonomy/index.ts';
import type { CatalogEntry } from '../core/catalog.ts';
import type { PlaceEntry } from './places.ts';
import { pathFor, type Route } from '../core/routes.ts';
import { placesWithStatus, type AreaFigures, type MeasureFigures } from './area-figures.ts';
import { findArea, type AreaOverview, type AreaStatistics, type NeighbourhoodStatistics } from './areas.ts';

const lostStatuses = ['disappeared', 'missed'] as const;

export interface AreaPage {
  statistics: AreaStatistics;
  /** The neighbourhood's statistics on a neighbourhood's page; absent on the municipality's. */
  neighbourhood: NeighbourhoodStatistics | undefined;
  route: Extract<Route, { view: 'area' }>;
  /** What the page is about: its name, its title ("Wijk, Gemeente" for a neighbourhood) and what lies in it. */
  current: {
    name: string;
    title: string;
    initiatives: readonly CatalogEntry[];
    places: readonly PlaceEntry[];
    figures: AreaFigures;
  };
  /** The key figures at the top, in order. */
  headline: { key: string; label: string; value: number }[];
  /** Places that disappeared or are missed, by status; statuses without places are left out. */
  lost: { status: (typeof lostStatuses)[number]; places: PlaceEntry[] }[];
  /** The newest initiatives, at most a page of them. */
  shown: readonly CatalogEntry[];
  /** Whether the municipality's facet page of the list is worth a link (a municipality with initiatives). */
  hasFacetPage: boolean;
  /** The measures with something to count. */
  shownMeasures: readonly MeasureFigures[];
  /** What the area has none of, for the sentence that says so. */
  missing: ('initiatives' | 'places')[];
}

/** The page of the area `municipality` (a slug), or of its neighbourhood `neighbourhood` when one is given. */
export function areaPage(
  overview: AreaOverview,
  lang: Lang,
  pageSize: number,
  municipality: string,
  neighbourhood?: string,
): AreaPage {
  const found = findArea(overview, municipality, neighbourhood);
  const { statistics, neighbourhood: hood } = found;
  const { area } = statistics;
  const town = area.municipality;
  const current = hood
    ? {
        name: hood.neighbourhood.name,
        title: `${hood.neighbourhood.name}, ${town.name}`,
        initiatives: hood.neighbourhood.initiatives,
        places: hood.neighbourhood.places,
        figures: hood.figures,
      }
    : {
        name: town.name,
        title: town.name,
        initiatives: area.initiatives,
        places: area.places,
        figures: statistics.figures,
      };
  const placesLabel = t(lang, 'area.total.places');
  const byStatus = lostStatuses.map((status) => ({ status, places: placesWithStatus(current.places, status) }));
  const headline = [
    { key: 'initiatives', label: t(lang, 'area.total.initiatives'), value: current.figures.initiatives },
    { key: 'places', label: placesLabel, value: current.figures.places },
    ...byStatus.map(({ status, places }) => ({
      key: status,
      label: `${placesLabel}: ${labelOf('placeStatus', status, lang).toLocaleLowerCase(locale(lang))}`,
      value: places.length,
    })),
    ...(hood
      ? []
      : [{ key: 'neighbourhoods', label: t(lang, 'area.neighbourhoods.title'), value: area.neighbourhoods.length }]),
  ];
  return {
    statistics,
    neighbourhood: hood,
    route: hood
      ? { view: 'area', municipality: town.slug, neighbourhood: hood.neighbourhood.slug }
      : { view: 'area', municipality: town.slug },
    current,
    headline,
    lost: byStatus.filter((group) => group.places.length > 0),
    shown: current.initiatives.slice(0, pageSize),
    hasFacetPage: !hood && current.initiatives.length > 0,
    shownMeasures: current.figures.measures.filter((figures) => figures.total > 0),
    missing: (['initiatives', 'places'] as const).filter((subject) => current.figures[subject] === 0),
  };
}

/** The address of the area's municipality page (the way back from a neighbourhood). */
export const municipalityHref = (page: AreaPage, lang: Lang): string =>
  pathFor({ view: 'area', municipality: page.statistics.area.municipality.slug }, lang);
