/**
 * The contribution form's logic: from form fields to an entry checked by the
 * initiative schema and the body checks, to a `.md` file that passes
 * validateInitiatives and an e-mail that carries it. The submitter's own
 * details go into the e-mail only, never into the file. A municipality is
 * typed: what differs from an official CBS name only in case, spacing or a
 * typographic apostrophe becomes that name; anything else gets a message that
 * says which name to use.
 */
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import {
  checkSubmission,
  EDITOR_TODO,
  editorFields,
  editorTodo,
  entryFile,
  fieldLabel,
  mailText,
  mailtoHref,
  municipalityFrom,
  submissionFrom,
  type FormLike,
} from '../../src/lib/present/contribute.ts';
import { formFieldNames } from '../../src/lib/present/contribute-layout.ts';
import { municipalityMessage } from '../../src/lib/present/form-messages.ts';
import { municipalityNames, officialMunicipalityName } from '../../src/taxonomy/municipalities.ts';
import { entryFileName, entryFileText } from '../../src/lib/core/entry-file.ts';
import { splitFrontmatter, validateInitiatives } from '../../src/lib/core/validation.ts';
import { uiLanguages } from '../../src/i18n/index.ts';

type Fields = Record<string, string | string[]>;

/** A FormData stand-in: what the browser hands the script for these fields. */
function form(fields: Fields): FormLike {
  return {
    get: (name) => {
      const value = fields[name];
      return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
    },
    getAll: (name) => {
      const value = fields[name];
      return Array.isArray(value) ? value : value === undefined ? [] : [value];
    },
  };
}

const today = '2026-11-21';

const valid: Fields = {
  title: 'Buurtkamer De Kroon: "koffie" & #praatjes',
  summary: 'Een huiskamer in een leeg winkelpand waar buren binnenlopen.',
  lang: 'nl',
  strategy: 'bonding',
  strategyNote: 'Oudere alleenstaanden uit dezelfde straat, van dezelfde leeftijd, drinken elke ochtend samen koffie.',
  'actors.0.type': 'residents',
  'actors.0.name': 'Bewonersgroep De Kroon',
  placeTypes: ['living-room', 'street'],
  municipality: '’s-Hertogenbosch',
  targetGroups: ['older-people'],
  themes: ['loneliness'],
  contactIntensity: 'lasting',
  tariff: 'free',
  permanence: 'permanent',
  status: 'active',
  startDate: '2024-03-01',
  'sources.0.title': 'Jaarverslag 2024',
  'sources.0.year': '2024',
  'sources.0.url': 'https://www.example.nl/jaarverslag',
  'contact.name': 'Bewonersgroep De Kroon',
  'contact.email': 'kroon@example.nl',
  'contact.emailPublic': 'on',
  'body.aanleiding': 'Veel ouderen woonden alleen.\n\nWij <3 de buurt, a < b en {accolades}.',
  'body.wat-werkt': '- Een vaste gastvrouw\n- Koffie voor niets',
  'submitter.name': 'Jan Jansen',
  'submitter.email': 'jan.jansen@example.org',
  'submitter.phone': '06 12345678',
};

describe('a valid form', () => {
  const submission = submissionFrom(form(valid), today);
  const file = entryFile(submission);

  test('has no problems', () => {
    expect(checkSubmission(submission, 'nl')).toEqual([]);
  });

  test('becomes a file named after the title that passes validateInitiatives', () => {
    expect(file.name).toBe('buurtkamer-de-kroon-koffie-and-praatjes.md');
    const result = validateInitiatives([{ file: `content/initiatives/${file.name}`, text: file.text }]);
    expect(result.problems).toEqual([]);
    expect(result.entries[0]?.data).toMatchObject({
      title: valid.title,
      // Typed with a typographic apostrophe, stored as CBS writes it.
      municipality: "'s-Hertogenbosch",
      actors: [{ type: 'residents', name: 'Bewonersgroep De Kroon' }],
      sources: [{ title: 'Jaarverslag 2024', year: 2024, url: 'https://www.example.nl/jaarverslag' }],
      contact: { email: 'kroon@example.nl', emailPublic: true },
      published: new Date('2026-11-21T00:00:00Z'),
    });
  });

  test('the body has the suggested headings of the sections that were filled in, text as typed', () => {
    const { body } = splitFrontmatter(file.text);
    expect(body).toBe(
      '\n## Aanleiding\n\nVeel ouderen woonden alleen.\n\nWij <3 de buurt, a < b en {accolades}.\n\n## Wat werkt\n\n- Een vaste gastvrouw\n- Koffie voor niets\n',
    );
  });

  test('an English entry gets English headings', () => {
    const english = entryFile(submissionFrom(form({ ...valid, lang: 'en' }), today));
    expect(english.text).toContain('## Background');
    expect(english.text).toContain('## What works');
  });

  test('the submitter’s details are in the e-mail, never in the file', () => {
    for (const secret of ['Jan Jansen', 'jan.jansen@example.org', '06 12345678', 'submitter']) {
      expect(file.text).not.toContain(secret);
    }
    const mail = mailText(submission, file, 'nl');
    expect(mail).toContain('Naam: Jan Jansen');
    expect(mail).toContain('E-mail: jan.jansen@example.org');
    expect(mail).toContain('Telefoon: 06 12345678');
    expect(mail).toContain(file.text.trimEnd());
  });

  test('the mailto: link carries subject and body, percent-encoded with CRLF line breaks', () => {
    const mail = mailText(submission, file, 'nl');
    const href = mailtoHref('redactie@buurtpodium.nl', t('nl', 'contribute.mail.subject', { title: 'X & Y' }), mail);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('redactie@buurtpodium.nl');
    expect(href).not.toMatch(/[ \n]/);
    expect(href).toContain('%0D%0A');
    const params = new URLSearchParams(url.search);
    expect(params.get('subject')).toBe('Bijdrage voor Buurtpodium: X & Y');
    expect(params.get('body')).toBe(mail.replaceAll('\n', '\r\n'));
  });
});

describe('problems, next to their fields, in the page language', () => {
  test('an empty form names every essential field, in form order (what the editors may add is not asked)', () => {
    const problems = checkSubmission(submissionFrom(form({}), today), 'nl');
    expect(problems.map((problem) => problem.name)).toEqual([
      'title',
      'summary',
      'strategy',
      'strategyNote',
      'actors.0.type',
      'placeTypes',
      // A submission is a practice example: it says where it runs.
      'municipality',
      'sources.0.title',
      'submitter.name',
      'submitter.email',
    ]);
    expect(problems.find((p) => p.name === 'actors.0.type')?.message).toBe(
      'Drager 1 – Soort: kies een van de mogelijkheden.',
    );
    expect(problems[0]?.message).toBe('Naam van het initiatief: vul dit in.');
    expect(problems.find((p) => p.name === 'strategy')?.message).toBe(
      'Binden, overbruggen of allebei: kies een van de mogelijkheden.',
    );
    expect(problems.find((p) => p.name === 'placeTypes')?.message).toBe('Soort plek: kies er ten minste 1.');
    expect(problems.find((p) => p.name === 'sources.0.title')?.message).toBe('Bron 1 – Titel: vul dit in.');
  });

  test('the essentials alone make a file; what was left open is named for the editors, then filled in it passes', () => {
    const essentials = Object.fromEntries(
      Object.entries(valid).filter(([name]) => !(editorFields as readonly string[]).includes(name)),
    );
    const submission = submissionFrom(form(essentials), today);
    expect(checkSubmission(submission, 'nl')).toEqual([]);
    expect(editorTodo(submission.data)).toEqual([...editorFields]);
    const file = entryFile(submission);
    const comment = `# ${EDITOR_TODO} targetGroups, themes, contactIntensity, tariff, permanence, status`;
    expect(file.text.split('\n').slice(0, 2)).toEqual(['---', comment]);
    // Until the editors add them, check:content lists exactly those fields as missing.
    const before = validateInitiatives([{ file: 'content/initiatives/x.md', text: file.text }]);
    expect(before.problems.map((problem) => problem.field).sort()).toEqual([...editorFields].sort());
    const filled = file.text.replace(
      '---\n# ',
      '---\ntargetGroups: [everyone]\nthemes: [loneliness]\ncontactIntensity: recurring\ntariff: free\npermanence: permanent\nstatus: active\n# ',
    );
    expect(validateInitiatives([{ file: 'content/initiatives/x.md', text: filled }]).problems).toEqual([]);
    // A form filled in completely has no comment.
    expect(entryFile(submissionFrom(form(valid), today)).text).not.toContain(EDITOR_TODO);
  });

  test('an own account is a source: dated today, titled in the entry’s language; the hidden first row is not sent', () => {
    const rest = Object.fromEntries(Object.entries(valid).filter(([name]) => !name.startsWith('sources.0.')));
    const own = submissionFrom(form({ ...rest, sourceKind: 'own-account', 'sources.0.title': 'Oud' }), today);
    expect(own.data.sources).toEqual([{ kind: 'own-account', title: 'Opgave van de initiatiefnemers', date: today }]);
    expect(checkSubmission(own, 'nl')).toEqual([]);
    const english = submissionFrom(form({ ...rest, sourceKind: 'own-account', lang: 'en' }), today);
    expect(english.data.sources).toEqual([{ kind: 'own-account', title: 'Account by the initiators', date: today }]);
    // A publication named besides (under "Meer vertellen") keeps its row for messages; the account comes last.
    const both = submissionFrom(form({ ...rest, sourceKind: 'own-account', 'sources.1.url': 'geen adres' }), today);
    expect((both.data.sources as { kind?: string }[]).map((source) => source.kind)).toEqual([undefined, 'own-account']);
    expect(checkSubmission(both, 'nl').map((problem) => problem.name)).toEqual(['sources.1.title', 'sources.1.url']);
    // A publication chosen: its first row is required again.
    const publication = submissionFrom(form({ ...rest, sourceKind: 'publication' }), today);
    expect(checkSubmission(publication, 'nl').map((problem) => problem.name)).toEqual(['sources.0.title']);
  });

  test('in English on the English page', () => {
    const problems = checkSubmission(submissionFrom(form({ ...valid, title: '' }), today), 'en');
    expect(problems).toEqual([{ name: 'title', message: 'Name of the initiative: please fill this in.' }]);
  });

  test.each([
    [
      { summary: 'x'.repeat(301) },
      'summary',
      'Samenvatting: 301 tekens is te lang, het mogen er hoogstens 300 zijn. Maak het korter.',
    ],
    [{ endDate: '2024-01-01' }, 'endDate', 'Gestopt op: ligt voor de startdatum. Kies een datum op of na de start.'],
    [
      { 'contact.emailPublic': '' },
      'contact.email',
      'E-mailadres van de organisatie: mag alleen op de site als de organisatie dat goedvindt. Zet het vinkje voor toestemming aan, of laat het adres weg.',
    ],
    [
      { 'sources.0.url': 'www.example.nl' },
      'sources.0.url',
      'Bron 1 – Webadres: vul een volledig webadres in, dat begint met https://',
    ],
    [{ 'sources.0.year': 'twintig' }, 'sources.0.year', 'Bron 1 – Jaar: vul een getal in.'],
    [
      { 'submitter.email': 'jan@' },
      'submitter.email',
      'Je e-mailadres: vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    ],
    [
      { 'body.aanpak': 'Stap 1\n<script>alert(1)</script>' },
      'body.aanpak',
      'Tekst bij ‘Aanpak’, bij “<script>alert(1)</script>”: het element <script> is niet toegestaan, want het kan code uitvoeren of een andere pagina laden. Haal het weg.',
    ],
    [
      { 'body.aanpak': '[klik](javascript:alert(1))' },
      'body.aanpak',
      'Tekst bij ‘Aanpak’, bij “[klik](javascript:alert(1))”: een javascript:-adres kan code uitvoeren. Link naar een webadres dat begint met https://',
    ],
  ])('%o', (change, name, message) => {
    const fields = { ...valid, ...change } as Fields;
    expect(checkSubmission(submissionFrom(form(fields), today), 'nl')).toEqual([{ name, message }]);
  });

  test('a problem in a later row points at that row, even when an earlier row is empty', () => {
    const fields: Fields = { ...valid, 'actors.0.type': '', 'actors.0.name': '', 'actors.2.name': 'Vrijwilligers' };
    expect(checkSubmission(submissionFrom(form(fields), today), 'nl')).toEqual([
      { name: 'actors.2.type', message: 'Drager 3 – Soort: kies een van de mogelijkheden.' },
    ]);
  });

  test('every problem names a field the form has', () => {
    const names = new Set(formFieldNames());
    const problems = checkSubmission(submissionFrom(form({ 'sources.1.url': 'x', 'links.1.title': 'y' }), today), 'nl');
    expect(problems.filter((problem) => !names.has(problem.name))).toEqual([]);
  });

  test('every form field has a label in both languages', () => {
    for (const lang of uiLanguages) {
      for (const name of formFieldNames()) {
        const label = fieldLabel(name, lang);
        expect(label, `${lang} ${name}`).toMatch(/\S/);
        expect(label, `${lang} ${name}`).not.toContain('contribute.');
      }
    }
  });
});

describe('the municipality: what people type, stored as the official name', () => {
  test.each([
    ['’s-Hertogenbosch', "'s-Hertogenbosch"],
    ['‘s-hertogenbosch', "'s-Hertogenbosch"],
    ["  's-GRAVENHAGE ", "'s-Gravenhage"],
    ['nijmegen', 'Nijmegen'],
    ['Bergen (nh.)', 'Bergen (NH.)'],
    ['Bergen(NH.)', 'Bergen (NH.)'],
    ['nuenen,  gerwen en nederwetten', 'Nuenen, Gerwen en Nederwetten'],
    ['súdwest-fryslân', 'Súdwest-Fryslân'],
    ['Súdwest-Fryslân'.normalize('NFD'), 'Súdwest-Fryslân'],
  ])('officialMunicipalityName(%j) = %j', (typed, official) => {
    expect(officialMunicipalityName(typed)).toBe(official);
    expect(municipalityFrom(typed)).toBe(official);
  });

  test.each(['Den Haag', 'Bergen', 'Nijmgen', 'Oost', 's-Hertogenbosch', 'Sudwest-Fryslan', ''])(
    'officialMunicipalityName(%j) is undefined: not just another way of writing an official name',
    (typed) => {
      expect(officialMunicipalityName(typed)).toBeUndefined();
    },
  );

  test('every official name is its own official name, and no two names are written the same way', () => {
    for (const name of municipalityNames) expect(officialMunicipalityName(name)).toBe(name);
    const keys = municipalityNames.map((name) => name.toLowerCase().replace(/\s+/g, ''));
    expect(new Set(keys).size).toBe(municipalityNames.length);
  });

  test('what cannot be normalised stays as typed, for the schema to refuse; an empty field stays empty', () => {
    expect(municipalityFrom('Den Haag')).toBe('Den Haag');
    expect(municipalityFrom(undefined)).toBeUndefined();
    expect(submissionFrom(form({ municipality: '   ' }), today).data.municipality).toBeUndefined();
  });

  test.each([
    [
      'Den Haag',
      "Gemeente: “Den Haag” heet officieel “'s-Gravenhage” (op de lijst van het CBS van 1 januari 2025). Kies die naam uit de lijst.",
      `Municipality: "Den Haag" is not the official name of the municipality: write "'s-Gravenhage", its name on the CBS list of 1 January 2025`,
    ],
    [
      'den bosch',
      "Gemeente: “den bosch” heet officieel “'s-Hertogenbosch” (op de lijst van het CBS van 1 januari 2025). Kies die naam uit de lijst.",
      `Municipality: "den bosch" is not the official name of the municipality: write "'s-Hertogenbosch", its name on the CBS list of 1 January 2025`,
    ],
    [
      'Bergen',
      'Gemeente: er zijn 2 gemeenten die “Bergen” heten (op de lijst van het CBS van 1 januari 2025). Kies “Bergen (NH.)” of “Bergen (L.)”.',
      'Municipality: "Bergen" is the name of 2 municipalities: write "Bergen (NH.)" or "Bergen (L.)", their names on the CBS list of 1 January 2025',
    ],
    [
      'Nijmgen',
      'Gemeente: “Nijmgen” staat niet in de lijst van gemeenten van het CBS van 1 januari 2025. Is “Nijmegen” bedoeld?',
      'Municipality: "Nijmgen" is not a Dutch municipality on the CBS list of 1 January 2025. Did you mean "Nijmegen"? A village or neighbourhood goes in the neighbourhood field, with its municipality here',
    ],
    [
      'Lombok',
      'Gemeente: “Lombok” staat niet in de lijst van gemeenten van het CBS van 1 januari 2025. Kies de gemeente uit de lijst; een dorp of wijk hoort bij het veld voor de wijk.',
      'Municipality: "Lombok" is not a Dutch municipality on the CBS list of 1 January 2025. A village or neighbourhood goes in the neighbourhood field, with its municipality here',
    ],
  ])('%j gets a message that says which name to use, in the page language', (typed, nl, en) => {
    const fields = { ...valid, municipality: typed };
    expect(checkSubmission(submissionFrom(form(fields), today), 'nl')).toEqual([{ name: 'municipality', message: nl }]);
    expect(checkSubmission(submissionFrom(form(fields), today), 'en')).toEqual([{ name: 'municipality', message: en }]);
  });

  test('the message names the field by the label it is given (the CMS uses its own)', () => {
    expect(municipalityMessage(' Den   Haag ', 'Gemeente', 'nl')).toBe(
      "Gemeente: “Den Haag” heet officieel “'s-Gravenhage” (op de lijst van het CBS van 1 januari 2025). Kies die naam uit de lijst.",
    );
  });
});

describe('the file format', () => {
  test('strings that could change YAML’s meaning stay text', () => {
    const tricky = [
      'a: b',
      '- list?',
      '# not a comment',
      'it\'s "quoted"',
      'yes',
      '2024-01-01',
      'null',
      '@at',
      'line\nbreak',
      'tab\there',
      '{ flow: map }',
      '[flow, list]',
      '&anchor *alias !tag |block >folded %percent',
      '\u2028 line separator',
      'ünïcødé ’s 🙂',
    ];
    const text = entryFileText(
      { title: tricky.join(' / '), links: tricky.map((title) => ({ title, url: 'https://x.nl' })) },
      '',
    );
    const { data } = splitFrontmatter(text) as { data: { title: string; links: { title: string }[] } };
    expect(data.title).toBe(tricky.join(' / '));
    expect(data.links.map((link) => link.title)).toEqual(tricky);
    // Astro reads frontmatter with js-yaml's default schema: the same text comes out.
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    expect((yaml.load(frontmatter) as { links: { title: string }[] }).links.map((link) => link.title)).toEqual(tricky);
  });

  test('keys come in schema order, empty values are left out, nested items line up', () => {
    expect(
      entryFileText(
        { published: '2025-01-01', title: 'T', actors: [{ type: 'residents', name: 'N' }], links: [], contact: {} },
        '## Aanleiding\n\nTekst',
      ),
    ).toBe(
      '---\ntitle: "T"\nactors:\n  - type: "residents"\n    name: "N"\npublished: "2025-01-01"\n---\n\n## Aanleiding\n\nTekst\n',
    );
  });

  test('file names are slugs of at most 80 characters', () => {
    expect(entryFileName('Repair Café Oost!')).toBe('repair-cafe-oost.md');
    expect(entryFileName('')).toBe('initiatief.md');
    const long = entryFileName('Een heel lange naam '.repeat(10));
    expect(long.length).toBeLessThanOrEqual(83);
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);
  });
});
