import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.ts';
import { loadData, readFolder } from './load.ts';

/**
 * Golden reports: each folder of core/test/fixtures/report is a data folder (config, export,
 * actions) with expected.json, the whole report built from it with a pinned date. On a mismatch
 * the actual report is written to expected-changed.json beside it (review the diff, then rename it
 * to accept it); with CI=true nothing is ever written.
 */

const FIXTURES = join(import.meta.dirname, '../fixtures/report');
/** The pinned build date of every golden report: never the clock. */
const NOW = '2026-10-05';

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('golden reports', () => {
  it('has at least one case', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const name of cases) {
    it(name, async () => {
      const folder = join(FIXTURES, name);
      const data = await loadData(readFolder(folder));
      expect(data.issues).toEqual([]);
      const report = buildReport({
        config: data.config,
        responses: data.responses,
        actions: data.actions,
        now: NOW,
        files: [{ path: 'responses.csv', fingerprint: 'pinned' }],
      });
      const actual = `${JSON.stringify(report, null, 2)}\n`;
      const expectedPath = join(folder, 'expected.json');
      const changedPath = join(folder, 'expected-changed.json');
      const expected = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : null;
      if (actual === expected) {
        if (existsSync(changedPath) && process.env.CI !== 'true') rmSync(changedPath);
        return;
      }
      if (process.env.CI !== 'true') writeFileSync(changedPath, actual);
      expect(expected === null ? null : JSON.parse(expected), `review ${changedPath}`).toEqual(JSON.parse(actual));
      expect(actual).toBe(expected);
    });
  }
});
