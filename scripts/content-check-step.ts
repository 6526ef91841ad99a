/**
 * The content check as a step of `npm run build` (scripts/build.ts), in a process of its own: the same check and
 * messages as the Astro integration (src/integrations/content-check.ts). Prints the valid line, or every problem
 * and exits 1.
 */
import { contentCheckReport } from '../src/integrations/content-check.ts';

const report = await contentCheckReport();
if (report.ok) {
  console.log(`[buurtpodium:content-check] ${report.line}`);
} else {
  console.error(report.error);
  process.exitCode = 1;
}
