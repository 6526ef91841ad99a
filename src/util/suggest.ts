/**
 * "Did you mean …": the nearest of a list of valid values to a mistyped one, compared without regard to case.
 * Used by every schema message that names a valid value (taxonomy ids, field names, slugs, municipalities).
 */
import { closest, distance } from 'fastest-levenshtein';

/** The nearest of `options` to `input`, when it is close enough to be a likely typo. */
export function suggest(input: string, options: readonly string[]): string | undefined {
  if (options.length === 0 || input.length === 0) return undefined;
  const lower = input.toLowerCase();
  const byLower = new Map(options.map((option) => [option.toLowerCase(), option]));
  const best = closest(lower, [...byLower.keys()]);
  const gap = distance(lower, best);
  if (gap >= Math.min(lower.length, best.length)) return undefined;
  const limit = Math.max(1, Math.floor(best.length / 3));
  return gap <= limit || best.startsWith(lower) || lower.startsWith(best) ? byLower.get(best) : undefined;
}
