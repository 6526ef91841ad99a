/**
 * The contribution form ("Meedoen"): from the form's fields to an initiative,
 * checked by the very schema and body checks the build uses, to a ready `.md`
 * file and an e-mail to the editors. Pure, so the page script and the unit
 * tests run the same code. The submitter's own contact details travel only in
 * the e-mail, never in the file.
 */
import { z } from 'astro/zod';
import { t, type Lang, type UiKey } from '../../i18n/index.ts';
import { bodySections, initiativeSchema } from '../../schema/initiative.ts';
import { labelOf } from '../../taxonomy/index.ts';
import { officialMunicipalityName } from '../../taxonomy/municipalities.ts';
import { checkBody } from '../core/body-safety.ts';
import { formFieldNames, rowFields, rows, type RowList } from './contribute-layout.ts';
import { entryFileName, entryFileText } from '../core/entry-file.ts';
import { bodyMessage, contactMessage, issueMessage } from './form-messages.ts';
import { contactDetailsAllowed, contactProblems, findContactDetails } from '../core/private-contact.ts';

/**
 * Fields the schema requires that a submitter may leave open (they sit under "Meer vertellen"): the editors
 * fill them in. The file then names them in a YAML comment at the top of its frontmatter (`EDITOR_TODO`),
 * and check:content and `npm run intake` list them as missing until an editor has added them.
 */
export const editorFields = ['targetGroups', 'themes', 'contactIntensity', 'tariff', 'permanence', 'status'] as const;

/** The comment that opens the frontmatter of a file with fields left to the editors. */
export const EDITOR_TODO = 'Door de redactie aan te vullen:';

/** The fields of `editorFields` this submission left open, in that order. */
export function editorTodo(data: Readonly<Record<string, unknown>>): string[] {
  return editorFields.filter((field) => data[field] === undefined);
}

/** What a form gives: FormData, or anything with the same two getters. */
export interface FormLike {
  get(name: string): FormDataEntryValue | null;
  getAll(name: string): FormDataEntryValue[];
}

export interface Submission {
  /** The frontmatter as it goes into the file (dates as YYYY-MM-DD text). */
  data: Record<string, unknown>;
  body: string;
  /** The text typed under each body section, by section id (empty sections left out). */
  sections: Record<string, string>;
  submitter: { name?: string; email?: string; phone?: string };
  /** For each list, the form row each item came from (an empty row is skipped). */
  rowOf: Record<RowList, number[]>;
}

const textOf = (form: FormLike, name: string): string | undefined => {
  const value = form.get(name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

/**
 * The municipality as typed, as its official CBS name when it differs from one only in case, spacing or a
 * typographic apostrophe (’s-hertogenbosch → 's-Hertogenbosch); anything else stays as typed, for the
 * schema to refuse with a message that says which name to use.
 */
export function municipalityFrom(typed: string | undefined): string | undefined {
  return typed === undefined ? undefined : (officialMunicipalityName(typed) ?? typed);
}

/** Only the keys that have a value, so the file holds what was filled in. */
function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** The rows of the form's lists (actors, sources, links) that were filled in, and which form row each came from. */
class RowReader {
  readonly rowOf: Record<RowList, number[]> = { actors: [], sources: [], links: [] };

  /** The filled rows of `name`, read by `read`; undefined when none is. */
  list(name: RowList, read: (i: number) => Record<string, unknown>): Record<string, unknown>[] | undefined {
    const items: Record<string, unknown>[] = [];
    for (let i = 0; i < rows[name]; i++) {
      const item = compact(read(i));
      if (Object.keys(item).length === 0) continue;
      items.push(item);
      this.rowOf[name].push(i);
    }
    return items.length > 0 ? items : undefined;
  }
}

/** The checked options of a group, or undefined when none is. */
function choicesOf(form: FormLike, name: string): string[] | undefined {
  const values = form.getAll(name).filter((value): value is string => typeof value === 'string');
  return values.length > 0 ? values : undefined;
}

/**
 * The sources: the publication rows filled in and, when the submitter tells about their own initiative, their
 * account, dated today. It comes last, so the rows of the form keep their places in the list (`rowOf`); the
 * hidden first row is not read then.
 */
function sourcesFrom(form: FormLike, reader: RowReader, today: string, entryLang: Lang) {
  const ownAccount = form.get('sourceKind') === 'own-account';
  const year = (value: string | undefined) => (value !== undefined && /^\d+$/.test(value) ? Number(value) : value);
  const publications = reader.list('sources', (i) =>
    ownAccount && i === 0
      ? {}
      : {
          title: textOf(form, `sources.${String(i)}.title`),
          author: textOf(form, `sources.${String(i)}.author`),
          year: year(textOf(form, `sources.${String(i)}.year`)),
          url: textOf(form, `sources.${String(i)}.url`),
        },
  );
  if (!ownAccount) return publications;
  const account = { kind: 'own-account', title: labelOf('sourceKind', 'own-account', entryLang), date: today };
  return [...(publications ?? []), account];
}

/** The organisation's contact details, or undefined when none was given. */
function contactFrom(form: FormLike): Record<string, unknown> | undefined {
  const contact = compact({
    name: textOf(form, 'contact.name'),
    website: textOf(form, 'contact.website'),
    email: textOf(form, 'contact.email'),
    emailPublic: form.get('contact.emailPublic') === 'on' ? true : undefined,
  });
  return Object.keys(contact).length > 0 ? contact : undefined;
}

/** The body: each section filled in under its heading in the entry's language, and the sections by id. */
function bodyFrom(form: FormLike, entryLang: Lang): { body: string; sections: Record<string, string> } {
  const sections: Record<string, string> = {};
  for (const section of bodySections) {
    const text = textOf(form, `body.${section.id}`);
    if (text) sections[section.id] = text;
  }
  const body = bodySections
    .filter((section) => sections[section.id] !== undefined)
    .map((section) => `## ${section[entryLang]}\n\n${sections[section.id] ?? ''}\n`)
    .join('\n');
  return { body, sections };
}

/** The initiative, body and submitter a filled-in form describes. `today` is the publication date (YYYY-MM-DD). */
export function submissionFrom(form: FormLike, today: string): Submission {
  const reader = new RowReader();
  const choices = (name: string) => choicesOf(form, name);
  const entryLang = form.get('lang') === 'en' ? 'en' : 'nl';
  const data = compact({
    title: textOf(form, 'title'),
    summary: textOf(form, 'summary'),
    // Someone who puts their own initiative on the podium describes one concrete case: a practice example.
    // Forms of initiative are written by the editors from research (docs/cms.md).
    kind: 'example',
    lang: textOf(form, 'lang'),
    strategy: textOf(form, 'strategy'),
    strategyNote: textOf(form, 'strategyNote'),
    actors: reader.list('actors', (i) => ({
      type: textOf(form, `actors.${String(i)}.type`),
      name: textOf(form, `actors.${String(i)}.name`),
    })),
    placeTypes: choices('placeTypes'),
    placeName: textOf(form, 'placeName'),
    municipality: municipalityFrom(textOf(form, 'municipality')),
    neighbourhood: textOf(form, 'neighbourhood'),
    targetGroups: choices('targetGroups'),
    themes: choices('themes'),
    contactIntensity: textOf(form, 'contactIntensity'),
    tariff: textOf(form, 'tariff'),
    permanence: textOf(form, 'permanence'),
    startDate: textOf(form, 'startDate'),
    endDate: textOf(form, 'endDate'),
    status: textOf(form, 'status'),
    thresholdFeatures: choices('thresholdFeatures'),
    hostRole: textOf(form, 'hostRole'),
    sources: sourcesFrom(form, reader, today, entryLang),
    links: reader.list('links', (i) => ({
      title: textOf(form, `links.${String(i)}.title`),
      url: textOf(form, `links.${String(i)}.url`),
    })),
    contact: contactFrom(form),
    published: today,
  });
  const submitter = compact({
    name: textOf(form, 'submitter.name'),
    email: textOf(form, 'submitter.email'),
    phone: textOf(form, 'submitter.phone'),
  });
  return { data, ...bodyFrom(form, entryLang), submitter, rowOf: reader.rowOf };
}

/** The label of a form field in a message: "Bron 2 – Titel", "Tekst bij ‘Aanpak’". */
export function fieldLabel(name: string, lang: Lang): string {
  const row = /^(actors|sources|links)\.(\d+)\.(\w+)$/.exec(name);
  if (row) {
    const [, list = '', index = '0', field = ''] = row;
    return `${t(lang, `contribute.row.${list}` as UiKey, { n: Number(index) + 1 })} – ${t(lang, `contribute.field.${list}.${field}` as UiKey)}`;
  }
  const section = bodySections.find((candidate) => name === `body.${candidate.id}`);
  if (section) return t(lang, 'contribute.field.body', { section: section[lang] });
  return t(lang, `contribute.field.${name}` as UiKey);
}

/** The form field a schema problem belongs to. */
function formNameOf(path: readonly PropertyKey[], rowOf: Submission['rowOf']): string {
  const [head, index, field] = path.map(String);
  if (head === 'actors' || head === 'sources' || head === 'links') {
    const first = rowFields[head][0] ?? 'title';
    if (index === undefined) return `${head}.0.${first}`;
    const row = rowOf[head][Number(index)] ?? Number(index);
    return `${head}.${String(row)}.${field ?? first}`;
  }
  if (head === 'contact' && index !== undefined) return `contact.${index}`;
  return head ?? 'title';
}

/** One problem of the form: the field's name and a sentence about it. */
export interface FormProblem {
  name: string;
  message: string;
}

/** The submitter's details: a name and an e-mail address the editors can answer, a phone number if they like. */
export const submitterSchema = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.email(),
  phone: z.string().trim().max(40).optional(),
});

/** Every problem of a submission, at most one per field, in the order of the form. */
export function checkSubmission(submission: Submission, lang: Lang): FormProblem[] {
  const problems = new Map<string, string>();
  const add = (name: string, message: string) => {
    if (!problems.has(name)) problems.set(name, message);
  };
  const result = initiativeSchema.safeParse(submission.data);
  const leftOpen = new Set(editorTodo(submission.data));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const name = formNameOf(issue.path, submission.rowOf);
      // Left open on purpose: the editors' task, not the submitter's (the file says so).
      if (leftOpen.has(name)) continue;
      const [head] = issue.path;
      if (issue.path.length === 1 && (head === 'actors' || head === 'sources')) {
        // No row filled in at all: say it about the first field of the first row.
        const key = head === 'actors' ? 'form.error.choose' : 'form.error.required';
        add(name, t(lang, key, { field: fieldLabel(name, lang) }));
        continue;
      }
      add(name, issueMessage(issue, submission.data, fieldLabel(name, lang), lang));
    }
  }
  for (const section of bodySections) {
    // Each section is its own text box: check it alone, so line numbers are the box's own.
    const text = submission.sections[section.id] ?? '';
    const name = `body.${section.id}`;
    for (const problem of checkBody(text, 'md')) add(name, bodyMessage(problem, fieldLabel(name, lang), lang));
  }
  // E-mail addresses and phone numbers in what is published: only with the organisation's permission. The
  // submitter's own details have fields of their own, which go to the editors only.
  for (const found of contactProblems(submission.data, undefined)) {
    add(found.field, contactMessage(found, fieldLabel(found.field, lang), lang));
  }
  if (!contactDetailsAllowed(submission.data)) {
    for (const section of bodySections) {
      const name = `body.${section.id}`;
      for (const found of findContactDetails(submission.sections[section.id] ?? '')) {
        add(name, contactMessage(found, fieldLabel(name, lang), lang));
      }
    }
  }
  const submitter = submitterSchema.safeParse(submission.submitter);
  if (!submitter.success) {
    for (const issue of submitter.error.issues) {
      const name = `submitter.${String(issue.path[0] ?? 'name')}`;
      add(name, issueMessage(issue, submission.submitter, fieldLabel(name, lang), lang));
    }
  }
  const order = formFieldNames();
  return [...problems]
    .map(([name, message]) => ({ name, message }))
    .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}

/** The file the editors receive: name and text (frontmatter and body, no personal details; what is left to them in a comment). */
export function entryFile(submission: Submission): { name: string; text: string } {
  const title = typeof submission.data.title === 'string' ? submission.data.title : '';
  const text = entryFileText(submission.data as Parameters<typeof entryFileText>[0], submission.body);
  const todo = editorTodo(submission.data);
  return {
    name: entryFileName(title),
    // A YAML comment: the file's data stay what was submitted, the editors see at once what is theirs to add.
    text: todo.length > 0 ? text.replace(/^---\n/, `---\n# ${EDITOR_TODO} ${todo.join(', ')}\n`) : text,
  };
}

/** The e-mail to the editors: the submitter's details (for the editors only) and the file. */
export function mailText(submission: Submission, file: { name: string; text: string }, lang: Lang): string {
  const { name, email, phone } = submission.submitter;
  const title = typeof submission.data.title === 'string' ? submission.data.title : '';
  return [
    t(lang, 'contribute.mail.greeting'),
    '',
    t(lang, 'contribute.mail.intro', { title, file: file.name }),
    '',
    t(lang, 'contribute.mail.submitter'),
    ...(name ? [t(lang, 'contribute.mail.name', { value: name })] : []),
    ...(email ? [t(lang, 'contribute.mail.email', { value: email })] : []),
    ...(phone ? [t(lang, 'contribute.mail.phone', { value: phone })] : []),
    '',
    t(lang, 'contribute.mail.fileStart', { file: file.name }),
    file.text.trimEnd(),
    t(lang, 'contribute.mail.fileEnd', { file: file.name }),
  ].join('\n');
}

/** A mailto: link with subject and body (RFC 6068: percent-encoded, line breaks as CRLF). */
export function mailtoHref(to: string, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${to}?subject=${encode(subject)}&body=${encode(body)}`;
}
