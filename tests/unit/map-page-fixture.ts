/**
 * A map page in a test's DOM (happy-dom): the markup MapBrowser.astro, MapFilters.astro (FilterGroup.astro) and
 * MapListItem.astro render, reduced to what the script reads, with the real texts of the page's language
 * (`mapTexts`). Points are made here too, spread over the Netherlands.
 */
import { mapTexts } from '../../src/lib/present/map-data.ts';
import { mapFilterKeys, mapItemId, type MapFilterKey, type MapItem } from '../../src/lib/core/map-filters.ts';
import type { MapTiles } from '../../src/lib/core/map-page.ts';

/** Every filter of a point, empty: tests fill in the ones they need. */
export const noFacets = (): Record<MapFilterKey, string[]> =>
  Object.fromEntries(mapFilterKeys.map((key) => [key, []])) as unknown as Record<MapFilterKey, string[]>;

export const municipalities = { utrecht: 'Utrecht', zwolle: 'Zwolle', breda: 'Breda' } as const;
const labels: Partial<Record<MapFilterKey, Record<string, string>>> = {
  type: { initiative: 'Initiatief', place: 'Plek' },
  placeStatus: { active: 'Bestaat', missed: 'Gemist' },
  municipality: municipalities,
};

/** Point `i`: every third a place, municipalities in turn, on a grid over the Netherlands. */
export function point(i: number): MapItem {
  const type = i % 3 === 0 ? 'place' : 'initiative';
  const slug = `punt-${String(i).padStart(3, '0')}`;
  const municipality = Object.keys(municipalities)[i % 3] ?? 'utrecht';
  return {
    id: mapItemId(type, slug),
    type,
    slug,
    title: `Punt <${String(i)}>`,
    lang: i % 5 === 0 ? 'en' : 'nl',
    lng: 4 + (i % 10) * 0.3,
    lat: 51 + Math.floor(i / 10) * 0.2,
    facets: {
      ...noFacets(),
      municipality: [municipality],
      type: [type],
      placeStatus: type === 'place' ? [i % 2 === 0 ? 'active' : 'missed'] : [],
    },
  };
}

function filterGroups(): string {
  return mapFilterKeys
    .filter((key) => labels[key])
    .map((key) => {
      const boxes = Object.entries(labels[key] ?? {}).map(([value, label]) => {
        const id = `m-${key}-${value}`;
        return `<li><span class="choice"><input type="checkbox" id="${id}" name="${key}" value="${value}" />
          <label for="${id}">${label} <span class="count" data-count-for="${key}:${value}">(0)</span></label></span></li>`;
      });
      return `<fieldset><legend>${key}</legend><ul>${boxes.join('')}</ul></fieldset>`;
    })
    .join('');
}

const rowTemplate = `<li class="row" tabindex="-1" data-slot="row"><span class="bp-map-shape" aria-hidden="true"
  data-slot="shape"></span><span class="text"><a href="/kaart/" data-slot="title">Lijst van wat op de kaart staat</a>
  <span class="meta" data-slot="meta"></span></span><button type="button" class="show" data-slot="show">
  Op de kaart</button></li>`;

export const tiles: MapTiles = {
  url: 'https://tiles.example.test/{z}/{x}/{y}.png',
  attribution: { text: 'Kaart' },
  maxZoom: 19,
};

/** Write the map page into the document and return its root (`[data-map-browser]`). */
export function renderMapPage(lang: 'nl' | 'en' = 'nl'): HTMLElement {
  const attribute = (value: unknown) => JSON.stringify(value).replace(/&/g, '&amp;').replace(/'/g, '&#39;');
  document.body.innerHTML = `
    <a data-lang-switch href="/en/map/">English</a>
    <div class="map-browser" data-map-browser data-src="/data/map.json" data-lang="${lang}" data-base="/kaart/"
      data-other-base="/en/map/" data-tiles='${attribute(tiles)}' data-texts='${attribute(mapTexts(lang))}'>
      <details data-filter-details><summary>Filters <span data-active-count></span></summary>
        <form data-map-filters>${filterGroups()}<button type="submit">Toon</button><button type="reset">Wis</button></form>
      </details>
      <section id="map-canvas" tabindex="0"></section>
      <section class="map-list">
        <h2 id="map-list-title" tabindex="-1">Lijst</h2>
        <p role="status" data-status>45 op de kaart</p>
        <ul id="map-list" data-list></ul>
        <nav data-list-pagination hidden></nav>
        <template data-row-template>${rowTemplate}</template>
      </section>
    </div>`;
  const root = document.querySelector<HTMLElement>('[data-map-browser]');
  if (!root) throw new Error('no map page');
  return root;
}
