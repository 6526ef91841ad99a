/**
 * What the CMS does with an entry's data before it is saved: drop the empty
 * values Decap leaves behind (a cleared optional field is saved as "", an
 * untouched date as nothing, a cleared list as []), so the file holds only what
 * was filled in, exactly as check:content expects it.
 *
 * Pure and free of Decap and Immutable: `emptyPaths` says what to delete, and
 * the /admin script deletes those paths from Decap's Immutable data.
 */

export type Path = (string | number)[];

/**
 * Empty: nothing, "", only spaces, an empty list, or a group of fields with
 * nothing in it but unticked boxes (Decap saves a toggle left alone as false:
 * `contact: { emailPublic: false }` says no more than leaving contact out).
 */
function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every((item) => item === false);
  return false;
}

/** The entry without its empty values, recursively (a group left empty goes too). */
export function pruneEmpty<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map((item: unknown) => pruneEmpty(item)).filter((item) => !isBlank(item)) as T;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, pruneEmpty(item)] as const)
      .filter(([, item]) => !isBlank(item));
    return Object.fromEntries(entries) as T;
  }
  return value;
}

/**
 * The paths to delete, in an order that keeps the later ones valid: children
 * before their parent, and within a list from the last item to the first.
 * Deleting them one by one from `value` gives `pruneEmpty(value)`.
 */
export function emptyPaths(value: unknown, at: Path = []): Path[] {
  const paths: Path[] = [];
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) {
      const item: unknown = value[i];
      if (isBlank(pruneEmpty(item))) paths.push([...at, i]);
      else paths.push(...emptyPaths(item, [...at, i]));
    }
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      if (isBlank(pruneEmpty(item))) paths.push([...at, key]);
      else paths.push(...emptyPaths(item, [...at, key]));
    }
  }
  return paths;
}

/** The entry's language, for a template in it: `en` or (by default) `nl`. */
const langOf = (data: Record<string, unknown>): 'nl' | 'en' => (data.lang === 'en' ? 'en' : 'nl');

/**
 * The body with the suggested section headings in the entry's language: a practitioner who chose English after
 * the Dutch template appeared gets "## Background", not "## Aanleiding". Only headings that are exactly a
 * suggested section's (in the other language) change; everything else is left as typed.
 */
export function localizeHeadings(
  body: string,
  lang: 'nl' | 'en',
  sections: readonly { nl: string; en: string }[],
): string {
  const other = lang === 'nl' ? 'en' : 'nl';
  return body.replace(/^(#{2,3})[ \t]+(.+?)[ \t]*$/gm, (line, hashes: string, text: string) => {
    const section = sections.find((candidate) => candidate[other] === text);
    return section ? `${hashes} ${section[lang]}` : line;
  });
}

/** Fields a practitioner may leave to the editors; the same list as `pendingFields` in the schema. */
export type PendingField = 'themes' | 'permanence' | 'status';

/** What the CMS changes in an initiative before saving it, given the date of today (YYYY-MM-DD). */
export interface PreparedInitiative {
  /** New values for these top-level fields. */
  set: Record<string, unknown>;
}

/**
 * Before an initiative is saved: the fields left empty that the editors may decide are listed in `pending` (and
 * taken off once filled in; a form's status is never pending, a form has none); a practitioner's own account gets today's date when it has none, and its title in
 * English for an English entry; the suggested headings follow the entry's language.
 */
export function prepareInitiative(
  data: Record<string, unknown>,
  today: string,
  {
    pendingFields,
    sections,
    ownAccountTitle,
  }: {
    pendingFields: readonly PendingField[];
    sections: readonly { nl: string; en: string }[];
    ownAccountTitle: { nl: string; en: string };
  },
): PreparedInitiative {
  const set: Record<string, unknown> = {};
  const lang = langOf(data);
  const listed = Array.isArray(data.pending) ? (data.pending as unknown[]) : [];
  const empty = (field: PendingField) => isBlank(pruneEmpty(data[field]));
  // A form of initiative has no status at all: nothing for the editors to decide there.
  const pending = pendingFields.filter((field) => empty(field) && !(field === 'status' && data.kind === 'form'));
  const before = listed.filter((field): field is PendingField => pendingFields.includes(field as PendingField));
  if (pending.join() !== before.join()) set.pending = pending;
  if (Array.isArray(data.sources)) {
    const sources = (data.sources as unknown[]).map((source) => {
      if (typeof source !== 'object' || source === null) return source;
      const item = source as Record<string, unknown>;
      if (item.kind !== 'own-account') return item;
      const title =
        item.title === ownAccountTitle.nl || item.title === ownAccountTitle.en ? ownAccountTitle[lang] : item.title;
      return { ...item, title, ...(isBlank(item.date) ? { date: today } : {}) };
    });
    if (JSON.stringify(sources) !== JSON.stringify(data.sources)) set.sources = sources;
  }
  if (typeof data.body === 'string') {
    const body = localizeHeadings(data.body, lang, sections);
    if (body !== data.body) set.body = body;
  }
  return { set };
}
