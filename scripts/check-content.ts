/**
 * npm run check:content — validate every content file and print all problems
 * at once as `file: field: message`. Exits 1 when there is any problem.
 */
import { checkContent, contentRoot } from '../src/lib/build/content-files.ts';
import { formatProblem } from '../src/schema/report.ts';

const root = process.argv[2] ?? contentRoot();
const started = performance.now();
const result = await checkContent(root, (done, total) => {
  if (total >= 1000) process.stderr.write(`check:content: read ${done}/${total} files\n`);
});
for (const problem of result.problems) console.log(formatProblem(problem));
// Warnings do not fail the run: what the pages leave out, what the editors still have to decide.
for (const warning of result.warnings) console.log(`warning: ${formatProblem(warning)}`);
const warned = result.warnings.length > 0 ? `, ${String(result.warnings.length)} warning(s)` : '';
const files = new Set(result.problems.map((p) => p.file)).size;
// Initiatives, places and collections together: the count is of files read.
const { initiatives, places, collections } = result.checked;
const checked = `${initiatives + places + collections} files`;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (result.problems.length > 0) {
  console.log(
    `check:content: ${checked} checked in ${root}, ${result.problems.length} problem(s) in ${files} file(s)${warned} (${seconds} s)`,
  );
  process.exitCode = 1;
} else {
  console.log(`check:content: ${checked} checked in ${root}, no problems${warned} (${seconds} s)`);
}
