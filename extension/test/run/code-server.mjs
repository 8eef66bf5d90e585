#!/usr/bin/env node
// Route A: the integration suite inside VS Code 1.139.1 (code-server's server, web workbench and
// Node extension host), driven headless by Debian's Chromium. Recipe and pitfalls measured in
// shared/VSCODE-TESTING.md; about 12 s a run once the tools are cached (2 min the first time).
//
//   node extension/test/run/code-server.mjs [--grep <pattern>] [--screenshot <png>] [--no-build] [--keep]
//     [--verbose] [--timeout <s>] [--extension-path <dir>]
//
// Exit code: 0 when every test passed, 1 when a test failed or the run did not finish.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleTests } from './bundle-tests.mjs';
import { cleanEnvironment, codeServerEntry, ensureCodeServer, nodeBinary } from './tools.mjs';
import { formatLogArgs, runWorkbench } from './workbench.mjs';
import {
  buildExtension,
  extensionDir,
  freePort,
  makeRunDirectory,
  prepareWorkspace,
  readJsonIfPresent,
  waitUntil,
} from './workspace.mjs';

const { values: options } = parseArgs({
  options: {
    grep: { type: 'string' },
    // Another build of the extension (e.g. a packaged .vsix unpacked), instead of extension/.
    'extension-path': { type: 'string' },
    screenshot: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '180' },
  },
});

const log = (message) => console.log(`[code-server] ${message}`);
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

ensureCodeServer({ log: (message) => console.log(`[tools] ${message}`) });
if (!options['no-build']) buildExtension({ log });
const testsPath = await bundleTests({ target: 'node' });

const runDir = makeRunDirectory('code-server');
// --screenshot photographs the preview of the sample data set, and runs only that test.
const workspace = prepareWorkspace(runDir, { sample: Boolean(options.screenshot) });
const dirs = Object.fromEntries(
  ['user-data', 'extensions', 'config', 'data', 'tmp', 'shots'].map((name) => [name, join(runDir, name)]),
);
for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
const reportFile = join(runDir, 'report.json');
const port = await freePort();

// The extension host inherits this environment: that is how the suite learns where to write.
const env = cleanEnvironment({
  extra: {
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    TMPDIR: dirs.tmp,
    NPS_TEST_REPORT: reportFile,
    ...(options.grep || options.screenshot ? { NPS_TEST_GREP: options.grep ?? 'Screenshot' } : {}),
    ...(options.screenshot ? { NPS_TEST_SCREENSHOT_DIR: dirs.shots } : {}),
  },
});
const serverArgs = [
  codeServerEntry,
  ...['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none'],
  ...['--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions],
  '--disable-telemetry',
  '--disable-update-check',
  '--disable-workspace-trust',
  '--disable-getting-started-override',
  '--ignore-last-opened',
  // Without it a built VS Code ignores extensionDevelopmentPath and extensionTestsPath: the run hangs.
  ...['--vscode-option', 'enable-smoke-test-driver'],
  workspace,
];
const serverOutput = [];
// detached: its own process group, so the whole tree (extension host, watchers) dies with it.
const server = spawn(nodeBinary, serverArgs, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
server.stdout.on('data', (chunk) => serverOutput.push(chunk.toString()));
server.stderr.on('data', (chunk) => serverOutput.push(chunk.toString()));

let exitCode = 1;
try {
  await waitUntil(
    async () => {
      if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode}:\n${serverOutput.join('')}`);
      return fetch(`http://127.0.0.1:${port}/healthz`).then(
        (response) => response.ok,
        () => false,
      );
    },
    { timeoutMs: 60_000, what: 'code-server /healthz' },
  );
  log(`server up on 127.0.0.1:${port} after ${seconds()} s`);
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(options['extension-path'] ? resolve(options['extension-path']) : extensionDir)],
    ['extensionTestsPath', remote(testsPath)],
    ['skipWelcome', 'true'],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const code = await runWorkbench({
    url,
    timeoutMs: Number(options.timeout) * 1000,
    onLog: (type, args) => {
      if (options.verbose || type === 'error' || type === 'pageerror' || type === 'runner-error') {
        console.log(`  [${type}] ${formatLogArgs(args)}`);
      }
    },
    onReady: options.screenshot ? (page) => serveScreenshots(page, dirs.shots, resolve(options.screenshot)) : undefined,
  });
  const report = readJsonIfPresent(reportFile);
  if (report) console.log(report.text);
  if (code === 'timeout') log(`the suite did not finish within ${options.timeout} s`);
  else if (!report) log(`the workbench exited with ${code} but the suite wrote no report (did the extension activate?)`);
  exitCode = code === 0 && report && report.failures === 0 ? 0 : 1;
  if (report && process.env.NPS_TEST_METRICS_OUT) writeFileSync(process.env.NPS_TEST_METRICS_OUT, JSON.stringify(report.metrics));
  log(`${exitCode === 0 ? 'passed' : 'FAILED'} in ${seconds()} s`);
  if (exitCode !== 0 && options.verbose) console.log(serverOutput.join(''));
} catch (error) {
  console.error(error);
} finally {
  try {
    process.kill(-server.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
  if (!options.keep) rmSync(runDir, { recursive: true, force: true });
  else log(`kept ${runDir}`);
}
process.exit(exitCode);

/**
 * The suite writes `<name>.ready` when the view it wants captured is on screen, then waits for
 * `<name>.done`: the runner takes the picture in between (only a page can be photographed).
 */
async function serveScreenshots(page, shotsDir, target) {
  const ready = await waitUntil(() => readdirSync(shotsDir).find((name) => name.endsWith('.ready')), {
    timeoutMs: Number(options.timeout) * 1000,
    what: 'the suite to open the view to capture',
  });
  const name = ready.replace(/\.ready$/, '');
  // The preview renders in a nested iframe after its model arrives: wait for its chart.
  await waitUntil(
    async () => {
      for (const frame of page.frames()) if (await frame.$('svg').catch(() => null)) return true;
      return false;
    },
    { timeoutMs: 30_000, what: 'the preview to draw its chart' },
  );
  await page.screenshot({ path: target });
  log(`screenshot of ${name} written to ${target}`);
  writeFileSync(join(shotsDir, `${name}.done`), '');
}
