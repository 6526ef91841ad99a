/**
 * Validation of a whole content folder: every file against its schema, its
 * body against the safety checks (`body-safety.ts`), plus the checks that span
 * files (duplicate slugs). Pure: it takes file texts and returns every problem
 * at once, so `check:content` and the build report the same lines.
 */
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { checkBody, formatOf } from './body-safety.ts';
import { contactProblemMessage, contactProblems } from './private-contact.ts';
import { emptyHeadings } from './empty-headings.ts';
import { initiativeFields, initiativeSchema, type Initiative } from '../../schema/initiative.ts';
import { showcaseSchema, type Showcase } from '../../schema/showcase.ts';
import { placeFields, placeSchema, type Place } from '../../schema/place.ts';
import { duplicateTitleProblems, modelWordProblems } from './editorial-checks.ts';

/** Every field name of the content schemas: a body that names one speaks to the file, not to the reader. */
const schemaFieldNames = [...new Set<string>([...initiativeFields, ...placeFields, 'via', 'emailPublic'])];
import { slugPattern, suggest } from '../../schema/fields.ts';
import { problemsFrom, type Problem } from '../../schema/report.ts';

/** A content file as read from disk: its path (relative, for messages) and its text. */
export interface ContentFile {
  file: string;
  text: string;
}

export interface ValidEntry {
  file: string;
  slug: string;
  data: Initiative;
  body: string;
}

export interface ValidationResult {
  entries: ValidEntry[];
  problems: Problem[];
  /** What does not stop the build but an editor should see (empty headings, fields left to the editors). */
  warnings: Problem[];
  /** How many files were read. */
  checked: number;
}

const FRONTMATTER = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/;

/**
 * Parse YAML, or throw a plain-language error with the file's line number (`firstLine`: the file line of the
 * YAML's first line). The core schema keeps dates as text, so an impossible date (2024-02-31) is reported
 * instead of silently rolling over to 2 March; the schemas turn valid ones into dates.
 */
function parseYaml(text: string, firstLine: number): unknown {
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
    const line = error instanceof yaml.YAMLException ? ` (line ${error.mark.line + firstLine})` : '';
    throw new Error(`is not valid YAML${line}: ${reason}. Check quotes, colons and indentation`);
  }
}

/** Split a Markdown/MDX file into its YAML frontmatter (parsed as Astro parses it) and body. */
export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('has no frontmatter: start the file with a --- line, the fields, and another --- line');
  return { data: parseYaml(match[1] ?? '', 2), body: text.slice(match[0].length) };
}

/**
 * Claim a slug for a file: reports a slug that cannot be a URL and one another file already has.
 * Returns whether the slug is usable.
 */
function claimSlug(file: string, slug: string, bySlug: Map<string, string>, problems: Problem[]): boolean {
  let ok = true;
  if (!slugPattern.test(slug)) {
    ok = false;
    problems.push({
      file,
      field: 'slug',
      message: `"${slug}" cannot be used in a URL: rename the file (or set slug) to lowercase letters, digits and dashes`,
    });
  }
  const seen = bySlug.get(slug);
  if (seen) {
    problems.push({
      file,
      field: 'slug',
      message: `"${slug}" is already used by ${seen}: give one of them another file name or slug`,
    });
    return false;
  }
  bySlug.set(slug, file);
  return ok;
}

/** The slug of a file: its `slug` field, or else its file name without extension. */
export function slugOf(file: string, data: unknown): string {
  const explicit = typeof data === 'object' && data !== null ? (data as { slug?: unknown }).slug : undefined;
  if (typeof explicit === 'string' && explicit.length > 0) return explicit;
  const name = file.split('/').pop() ?? file;
  return name.replace(/\.(mdx?|markdown)$/, '');
}

/**
 * The slug a content file asks for, read leniently: its `slug` field, or else its file name. A file whose
 * frontmatter (or, for a collection, whose YAML) cannot be read has the slug of its file name. For showing a
 * file's problems at the address its page would have (the dev server, src/integrations/content-check.ts).
 */
export function slugOfText(file: string, text: string): string {
  const collection = /\.ya?ml$/.test(file);
  let data: unknown = {};
  try {
    data = collection ? parseYaml(text, 1) : splitFrontmatter(text).data;
  } catch {
    // Unreadable: the file name says where its page would be.
  }
  return collection ? showcaseSlugOf(file, data) : slugOf(file, data);
}

interface ParsedFile<T> {
  file: string;
  slug: string;
  data: T;
  body: string;
}

/**
 * Validate Markdown files of one kind: frontmatter against its schema, body against the safety checks, slugs
 * unique. Returns the files that passed every check and all problems.
 */
function validateMarkdown<T>(
  files: readonly ContentFile[],
  schema: z.ZodType<T>,
): { valid: ParsedFile<T>[]; parsed: { file: string; data: unknown }[]; problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const valid: ParsedFile<T>[] = [];
  const parsed: { file: string; data: unknown }[] = [];
  const bySlug = new Map<string, string>();
  const titled: { file: string; data: unknown }[] = [];
  for (const { file, text } of files) {
    let data: unknown;
    let body: string;
    try {
      ({ data, body } = splitFrontmatter(text));
    } catch (error) {
      problems.push({ file, field: '(frontmatter)', message: (error as Error).message });
      continue;
    }
    parsed.push({ file, data });
    const slug = slugOf(file, data);
    const copy = bySlug.has(slug);
    const slugOk = claimSlug(file, slug, bySlug, problems);
    // A second file with the same slug is reported as such; its title would only repeat the problem.
    if (!copy) titled.push({ file, data });
    const result = schema.safeParse(data);
    if (!result.success) problems.push(...problemsFrom(file, result.error.issues));
    // The body starts on the line after the closing ---: line numbers in messages are the file's own.
    const firstLine = text.slice(0, text.length - body.length).split('\n').length;
    const unsafe = checkBody(body, formatOf(file), firstLine);
    for (const { line, message } of unsafe) problems.push({ file, field: 'body', message: `line ${line}: ${message}` });
    for (const { line, message } of modelWordProblems(body, schemaFieldNames, firstLine)) {
      problems.push({ file, field: 'body', message: `line ${line}: ${message}` });
    }
    // Contact details in the texts that are published as written: only with the organisation's permission.
    const contacts = contactProblems(data, body);
    for (const found of contacts) {
      const line =
        found.field === 'body' ? `line ${firstLine + body.slice(0, found.index).split('\n').length - 1}: ` : '';
      problems.push({ file, field: found.field, message: `${line}${contactProblemMessage(found)}` });
    }
    for (const { line, heading } of emptyHeadings(body)) {
      warnings.push({
        file,
        field: 'body',
        message: `line ${String(firstLine + line - 1)}: the heading "${heading}" has nothing under it, so pages leave it out: write something under it, or remove it`,
      });
    }
    const pending = (data as { pending?: unknown } | null)?.pending;
    if (Array.isArray(pending) && pending.length > 0) {
      warnings.push({
        file,
        field: 'pending',
        message: `${pending.map(String).join(', ')} still to be decided by the editors: fill them in and remove them from pending`,
      });
    }
    if (result.success && slugOk && unsafe.length === 0 && contacts.length === 0) {
      valid.push({ file, slug, data: result.data, body });
    }
  }
  problems.push(...duplicateTitleProblems(titled));
  return { valid, parsed, problems, warnings };
}

/**
 * Validate every initiative file; return the valid entries and all problems. Given the slugs of the places,
 * it also checks that every place an entry points at exists (on the frontmatter it parsed already).
 */
export function validateInitiatives(files: readonly ContentFile[], placeSlugs?: readonly string[]): ValidationResult {
  const { valid: entries, parsed, problems, warnings } = validateMarkdown(files, initiativeSchema);
  if (placeSlugs) problems.push(...placeReferenceProblems(parsed, placeSlugs));
  problems.push(...aliasProblems(entries));
  const collided = new Set(problems.filter((p) => p.field.startsWith('aliases')).map((p) => p.file));
  return {
    entries: entries.filter((entry) => !collided.has(entry.file)),
    problems,
    warnings,
    checked: files.length,
  };
}

export type ValidPlace = ParsedFile<Place>;

export interface PlaceValidation {
  places: ValidPlace[];
  problems: Problem[];
  warnings: Problem[];
  checked: number;
}

/** Validate every place file; return the valid places and all problems. */
export function validatePlaces(files: readonly ContentFile[]): PlaceValidation {
  const { valid, problems, warnings } = validateMarkdown(files, placeSchema);
  return { places: valid, problems, warnings, checked: files.length };
}

/**
 * Every place an initiative points at must exist: a missing slug fails naming the entry, the field and the
 * nearest place slug. Reads the frontmatter as parsed (valid or not), so the check also runs for entries with
 * other problems.
 */
export function placeReferenceProblems(
  initiatives: readonly { file: string; data: unknown }[],
  known: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  for (const { file, data } of initiatives) {
    const listed = (data as { places?: unknown } | null)?.places;
    if (!Array.isArray(listed)) continue;
    listed.forEach((slug: unknown, i) => {
      if (typeof slug !== 'string' || known.includes(slug)) return;
      const guess = suggest(slug, known);
      problems.push({
        file,
        field: `places[${i}]`,
        message: `points at the place "${slug}", but there is no place with that slug${guess ? `: did you mean "${guess}"?` : ': use the file name of a place in content/places without .md'}`,
      });
    });
  }
  return problems;
}

/**
 * Aliases keep old URLs working, so each must be free: not an entry's slug, not another entry's alias
 * (either would make one URL point at two entries), and not the entry's own slug.
 */
export function aliasProblems(entries: readonly Pick<ValidEntry, 'file' | 'slug' | 'data'>[]): Problem[] {
  const problems: Problem[] = [];
  const slugs = new Map(entries.map((entry) => [entry.slug, entry.file]));
  const aliasOwner = new Map<string, string>();
  for (const { file, slug, data } of entries) {
    data.aliases.forEach((alias, i) => {
      const field = `aliases[${i}]`;
      if (alias === slug) {
        problems.push({ file, field, message: `"${alias}" is this entry's own slug: remove it from aliases` });
        return;
      }
      const owner = slugs.get(alias);
      if (owner) {
        problems.push({
          file,
          field,
          message: `"${alias}" is the slug of ${owner}: an old URL cannot point at two entries, so remove the alias or rename that entry`,
        });
      }
      const other = aliasOwner.get(alias);
      if (other && other !== file) {
        problems.push({
          file,
          field,
          message: `"${alias}" is already an alias of ${other}: an old URL can only redirect to one entry`,
        });
      }
      aliasOwner.set(alias, file);
    });
  }
  return problems;
}

export interface ValidShowcase {
  file: string;
  slug: string;
  data: Showcase;
}

export interface ShowcaseValidation {
  collections: ValidShowcase[];
  problems: Problem[];
  checked: number;
}

/** The slug of a collection file: its `slug` field or its file name without `.yaml`/`.yml`. */
export function showcaseSlugOf(file: string, data: unknown): string {
  return slugOf(file.replace(/\.ya?ml$/, '.md'), data);
}

/**
 * Validate every collection file against its schema and against the initiatives: each listed slug must
 * be an entry (an entry's alias is accepted and read as the entry it now belongs to).
 */
export function validateShowcases(
  files: readonly ContentFile[],
  initiatives: readonly Pick<ValidEntry, 'slug' | 'data'>[],
): ShowcaseValidation {
  const problems: Problem[] = [];
  const collections: ValidShowcase[] = [];
  const known = new Set(initiatives.map((entry) => entry.slug));
  const aliases = new Map(initiatives.flatMap((entry) => entry.data.aliases.map((alias) => [alias, entry.slug])));
  const candidates = [...known];
  const bySlug = new Map<string, string>();
  for (const { file, text } of files) {
    let data: unknown;
    try {
      data = parseYaml(text, 1);
    } catch (error) {
      problems.push({ file, field: '(file)', message: (error as Error).message });
      continue;
    }
    const slug = showcaseSlugOf(file, data);
    let ok = claimSlug(file, slug, bySlug, problems);
    // The references are checked even when other fields have problems, so every problem shows at once.
    const rawItems = (data as { items?: unknown }).items;
    const renamed = new Map<string, string>();
    (Array.isArray(rawItems) ? rawItems : []).forEach((item: unknown, i) => {
      const listed = (item as { initiative?: unknown } | null)?.initiative;
      if (typeof listed !== 'string' || known.has(listed)) return;
      const target = aliases.get(listed);
      if (target) {
        renamed.set(listed, target);
        return;
      }
      ok = false;
      const guess = suggest(listed, candidates);
      problems.push({
        file,
        field: `items[${i}].initiative`,
        message: `collection "${slug}" lists "${listed}", but there is no initiative with that slug${guess ? `: did you mean "${guess}"?` : ': use the file name of an entry in content/initiatives without .md'}`,
      });
    });
    const result = showcaseSchema.safeParse(data);
    if (!result.success) {
      problems.push(...problemsFrom(file, result.error.issues, '(file)'));
      continue;
    }
    // An alias of a renamed entry reads as the entry it now belongs to.
    const items = result.data.items.map((item) => ({
      ...item,
      initiative: renamed.get(item.initiative) ?? item.initiative,
    }));
    if (ok) collections.push({ file, slug, data: { ...result.data, items } });
  }
  return { collections, problems, checked: files.length };
}
