/**
 * The facts of an entry page, the terms it uses and its citation, on one
 * entry with every optional field and one with none.
 */
import { describe, expect, test } from 'vitest';
import { citation, entryFacts, termsUsed, type Fact } from '../../src/lib/present/entry-facts.ts';
import type { UiKey } from '../../src/i18n/index.ts';
import { makeInitiative } from './make-initiative.ts';

const full = makeInitiative({
  title: 'IJssalon De Hoek',
  strategy: 'both',
  strategyNote: 'Ouderen uit het dorp en jongeren van buiten, die elkaar anders niet spreken.',
  actors: [{ type: 'welfare-organisation', name: 'Stichting Wijkwerk' }, { type: 'residents' }],
  placeTypes: ['cafe', 'community-centre'],
  placeName: 'IJssalon De Hoek',
  municipality: "'s-Hertogenbosch",
  neighbourhood: 'De Muntel',
  coordinates: { lat: 51.7, lng: 5.3125 },
  targetGroups: ['older-people', 'everyone'],
  themes: ['health', 'loneliness'],
  contactIntensity: 'recurring',
  tariff: 'social',
  permanence: 'temporary',
  startDate: '2024-03-01',
  endDate: '2026-11-01',
  status: 'active',
  thresholdFeatures: ['walk-in', 'free-entry'],
  hostRole: 'De eigenaar kent iedereen bij naam.',
  published: '2025-02-03',
});

const minimal = makeInitiative({
  title: 'Huiskamer in de wijk',
  strategy: 'bonding',
  strategyNote: 'Buren uit dezelfde straat, van dezelfde leeftijd, drinken er samen koffie.',
  actors: [{ type: 'volunteers' }],
  placeTypes: ['living-room'],
  targetGroups: ['single-person-households'],
  themes: ['loneliness'],
  contactIntensity: 'lasting',
  tariff: 'free',
  permanence: 'permanent',
  published: '2025-02-03',
});

const keys = (facts: Fact[]): UiKey[] => facts.map((fact) => fact.key);

function fact(facts: Fact[], key: UiKey): Fact {
  const found = facts.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no fact ${key}`);
  return found;
}

const texts = (facts: Fact[], key: UiKey): string[] => fact(facts, key).values.map((value) => value.text);

describe('entryFacts', () => {
  test('every fact of a full entry, in English, with labels instead of ids', () => {
    expect(entryFacts(full, 'en')).toStrictEqual([
      {
        key: 'entry.kind',
        values: [{ text: 'Practice example', facet: { key: 'kind', value: 'example' } }],
        definition:
          'One concrete initiative: where it is, who carries it and whether it still runs, from a source that names this very case.',
      },
      {
        key: 'entry.strategy',
        values: [{ text: 'Bonding and bridging', facet: { key: 'strategy', value: 'both' } }],
        definition:
          'Contact arises both within a group whose members recognise themselves in each other and with people outside that group.',
      },
      {
        key: 'entry.strategyNote',
        values: [
          { text: 'Ouderen uit het dorp en jongeren van buiten, die elkaar anders niet spreken.', authored: true },
        ],
      },
      {
        key: 'entry.actors',
        values: [
          {
            text: 'Stichting Wijkwerk (welfare organisation)',
            facet: { key: 'actor', value: 'welfare-organisation' },
            authored: true,
            note: 'formal',
          },
          { text: 'Residents', facet: { key: 'actor', value: 'residents' }, authored: false, note: 'informal' },
        ],
      },
      {
        key: 'entry.placeTypes',
        values: [
          { text: 'Café, restaurant or ice-cream parlour', facet: { key: 'place', value: 'cafe' } },
          { text: 'Community centre', facet: { key: 'place', value: 'community-centre' } },
        ],
      },
      { key: 'entry.placeName', values: [{ text: 'IJssalon De Hoek', authored: true }] },
      {
        key: 'entry.municipality',
        values: [{ text: "'s-Hertogenbosch", facet: { key: 'municipality', value: 's-hertogenbosch' } }],
      },
      { key: 'entry.neighbourhood', values: [{ text: 'De Muntel', authored: true }] },
      { key: 'entry.coordinates', values: [{ text: '51.70000, 5.31250' }] },
      {
        key: 'entry.targetGroups',
        values: [
          { text: 'Older people', facet: { key: 'target', value: 'older-people' } },
          { text: 'Everyone', facet: { key: 'target', value: 'everyone' } },
        ],
      },
      {
        key: 'entry.themes',
        values: [
          { text: 'Health', facet: { key: 'theme', value: 'health' } },
          { text: 'Loneliness', facet: { key: 'theme', value: 'loneliness' } },
        ],
      },
      {
        key: 'entry.contactIntensity',
        values: [{ text: 'Recurring contact' }],
        definition: 'People meet regularly and know each other by face or name.',
      },
      {
        key: 'entry.tariff',
        values: [{ text: 'Social rate' }],
        definition: 'A low or income-related price, so that money is no barrier.',
      },
      {
        key: 'entry.permanence',
        values: [{ text: 'Temporary (pop-up)' }],
        definition: 'The initiative exists for a set time, for example in an empty building: a pop-up facility.',
      },
      { key: 'entry.period', values: [{ text: 'from 1 March 2024 until 1 November 2026' }] },
      {
        key: 'entry.status',
        values: [{ text: 'Active' }],
        definition:
          'The initiative was running when the source described it; “last checked” says when the editors verified that.',
      },
      { key: 'entry.thresholdFeatures', values: [{ text: 'Walk-in hours' }, { text: 'Free entry' }] },
      { key: 'entry.hostRole', values: [{ text: 'De eigenaar kent iedereen bij naam.', authored: true }] },
    ]);
  });

  test('the same entry in Dutch uses the Dutch labels and notes', () => {
    const facts = entryFacts(full, 'nl');
    expect(texts(facts, 'entry.strategy')).toEqual(['Bonding én bridging']);
    expect(fact(facts, 'entry.strategy').definition).toBe(
      'Er ontstaat zowel contact binnen een groep die zich in elkaar herkent als contact met mensen van buiten die groep.',
    );
    expect(fact(facts, 'entry.actors').values).toEqual([
      {
        text: 'Stichting Wijkwerk (welzijnsorganisatie)',
        facet: { key: 'actor', value: 'welfare-organisation' },
        authored: true,
        note: 'formeel',
      },
      { text: 'Bewoners', facet: { key: 'actor', value: 'residents' }, authored: false, note: 'informeel' },
    ]);
    expect(texts(facts, 'entry.placeTypes')).toEqual(['Café, restaurant of ijssalon', 'Buurthuis of wijkcentrum']);
    expect(texts(facts, 'entry.targetGroups')).toEqual(['Ouderen', 'Iedereen']);
    expect(texts(facts, 'entry.themes')).toEqual(['Gezondheid', 'Eenzaamheid']);
    expect(texts(facts, 'entry.tariff')).toEqual(['Sociaal tarief']);
    expect(texts(facts, 'entry.period')).toEqual(['vanaf 1 maart 2024 tot 1 november 2026']);
    expect(texts(facts, 'entry.thresholdFeatures')).toEqual(['Inloopuren', 'Vrije toegang']);
  });

  test('no fact text is a bare taxonomy id', () => {
    const ids = ['both', 'welfare-organisation', 'residents', 'cafe', 'community-centre', 'older-people', 'everyone'];
    for (const lang of ['nl', 'en'] as const) {
      const all = entryFacts(full, lang).flatMap((item) => item.values.map((value) => value.text));
      for (const id of ids) expect(all).not.toContain(id);
    }
  });

  test('absent optional fields leave their facts out; a form has no municipality and no status', () => {
    expect(minimal.kind).toBe('form');
    expect(keys(entryFacts(minimal, 'nl'))).toEqual([
      'entry.kind',
      'entry.strategy',
      'entry.strategyNote',
      'entry.actors',
      'entry.placeTypes',
      'entry.targetGroups',
      'entry.themes',
      'entry.contactIntensity',
      'entry.tariff',
      'entry.permanence',
    ]);
  });

  test('a practice example without a municipality shows its region in words, without a facet link', () => {
    const nationwide = makeInitiative({ status: 'active' });
    expect(fact(entryFacts(nationwide, 'nl'), 'entry.municipality').values).toStrictEqual([
      { text: 'landelijk', authored: true },
    ]);
  });

  test('an actor without a name is its label, marked formal or informal; hybrids too', () => {
    const hybrid = makeInitiative({
      actors: [{ type: 'social-entrepreneur' }, { type: 'artist', name: 'Atelier Oost' }],
    });
    expect(fact(entryFacts(hybrid, 'nl'), 'entry.actors').values).toEqual([
      {
        text: 'Sociaal ondernemer',
        facet: { key: 'actor', value: 'social-entrepreneur' },
        authored: false,
        note: 'formeel',
      },
      {
        text: 'Atelier Oost (kunstenaar of sociaal ontwerper)',
        facet: { key: 'actor', value: 'artist' },
        authored: true,
        note: 'informeel',
      },
    ]);
  });

  test('the period with only a start or only an end date', () => {
    const from = makeInitiative({ startDate: '2023-09-15' });
    expect(texts(entryFacts(from, 'nl'), 'entry.period')).toEqual(['vanaf 15 september 2023']);
    expect(texts(entryFacts(from, 'en'), 'entry.period')).toEqual(['from 15 September 2023']);
    const until = makeInitiative({ permanence: 'temporary', status: 'ended', endDate: '2024-12-31' });
    expect(texts(entryFacts(until, 'nl'), 'entry.period')).toEqual(['tot 31 december 2024']);
    expect(texts(entryFacts(until, 'en'), 'entry.period')).toEqual(['until 31 December 2024']);
  });

  test('threshold features appear only when there are some', () => {
    expect(minimal.thresholdFeatures).toEqual([]);
    expect(keys(entryFacts(minimal, 'en'))).not.toContain('entry.thresholdFeatures');
    expect(
      texts(entryFacts(makeInitiative({ thresholdFeatures: ['multilingual'] }), 'en'), 'entry.thresholdFeatures'),
    ).toEqual(['Several languages']);
  });
});

describe('termsUsed', () => {
  const pairs = (data: Parameters<typeof termsUsed>[0]) =>
    termsUsed(data).map((used) => `${used.vocabulary}:${used.term.id}`);

  test('the terms of the list fields, once each, in taxonomy order (not the entry’s order)', () => {
    expect(pairs(full)).toEqual([
      'actorType:welfare-organisation',
      'actorType:residents',
      'placeType:community-centre',
      'placeType:cafe',
      'targetGroup:everyone',
      'targetGroup:older-people',
      'theme:loneliness',
      'theme:health',
      'thresholdFeature:free-entry',
      'thresholdFeature:walk-in',
    ]);
  });

  test('single-valued fields (strategy, contact, tariff, permanence, status) are left out', () => {
    expect(pairs(minimal)).toEqual([
      'actorType:volunteers',
      'placeType:living-room',
      'targetGroup:single-person-households',
      'theme:loneliness',
    ]);
  });

  test('an actor type named twice counts once; the same id in two vocabularies counts in each', () => {
    const data = makeInitiative({
      actors: [
        { type: 'library', name: 'Bibliotheek Rivierenland' },
        { type: 'volunteers' },
        { type: 'library', name: 'Bibliotheek Gelderland Zuid' },
      ],
      placeTypes: ['library', 'school'],
      targetGroups: ['families'],
      themes: ['education'],
    });
    expect(pairs(data)).toEqual([
      'actorType:library',
      'actorType:volunteers',
      'placeType:library',
      'placeType:school',
      'targetGroup:families',
      'theme:education',
    ]);
  });

  test('each used term carries its definitions', () => {
    const first = termsUsed(minimal)[0];
    expect(first?.term.label.en).toBe('Volunteers');
    expect(first?.term.definition.nl).toBe(
      'Mensen die onbetaald en op eigen keuze tijd geven aan een activiteit of organisatie.',
    );
  });
});

describe('citation', () => {
  const url = 'https://buurtpodium.nl/initiatief/ijssalon-de-hoek/';

  test('Dutch and English APA style, dated by the publication date', () => {
    expect(citation(full, url, 'nl', 'Buurtpodium', 'Redactie Buurtpodium')).toBe(
      'Redactie Buurtpodium (2025, 3 februari). IJssalon De Hoek. Buurtpodium. https://buurtpodium.nl/initiatief/ijssalon-de-hoek/',
    );
    expect(citation(full, url, 'en', 'Buurtpodium', 'Buurtpodium editors')).toBe(
      'Buurtpodium editors (2025, February 3). IJssalon De Hoek. Buurtpodium. https://buurtpodium.nl/initiatief/ijssalon-de-hoek/',
    );
  });

  test('uses the update date when there is one', () => {
    const updated = makeInitiative({ title: 'Moestuin Oost', published: '2025-02-03', updated: '2026-11-01' });
    expect(citation(updated, 'https://example.nl/x/', 'nl', 'Buurtpodium', 'Redactie')).toBe(
      'Redactie (2026, 1 november). Moestuin Oost. Buurtpodium. https://example.nl/x/',
    );
    expect(citation(updated, 'https://example.nl/x/', 'en', 'Buurtpodium', 'Editors')).toBe(
      'Editors (2026, November 1). Moestuin Oost. Buurtpodium. https://example.nl/x/',
    );
  });

  // Bug: APA drops the title's full stop when the title ends in its own punctuation ("Wat werkt?"), but
  // citation() always appends ". ", giving "Wat werkt?. Buurtpodium.".
  test('a title that ends in a question mark gets no extra full stop', () => {
    const question = makeInitiative({ title: 'Wie kent de buren?', published: '2025-02-03' });
    expect(citation(question, 'https://example.nl/x/', 'nl', 'Buurtpodium', 'Redactie')).toBe(
      'Redactie (2025, 3 februari). Wie kent de buren? Buurtpodium. https://example.nl/x/',
    );
  });
});
