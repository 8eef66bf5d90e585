// Entry of the suite in the web worker extension host (vscode.dev, github.dev; route B): no Node
// built-ins and no module resolution, so mocha's browser build is bundled in. The report leaves
// through the console, which the runner reads from the page.
// Defines the globals `mocha` and `Mocha` (bundle-tests.mjs hides `module` from its UMD header).
import 'mocha/mocha.js';
import { type MochaLike, runMocha } from './run-suite.ts';

/** The line prefix the route B runner looks for in the console. */
const REPORT_MARKER = 'NPS_TEST_REPORT ';

interface BrowserMocha extends MochaLike {
  setup(options: { ui: 'tdd'; reporter?: unknown; timeout: number; color?: boolean }): void;
}

export async function run(): Promise<void> {
  const { mocha, Mocha } = globalThis as unknown as { mocha: BrowserMocha; Mocha: { reporters: { Base: unknown } } };
  // The browser build defaults to the 'html' reporter, which needs a DOM that a worker has not:
  // Base reports nothing itself, and runMocha writes the text.
  mocha.setup({ ui: 'tdd', reporter: Mocha.reporters.Base, timeout: 60_000, color: false });
  await import('./suites-web.ts');
  const report = await runMocha(mocha);
  console.log(REPORT_MARKER + JSON.stringify(report));
  if (report.failures > 0) throw new Error(`${report.failures} integration test(s) failed`);
}
