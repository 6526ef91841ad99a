/**
 * npm run intake -- <file> [--content <root>] — take in what the Meedoen form produced: the `.md` file, the
 * e-mail's text, or the whole saved e-mail (`.eml`). Validates the entry as check:content does
 * (src/lib/core/validation.ts), writes it to `<root>/initiatives/<slug>.md` under a free slug (from the title;
 * taken → -2, -3 …; never overwriting) and lists every problem as `file: field: message`, the editors'
 * to-do. A body that fails the safety checks (code) or a file without readable frontmatter is refused:
 * nothing is written. The submitter's contact details are printed apart; they never go into the file.
 *
 * Exit code: 0 written without problems, 2 written with problems to fix, 1 refused (nothing written).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentRoot, readEntryFiles } from '../src/lib/build/content-files.ts';
import { freeSlug, readSubmission, slugForTitle } from '../src/lib/build/intake.ts';
import { slugOfText, splitFrontmatter, validateInitiatives } from '../src/lib/core/validation.ts';
import { formatProblem } from '../src/schema/report.ts';

const args = process.argv.slice(2);
const contentAt = args.indexOf('--content');
const root = contentAt === -1 ? contentRoot() : args[contentAt + 1];
const input = args.find((arg, i) => !arg.startsWith('--') && (contentAt === -1 || i !== contentAt + 1));

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!input || !root) stop('usage: npm run intake -- <file.md|file.eml|mail.txt> [--content <root>]');

const submission = readSubmission(await readFile(input, 'utf8'));
if (!submission) stop(`intake: ${input}: no entry found (no "---" frontmatter, no form markers); nothing written`);

const printContact = () => {
  console.log('\nContact details of the submitter (for the editors only, not in the file):');
  for (const line of submission.contact.length > 0 ? submission.contact : ['(none in this file)'])
    console.log(`  ${line}`);
};

let data: unknown;
try {
  ({ data } = splitFrontmatter(submission.entry));
} catch (error) {
  printContact();
  stop(`intake: ${input}: (frontmatter): ${(error as Error).message}\nintake: refused, nothing written`);
}

const dir = path.join(root, 'initiatives');
const existing = await readEntryFiles(dir).catch((error: unknown) => stop(`intake: ${(error as Error).message}`));
const placeFiles = await readEntryFiles(path.join(root, 'places'), undefined, /\.(md|mdx)$/, true);
// Taken: every entry's slug and every alias (an alias keeps an old URL, so a new entry cannot have it).
const taken = new Set<string>();
for (const { file, text } of existing) {
  taken.add(slugOfText(file, text));
  try {
    const aliases = (splitFrontmatter(text).data as { aliases?: unknown }).aliases;
    if (Array.isArray(aliases)) for (const alias of aliases) if (typeof alias === 'string') taken.add(alias);
  } catch {
    // An unreadable entry still takes its file name's slug.
  }
}
const title = (data as { title?: unknown } | null)?.title;
const slug = freeSlug(slugForTitle(title, submission.fileName), taken);
const target = path.join(dir, `${slug}.md`);
const file = path.relative(process.cwd(), path.resolve(target)) || target;

// Checked beside the existing entries, as check:content would: slugs, aliases and places included.
const result = validateInitiatives(
  [...existing, { file, text: submission.entry }],
  placeFiles.map(({ file: placeFile, text }) => slugOfText(placeFile, text)),
);
const problems = result.problems.filter((problem) => problem.file === file);
const unsafe = problems.filter((problem) => problem.field === 'body');

if (unsafe.length > 0) {
  for (const problem of unsafe) console.log(formatProblem(problem));
  printContact();
  stop(`intake: refused ${input}: the body contains code (${unsafe.length} problem(s)); nothing written`);
}

await writeFile(target, submission.entry, { flag: 'wx' });
for (const problem of problems) console.log(formatProblem(problem));
printContact();
if (problems.length > 0) {
  console.log(`\nintake: wrote ${file}, ${problems.length} problem(s) for the editors to fix before publishing`);
  process.exitCode = 2;
} else {
  console.log(`\nintake: wrote ${file}, no problems`);
}
