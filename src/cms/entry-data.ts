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
