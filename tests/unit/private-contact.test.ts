/**
 * Private contact stays private: e-mail addresses and Dutch phone numbers in a body or summary are refused by
 * check:content, the CMS's save check and the Meedoen form, unless the entry has the organisation's permission to
 * publish contact details, and each says where they go instead.
 */
import { describe, expect, test } from 'vitest';
import { saveProblems } from '../../src/cms/save-check.ts';
import { findContactDetails, snippetAt } from '../../src/lib/core/private-contact.ts';
import { validateInitiatives, validatePlaces } from '../../src/lib/core/validation.ts';

describe('finding contact details', () => {
  test.each([
    ['Vragen? Mail reparatie@example.org', 'email', 'reparatie@example.org'],
    ['Bel 06-12345678 voor een afspraak', 'phone', '06-12345678'],
    ['Bel 06 1234 5678', 'phone', '06 1234 5678'],
    ['Bel 0612345678.', 'phone', '0612345678'],
    ['Bel +31 6 12345678', 'phone', '+31 6 12345678'],
    ['Bel +31 (0)20 123 4567', 'phone', '+31 (0)20 123 4567'],
    ['Bel 0031 20 1234567', 'phone', '0031 20 1234567'],
    ['Bel 020-1234567 of kom langs', 'phone', '020-1234567'],
    ['Bel (020) 123 45 67', 'phone', '(020) 123 45 67'],
  ])('%s', (text, kind, value) => {
    expect(findContactDetails(text).map((found) => [found.kind, found.value])).toEqual([[kind, value]]);
  });

  test.each([
    'Sinds 2019-05-12 elke dinsdag',
    'Postcode 1234 AB, huisnummer 12',
    'Met 120 vrijwilligers en 3500 bezoekers per jaar',
    'Kosten: 2,50 euro',
    'Het jaarverslag 2023/2024',
    'Een @mention is geen adres',
  ])('not in: %s', (text) => {
    expect(findContactDetails(text)).toEqual([]);
  });

  test('the snippet is the words around it, on its own line', () => {
    const text = '## Meer weten\n\nKom gerust langs in het buurthuis. Vragen? Mail reparatie@example.org of bel ons.\n';
    const [found] = findContactDetails(text);
    expect(found?.snippet).toBe('…buurthuis. Vragen? Mail reparatie@example.org of bel ons.');
    expect(snippetAt('a\nb c d\ne', 4, 1)).toBe('b c d');
  });
});

const entry = (extra: string, body: string) => `---
kind: example
title: Repair Café Oost
summary: Buren repareren samen kapotte spullen.${extra}
municipality: Amsterdam
strategy: bridging
strategyNote: Buren met en zonder technische kennis repareren samen; wie komt, raakt aan de praat met wie helpt.
actors:
  - type: volunteers
placeTypes: [community-centre]
targetGroups: [everyone]
themes: [sustainability]
contactIntensity: recurring
tariff: free
permanence: permanent
status: active
sources:
  - title: Opgave
published: 2025-01-01
---
${body}`;

describe('check:content', () => {
  test('refuses an e-mail address in the body and a phone number in the summary, naming line and words', () => {
    const { problems, entries } = validateInitiatives([
      {
        file: 'content/initiatives/repair-cafe-oost.md',
        text: entry(' Bel 06-12345678.', '## Meer weten\n\nVragen? Mail reparatie@example.org\n'),
      },
    ]);
    expect(entries).toEqual([]);
    expect(problems.map((p) => [p.field, p.message.slice(0, 60)])).toEqual([
      ['summary', 'contains a phone number ("…kapotte spullen. Bel 06-12345678.'],
      ['body', 'line 23: contains an e-mail address ("Vragen? Mail reparatie'],
    ]);
    expect(problems[1]?.message).toContain('contact.emailPublic: true');
  });

  test('accepts them with the organisation’s permission to publish contact details', () => {
    const { problems } = validateInitiatives([
      {
        file: 'content/initiatives/repair-cafe-oost.md',
        text: entry(
          '\ncontact:\n  email: info@example.org\n  emailPublic: true',
          'Vragen? Mail info@example.org of bel 020-1234567.\n',
        ),
      },
    ]);
    expect(problems).toEqual([]);
  });

  test('a place never publishes them', () => {
    const { problems } = validatePlaces([
      {
        file: 'content/places/x.md',
        text: '---\ntitle: X\nsummary: Y\nkind: library\nstatus: active\ntargetGroups: [everyone]\ncontactIntensity: fleeting\nsources: [{ title: Z }]\npublished: 2025-01-01\n---\nBel 06-12345678\n',
      },
    ]);
    expect(problems.map((p) => p.field)).toEqual(['body']);
  });
});

test('the CMS save check says it in Dutch, at the words, and where the address goes instead', () => {
  const problems = saveProblems({ summary: 'Mail jan@example.org', body: '## Meer weten\n\nBel 06-12345678\n' });
  const contact = problems.filter((p) => /e-mailadres komt|telefoonnummer komt/.test(p));
  expect(contact).toEqual([
    'Samenvatting, bij “Mail jan@example.org”: een e-mailadres komt zo op de site en kan van een privépersoon zijn. Haal het hier weg. Het adres van de organisatie hoort bij Contact (met haar toestemming); een adres voor vragen van de redactie hoort in het veld alleen voor de redactie.',
    'Tekst, bij “Bel 06-12345678”: een telefoonnummer komt zo op de site en kan van een privépersoon zijn. Haal het hier weg. Een nummer voor vragen van de redactie hoort in het veld alleen voor de redactie; op de site alleen met toestemming van de organisatie.',
  ]);
});
