import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One timed run of a Node child process: wall time from spawn to exit, and its peak RSS. */
export interface Run {
  seconds: number;
  peakBytes: number;
  stdout: string;
}

const rssHook = new URL('./max-rss.mjs', import.meta.url).pathname;

/**
 * Runs `node <args>` (the current Node binary) with the peak-RSS hook preloaded. The whole process
 * is timed, start-up included, because that is what a user waits for.
 */
export function runNode(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Run {
  const folder = mkdtempSync(join(tmpdir(), 'nps-bench-rss-'));
  const rssFile = join(folder, 'rss');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', rssHook, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, NPS_BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  }
  const peakBytes = Number(readFileSync(rssFile, 'utf8'));
  rmSync(folder, { recursive: true, force: true });
  return { seconds, peakBytes, stdout: result.stdout };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}
