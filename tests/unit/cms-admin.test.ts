/**
 * What the /admin script does around Decap: which local server it may talk to,
 * what it drops before saving, the Dutch save check (initiatives, places,
 * collections), and the previews of an initiative and a place.
 */
import { createElement, isValidElement, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { describe, expect, test } from 'vitest';
import { emptyPaths, pruneEmpty, type Path } from '../../src/cms/entry-data.ts';
import { isLoopback, localBackendOverride } from '../../src/cms/local-backend.ts';
import { cmsConfig } from '../../src/cms/config.ts';
import { placeTextOf } from '../../src/cms/labels.ts';
import { InitiativePreview, PlacePreview, previewInitiative, previewPlace } from '../../src/cms/preview.ts';
import { labelOfPath, placeSaveProblems, saveChecks, saveProblems } from '../../src/cms/save-check.ts';
import { site } from '../../src/site.config.ts';

describe('localBackendOverride: ?local_backend= on this machine only', () => {
  test.each([
    ['?local_backend=8082', 'localhost', 'http://127.0.0.1:8082/api/v1'],
    ['?local_backend=8082', '127.0.0.1', 'http://127.0.0.1:8082/api/v1'],
    ['?local_backend=http://localhost:9000/api/v1', '127.0.0.1', 'http://localhost:9000/api/v1'],
    ['?x=1&local_backend=http%3A%2F%2F127.0.0.1%3A9001%2Fapi%2Fv1', 'localhost', 'http://127.0.0.1:9001/api/v1'],
  ])('%s on %s → %s', (search, host, url) => {
    expect(localBackendOverride(search, host)).toBe(url);
  });

  test.each([
    ['no parameter', '', 'localhost'],
    ['a published site', '?local_backend=8082', 'buurtpodium.nl'],
    ['a server elsewhere', '?local_backend=http://evil.example:8081/api/v1', 'localhost'],
    ['https elsewhere', '?local_backend=https://evil.example/api/v1', 'localhost'],
    ['another path', '?local_backend=http://127.0.0.1:8081/other', 'localhost'],
    ['credentials in the URL', '?local_backend=http://user:pw@127.0.0.1:8081/api/v1', 'localhost'],
    ['a privileged port', '?local_backend=80', 'localhost'],
    ['not a URL', '?local_backend=%%%', 'localhost'],
    ['a host that only starts like localhost', '?local_backend=http://localhost.evil.example:8081/api/v1', 'localhost'],
  ])('ignores %s', (_what, search, host) => {
    expect(localBackendOverride(search, host)).toBeUndefined();
  });

  test('loopback hosts', () => {
    expect(['localhost', '127.0.0.1', '[::1]', 'LOCALHOST'].every(isLoopback)).toBe(true);
    expect(['127.0.0.2.example', 'buurtpodium.nl', '0.0.0.0'].some(isLoopback)).toBe(false);
  });
});

/** Delete paths the way Immutable's deleteIn does, on plain data. */
function deleteIn(data: unknown, path: Path): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return data;
  if (Array.isArray(data)) {
    const copy = [...(data as unknown[])];
    if (rest.length === 0) copy.splice(Number(key), 1);
    else copy[Number(key)] = deleteIn(copy[Number(key)], rest);
    return copy;
  }
  const copy = { ...(data as Record<string, unknown>) };
  if (rest.length === 0) Reflect.deleteProperty(copy, key);
  else copy[key] = deleteIn(copy[key], rest);
  return copy;
}

describe('what the CMS drops before saving', () => {
  const decap = {
    title: 'Buurtkamer',
    neighbourhood: '',
    placeName: '   ',
    startDate: '',
    thresholdFeatures: [],
    links: [{ title: '', url: '' }, { title: 'Site', url: 'https://example.nl' }, { title: '' }],
    coordinates: { lat: '', lng: '' },
    contact: { name: '', emailPublic: false },
    actors: [{ type: 'residents', name: '' }],
    sources: [{ title: 'Bron', year: 2024 }],
    image: { src: 'x.jpg', alt: '' },
    body: '## Aanleiding\n',
  };
  const expected = {
    title: 'Buurtkamer',
    links: [{ title: 'Site', url: 'https://example.nl' }],
    actors: [{ type: 'residents' }],
    sources: [{ title: 'Bron', year: 2024 }],
    image: { src: 'x.jpg' },
    body: '## Aanleiding\n',
  };

  test('pruneEmpty drops "", spaces, empty lists and groups (also a group of unticked boxes), keeps false and 0', () => {
    expect(pruneEmpty(decap)).toEqual(expected);
    expect(pruneEmpty({ a: 0, b: false, c: null, d: undefined })).toEqual({ a: 0, b: false });
    expect(pruneEmpty({ contact: { email: 'a@b.nl', emailPublic: false } })).toEqual({
      contact: { email: 'a@b.nl', emailPublic: false },
    });
  });

  test('deleting emptyPaths one by one gives the same result (list items last to first)', () => {
    const paths = emptyPaths(decap);
    expect(paths.reduce<unknown>((data, path) => deleteIn(data, path), decap)).toEqual(expected);
    expect(paths).toContainEqual(['links', 2]);
    expect(paths.findIndex((p) => p.join() === 'links,2')).toBeLessThan(paths.findIndex((p) => p.join() === 'links,0'));
  });

  test('nothing to drop from a clean entry', () => {
    expect(emptyPaths(expected)).toEqual([]);
  });
});

describe('the save check', () => {
  const valid = {
    title: 'Buurtkamer',
    summary: 'Een huiskamer voor de buurt.',
    kind: 'example',
    strategy: 'bonding',
    strategyNote: 'Buren uit dezelfde straat, van dezelfde leeftijd, drinken er elke week samen koffie.',
    municipality: 'Utrecht',
    actors: [{ type: 'residents' }],
    placeTypes: ['living-room'],
    targetGroups: ['everyone'],
    themes: ['loneliness'],
    contactIntensity: 'recurring',
    tariff: 'free',
    permanence: 'permanent',
    status: 'active',
    sources: [{ title: 'Bron' }],
    published: '2025-01-01',
    body: '## Aanleiding\n\nWij <3 de buurt {echt}.\n',
  };

  test('a valid entry, with Decap leftovers, passes', () => {
    expect(saveProblems({ ...valid, neighbourhood: '', links: [], contact: { emailPublic: false } })).toEqual([]);
  });

  test('names each field by its Dutch CMS label, list items counted from 1', () => {
    expect(labelOfPath(['sources', 1, 'title'])).toBe('Bronnen 2 → Titel');
    expect(labelOfPath(['image', 'alt'])).toBe('Afbeelding → Alt-tekst');
    expect(labelOfPath(['summary'])).toBe('Samenvatting');
    expect(labelOfPath([])).toBe('Initiatief');
  });

  test('says what Decap cannot check: a required field in an optional group', () => {
    expect(saveProblems({ ...valid, image: { src: 'x.jpg' } })).toEqual(['Afbeelding → Alt-tekst: vul dit in.']);
  });

  test('says what Decap cannot check: fields that depend on each other', () => {
    expect(
      saveProblems({
        ...valid,
        startDate: '2025-05-01',
        endDate: '2025-04-01',
        contact: { email: 'info@example.nl', emailPublic: false },
      }),
    ).toEqual([
      'Gestopt in: ligt voor de startdatum. Kies een datum op of na de start.',
      'Contact → E-mailadres: mag alleen op de site als de organisatie dat goedvindt. Zet het vinkje voor toestemming aan, of laat het adres weg.',
    ]);
  });

  test('refuses an unsafe body, quoting the text around it (a rich-text writer sees no line numbers)', () => {
    expect(saveProblems({ ...valid, body: '## Aanleiding\n\n<img src=x onerror=alert(1)>\n' })).toEqual([
      'Tekst, bij “<img src=x onerror=alert(1)>”: het attribuut onerror zou code uitvoeren in de browser van de lezer. Haal het weg.',
    ]);
  });

  test('a municipality that is not an official name says which one to use (a file edited by hand)', () => {
    expect(saveProblems({ ...valid, municipality: 'Den Haag' })).toEqual([
      "Gemeente: “Den Haag” heet officieel “'s-Gravenhage” (op de lijst van het CBS van 1 januari 2025). Kies die naam uit de lijst.",
    ]);
    expect(saveProblems({ ...valid, municipality: 'Bergen' })).toEqual([
      'Gemeente: er zijn 2 gemeenten die “Bergen” heten (op de lijst van het CBS van 1 januari 2025). Kies “Bergen (NH.)” of “Bergen (L.)”.',
    ]);
  });

  test('a missing field and a too long one', () => {
    const rest: Record<string, unknown> = { ...valid };
    delete rest.strategyNote;
    expect(saveProblems({ ...rest, summary: 'x'.repeat(301) })).toEqual([
      'Samenvatting: 301 tekens is te lang, het mogen er hoogstens 300 zijn. Maak het korter.',
      'Wie ontmoeten elkaar: vul dit in.',
    ]);
  });
});

describe('the save check of a place', () => {
  const place = {
    title: 'Buurthuis De Boog',
    summary: 'Een buurthuis dat gesloten is.',
    kind: 'community-centre',
    status: 'disappeared',
    targetGroups: ['everyone'],
    contactIntensity: 'recurring',
    sources: [{ title: 'Wijkkrant' }],
    published: '2025-01-01',
    body: '## Wat voor plek\n\nWij <3 de buurt {echt}.\n',
  };

  test('a valid place, with Decap leftovers, passes', () => {
    expect(placeSaveProblems({ ...place, neighbourhood: '', thresholdFeatures: [], image: { src: '' } })).toEqual([]);
  });

  test('names fields by the place labels', () => {
    expect(labelOfPath(['kind'], placeTextOf, 'Plek')).toBe('Soort plek');
    expect(labelOfPath(['sources', 0, 'title'], placeTextOf, 'Plek')).toBe('Bronnen 1 → Titel');
    const rest: Record<string, unknown> = { ...place };
    delete rest.kind;
    expect(placeSaveProblems(rest)).toEqual(['Soort plek: kies een van de mogelijkheden.']);
  });

  test('says what Decap cannot check: dates that depend on the status, a neighbourhood without a municipality', () => {
    const problems = placeSaveProblems({
      ...place,
      status: 'missed',
      openedDate: '2020-01-01',
      closedDate: '2021-01-01',
      neighbourhood: 'Oost',
    });
    expect(problems.map((problem) => problem.split(':')[0])).toEqual(['Gesloten op', 'Geopend op', 'Gemeente']);
    expect(placeSaveProblems({ ...place, image: { src: 'x.jpg' } })).toEqual(['Afbeelding → Alt-tekst: vul dit in.']);
  });

  test('refuses an unsafe body, as for initiatives', () => {
    expect(placeSaveProblems({ ...place, body: '<script>alert(1)</script>\n' })).toEqual([
      'Tekst, bij “<script>alert(1)</script>”: het element <script> is niet toegestaan, want het kan code uitvoeren of een andere pagina laden. Haal het weg.',
    ]);
  });

  test('every collection in the CMS has its save check', () => {
    const names = cmsConfig(site, { localBackend: false }).collections.map((collection) => collection.name);
    expect(Object.keys(saveChecks).sort()).toEqual([...names].sort());
    expect(saveChecks.places).toBe(placeSaveProblems);
  });
});

/**
 * Static HTML of a tree of plain elements (no renderer needed). The one component in it, the "Bestaat dit al?"
 * hint, shows nothing until its index has loaded (a hook), so it is left out here; tests/unit/similar.test.ts
 * ranks what it would show.
 */
function toHtml(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (isValidElement(node) && typeof node.type === 'function') return '';
  if (typeof node === 'string' || typeof node === 'number')
    return String(node).replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  if (Array.isArray(node)) return node.map((child: ReactNode) => toHtml(child)).join('');
  if (!isValidElement(node) || typeof node.type !== 'string') throw new Error('toHtml: only plain elements');
  const { children, ...props } = node.props as Record<string, unknown> & { children?: ReactNode };
  const attributes = Object.entries(props)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([name, value]) => ` ${name === 'className' ? 'class' : name}="${String(value)}"`)
    .join('');
  return `<${node.type}${attributes}>${toHtml(children)}</${node.type}>`;
}

describe('the preview', () => {
  test('previewInitiative fills what is missing so the fact list can render an unfinished entry', () => {
    const data = previewInitiative({ title: 'X', startDate: '2025-02-30', coordinates: { lat: 52 } });
    expect(data).toMatchObject({ title: 'X', actors: [], placeTypes: [], places: [], sources: [], lang: 'nl' });
    expect(data.startDate).toBeUndefined();
    expect(data.coordinates).toBeUndefined();
    expect(data.published).toBeInstanceOf(Date);
  });

  test('renders title, facts with taxonomy labels and definitions, sources and what is still missing', () => {
    const raw = {
      title: 'Buurtkamer De Kroon',
      summary: 'Koffie voor de buurt.',
      strategy: 'bridging',
      actors: [{ type: 'residents', name: 'Bewonersgroep' }],
      sources: [{ title: 'Jaarverslag', author: 'De Kroon', year: 2024, url: 'https://example.nl' }],
      places: ['buurthuis-de-boog', 'onbekend'],
      published: '2025-01-01',
    };
    const entry = { get: () => ({ toJS: () => raw }) };
    // What the relation widget keeps of the places it offered: their data, by field, collection and slug.
    const fieldsMetaData = {
      toJS: () => ({ places: { places: { 'buurthuis-de-boog': { title: 'Buurthuis De Boog' } } } }),
    };
    const asked: unknown[] = [];
    const widgetFor = (name: unknown) => {
      asked.push(name);
      return createElement('p', null, 'TEKST');
    };
    const html = toHtml(
      InitiativePreview({
        entry,
        widgetFor,
        fieldsMetaData,
        getAsset: () => ({ url: '' }),
      } as unknown as PreviewTemplateComponentProps),
    );
    expect(html).toContain('<h1>Buurtkamer De Kroon</h1>');
    expect(html).toContain('Bridging (overbruggen)');
    expect(html).toContain('Erin slagen contact te maken met mensen buiten de eigen groep');
    expect(html).toContain('Bewonersgroep (bewoners)');
    expect(html).toContain('<a href="https://example.nl">Jaarverslag</a>');
    expect(html).toContain('TEKST');
    expect(asked).toEqual(['body']);
    expect(html).toContain('Wie ontmoeten elkaar: vul dit in.');
    expect(html).toContain('Gepubliceerd: 1 januari 2025');
    // The places it points at: the title Decap knows, the slug otherwise.
    expect(html).toContain('<dt>Plekken in de atlas</dt><dd><ul><li>Buurthuis De Boog</li><li>onbekend</li></ul>');
  });

  test('previewPlace fills what is missing so the place page’s fact list can render an unfinished place', () => {
    const data = previewPlace({ title: 'X', openedDate: '2025-02-30', coordinates: { lng: 5 } });
    expect(data).toMatchObject({ title: 'X', targetGroups: [], thresholdFeatures: [], sources: [], lang: 'nl' });
    expect(data.openedDate).toBeUndefined();
    expect(data.coordinates).toBeUndefined();
    expect(data.published).toBeInstanceOf(Date);
  });

  test('renders a place: title, the place page’s facts with taxonomy labels and definitions, sources, what is missing', () => {
    const raw = {
      title: 'Buurthuis De Boog',
      summary: 'Een buurthuis dat gesloten is.',
      kind: 'community-centre',
      status: 'disappeared',
      municipality: 'Nijmegen',
      closedDate: '2019-12-31',
      sources: [{ title: 'Wijkkrant', url: 'https://example.nl/wijkkrant' }],
      image: { src: '/x.jpg', alt: 'Het buurthuis.' },
      published: '2025-01-01',
    };
    const html = toHtml(
      PlacePreview({
        entry: { get: () => ({ toJS: () => raw }) },
        widgetFor: () => createElement('p', null, 'TEKST'),
        getAsset: (src: string) => ({ url: `asset:${src}` }),
      } as unknown as PreviewTemplateComponentProps),
    );
    expect(html).toContain('<h1>Buurthuis De Boog</h1>');
    expect(html).toContain('<img class="preview-image" src="asset:/x.jpg" alt="Het buurthuis.">');
    expect(html).toContain('<dt>Status</dt>');
    expect(html).toContain('Verdwenen');
    expect(html).toContain('De plek bestond en is gesloten of verdwenen');
    expect(html).toContain('Gesloten');
    expect(html).toContain('31 december 2019');
    expect(html).toContain('Nijmegen');
    expect(html).toContain('<a href="https://example.nl/wijkkrant">Wijkkrant</a>');
    expect(html).toContain('TEKST');
    expect(html).toContain('Nog niet compleet. Dit moet kloppen voordat de plek kan worden opgeslagen:');
    // Still missing: who comes, and the contact that arises.
    expect(html).toContain('Wie komen er: kies er ten minste 1.');
    expect(html).toContain('Soort contact: kies een van de mogelijkheden.');
  });
});
