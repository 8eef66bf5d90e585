import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.ts';
import { reportDownloads } from '../../src/report/downloads.ts';
import type { NpsConfig } from '../../src/schema/config.ts';
import { loadData, makeConfig, readFolder, response } from './load.ts';

const SMALL = join(import.meta.dirname, '../fixtures/report/small-fr');

function withPeriod(config: NpsConfig, period: NpsConfig['site']['period']): NpsConfig {
  return { ...config, site: { ...config.site, period } };
}

describe('site.period: auto in the report', () => {
  it('is the default, and gives a daily trend to four days of 39 answers, in every figure and download', () => {
    const config = makeConfig({ segments: [{ field: 'room' }] });
    expect(config.site.period).toBe('auto');
    const days = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'];
    const responses = Array.from({ length: 39 }, (_, index) =>
      response(days[index % 4] as string, index % 11, { segments: { room: index % 2 ? 'A' : 'B' } }),
    );
    const report = buildReport({ config, responses });
    expect(report.meta.period).toBe('day');
    expect(report.overview.trend.map((point) => [point.key, point.n])).toEqual([
      ['2026-03-02', 10],
      ['2026-03-03', 10],
      ['2026-03-04', 10],
      ['2026-03-05', 9],
    ]);
    expect(report.segments[0]?.pages[0]?.trend.map((point) => point.key)).toEqual(days);
    const trend = reportDownloads(report).find((file) => file.name === 'trend.csv');
    expect(trend?.text.split(/\r?\n/).filter((line) => line.startsWith('2026-03-0'))).toHaveLength(4);
  });

  it('regroups the days into the bucket it chooses exactly as a configured bucket folds them', async () => {
    const data = await loadData(readFolder(SMALL));
    const build = (period: NpsConfig['site']['period']) =>
      buildReport({
        config: withPeriod(data.config, period),
        responses: data.responses,
        actions: data.actions,
        now: '2026-10-05',
      });
    // 14 answers over August and September: too thin for days or weeks, so the two months.
    const auto = build('auto');
    expect(auto.meta.period).toBe('month');
    const month = build('month');
    expect(auto.methodology).toEqual({ ...month.methodology, periodAuto: true });
    expect({ ...auto, methodology: null }).toEqual({ ...month, methodology: null });
  });
});
