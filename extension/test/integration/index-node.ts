// Entry of the suite in a Node extension host (code-server, desktop VS Code): the host calls run()
// and reports its settlement to the runner (codeAutomationExit or the test-electron exit code).
// The report goes to the file NPS_TEST_REPORT names, since the host's console is not the runner's.
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';
import { runMocha } from './run-suite.ts';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    // Generous: the first test waits for activation and the 100k-row file; each test sets its own deadlines.
    timeout: 60_000,
    color: false,
    reporter: Mocha.reporters.Base,
    ...(process.env.NPS_TEST_GREP ? { grep: process.env.NPS_TEST_GREP } : {}),
  });
  // Installs suite()/test() as globals before the test modules are evaluated (they are bundled, so
  // mocha's file loading is not used).
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  await import('./suites-node.ts');
  const report = await runMocha(mocha);
  const target = process.env.NPS_TEST_REPORT;
  if (target) writeFileSync(target, JSON.stringify(report));
  else console.log(report.text);
  if (report.failures > 0) throw new Error(`${report.failures} integration test(s) failed`);
}
