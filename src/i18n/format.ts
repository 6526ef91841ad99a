/**
 * Filling UI texts, shared by `t()` at build time and the browser modules that get their texts handed over
 * (src/client/): `{placeholders}` and the choice between a text for one and a text for more. No dictionaries
 * here, so a browser bundle that imports this carries none.
 */

/** A text with its `{placeholders}` filled; one without a value stays as it is. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** The placeholders of a text, in order (`t()` requires a value for each). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

/**
 * `1 plek` or `3 plekken`: the text for one when `count` is 1, else the text for more, both filled with `count`
 * and `values`. Dutch and English both have one singular form (for 1 only).
 */
export function plural(
  count: number,
  texts: { one: string; other: string },
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fill(count === 1 ? texts.one : texts.other, { ...values, count });
}
