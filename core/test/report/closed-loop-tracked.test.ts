import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.ts';
import { makeConfig, response } from './load.ts';

// A closed loop without reply dates is "not tracked", never 0 %: a figure about data that does not exist.
describe('the closed loop is tracked only when the data says when the team answered', () => {
  const responses = [response('2026-03-02', 2), response('2026-03-03', 10), response('2026-03-04', 5)];

  it('is not tracked when no source maps repliedAt and no response has a reply date', () => {
    const report = buildReport({ config: makeConfig({}), responses });
    expect(report.overview.closedLoopTracked).toBe(false);
  });

  it('is tracked when a source maps repliedAt, even before the first reply (then 0 % is true)', () => {
    const config = makeConfig({});
    const mapped = { ...config, sources: config.sources.map((source) => ({ ...source, columns: { repliedAt: 'Rappelé le' } })) };
    expect(buildReport({ config: mapped, responses }).overview.closedLoopTracked).toBe(true);
  });

  it('is tracked when some response carries a reply date (a canonical repliedAt column)', () => {
    const replied = [...responses, { ...response('2026-03-05', 3), repliedAt: Date.UTC(2026, 2, 6) }];
    const report = buildReport({ config: makeConfig({}), responses: replied });
    expect(report.overview.closedLoopTracked).toBe(true);
    expect(report.overview.closedLoop.find((row) => row.category === 'detractor')?.answered).toBe(1);
  });
});
