/**
 * "Klopt dit nog?" links (lib/present/report-links.ts): a mailto: and GitHub's new-issue form, prefilled, with every
 * character that could break the address or start another header escaped.
 */
import { describe, expect, test } from 'vitest';
import { reportBody, reportFacts, reportLinks, reportTexts } from '../../src/lib/present/report-links.ts';

const subject = {
  title: 'Café “De Buren” & co? #1 = 100% <b>',
  url: 'https://buurtpodium.nl/initiatief/cafe-de-buren/',
  facts: [
    ['Status', 'Actief'],
    ['Gemeente', "'s-Hertogenbosch"],
  ] as [string, string][],
};

describe('reportLinks', () => {
  const links = reportLinks(subject, reportTexts('nl'), { email: 'redactie@buurtpodium.nl', repo: 'buurtpodium/site' });

  test('a mailto: to the editors whose subject and body read back exactly, with CRLF line ends', () => {
    const url = new URL(links.mailto);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('redactie@buurtpodium.nl');
    // One subject and one body: & ? # = in the title are escaped, so they start no other header.
    const query = links.mailto.slice(links.mailto.indexOf('?') + 1);
    expect(query.split('&').map((part) => part.split('=')[0])).toEqual(['subject', 'body']);
    const [subjectText, bodyText] = query.split('&').map((part) => decodeURIComponent(part.split('=')[1] ?? ''));
    expect(subjectText).toBe(`Klopt dit nog? ${subject.title}`);
    expect(bodyText).toContain(`Pagina: ${subject.url}\r\n`);
    expect(bodyText).toContain("- Gemeente: 's-Hertogenbosch\r\n");
    // Spaces as %20, never "+" (which mail programs show as is); no raw quotes, brackets or spaces.
    expect(links.mailto).not.toMatch(/[ +'"<>()]/);
  });

  test('GitHub’s new-issue form of the repository, title and body as parameters', () => {
    const url = new URL(links.issue ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/buurtpodium/site/issues/new');
    expect(url.searchParams.get('title')).toBe(`Klopt dit nog? ${subject.title}`);
    expect(url.searchParams.get('body')).toBe(reportBody(subject, reportTexts('nl')));
    expect([...url.searchParams.keys()]).toEqual(['title', 'body']);
  });

  test('no issue link without a repository', () => {
    expect(reportLinks(subject, reportTexts('en'), { email: 'a@b.nl' }).issue).toBeUndefined();
  });

  test('the body: intro, page, facts, and room for the reader', () => {
    expect(reportBody(subject, reportTexts('en')).split('\n')).toEqual([
      'Dear editors, I think something on this page of Buurtpodium is wrong or out of date.',
      '',
      `Page: ${subject.url}`,
      '',
      'What the page says now:',
      '- Status: Actief',
      "- Gemeente: 's-Hertogenbosch",
      '',
      'What has changed, and how do you know:',
      '',
    ]);
  });
});

describe('reportFacts', () => {
  test('status label, municipality and the last check (or “nog niet”)', () => {
    expect(reportFacts('place', { status: 'disappeared', municipality: 'Nijmegen' }, 'nl')).toEqual([
      ['Status', 'Verdwenen'],
      ['Gemeente', 'Nijmegen'],
      ['Laatst gecontroleerd', 'nog niet'],
    ]);
    expect(reportFacts('initiative', { verified: { date: new Date('2025-02-03T00:00:00Z') } }, 'en')).toEqual([
      ['Last checked', '2025-02-03'],
    ]);
  });
});
