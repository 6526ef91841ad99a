/**
 * Measuring helpers for the benchmark: run a command while sampling the peak
 * resident memory of its whole process tree, and sizes of files as a static
 * host would serve them (gzip).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface RunResult {
  seconds: number;
  peakRssMb: number;
  /** User + system CPU seconds of the command and all its descendants (bash `times`). */
  cpuSeconds: number;
  output: string;
}

function treeOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  const all = [root];
  // A breadth-first walk: the loop also visits the children it appends.
  for (const pid of all) all.push(...(children.get(pid) ?? []));
  return all;
}

function rssKb(pid: number): number {
  try {
    const line = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return Number(line?.[1] ?? 0);
  } catch {
    return 0;
  }
}

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/**
 * Run a command through bash (whose `times` gives the CPU time of every reaped descendant), echo lines that
 * match `echo`, and sample the summed RSS of the process tree every 100 ms (so peaks shorter than that can be missed).
 */
export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv, echo = /$^/): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const script = `${[command, ...args].map(quote).join(' ')}; status=$?; times; exit $status`;
    const child = spawn('bash', ['-c', script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peak = 0;
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n')) if (echo.test(line)) console.log(`    ${line.trim()}`);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setInterval(() => {
      if (child.pid === undefined) return;
      const tree = treeOf(child.pid);
      peak = Math.max(
        peak,
        tree.reduce((sum, pid) => sum + rssKb(pid), 0),
      );
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      // `times` prints the shell's own user/system time, then its children's: "0m1.5s 0m0.2s".
      const lines = output.trimEnd().split('\n').slice(-2);
      const cpuSeconds = [...(lines[1] ?? '').matchAll(/(\d+)m([\d.]+)s/g)].reduce(
        (sum, match) => sum + Number(match[1]) * 60 + Number(match[2]),
        0,
      );
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${String(code)}:\n${output.slice(-4000)}`));
      else resolve({ seconds, peakRssMb: Math.round(peak / 1024), cpuSeconds, output });
    });
  });
}

/** Bytes of a file as a static host serves it: gzip (level 6), or as is when that is smaller (already compressed files). */
export function servedBytes(file: string): number {
  const raw = readFileSync(file);
  return Math.min(raw.length, gzipSync(raw).length);
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
