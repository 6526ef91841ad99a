/**
 * The area statistics on a hand-made set of six initiatives and five places. Every expected number below is
 * counted by hand from these two tables, not by the code under test:
 *
 *   initiative  municipality  neighbourhood  strategy  placeTypes                 contact    tariff      thresholdFeatures
 *   i1          Nijmegen      Lent           bonding   community-centre, library  recurring  free        free-entry, walk-in
 *   i2          Nijmegen      Bottendaal     bridging  park                       fleeting   social      free-entry
 *   i3          Nijmegen      —              both      community-centre           lasting    free        —
 *   i4          Rotterdam     Feijenoord     both      street                     recurring  free        no-registration, welcoming-host
 *   i5          — (nationwide)               bridging  cafe, shop                 fleeting   commercial  wheelchair-access
 *   i6          Nijmegen      Lent           bonding   library                    recurring  mixed       walk-in, multilingual
 *
 *   place  municipality  neighbourhood  kind              status       contact    thresholdFeatures
 *   p1     Nijmegen      Lent           library           active       recurring  free-entry, wheelchair-access
 *   p2     Nijmegen      Lent           community-centre  disappeared  lasting    walk-in
 *   p3     Nijmegen      —              park              missed       fleeting   —
 *   p4     Arnhem        —              shop              active       fleeting   welcoming-host
 *   p5     — (nationwide)               library           disappeared  recurring  free-entry
 *
 * So: Arnhem has 1 place and no initiatives, Rotterdam 1 initiative and no places, Nijmegen 4 initiatives and
 * 3 places in two neighbourhoods (Bottendaal, Lent), and one initiative and one place are nationwide.
 */
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import {
  areaCsv,
  areaCsvColumns,
  areaCsvRows,
  areaFigures,
  areaOverview,
  comparisonGroups,
  comparisonValue,
  countOf,
  findArea,
  listAreas,
  measures,
  percent,
  placesWithStatus,
  shownValues,
  type AreaFigures,
  type MeasureId,
} from '../../src/lib/present/areas.ts';
import { buildCatalog } from '../../src/lib/core/catalog.ts';
import { buildPlaceIndex } from '../../src/lib/present/places.ts';
import { placeSchema, type PlaceInput } from '../../src/schema/place.ts';
import { makeItem } from './make-initiative.ts';

const initiatives = [
  makeItem('i1', {
    published: '2025-06-01',
    municipality: 'Nijmegen',
    neighbourhood: 'Lent',
    strategy: 'bonding',
    placeTypes: ['community-centre', 'library'],
    contactIntensity: 'recurring',
    tariff: 'free',
    thresholdFeatures: ['free-entry', 'walk-in'],
  }),
  makeItem('i2', {
    published: '2025-05-01',
    municipality: 'Nijmegen',
    neighbourhood: 'Bottendaal',
    strategy: 'bridging',
    placeTypes: ['park'],
    contactIntensity: 'fleeting',
    tariff: 'social',
    thresholdFeatures: ['free-entry'],
  }),
  makeItem('i3', {
    published: '2025-04-01',
    municipality: 'Nijmegen',
    strategy: 'both',
    placeTypes: ['community-centre'],
    contactIntensity: 'lasting',
    tariff: 'free',
    thresholdFeatures: [],
  }),
  makeItem('i4', {
    published: '2025-03-01',
    municipality: 'Rotterdam',
    neighbourhood: 'Feijenoord',
    strategy: 'both',
    placeTypes: ['street'],
    contactIntensity: 'recurring',
    tariff: 'free',
    thresholdFeatures: ['no-registration', 'welcoming-host'],
  }),
  makeItem('i5', {
    published: '2025-02-01',
    strategy: 'bridging',
    placeTypes: ['cafe', 'shop'],
    contactIntensity: 'fleeting',
    tariff: 'commercial',
    thresholdFeatures: ['wheelchair-access'],
  }),
  makeItem('i6', {
    published: '2025-01-01',
    municipality: 'Nijmegen',
    neighbourhood: 'Lent',
    strategy: 'bonding',
    placeTypes: ['library'],
    contactIntensity: 'recurring',
    tariff: 'mixed',
    thresholdFeatures: ['walk-in', 'multilingual'],
  }),
];

const placeBase: PlaceInput = {
  title: 'Een plek',
  summary: 'Een plek in de buurt.',
  kind: 'library',
  status: 'active',
  targetGroups: ['everyone'],
  contactIntensity: 'recurring',
  sources: [{ title: 'Een bron' }],
  published: '2025-01-01',
};

const place = (slug: string, fields: Partial<PlaceInput>) => ({
  slug,
  data: placeSchema.parse({ ...placeBase, title: `Plek ${slug}`, ...fields }),
});

const placeItems = [
  place('p1', {
    municipality: 'Nijmegen',
    neighbourhood: 'Lent',
    kind: 'library',
    status: 'active',
    contactIntensity: 'recurring',
    thresholdFeatures: ['free-entry', 'wheelchair-access'],
  }),
  place('p2', {
    municipality: 'Nijmegen',
    neighbourhood: 'Lent',
    kind: 'community-centre',
    status: 'disappeared',
    contactIntensity: 'lasting',
    thresholdFeatures: ['walk-in'],
  }),
  place('p3', {
    municipality: 'Nijmegen',
    kind: 'park',
    status: 'missed',
    contactIntensity: 'fleeting',
    thresholdFeatures: [],
  }),
  place('p4', {
    municipality: 'Arnhem',
    kind: 'shop',
    status: 'active',
    contactIntensity: 'fleeting',
    thresholdFeatures: ['welcoming-host'],
  }),
  place('p5', {
    kind: 'library',
    status: 'disappeared',
    contactIntensity: 'recurring',
    thresholdFeatures: ['free-entry'],
  }),
];

const catalog = buildCatalog(initiatives);
const places = buildPlaceIndex(placeItems, catalog);
const areas = listAreas(catalog, places);
const overview = areaOverview(areas, catalog, places);

/** The counts of one measure as { value id: count }, leaving out the zeros (checked separately). */
function nonZero(figures: AreaFigures, measure: MeasureId): Record<string, number> {
  const found = figures.measures.find((m) => m.measure.id === measure);
  if (!found) throw new Error(`no measure ${measure}`);
  return Object.fromEntries(found.values.filter((v) => v.count > 0).map((v) => [v.id, v.count]));
}

const totalOf = (figures: AreaFigures, measure: MeasureId) =>
  figures.measures.find((m) => m.measure.id === measure)?.total;

const area = (slug: string, hood?: string) => findArea(overview, slug, hood);

describe('the areas', () => {
  test('every municipality named, alphabetically, with its CBS code', () => {
    expect(
      overview.areas.map(({ area: a }) => [a.municipality.name, a.municipality.code, a.municipality.slug]),
    ).toEqual([
      ['Arnhem', 'GM0202', 'arnhem'],
      ['Nijmegen', 'GM0268', 'nijmegen'],
      ['Rotterdam', 'GM0599', 'rotterdam'],
    ]);
  });

  test('neighbourhoods per municipality, alphabetically, with their entries', () => {
    const nijmegen = area('nijmegen').statistics;
    expect(nijmegen.neighbourhoods.map((n) => n.neighbourhood.name)).toEqual(['Bottendaal', 'Lent']);
    const lent = area('nijmegen', 'lent').neighbourhood?.neighbourhood;
    expect(lent?.initiatives.map((e) => e.slug)).toEqual(['i1', 'i6']);
    expect(lent?.places.map((p) => p.slug)).toEqual(['p1', 'p2']);
    expect(area('rotterdam').statistics.neighbourhoods.map((n) => n.neighbourhood.slug)).toEqual(['feijenoord']);
    expect(area('arnhem').statistics.neighbourhoods).toEqual([]);
  });

  test('spellings of one neighbourhood are one area, named as the first entry by slug writes it', () => {
    const spelled = buildCatalog([
      makeItem('b-entry', { municipality: 'Amsterdam', neighbourhood: 'Oud-West' }),
      makeItem('a-entry', { municipality: 'Amsterdam', neighbourhood: 'Oud West' }),
      makeItem('c-entry', { municipality: 'Amsterdam', neighbourhood: '—' }),
    ]);
    const [amsterdam] = listAreas(spelled, buildPlaceIndex([], spelled));
    expect(amsterdam?.initiatives).toHaveLength(3);
    // "—" has no URL slug: that entry counts for Amsterdam only.
    expect(amsterdam?.neighbourhoods.map((n) => [n.slug, n.name, n.initiatives.length])).toEqual([
      ['oud-west', 'Oud West', 2],
    ]);
  });

  test('an unknown municipality or neighbourhood is an error, not an empty page', () => {
    expect(() => area('utrecht')).toThrow(/No area for municipality "utrecht"/);
    expect(() => area('nijmegen', 'hengstdal')).toThrow(/No neighbourhood "hengstdal" in Nijmegen/);
  });
});

describe('the figures of a municipality', () => {
  const nijmegen = area('nijmegen').statistics.figures;

  test('totals', () => {
    expect([nijmegen.initiatives, nijmegen.places]).toEqual([4, 3]);
  });

  test('places by status and by kind', () => {
    expect(nonZero(nijmegen, 'placesByStatus')).toEqual({ active: 1, disappeared: 1, missed: 1 });
    expect(nonZero(nijmegen, 'placesByKind')).toEqual({ library: 1, 'community-centre': 1, park: 1 });
    expect(totalOf(nijmegen, 'placesByKind')).toBe(3);
  });

  test('initiatives by place type: an initiative counts under each of its place types', () => {
    expect(nonZero(nijmegen, 'initiativesByPlaceType')).toEqual({ library: 2, 'community-centre': 2, park: 1 });
    expect(totalOf(nijmegen, 'initiativesByPlaceType')).toBe(4);
  });

  test('strategy mix, contact intensity and tariffs', () => {
    expect(nonZero(nijmegen, 'strategy')).toEqual({ bonding: 2, bridging: 1, both: 1 });
    expect(nonZero(nijmegen, 'initiativesByContactIntensity')).toEqual({ fleeting: 1, recurring: 2, lasting: 1 });
    expect(nonZero(nijmegen, 'placesByContactIntensity')).toEqual({ fleeting: 1, recurring: 1, lasting: 1 });
    expect(nonZero(nijmegen, 'tariff')).toEqual({ free: 2, social: 1, mixed: 1 });
  });

  test('threshold features: how many initiatives and places have each', () => {
    expect(nonZero(nijmegen, 'initiativesByThresholdFeature')).toEqual({
      'free-entry': 2,
      'walk-in': 2,
      multilingual: 1,
    });
    expect(nonZero(nijmegen, 'placesByThresholdFeature')).toEqual({
      'free-entry': 1,
      'walk-in': 1,
      'wheelchair-access': 1,
    });
  });

  test('every term of the vocabulary is listed, in taxonomy order, zeros included', () => {
    const tariff = nijmegen.measures.find((m) => m.measure.id === 'tariff');
    expect(tariff?.values).toEqual([
      { id: 'free', count: 2 },
      { id: 'social', count: 1 },
      { id: 'commercial', count: 0 },
      { id: 'mixed', count: 1 },
    ]);
    expect(nijmegen.measures.find((m) => m.measure.id === 'placesByKind')?.values).toHaveLength(16);
  });

  test('one measure per definition, in the order of the definitions', () => {
    expect(nijmegen.measures.map((m) => m.measure.id)).toEqual(measures.map((m) => m.id));
  });

  test('the disappeared and missed places', () => {
    const nijmegenPlaces = area('nijmegen').statistics.area.places;
    expect(placesWithStatus(nijmegenPlaces, 'disappeared').map((p) => p.slug)).toEqual(['p2']);
    expect(placesWithStatus(nijmegenPlaces, 'missed').map((p) => p.slug)).toEqual(['p3']);
    expect(placesWithStatus(area('arnhem').statistics.area.places, 'disappeared')).toEqual([]);
  });

  test('what names no neighbourhood counts for the municipality only', () => {
    const outside = area('nijmegen').statistics.outsideNeighbourhoods;
    expect([outside.initiatives, outside.places]).toEqual([1, 1]);
    expect(nonZero(outside, 'strategy')).toEqual({ both: 1 });
    expect(nonZero(outside, 'placesByStatus')).toEqual({ missed: 1 });
  });
});

describe('the figures of a neighbourhood', () => {
  const lent = area('nijmegen', 'lent').neighbourhood?.figures;

  test('counts only its own entries', () => {
    if (!lent) throw new Error('no Lent');
    expect([lent.initiatives, lent.places]).toEqual([2, 2]);
    expect(nonZero(lent, 'strategy')).toEqual({ bonding: 2 });
    expect(nonZero(lent, 'placesByStatus')).toEqual({ active: 1, disappeared: 1 });
    expect(nonZero(lent, 'tariff')).toEqual({ free: 1, mixed: 1 });
    expect(nonZero(lent, 'initiativesByThresholdFeature')).toEqual({ 'free-entry': 1, 'walk-in': 2, multilingual: 1 });
  });

  test('Bottendaal has one initiative and no places', () => {
    const bottendaal = area('nijmegen', 'bottendaal').neighbourhood?.figures;
    expect([bottendaal?.initiatives, bottendaal?.places]).toEqual([1, 0]);
    expect(bottendaal && totalOf(bottendaal, 'placesByStatus')).toBe(0);
  });
});

describe('areas with nothing of one kind', () => {
  test('a municipality with places but no initiatives (Arnhem)', () => {
    const arnhem = area('arnhem').statistics.figures;
    expect([arnhem.initiatives, arnhem.places]).toEqual([0, 1]);
    expect(nonZero(arnhem, 'strategy')).toEqual({});
    expect(totalOf(arnhem, 'strategy')).toBe(0);
    expect(nonZero(arnhem, 'placesByThresholdFeature')).toEqual({ 'welcoming-host': 1 });
  });

  test('a municipality with initiatives but no places (Rotterdam)', () => {
    const rotterdam = area('rotterdam').statistics.figures;
    expect([rotterdam.initiatives, rotterdam.places]).toEqual([1, 0]);
    expect(nonZero(rotterdam, 'placesByStatus')).toEqual({});
    expect(nonZero(rotterdam, 'strategy')).toEqual({ both: 1 });
  });
});

describe('all areas, the nationwide examples and everything', () => {
  test('the nationwide examples are in no area', () => {
    expect(overview.nationwide.initiatives.map((e) => e.slug)).toEqual(['i5']);
    expect(overview.nationwide.places.map((p) => p.slug)).toEqual(['p5']);
    expect([overview.nationwide.figures.initiatives, overview.nationwide.figures.places]).toEqual([1, 1]);
  });

  test('all areas together', () => {
    expect([overview.inAreas.initiatives, overview.inAreas.places]).toEqual([5, 4]);
    expect(nonZero(overview.inAreas, 'strategy')).toEqual({ bonding: 2, bridging: 1, both: 2 });
    expect(nonZero(overview.inAreas, 'placesByStatus')).toEqual({ active: 2, disappeared: 1, missed: 1 });
  });

  test('everything on the podium', () => {
    const all = overview.all;
    expect([all.initiatives, all.places]).toEqual([6, 5]);
    expect(nonZero(all, 'strategy')).toEqual({ bonding: 2, bridging: 2, both: 2 });
    expect(nonZero(all, 'placesByStatus')).toEqual({ active: 2, disappeared: 2, missed: 1 });
    expect(nonZero(all, 'initiativesByThresholdFeature')).toEqual({
      'free-entry': 2,
      'no-registration': 1,
      'walk-in': 2,
      'wheelchair-access': 1,
      multilingual: 1,
      'welcoming-host': 1,
    });
    expect(nonZero(all, 'initiativesByPlaceType')).toEqual({
      library: 2,
      'community-centre': 2,
      shop: 1,
      cafe: 1,
      park: 1,
      street: 1,
    });
  });

  test('computed once per list of areas', () => {
    expect(areaOverview(areas, catalog, places)).toBe(overview);
  });
});

describe('helpers', () => {
  test('percent: whole percentages, 0 of nothing is 0', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(67);
    expect(percent(3, 3)).toBe(100);
    expect(percent(0, 0)).toBe(0);
  });

  test('countOf', () => {
    const nijmegen = area('nijmegen').statistics.figures;
    expect(countOf(nijmegen, 'placesByStatus', 'disappeared')).toBe(1);
    expect(countOf(nijmegen, 'tariff', 'commercial')).toBe(0);
    expect(countOf(nijmegen, 'tariff', 'no-such-tariff')).toBe(0);
  });

  test('charts of long vocabularies leave out the zeros; short ones keep them', () => {
    const nijmegen = area('nijmegen').statistics.figures;
    const kinds = nijmegen.measures.find((m) => m.measure.id === 'placesByKind');
    const tariff = nijmegen.measures.find((m) => m.measure.id === 'tariff');
    if (!kinds || !tariff) throw new Error('missing measures');
    expect(shownValues(kinds).map((v) => v.id)).toEqual(['library', 'community-centre', 'park']);
    expect(shownValues(tariff).map((v) => v.id)).toEqual(['free', 'social', 'commercial', 'mixed']);
  });

  test('areaFigures of nothing is all zeros', () => {
    const empty = areaFigures([], []);
    expect([empty.initiatives, empty.places]).toEqual([0, 0]);
    expect(empty.measures.every((m) => m.total === 0 && m.values.every((v) => v.count === 0))).toBe(true);
  });
});

describe('the comparison table', () => {
  const columns = comparisonGroups.flatMap((group) => group.columns);

  test('columns: initiatives, places, places by status, initiatives by strategy', () => {
    expect(columns.map((c) => (c.kind === 'total' ? c.subject : `${c.measure}:${c.value}`))).toEqual([
      'initiatives',
      'places',
      'placesByStatus:active',
      'placesByStatus:disappeared',
      'placesByStatus:missed',
      'strategy:bonding',
      'strategy:bridging',
      'strategy:both',
    ]);
  });

  test('one row per municipality, and the rows add up to all areas together', () => {
    const row = (figures: AreaFigures) => columns.map((column) => comparisonValue(figures, column));
    expect(overview.areas.map((s) => row(s.figures))).toEqual([
      [0, 1, 1, 0, 0, 0, 0, 0], // Arnhem
      [4, 3, 1, 1, 1, 2, 1, 1], // Nijmegen
      [1, 0, 0, 0, 0, 0, 0, 1], // Rotterdam
    ]);
    expect(row(overview.inAreas)).toEqual([5, 4, 2, 1, 1, 2, 1, 2]);
    expect(row(overview.nationwide.figures)).toEqual([1, 1, 0, 1, 0, 0, 1, 0]);
    expect(row(overview.all)).toEqual([6, 5, 2, 2, 1, 2, 2, 2]);
  });
});

describe('the CSV of figures', () => {
  const rows = areaCsvRows(overview, 'https://example.org');
  /** Rows per area: 2 totals + 3 statuses + 16 kinds + 16 place types + 3 strategies + 3 + 3 contact + 6 + 6 features + 4 tariffs. */
  const perArea = 62;

  test('every area has the same rows: all, nationwide, and each municipality followed by its neighbourhoods', () => {
    const areasInOrder = [
      ...new Set(rows.map((r) => `${r.level}|${r.municipalityCode}|${r.municipality}|${r.neighbourhood}`)),
    ];
    expect(areasInOrder).toEqual([
      'all|||',
      'nationwide|||',
      'municipality|GM0202|Arnhem|',
      'municipality|GM0268|Nijmegen|',
      'neighbourhood|GM0268|Nijmegen|Bottendaal',
      'neighbourhood|GM0268|Nijmegen|Lent',
      'municipality|GM0599|Rotterdam|',
      'neighbourhood|GM0599|Rotterdam|Feijenoord',
    ]);
    expect(rows).toHaveLength(8 * perArea);
  });

  const find = (level: string, where: string, measure: string, value: string) =>
    rows.find(
      (r) =>
        r.level === level &&
        (r.neighbourhood || r.municipality) === where &&
        r.measure === measure &&
        r.valueId === value,
    );

  test('totals, counts and the total each share is of', () => {
    expect(find('municipality', 'Nijmegen', 'totals', 'initiatives')).toMatchObject({ count: '4', total: '' });
    expect(find('municipality', 'Nijmegen', 'totals', 'places')).toMatchObject({ count: '3', total: '' });
    expect(find('municipality', 'Nijmegen', 'strategy', 'bonding')).toMatchObject({
      count: '2',
      total: '4',
      valueLabelNl: 'Bonding (binden)',
      valueLabelEn: 'Bonding',
      url: 'https://example.org/gebieden/nijmegen/',
    });
    expect(find('neighbourhood', 'Lent', 'placesByStatus', 'disappeared')).toMatchObject({
      count: '1',
      total: '2',
      url: 'https://example.org/gebieden/nijmegen/lent/',
    });
    expect(find('municipality', 'Arnhem', 'tariff', 'free')).toMatchObject({ count: '0', total: '0' });
    expect(rows.find((r) => r.level === 'all' && r.valueId === 'places')).toMatchObject({
      count: '5',
      url: 'https://example.org/gebieden/',
    });
    expect(rows.find((r) => r.level === 'nationwide' && r.valueId === 'initiatives')).toMatchObject({
      count: '1',
      url: '',
    });
  });

  test('RFC 4180 text that parses back to the same rows', () => {
    const text = areaCsv(overview, 'https://example.org');
    expect(text.startsWith(`${areaCsvColumns.map((c) => `"${c}"`).join(',')}\r\n`)).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(rows);
  });

  test('a neighbourhood name with a comma and quotes survives the round trip', () => {
    const odd = buildCatalog([makeItem('odd', { municipality: 'Arnhem', neighbourhood: 'Het "Broek", Noord' })]);
    const oddPlaces = buildPlaceIndex([], odd);
    const oddOverview = areaOverview(listAreas(odd, oddPlaces), odd, oddPlaces);
    const parsed = Papa.parse<Record<string, string>>(areaCsv(oddOverview, 'https://example.org'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data.find((r) => r.level === 'neighbourhood')?.neighbourhood).toBe('Het "Broek", Noord');
  });
});
