/**
 * The check the CMS runs before it saves an entry: the same initiative schema
 * and body checks as `check:content` and the build, in Dutch, naming each field
 * by its CMS label. It catches what Decap's own field checks cannot express:
 * a field required once its optional group is used (an image needs its alt
 * text), the checks that span fields (end date after start date), and unsafe
 * bodies. The preview shows the same list while the entry is being written.
 */
import { checkBody } from '../lib/body-safety.ts';
import { bodyMessage, issueMessage } from '../lib/form-messages.ts';
import { collectionSchema } from '../schema/collection.ts';
import { initiativeSchema } from '../schema/initiative.ts';
import { collectionTextOf, fieldTexts, textOf, type FieldText } from './labels.ts';
import { pruneEmpty } from './entry-data.ts';

/** "Bronnen 2 → Titel" for `sources[1].title`: the CMS labels along the path, list items counted from 1. */
export function labelOfPath(
  path: readonly PropertyKey[],
  texts: (path: string) => FieldText | undefined = textOf,
  whole = 'Initiatief',
): string {
  const parts: string[] = [];
  const names: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') {
      const last = parts.pop();
      if (last !== undefined) parts.push(`${last} ${String(key + 1)}`);
      continue;
    }
    names.push(String(key));
    parts.push(texts(names.join('.'))?.label ?? String(key));
  }
  return parts.join(' → ') || whole;
}

/** Every problem of an entry's data as Decap holds it (frontmatter fields plus `body`), as Dutch sentences. */
export function saveProblems(data: Record<string, unknown>): string[] {
  const { body, ...frontmatter } = pruneEmpty(data);
  const messages: string[] = [];
  const result = initiativeSchema.safeParse(frontmatter);
  if (!result.success) {
    for (const issue of result.error.issues) {
      messages.push(issueMessage(issue, frontmatter, labelOfPath(issue.path), 'nl'));
    }
  }
  if (typeof body === 'string') {
    for (const problem of checkBody(body, 'md')) messages.push(bodyMessage(problem, fieldTexts.body.label, 'nl'));
  }
  return messages;
}

/**
 * Every problem of a collection as Decap holds it, in Dutch. Whether the chosen initiatives exist is
 * not checked here: the relation widget only offers existing ones, and the build checks it again.
 */
export function collectionSaveProblems(data: Record<string, unknown>): string[] {
  const values = pruneEmpty(data);
  const result = collectionSchema.safeParse(values);
  if (result.success) return [];
  return result.error.issues.map((issue) =>
    issueMessage(issue, values, labelOfPath(issue.path, collectionTextOf, 'Collectie'), 'nl'),
  );
}
