/**
 * An initiative as a file: YAML frontmatter in the schema's field order, then
 * the Markdown body. Used by the contribution form to hand the editors a ready
 * `.md` file. Every string is written double-quoted (JSON escaping is valid
 * YAML), so no title or summary can change the YAML's meaning.
 */
import slugify from '@sindresorhus/slugify';
import { initiativeFields } from '../../schema/initiative.ts';

type Value = string | number | boolean | null | undefined | Value[] | { [key: string]: Value };

function scalar(value: string | number | boolean): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

const isObject = (value: Value): value is Record<string, Value> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The lines of one key and its value, indented by `indent` spaces. Empty values are left out. */
function lines(key: string, value: Value, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) {
    if (value.length === 0) return [];
    return [
      `${pad}${key}:`,
      ...value.flatMap((item) => {
        if (isObject(item)) {
          const inner = Object.entries(item).flatMap(([k, v]) => lines(k, v, indent + 4));
          // The first field of an item goes on the dash's line.
          return inner.map((line, i) => (i === 0 ? `${pad}  - ${line.trimStart()}` : line));
        }
        return item === undefined || item === null || Array.isArray(item) ? [] : [`${pad}  - ${scalar(item)}`];
      }),
    ];
  }
  if (isObject(value)) {
    const inner = Object.entries(value).flatMap(([k, v]) => lines(k, v, indent + 2));
    return inner.length > 0 ? [`${pad}${key}:`, ...inner] : [];
  }
  return [`${pad}${key}: ${scalar(value)}`];
}

/** The file text: frontmatter (schema order, then any other keys) and the body. */
export function entryFileText(data: Readonly<Record<string, Value>>, body: string): string {
  const order = [
    ...initiativeFields,
    ...Object.keys(data).filter((key) => !(initiativeFields as string[]).includes(key)),
  ];
  const frontmatter = order.flatMap((key) => lines(key, data[key], 0));
  const text = body.trim();
  return `---\n${frontmatter.join('\n')}\n---\n${text ? `\n${text}\n` : ''}`;
}

/** A file name for an entry: its title as a slug (at most 80 characters, cut at a dash), `.md`. */
export function entryFileName(title: string): string {
  let slug = slugify(title, { decamelize: false });
  if (slug.length > 80) slug = slug.slice(0, 80).replace(/-[^-]*$/, '');
  return `${slug || 'initiatief'}.md`;
}
