import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataIssuesError, readReportInThisThread } from '../load-report.ts';

const CONFIG = `site:\n  locale: fr\nsources:\n  - path: "*.csv"\n`;

async function dataDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nps-site-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('readReportInThisThread', () => {
  it('builds the report of a valid data folder', async () => {
    const dir = await dataDir({ 'nps.config.yaml': CONFIG, 'a.csv': 'date,score\n2026-01-05,10\n2026-01-06,3\n2026-01-07,8\n' });
    const { report } = await readReportInThisThread({ dataDir: dir, build: { date: '2026-02-01', commit: null } });
    expect(report.meta.n).toBe(3);
    expect(report.overview.nps.nps).toBeCloseTo(0, 10);
    expect(report.meta.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('fails with every issue as path:line:col CODE message, never a partial report', async () => {
    const dir = await dataDir({ 'nps.config.yaml': CONFIG, 'a.csv': 'date,score\n2026-01-05,11\nnot a date,5\n2026-01-07,8\n' });
    const failure = await readReportInThisThread({ dataDir: dir, build: { date: null, commit: null } }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DataIssuesError);
    const lines = (failure as DataIssuesError).message.split('\n');
    expect(lines[0]).toMatch(/has 2 errors; the site was not built/);
    expect(lines.slice(1)).toHaveLength(2);
    for (const line of lines.slice(1)) expect(line).toMatch(/a\.csv:[23]:\d+ NPS\d{3} \S/);
  });
});
