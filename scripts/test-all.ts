/**
 * npm test — every check the project has, in the order that fails fastest:
 * first the Chromium the browser tests need (scripts/chromium.ts: found on the
 * system or unpacked from the npm package; without one the run stops here, in
 * seconds, saying what to install), then formatting, lint, types (astro check),
 * content, build, then all vitest projects (unit, build output, end-to-end in
 * Chromium, the dev servers). Prints each step with its time and ends with one summary line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromiumVersion, findChromium } from './chromium.ts';

interface Step {
  name: string;
  command: string[];
}

const report = 'tests/.artifacts/vitest.json';
const steps: Step[] = [
  { name: 'format (prettier)', command: ['npm', 'run', '-s', 'format:check'] },
  { name: 'lint (eslint)', command: ['npm', 'run', '-s', 'lint'] },
  { name: 'types (astro check)', command: ['npm', 'run', '-s', 'check'] },
  { name: 'content (check:content)', command: ['npm', 'run', '-s', 'check:content'] },
  { name: 'build (astro build)', command: ['npm', 'run', '-s', 'build'] },
  {
    name: 'tests (vitest: unit, build, e2e, dev)',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  },
];

let browser: Awaited<ReturnType<typeof findChromium>>;
try {
  browser = await findChromium();
} catch (error) {
  console.error(`npm test: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`▶ browser: ${chromiumVersion(browser.path)} (${browser.source}: ${browser.path})`);

mkdirSync('tests/.artifacts', { recursive: true });
// The steps use the browser found here, without looking again.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', BUURTPODIUM_CHROMIUM: browser.path };
const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const [i, step] of steps.entries()) {
  console.log(`\n▶ [${i + 1}/${steps.length}] ${step.name}: ${step.command.join(' ')}`);
  const started = performance.now();
  const [command = 'npm', ...args] = step.command;
  const run = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = (performance.now() - started) / 1000;
  const ok = run.status === 0;
  results.push({ name: step.name, ok, seconds });
  console.log(`${ok ? '✓' : '✗'} ${step.name} (${seconds.toFixed(1)} s)`);
  if (!ok) break;
}

console.log('\nSummary:');
for (const result of results) console.log(`  ${result.ok ? '✓' : '✗'} ${result.name} (${result.seconds.toFixed(1)} s)`);
const failedStep = results.find((result) => !result.ok);
let passed = 0;
let failed = 0;
if (existsSync(report) && results.length === steps.length) {
  const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed = json.numPassedTests;
  failed = json.numFailedTests;
}
if (failedStep) {
  console.log(`npm test: failed at "${failedStep.name}"`);
  process.exitCode = 1;
} else {
  console.log(`tests: ${passed} passed, ${failed} failed`);
  if (failed > 0 || passed === 0) process.exitCode = 1;
}
