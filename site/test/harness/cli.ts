// The `nps` command line run as a child, as a user runs it: the tests compare the site with what
// the CLI says about the same data.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Issue } from '@nps-pages/core';
import { repositoryRoot } from './build.ts';

export function runCli(args: readonly string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(repositoryRoot, 'scripts/src/cli.ts'), ...args], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** `nps validate --format json`: every issue of a data folder. */
export function validateIssues(dataDir: string): Issue[] {
  return JSON.parse(runCli(['validate', '--format', 'json', '--data', dataDir]).stdout) as Issue[];
}

/** The fields of `nps stats --json` the overview shows. */
export interface StatsFigures {
  n: number;
  nps: number;
  promoters: number;
  passives: number;
  detractors: number;
  shares: { promoters: number; passives: number; detractors: number };
  ci95: { low: number; high: number };
  /** Present when the data carries weights: what the site shows with statistics.weighted on (the default). */
  weighted?: {
    nps: number;
    effectiveN: number;
    ci: { low: number; high: number };
    shares: { promoters: number; passives: number; detractors: number };
  };
}

export function statsJson(dataDir: string): StatsFigures {
  const result = runCli(['stats', '--json', '--data', dataDir]);
  if (result.status !== 0) throw new Error(`nps stats failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as StatsFigures;
}
