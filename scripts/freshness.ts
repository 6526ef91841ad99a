/**
 * npm run freshness [content root] [--fail] — the practice examples and places to check: never checked, or not
 * within the freshness period (`freshnessMonths` in the site config, `BUURTPODIUM_FRESHNESS_MONTHS`), oldest first,
 * one line each, then a one-line summary. Forms of initiative (no status) are never listed. "Now" is the moment of
 * the run (`BUURTPODIUM_NOW=YYYY-MM-DD` to check as of another day). Exits 0; with `--fail`, 1 when any entry is
 * stale (never-checked entries do not fail the run: every new submission starts that way).
 */
import { buildNow, periodText } from '../src/lib/core/freshness.ts';
import { contentRoot } from '../src/lib/build/content-files.ts';
import { site } from '../src/site.config.ts';
import { freshnessReport } from './freshness-report.ts';

const args = process.argv.slice(2);
const fail = args.includes('--fail');
const root = args.find((arg) => !arg.startsWith('--')) ?? contentRoot();
const started = performance.now();
const now = buildNow();
const months = site.freshnessMonths;
const day = (date: Date) => date.toISOString().slice(0, 10);

const report = await freshnessReport(root, now, months, (done, total) => {
  if (total >= 1000) process.stderr.write(`freshness: read ${done}/${total} files\n`);
});
for (const item of report.items) {
  const when = item.verified ? `last checked ${day(item.verified)}` : 'never checked';
  console.log(
    `${item.state === 'stale' ? 'stale' : 'never'}  ${item.kind.padEnd(10)}  ${item.slug}: ${item.title} (${when})`,
  );
}
const stale = report.items.filter((item) => item.state === 'stale').length;
const never = report.items.length - stale;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `freshness: ${report.files} files read in ${root}, ${stale} stale and ${never} never checked of ${report.subject} practice examples and places (period ${periodText(months, 'en')}, as of ${day(now)}) (${seconds} s)`,
);
if (fail && stale > 0) process.exitCode = 1;
