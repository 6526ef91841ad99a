/**
 * The texts the search page's script shows, from the i18n catalogue. Made at build time (SearchPanel.astro puts
 * them on the page as JSON) and by the tests; the browser imports only the type, so no dictionary is bundled.
 * `{count}`, `{query}` and `{language}` stay in the texts as placeholders: the script fills them (`fill`).
 */
import { t, type Lang } from '../../i18n/index.ts';
import { languages } from '../../taxonomy/index.ts';

export interface SearchTexts {
  /** `{count} resultaten`, without a query. */
  results: string;
  resultsOne: string;
  /** `{count} resultaten voor “{query}”`. */
  resultsFor: string;
  resultsForOne: string;
  none: string;
  prompt: string;
  loading: string;
  unavailable: string;
  /** `In het {language}`: beside a result written in another language than the page. */
  inLanguage: string;
  /** Each content language's name in the page's language. */
  language: Record<string, string>;
}

export function searchTexts(lang: Lang): SearchTexts {
  return {
    results: t(lang, 'search.results', { count: '{count}' }),
    resultsOne: t(lang, 'search.results.one'),
    resultsFor: t(lang, 'search.results.for', { count: '{count}', query: '{query}' }),
    resultsForOne: t(lang, 'search.results.for.one', { query: '{query}' }),
    none: t(lang, 'search.none'),
    prompt: t(lang, 'search.prompt'),
    loading: t(lang, 'search.loading'),
    unavailable: t(lang, 'search.unavailable'),
    inLanguage: t(lang, 'card.inLanguage', { language: '{language}' }),
    language: Object.fromEntries(languages.map((term) => [term.id, term.label[lang]])),
  };
}
