// Shared by the runners: where things are, a fresh copy of the fixture workspace for each run (the
// suite edits and creates files in it), and the issues `nps validate` reports for that copy, which
// the suite compares with the editor's diagnostics (same codes, messages and ranges).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const extensionDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const repositoryRoot = join(extensionDir, '..');
const fixtureWorkspace = join(extensionDir, 'test', 'fixtures', 'workspace');

/** Where the suite finds the CLI's issues, relative to the workspace root. */
export const EXPECTED_ISSUES_PATH = '.nps-test/expected-issues.json';

export function makeRunDirectory(prefix) {
  return mkdtempSync(join(tmpdir(), `nps-${prefix}-`));
}

/**
 * Copies the fixture workspace into `runDir/workspace` and records what the CLI reports for it.
 * `sample: true` copies the repository's sample data set instead (for the README's screenshot).
 */
export function prepareWorkspace(runDir, { sample = false } = {}) {
  const workspace = join(runDir, 'workspace');
  if (sample) cpSync(join(repositoryRoot, 'data'), join(workspace, 'data'), { recursive: true });
  else cpSync(fixtureWorkspace, workspace, { recursive: true });
  const cli = spawnSync(process.execPath, [join(repositoryRoot, 'scripts', 'src', 'cli.ts'), 'validate', '--format', 'json'], {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...process.env, NPS_DATA_DIR: 'data' },
  });
  // Exit 1 means "the data has errors", which the fixture has on purpose; 2 is a broken config.
  if (cli.status !== 1 && cli.status !== 0)
    throw new Error(`nps validate failed on the fixture (exit ${cli.status}):\n${cli.stderr}`);
  const expected = join(workspace, EXPECTED_ISSUES_PATH);
  mkdirSync(dirname(expected), { recursive: true });
  writeFileSync(expected, cli.stdout);
  return workspace;
}

/** Builds the extension with its own package script, when it has one (E1's esbuild bundles). */
export function buildExtension({ log }) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
  if (!manifest.scripts?.build) return;
  const started = performance.now();
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key];
  const result = spawnSync('pnpm', ['run', '--silent', 'build'], { cwd: extensionDir, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`the extension's build failed (exit ${result.status})`);
  log(`extension built in ${Math.round(performance.now() - started)} ms`);
}

export function readJsonIfPresent(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(address.port));
    });
  });
}

/** Polls `check` every 100 ms until it returns a value or the deadline passes. */
export async function waitUntil(check, { timeoutMs, what }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
