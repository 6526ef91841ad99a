/**
 * What the CMS does for a practitioner before saving and in its interface: headings in the entry's language,
 * fields left to the editors listed in `pending`, their own account dated, every Decap phrase in Dutch.
 */
import { describe, expect, test } from 'vitest';
import { localizeHeadings, prepareInitiative } from '../../src/cms/entry-data.ts';
import { counterText } from '../../src/cms/counted-widget.ts';
import { dutchPhrases, type Phrases } from '../../src/cms/locale-nl.ts';
import { privateContactFile, privateContactPath } from '../../src/cms/private-contact-store.ts';
import { saveProblems } from '../../src/cms/save-check.ts';
import { bodySections, initiativeSchema, pendingFields } from '../../src/schema/initiative.ts';

/** Decap's phrases of one language, from the package's sources (its bundle needs a browser). */
const phrasesOf = async (lang: string): Promise<Phrases> =>
  ((await import(`../../node_modules/decap-cms-locales/src/${lang}/index.js`)) as { default: Phrases }).default;

const options = {
  pendingFields,
  sections: bodySections,
  ownAccountTitle: { nl: 'Opgave van de initiatiefnemers', en: 'Account by the initiators' },
};

describe('before saving', () => {
  test('the suggested headings follow the entry’s language; other headings stay as typed', () => {
    const body = '## Aanleiding\n\nWe started in 2019.\n\n## Onze eigen kop\n\n## Meer weten\n';
    expect(localizeHeadings(body, 'en', bodySections)).toBe(
      '## Background\n\nWe started in 2019.\n\n## Onze eigen kop\n\n## Find out more\n',
    );
    expect(localizeHeadings('## Background\n', 'nl', bodySections)).toBe('## Aanleiding\n');
  });

  test('fields left empty go to the editors; the own account gets today’s date and the entry’s language', () => {
    const { set } = prepareInitiative(
      {
        lang: 'en',
        body: '## Aanpak\n\nx\n',
        sources: [{ kind: 'own-account', title: 'Opgave van de initiatiefnemers' }],
      },
      '2025-11-21',
      options,
    );
    expect(set).toEqual({
      pending: ['themes', 'permanence', 'status'],
      sources: [{ kind: 'own-account', title: 'Account by the initiators', date: '2025-11-21' }],
      body: '## Approach\n\nx\n',
    });
    // Filled in later by the editors: taken off the list.
    expect(
      prepareInitiative(
        { themes: ['health'], permanence: 'permanent', status: 'active', pending: ['themes'] },
        '2025-11-21',
        options,
      ).set,
    ).toEqual({ pending: [] });
  });

  test('an entry with fields left to the editors passes the schema without made-up values', () => {
    const result = initiativeSchema.safeParse({
      kind: 'example',
      title: 'Repair Café',
      summary: 'Samen repareren.',
      municipality: 'Heumen',
      strategy: 'bridging',
      strategyNote: 'Buren die elkaar anders niet tegenkomen, repareren samen met vrijwilligers hun spullen.',
      actors: [{ type: 'volunteers' }],
      placeTypes: ['community-centre'],
      targetGroups: ['everyone'],
      contactIntensity: 'recurring',
      tariff: 'free',
      sources: [{ kind: 'own-account', title: 'Opgave van de initiatiefnemers', date: '2025-11-21' }],
      published: '2025-11-21',
      pending: ['themes', 'permanence', 'status'],
    });
    expect(result.error?.issues ?? []).toEqual([]);
    const without = initiativeSchema.safeParse({ ...result.data, pending: [] });
    expect(without.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'permanence',
      'status',
      'themes',
    ]);
  });
});

describe('the interface', () => {
  test('every phrase Decap has in English has a Dutch one', async () => {
    const [en, nl] = [await phrasesOf('en'), await phrasesOf('nl')];
    const flat = (tree: Phrases, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([key, value]) =>
        typeof value === 'string' ? [`${prefix}${key}`] : flat(value, `${prefix}${key}.`),
      );
    const dutch = new Set(flat(dutchPhrases(nl)));
    expect(flat(en).filter((key) => !dutch.has(key))).toEqual([]);
    const phrase = (path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Phrases)[key], dutchPhrases(nl));
    expect(phrase('collection.collectionTop.newButton')).not.toContain('＋');
    expect(phrase('ui.toast.onFailToPersist')).toBe('%{details}');
  });

  test('the counter counts as the schema does', () => {
    expect(counterText('  Repair Café  ', 120)).toBe('11 van 120 tekens');
    expect(counterText('x'.repeat(302), 300)).toBe('302 van 300 tekens: 2 te veel');
  });

  test('the contact for the editors is no field of the entry: the save check does not mind it', () => {
    expect(saveProblems({ privateContact: 'Jan, 06-12345678' }).join('\n')).not.toContain('privateContact');
  });

  test('the contact for the editors is kept outside content/, as JSON', () => {
    expect(privateContactPath('initiatives', 'repair-cafe')).toBe('.cms-private/initiatives/repair-cafe.json');
    const text = privateContactFile(
      { collection: 'initiatives', slug: 'repair-cafe', title: 'Repair Café', contact: 'Jan, 06-12345678' },
      '2025-11-21T10:00:00.000Z',
    );
    expect(JSON.parse(text)).toMatchObject({ slug: 'repair-cafe', contact: 'Jan, 06-12345678' });
  });
});
