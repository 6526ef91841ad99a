/**
 * Showcases (the curated collections, docs/architecture.md "Glossary") as pages show them: the curated items first (in
 * the curator's order, with notes), then every entry the rule selects, newest first, with no
 * entry twice. Pure: takes the catalog, so unit tests need no build.
 */
import type { Showcase, ShowcaseRule } from '../../schema/showcase.ts';
import type { Catalog, CatalogEntry } from './catalog.ts';
import { facetKeys, filterItems, type Selection } from './facets.ts';

export interface ShowcaseItem {
  entry: CatalogEntry;
  /** The curator's note, for curated items. */
  note?: string;
  /** Chosen by hand (true) or by the rule (false). */
  curated: boolean;
}

export interface ResolvedShowcase {
  slug: string;
  data: Showcase;
  items: ShowcaseItem[];
}

/** A rule as a facet selection (the same OR-within, AND-across logic as the list filters). */
export function ruleSelection(rule: ShowcaseRule): Selection {
  const selection: Selection = {};
  for (const key of facetKeys) {
    const values = rule[key];
    if (values && values.length > 0) selection[key] = values;
  }
  return selection;
}

/** The entries a rule selects, newest first (the catalog's order). A rule with no values selects nothing. */
export function ruleMatches(catalog: Catalog, rule: ShowcaseRule | undefined): CatalogEntry[] {
  if (!rule) return [];
  const selection = ruleSelection(rule);
  if (Object.keys(selection).length === 0) return [];
  return filterItems(catalog.entries, selection);
}

/**
 * The items of a collection. A listed slug that is an alias of a renamed entry reads as that entry; a slug
 * that is no entry at all is an error (validation reports it before the build gets here).
 */
export function resolveShowcase(catalog: Catalog, slug: string, data: Showcase): ResolvedShowcase {
  const items: ShowcaseItem[] = [];
  const seen = new Set<string>();
  for (const item of data.items) {
    const entry = catalog.bySlug.get(item.initiative) ?? catalog.byAlias.get(item.initiative);
    if (!entry) throw new Error(`Collection "${slug}" lists "${item.initiative}", which is no initiative`);
    if (seen.has(entry.slug)) continue;
    seen.add(entry.slug);
    items.push({ entry, curated: true, ...(item.note ? { note: item.note } : {}) });
  }
  for (const entry of ruleMatches(catalog, data.rule)) {
    if (seen.has(entry.slug)) continue;
    seen.add(entry.slug);
    items.push({ entry, curated: false });
  }
  return { slug, data, items };
}

/** Collections in reading order: newest first, then by title. */
export function sortShowcases(collections: readonly ResolvedShowcase[]): ResolvedShowcase[] {
  return [...collections].sort(
    (a, b) =>
      b.data.published.getTime() - a.data.published.getTime() ||
      a.data.title.localeCompare(b.data.title, 'nl') ||
      a.slug.localeCompare(b.slug),
  );
}
