// Runs a configured mocha instance and turns its events into a report both runners understand:
// a spec-like text (printed by the runner, so CI logs read like mocha's) and figures the suite
// measured (the end-to-end timings scripts/bench/extension.ts prints). Works with Node's Mocha
// and with mocha's browser build, which share the Runner events used here.

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export interface SuiteReport {
  passes: number;
  failures: number;
  pending: number;
  tests: TestResult[];
  /** Figures recorded by the tests with recordMetric, e.g. open-to-diagnostics times. */
  metrics: Record<string, number[]>;
  text: string;
}

interface RunnableLike {
  title: string;
  duration?: number;
  fullTitle(): string;
  titlePath(): string[];
}

interface RunnerLike {
  on(event: 'pass' | 'pending', listener: (test: RunnableLike) => void): unknown;
  on(event: 'fail', listener: (test: RunnableLike, error: Error) => void): unknown;
  on(event: 'suite', listener: (suite: { title: string; root?: boolean }) => void): unknown;
}

export interface MochaLike {
  run(done: (failures: number) => void): RunnerLike;
}

const metrics: Record<string, number[]> = {};

/** Records a figure measured by a test; repeated calls collect samples for a median. */
export function recordMetric(name: string, value: number): void {
  const samples = metrics[name] ?? [];
  samples.push(value);
  metrics[name] = samples;
}

export function runMocha(mocha: MochaLike): Promise<SuiteReport> {
  const tests: TestResult[] = [];
  const lines: string[] = [];
  return new Promise((resolve) => {
    const runner = mocha.run(() => {
      const failed = tests.filter((test) => test.state === 'failed');
      lines.push('');
      lines.push(`  ${tests.filter((test) => test.state === 'passed').length} passing`);
      if (failed.length > 0) lines.push(`  ${failed.length} failing`);
      failed.forEach((test, index) => {
        lines.push('', `  ${index + 1}) ${test.title}:`, indent(test.error ?? '', 6));
      });
      resolve({
        passes: tests.length - failed.length - tests.filter((test) => test.state === 'pending').length,
        failures: failed.length,
        pending: tests.filter((test) => test.state === 'pending').length,
        tests,
        metrics,
        text: lines.join('\n'),
      });
    });
    runner.on('suite', (suite) => {
      if (!suite.root && suite.title) lines.push('', `  ${suite.title}`);
    });
    runner.on('pass', (test) => {
      tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 });
      lines.push(`    ✓ ${test.title} (${test.duration ?? 0} ms)`);
    });
    runner.on('pending', (test) => {
      tests.push({ title: test.fullTitle(), state: 'pending', durationMs: 0 });
      lines.push(`    - ${test.title}`);
    });
    // 'fail' also fires for hooks (before/after): they count as failures too, under their title.
    runner.on('fail', (test, error) => {
      const failedCount = tests.filter((entry) => entry.state === 'failed').length;
      tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: describeError(error) });
      lines.push(`    ${failedCount + 1}) ${test.title}`);
    });
  });
}

function describeError(error: Error): string {
  const withDiff = error as Error & { actual?: unknown; expected?: unknown; showDiff?: boolean };
  const parts = [error.stack ?? `${error.name}: ${error.message}`];
  if (withDiff.showDiff !== false && ('actual' in withDiff || 'expected' in withDiff)) {
    parts.push(
      `expected: ${JSON.stringify(withDiff.expected, null, 2)}`,
      `actual:   ${JSON.stringify(withDiff.actual, null, 2)}`,
    );
  }
  return parts.join('\n');
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}
