/**
 * The Netherlands as one box of latitudes and longitudes (WGS 84): the mainland, the Wadden islands and a margin.
 * The one box of the code base: the schema checks coordinates against it (a point outside it was mistyped, or has
 * lat and lng swapped), and the map page shows it when it has no points to fit (before they are in, or when a
 * selection keeps none). Imports nothing, so the map page's script can read it too.
 */
export const NETHERLANDS_BOUNDS = { minLat: 50.6, maxLat: 53.7, minLng: 3.2, maxLng: 7.3 } as const;
