/**
 * The theme a host gives an embed: NL Design System tokens read from the
 * iframe's query string (`?nl-link-color=%23005ea5`), checked and set as CSS
 * custom properties. Only the listed tokens, only values the browser accepts
 * as a colour or a plain font list: nothing a host passes can load anything.
 */

/** The tokens a host may set, and what kind of value each takes. */
export const embedThemeTokens = {
  'utrecht-document-background-color': 'color',
  'utrecht-document-color': 'color',
  'utrecht-document-font-family': 'font-family',
  'utrecht-heading-font-family': 'font-family',
  'utrecht-focus-outline-color': 'color',
  'utrecht-separator-color': 'color',
  'nl-link-color': 'color',
  'nl-link-hover-color': 'color',
} as const;

const FONT_LIST = /^[\w\s,'"-]{1,200}$/;

/** Set every valid token from `params` on `style`; returns the tokens that were set. */
export function applyEmbedTheme(
  params: URLSearchParams,
  style: Pick<CSSStyleDeclaration, 'setProperty'>,
  supports: (property: string, value: string) => boolean,
): string[] {
  const set: string[] = [];
  for (const [token, kind] of Object.entries(embedThemeTokens)) {
    const value = params.get(token)?.trim();
    if (!value) continue;
    const ok = kind === 'color' ? supports('color', value) && !/url\(/i.test(value) : FONT_LIST.test(value);
    if (!ok) continue;
    style.setProperty(`--${token}`, value);
    set.push(token);
  }
  return set;
}
