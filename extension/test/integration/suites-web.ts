// The suites the web worker extension host runs (the extension's `browser` entry, files read
// through workspace.fs): everything but the Node-only screenshot hand-off.
import './activation.test.ts';
import './diagnostics.test.ts';
import './ui.test.ts';
import './editing.test.ts';
import './performance.test.ts';
