/**
 * What `npm run freshness` and the "Te controleren" issue (scripts/freshness-issue.ts) list: the practice examples
 * and places of a content root that were never checked or not within the freshness period, oldest first
 * (`toVerify` in src/lib/core/freshness.ts). Files that do not validate are left out here: `check:content` names them.
 */
import { checkContent } from '../src/lib/build/content-files.ts';
import { freshnessFields as pick, toVerify, type FreshnessInput, type ToVerify } from '../src/lib/core/freshness.ts';

export interface FreshnessReport {
  items: ToVerify[];
  /** How many files were read, and how many entries are subject to verification. */
  files: number;
  subject: number;
}

/** Read a content root and list what to check as of `now`; `onProgress` hears every 1,000 files read. */
export async function freshnessReport(
  root: string,
  now: Date,
  months: number,
  onProgress?: (done: number, total: number) => void,
): Promise<FreshnessReport> {
  const result = await checkContent(root, onProgress);
  const inputs: FreshnessInput[] = [
    ...result.initiatives.entries.map(({ slug, data }) => ({ ...pick(data), kind: 'initiative' as const, slug })),
    ...result.places.map(({ slug, data }) => ({ ...pick(data), kind: 'place' as const, slug })),
  ];
  const { initiatives, places, collections } = result.checked;
  return {
    items: toVerify(inputs, now, months),
    files: initiatives + places + collections,
    subject: inputs.filter((input) => input.kind === 'place' || input.status !== undefined).length,
  };
}
