#!/usr/bin/env node
// Desktop VS Code through @vscode/test-electron's runTests: for machines that can download VS Code
// (GitHub Actions under xvfb; see github-workflow.example.yml). It cannot run on the build machine
// of this project (no route to update.code.visualstudio.com): use code-server.mjs there.
//
//   xvfb-run -a node extension/test/run/electron.mjs [--version stable|1.100.0] [--no-build]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { bundleTests } from './bundle-tests.mjs';
import { buildExtension, extensionDir, makeRunDirectory, prepareWorkspace } from './workspace.mjs';

const { values: options } = parseArgs({
  options: {
    version: { type: 'string', default: 'stable' },
    'no-build': { type: 'boolean', default: false },
  },
});
const log = (message) => console.log(`[electron] ${message}`);

if (!options['no-build']) buildExtension({ log });
const extensionTestsPath = await bundleTests({ target: 'node' });
const runDir = makeRunDirectory('electron');
const workspace = prepareWorkspace(runDir);
const reportFile = join(runDir, 'report.json');

let exitCode = 1;
try {
  exitCode = await runTests({
    version: options.version,
    extensionDevelopmentPath: extensionDir,
    extensionTestsPath,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    // The extension host inherits this: the suite writes its report there (index-node.ts).
    extensionTestsEnv: { NPS_TEST_REPORT: reportFile },
  });
} catch (error) {
  log(`VS Code exited with an error: ${error instanceof Error ? error.message : String(error)}`);
}
try {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  console.log(report.text);
  if (report.failures > 0) exitCode = 1;
} catch {
  log('the suite wrote no report');
  exitCode = 1;
}
process.exit(exitCode);
