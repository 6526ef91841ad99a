/**
 * The message catalogue: every problem the schemas raise, and what the forms say about a field, as one template
 * per key and language (`messages.en.json`, `messages.nl.json`), in the pattern of Starlight's error map. The
 * schemas raise issues that carry a key and its values (`src/schema/problems.ts`); `check:content` renders them
 * in English for editors, the Meedoen form in Dutch or English and the CMS in Dutch
 * (`src/lib/present/form-messages.ts`). Only these two files and `format.ts` are imported, so a browser bundle that
 * checks a form carries no other texts.
 */
import type { Lang } from '../taxonomy/index.ts';
import { fill, placeholdersOf } from './format.ts';
import en from './messages.en.json';
import nl from './messages.nl.json';

/** A key of the catalogue: English is the source, and Dutch is typed to have the same keys. */
export type MessageKey = keyof typeof en;

/** The values a template's `{placeholders}` are filled with. */
export type MessageValues = Readonly<Record<string, string | number>>;

export const messages: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { nl, en };

/** Whether `key` is a key of the catalogue (an issue's params come from outside the type system). */
export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(en, key);
}

/** The template of `key` in `lang`, filled with `values`. A placeholder without a value is an error. */
export function message(lang: Lang, key: MessageKey, values: MessageValues = {}): string {
  const template = messages[lang][key];
  const missing = placeholdersOf(template).find((name) => values[name] === undefined);
  if (missing !== undefined) throw new Error(`message(${lang}, ${key}): no value for {${missing}}`);
  return fill(template, values);
}

/** A name or value quoted as the language quotes it: "Bergen" or “Bergen”. */
export function quote(lang: Lang, text: string): string {
  return message(lang, 'quote', { text });
}

/** A value as a message names it: nothing, an empty value, "text", a list, a group of fields, number 3. */
export function describeValue(lang: Lang, input: unknown): string {
  if (input === undefined) return message(lang, 'value.nothing');
  if (input === null) return message(lang, 'value.empty');
  if (typeof input === 'string') return message(lang, 'value.text', { text: input });
  if (Array.isArray(input)) return message(lang, 'value.list');
  if (typeof input === 'object') return message(lang, 'value.group');
  return message(lang, 'value.other', { type: typeof input, value: JSON.stringify(input) });
}
