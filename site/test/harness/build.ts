// Builds the site the way the root `build:site` script does, from a given data folder into a
// given output folder, as a child process: the build must be tested as users run it (exit code,
// stderr lines), and a crash in the build must not take the test runner with it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repositoryRoot = new URL('../../../', import.meta.url).pathname;

/** Pinned build metadata: the footer shows them, and determinism is only testable when they are fixed. */
export const PINNED_BUILD_ENV = {
  SOURCE_DATE_EPOCH: '1767225600', // 2026-01-01T00:00:00Z
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
} as const;

export interface BuildOptions {
  /** The data folder (absolute, or relative to the repository root). */
  data: string;
  /** Where the site goes; a fresh temporary folder when absent. */
  outDir?: string;
  /** The base path, e.g. '/nps-pages/'; '/' when absent. */
  base?: string;
  env?: Record<string, string>;
  /** 'astro' runs a plain `astro build` instead of the `build:site` script: the two must be the same build. */
  via?: 'build:site' | 'astro';
}

export interface BuildResult {
  outDir: string;
  exitCode: number;
  stdout: string;
  stderr: string;
  seconds: number;
  /** The exact command line, for failure messages. */
  command: string;
}

/** The root `build:site` script (takes --data, --base, --out); astro itself with NPS_DATA_DIR before it existed. */
const buildScript = join(repositoryRoot, 'site/build/build-site.ts');
const astroBin = join(repositoryRoot, 'node_modules/astro/bin/astro.mjs');

export function buildCommand(options: BuildOptions & { outDir: string }): string[] {
  const base = options.base ?? '/';
  if (options.via !== 'astro' && existsSync(buildScript)) {
    return [buildScript, '--data', options.data, '--out', options.outDir, '--base', base];
  }
  return [astroBin, 'build', '--outDir', options.outDir, '--base', base];
}

export function buildSite(options: BuildOptions): Promise<BuildResult> {
  const outDir = options.outDir ?? join(mkdtempSync(join(tmpdir(), 'nps-site-')), 'dist');
  const data = resolve(repositoryRoot, options.data);
  const base = options.base ?? '/';
  const args = buildCommand({ ...options, data, base, outDir });
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: repositoryRoot,
      env: {
        ...process.env,
        ...PINNED_BUILD_ENV,
        NPS_DATA_DIR: data,
        NPS_BASE: base,
        ASTRO_TELEMETRY_DISABLED: '1',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ outDir, exitCode: code ?? 1, stdout, stderr, seconds, command: `node ${args.join(' ')}` });
    });
  });
}

/** For tests that need a site: a failed build is a test failure with the build's own words. */
export async function buildSiteOrThrow(options: BuildOptions): Promise<BuildResult> {
  const result = await buildSite(options);
  if (result.exitCode !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-60).join('\n');
    throw new Error(`site build failed (exit ${result.exitCode}): ${result.command}\n${output}`);
  }
  return result;
}
