#!/usr/bin/env node
// Runs a root package script with the toolchain the project needs (Node >= 22, the pinned pnpm),
// provisioning both from the npm registry into .cache/toolchain when the machine lacks them, and
// installing the workspace's dependencies when the lockfile changed since the last install.
//
// Plain JavaScript on purpose: this file must run on the system Node (20 on a fresh machine),
// before anything is installed. Usage: node scripts/toolchain/with-toolchain.mjs <script> [args...]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = manifest.packageManager.replace(/^pnpm@/, '');
const nodeVersion = '24.21.0';
const minimumNodeMajor = 22;
const toolDir = join(root, '.cache', 'toolchain');
const toolBin = join(toolDir, 'node_modules', '.bin');

const [script, ...scriptArgs] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/toolchain/with-toolchain.mjs <script> [args...]');
  process.exit(2);
}

// npm and pnpm export npm_* variables describing *their* Node; a nested pnpm must not inherit them
// (code-server's and other postinstalls read npm_config_user_agent and refuse the wrong Node).
function cleanEnvironment(pathPrefix) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key)) env[key] = value;
  }
  if (pathPrefix) env.PATH = `${pathPrefix}${delimiter}${env.PATH ?? ''}`;
  return env;
}

function run(command, args, env, options = {}) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: options.capture ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (result.error) throw result.error;
  return result;
}

function versionOf(command, env) {
  try {
    const result = spawnSync(command, ['--version'], { env, encoding: 'utf8' });
    return result.status === 0 ? result.stdout.trim().replace(/^v/, '') : undefined;
  } catch {
    return undefined;
  }
}

function systemToolchainFits() {
  const major = Number(process.versions.node.split('.')[0]);
  return major >= minimumNodeMajor && versionOf('pnpm', process.env) === pnpmVersion;
}

function provisionToolchain() {
  const env = cleanEnvironment(toolBin);
  if (versionOf(join(toolBin, 'node'), env) === nodeVersion && versionOf(join(toolBin, 'pnpm'), env) === pnpmVersion) {
    return env;
  }
  console.error(`[toolchain] installing node@${nodeVersion} and pnpm@${pnpmVersion} into .cache/toolchain`);
  mkdirSync(toolDir, { recursive: true });
  writeFileSync(join(toolDir, 'package.json'), `${JSON.stringify({ private: true, name: 'nps-pages-toolchain' })}\n`);
  const install = run(
    'npm',
    [
      'install',
      '--prefix',
      toolDir,
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      `node@${nodeVersion}`,
      `pnpm@${pnpmVersion}`,
    ],
    cleanEnvironment(),
  );
  if (install.status !== 0) process.exit(install.status ?? 1);
  if (versionOf(join(toolBin, 'node'), env) !== nodeVersion) {
    console.error('[toolchain] the node package did not provide a working binary');
    process.exit(1);
  }
  return env;
}

function installDependencies(env) {
  const lockfile = join(root, 'pnpm-lock.yaml');
  const stamp = join(root, 'node_modules', '.nps-pages-install');
  const lockHash = createHash('sha256')
    .update(existsSync(lockfile) ? readFileSync(lockfile) : '')
    .update(pnpmVersion)
    .digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash) return;
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  const install = run('pnpm', ['install', ...frozen], env);
  if (install.status !== 0) process.exit(install.status ?? 1);
  writeFileSync(stamp, lockHash);
}

const env = systemToolchainFits() ? cleanEnvironment() : provisionToolchain();
installDependencies(env);
const result = run('pnpm', ['run', '--silent', script, ...scriptArgs], env);
process.exit(result.status ?? 1);
