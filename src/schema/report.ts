/**
 * Turns zod issues into plain-language lines: `file: field: message`, the message being the English text of the
 * catalogue key the issue was raised with (src/schema/problems.ts). Shared by check:content, the build and the
 * site config; the forms render the same issues in their own language (src/lib/present/form-messages.ts).
 */
import type { z } from 'astro/zod';

/** `actors[0].type` from a zod path. An empty path is the whole frontmatter. */
export function fieldPath(path: readonly PropertyKey[], root = '(frontmatter)'): string {
  if (path.length === 0) return root;
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** One problem in one file. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** The problems of one zod error, one per issue (unions unfolded to their most specific branch). */
export function problemsFrom(file: string, issues: readonly z.core.$ZodIssue[], root?: string): Problem[] {
  return issues.map((issue) => ({ file, field: fieldPath(issue.path, root), message: issue.message }));
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[], root?: string): string[] {
  return problemsFrom(file, issues, root).map(formatProblem);
}
