// The suites a Node extension host runs, in order: the tests that edit files or add large ones
// come after those that read the fixture as committed.
import './activation.test.ts';
import './diagnostics.test.ts';
import './ui.test.ts';
import './editing.test.ts';
import './performance.test.ts';
import './screenshot.test.ts';
