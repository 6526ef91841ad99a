/**
 * Lighthouse (the npm `lighthouse` package, its default mobile preset: Moto G Power screen, simulated slow 4G
 * and 4× CPU slowdown) driving the Chromium that scripts/chromium.ts finds: performance and accessibility scores of one page. Each run
 * gets a fresh Chromium with an empty profile, as Lighthouse recommends; several runs give the median.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../chromium.ts';

export interface LighthouseScore {
  /** 0–100, the median over the runs. */
  performance: number;
  accessibility: number;
  /** Every run's performance score, to show the spread. */
  performanceRuns: number[];
  /** The metrics of the median run, in ms (CLS unitless). */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  /** Failed accessibility audits of the median run (ids), empty at 100. */
  failedA11y: string[];
  /** Lighthouse's measure of the machine's speed during the median run (lower: slower or busier). */
  benchmarkIndex: number;
}

/** Chromium with a DevTools port for Lighthouse, in a process group of its own so it can be ended as a whole. */
async function startChromium(): Promise<{ port: number; stop: () => void }> {
  const { path: chromiumPath } = await findChromium();
  const profile = mkdtempSync(path.join(tmpdir(), 'bp-lighthouse-'));
  const child = spawn(
    chromiumPath,
    [...chromiumArgs, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stop = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let stderr = '';
      const timer = setTimeout(() => {
        reject(new Error(`Chromium did not open a DevTools port within 30 s:\n${stderr}`));
      }, 30_000);
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(stderr);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Chromium exited (${String(code)}) before opening a DevTools port:\n${stderr}`));
      });
    });
    return { port, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

type Run = Omit<LighthouseScore, 'performanceRuns'>;

async function runOnce(url: string): Promise<Run> {
  const chrome = await startChromium();
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance', 'accessibility'],
      logLevel: 'error',
      output: 'json',
      // The page is on 127.0.0.1; Lighthouse itself must not try the network (the machine may have none).
      disableFullPageScreenshot: true,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const failedA11y = (lhr.categories.accessibility?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
      .map((ref) => ref.id);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      metrics: {
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        si: metric('speed-index'),
      },
      failedA11y,
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  } finally {
    chrome.stop();
  }
}

/** Lighthouse `runs` times on one URL; the run with the median performance score is reported. */
export async function lighthouseScore(url: string, runs = 3): Promise<LighthouseScore> {
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(url));
  const sorted = [...results].sort((a, b) => a.performance - b.performance);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? sorted[0];
  if (!median) throw new Error('no Lighthouse runs');
  return { ...median, performanceRuns: results.map((r) => r.performance) };
}
