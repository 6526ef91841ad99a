/**
 * The municipality list: the generated module equals the CBS CSV it was made from (data/gemeenten-2025.csv),
 * slugs are unique, the colloquial names point at real official names, and every kind of wrong name gets a
 * message with the fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readMunicipalityCsv } from '../../scripts/municipality-csv.ts';
import {
  colloquialNames,
  municipalities,
  municipalityByCode,
  municipalityByName,
  municipalityAdvice,
  municipalityBySlug,
  municipalityListYear,
  municipalityNames,
} from '../../src/taxonomy/municipalities.ts';
import { municipalityProblem } from '../../src/schema/problems.ts';

const csvFile = `data/gemeenten-${String(municipalityListYear)}.csv`;

describe('the CBS list', () => {
  test('the generated module holds exactly the rows of the CSV (npm run data:municipalities)', () => {
    const rows = readMunicipalityCsv(readFileSync(csvFile, 'utf8'), csvFile);
    expect(municipalities.map(({ code, name }) => ({ code, name }))).toEqual(rows);
    expect(rows).toHaveLength(342);
  });

  test('data/ holds one list, of the year the module says', () => {
    expect(readdirSync('data').filter((name) => name.endsWith('.csv'))).toEqual([
      `gemeenten-${String(municipalityListYear)}.csv`,
    ]);
  });

  test('the CSV reader names file and line of a bad row', () => {
    expect(() => readMunicipalityCsv('code,name\nGM0001,Aa\nG2,Bb\nGM0001,Cc\n', 'x.csv')).toThrow(
      /x\.csv: line 3: code "G2" is not a CBS code[\s\S]*x\.csv: line 4: code GM0001 appears twice/,
    );
    expect(() => readMunicipalityCsv('statcode,statnaam\nGM0001,Aa\n', 'y.csv')).toThrow(
      /y\.csv: the header must be "code,name"/,
    );
  });

  test('URL slugs are unique, also for the names CBS disambiguates', () => {
    const slugs = municipalities.map((row) => row.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(municipalityByName('Bergen (NH.)')?.slug).toBe('bergen-nh');
    expect(municipalityByName("'s-Hertogenbosch")?.slug).toBe('s-hertogenbosch');
    expect(municipalityBySlug('sudwest-fryslan')?.name).toBe('Súdwest-Fryslân');
  });

  test('lookups by name, code and slug agree', () => {
    expect(municipalityByName('Nijmegen')?.code).toBe('GM0268');
    expect(municipalityByCode('GM0268')?.name).toBe('Nijmegen');
    expect(municipalityByCode('GM0599')?.slug).toBe('rotterdam');
  });

  test('every colloquial name points at official names, and is not an official name itself', () => {
    for (const [name, official] of Object.entries(colloquialNames)) {
      expect(municipalityNames, name).not.toContain(name);
      for (const target of official) expect(municipalityNames, `${name} → ${target}`).toContain(target);
    }
  });
});

describe('messages for a wrong name', () => {
  test.each([
    ['Nijmegen', undefined],
    ["'s-Gravenhage", undefined],
    ['nijmegen', 'is not written as CBS writes it: use "Nijmegen"'],
    ['’s-Hertogenbosch', `use "'s-Hertogenbosch"`],
    ['Den Haag', `write "'s-Gravenhage", its name on the CBS list of 1 January 2025`],
    ['den bosch', `write "'s-Hertogenbosch"`],
    ['Bergen', 'is the name of 2 municipalities: write "Bergen (NH.)" or "Bergen (L.)"'],
    ['Nuenen', 'write "Nuenen, Gerwen en Nederwetten"'],
    ['Amsterdm', 'Did you mean "Amsterdam"?'],
    ['Sudwest-Fryslan', 'Did you mean "Súdwest-Fryslân"?'],
    ['Lent', 'A village or neighbourhood goes in the neighbourhood field'],
  ])('%s', (input, message) => {
    const problem = municipalityProblem(input, 'en');
    if (message === undefined) expect(problem).toBeUndefined();
    else expect(problem).toContain(message);
  });
});

test('one decision for every message about a municipality: official, spelling, other name, unknown', () => {
  expect(municipalityAdvice('Nijmegen')).toEqual({ kind: 'official' });
  expect(municipalityAdvice('’s-hertogenbosch')).toEqual({ kind: 'spelling', name: "'s-Hertogenbosch" });
  expect(municipalityAdvice('Den Haag')).toEqual({ kind: 'otherName', names: ["'s-Gravenhage"] });
  const bergen = municipalityAdvice('Bergen');
  expect(bergen.kind === 'otherName' && bergen.names.length).toBe(2);
  expect(municipalityAdvice('Nijmgen')).toEqual({ kind: 'unknown', guess: 'Nijmegen' });
  expect(municipalityAdvice('Atlantis')).toEqual({ kind: 'unknown', guess: undefined });
});
