/**
 * Measuring helpers for the benchmark: run a command while sampling the CPU time and resident memory of its
 * whole process tree, with every output line stamped with the moment it was written (so the steps of a build
 * can be timed from its log); sizes of files as a static host would serve them (gzip).
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** One sample of the process tree: when, CPU seconds used so far (user + system), summed RSS. */
export interface Sample {
  /** Epoch milliseconds. */
  t: number;
  cpuSeconds: number;
  rssKb: number;
}

export interface Line {
  t: number;
  text: string;
}

export interface RunResult {
  /** Epoch milliseconds at start and end. */
  started: number;
  ended: number;
  seconds: number;
  peakRssMb: number;
  /** User + system CPU seconds of the command and all its descendants (bash `times`, or the samples if more). */
  cpuSeconds: number;
  /** The output, stamps removed. */
  output: string;
  lines: Line[];
  samples: Sample[];
  /** The exit code (only when `allowFailure`; otherwise a failure rejects). */
  code: number;
}

export interface RunOptions {
  /** Echo the output lines that match (indented), as progress. */
  echo?: RegExp;
  /** Called for every output line, for progress counters. */
  onLine?: (line: Line) => void;
  /** Stamp every line at the moment it is written (Node processes only: a preload through NODE_OPTIONS). */
  stamp?: boolean;
  /** Resolve with the exit code instead of rejecting when the command fails. */
  allowFailure?: boolean;
  /** Sampling interval in ms (default 100). */
  interval?: number;
}

const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface ProcStat {
  ppid: number;
  /** The process's own utime + stime (all its threads), in clock ticks. */
  ticks: number;
}

function readStat(pid: string): ProcStat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces): state(3) ppid(4) … utime(14) stime(15).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const field = (n: number) => Number(fields[n - 3]);
    return { ppid: field(4), ticks: field(14) + field(15) };
  } catch {
    return undefined; // the process ended while we looked
  }
}

function rssKb(pid: number): number {
  try {
    const line = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return Number(line?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * A sampler of a process tree. CPU time is the sum, over every process ever seen in the tree, of the last
 * utime + stime seen for it: a process's time is kept after it ends, whether or not its parent waits for it
 * (Pagefind's indexer can outlive the build process, and then never reaches the shell's `times`). Processes
 * shorter than one interval are missed, as is each process's last interval.
 */
function treeSampler(root: number): () => Omit<Sample, 't'> {
  const ticksByPid = new Map<number, number>();
  return () => {
    const children = new Map<number, number[]>();
    const stats = new Map<number, ProcStat>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const stat = readStat(name);
      if (!stat) continue;
      stats.set(Number(name), stat);
      children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), Number(name)]);
    }
    const tree = [root];
    // A breadth-first walk: the loop also visits the children it appends.
    for (const pid of tree) tree.push(...(children.get(pid) ?? []));
    let rss = 0;
    for (const pid of tree) {
      const ticks = stats.get(pid)?.ticks ?? 0;
      ticksByPid.set(pid, Math.max(ticks, ticksByPid.get(pid) ?? 0));
      rss += rssKb(pid);
    }
    let ticks = 0;
    for (const value of ticksByPid.values()) ticks += value;
    return { cpuSeconds: ticks / clockTicks, rssKb: rss };
  };
}

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;
const stampFile = fileURLToPath(new URL('./stamp-output.mjs', import.meta.url));
const STAMP = /^@@(\d{13}) /;

/**
 * Run a command through bash (whose `times` gives the CPU time of every reaped descendant), and sample the CPU
 * time and summed RSS of the process tree every `interval` ms (so memory peaks shorter than that can be missed).
 */
export function run(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  options: RunOptions = {},
): Promise<RunResult> {
  const { echo = /$^/, onLine, stamp = false, allowFailure = false, interval = 100 } = options;
  return new Promise((resolve, reject) => {
    const started = Date.now();
    // The command writes into a pipe that `cat` empties, not straight into this process's stdio, which are sockets:
    // Node writes to a socket asynchronously, and a build that exits (process.exit) right after a burst of output
    // (30,000 "(cached)" route lines) lost its last lines, Astro's "Completed" and "page(s) built" among them. Into
    // a pipe Node writes synchronously. Standard error goes into the same pipe (the lines are one list anyway).
    const script = `{ ${[command, ...args].map(quote).join(' ')}; } 2>&1 | cat; status=\${PIPESTATUS[0]}; times; exit $status`;
    const childEnv = stamp
      ? { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, `--import=${stampFile}`].filter(Boolean).join(' ') }
      : env;
    const child = spawn('bash', ['-c', script], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: Line[] = [];
    const samples: Sample[] = [];
    const partial = { stdout: '', stderr: '' };
    const take = (key: keyof typeof partial, chunk: Buffer | undefined, flush = false) => {
      const now = Date.now();
      const text = partial[key] + (chunk?.toString() ?? '');
      const parts = text.split('\n');
      partial[key] = flush ? '' : (parts.pop() ?? '');
      for (const part of parts) {
        if (flush && part === '') continue;
        const stamped = STAMP.exec(part);
        const line = { t: stamped ? Number(stamped[1]) : now, text: stamped ? part.slice(stamped[0].length) : part };
        lines.push(line);
        onLine?.(line);
        if (echo.test(line.text)) console.log(`    ${line.text.trim()}`);
      }
    };
    child.stdout.on('data', (chunk: Buffer) => {
      take('stdout', chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      take('stderr', chunk);
    });
    const sampler = child.pid === undefined ? undefined : treeSampler(child.pid);
    const sample = () => {
      if (sampler) samples.push({ t: Date.now(), ...sampler() });
    };
    const timer = setInterval(sample, interval);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      take('stdout', undefined, true);
      take('stderr', undefined, true);
      const ended = Date.now();
      const output = lines.map((line) => line.text).join('\n');
      // `times` prints the shell's own user/system time, then its children's: "0m1.5s 0m0.2s".
      const timesLines = lines.map((line) => line.text).filter((text) => /^\d+m[\d.]+s \d+m[\d.]+s$/.test(text));
      const reaped = [...(timesLines.at(-1) ?? '').matchAll(/(\d+)m([\d.]+)s/g)].reduce(
        (sum, match) => sum + Number(match[1]) * 60 + Number(match[2]),
        0,
      );
      // `times` misses descendants their parent never waited for; the samples miss processes shorter than
      // one interval. The larger of the two is the closer figure.
      const cpuSeconds = Math.max(reaped, samples.at(-1)?.cpuSeconds ?? 0);
      samples.push({ t: ended, cpuSeconds, rssKb: 0 });
      const peak = Math.max(0, ...samples.map((s) => s.rssKb));
      const result = {
        started,
        ended,
        seconds: (ended - started) / 1000,
        peakRssMb: Math.round(peak / 1024),
        cpuSeconds,
        output,
        lines,
        samples,
        code: code ?? 1,
      };
      if (code !== 0 && !allowFailure) {
        reject(new Error(`${command} ${args.join(' ')} exited ${String(code)}:\n${output.slice(-4000)}`));
      } else resolve(result);
    });
  });
}

/** Bytes of a file as a static host serves it: gzip (level 6), or as is when that is smaller (already compressed files). */
export function servedBytes(file: string): number {
  return gzippedBytes(readFileSync(file));
}

/** Bytes of some content gzip-compressed (level 6), or as is when that is smaller. */
export function gzippedBytes(raw: Buffer | string): number {
  const buffer = typeof raw === 'string' ? Buffer.from(raw) : raw;
  return Math.min(buffer.length, gzipSync(buffer).length);
}

/** Total size and number of files below a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/** What every timed build reports: whether it built, why not, wall and CPU time, peak memory and its pages. */
export interface MeasuredBuild {
  ok: boolean;
  /** Why it failed ("out of memory …" or the last lines of the output). */
  failure?: string;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  pages: number;
}
