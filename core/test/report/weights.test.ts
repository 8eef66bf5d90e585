import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.ts';
import { makeConfig, response } from './load.ts';

// Weighted shares 2/4 promoters, 1/4 detractors: NPS +25 on Kish's n_eff = 4² / (4 + 1 + 1) = 8/3.
const WEIGHTED = [
  response('2026-01-01', 10, { weight: 2 }),
  response('2026-01-02', 0, { weight: 1 }),
  response('2026-01-03', 8, { weight: 1 }),
];

describe('the report and the weights', () => {
  it('uses the weights by default, says so in the methodology and gives the effective n', () => {
    const report = buildReport({ config: makeConfig(), responses: WEIGHTED, now: '2026-02-01' });
    expect(report.overview.nps).toMatchObject({ n: 3, weighted: true });
    expect(report.overview.nps.nps).toBeCloseTo(25, 10);
    expect(report.overview.nps.effectiveN).toBeCloseTo(8 / 3, 10);
    expect(report.methodology.weighted).toBe(true);
  });

  it('gives the plain figures with statistics.weighted: false', () => {
    const report = buildReport({
      config: makeConfig({ statistics: { weighted: false } }),
      responses: WEIGHTED,
      now: '2026-02-01',
    });
    expect(report.overview.nps).toMatchObject({ nps: 0, weighted: false, effectiveN: 3 });
    expect(report.methodology.weighted).toBe(false);
  });

  it('does not call unweighted data weighted', () => {
    const plain = WEIGHTED.map(({ weight: _weight, ...rest }) => rest);
    const report = buildReport({ config: makeConfig(), responses: plain, now: '2026-02-01' });
    expect(report.overview.nps).toMatchObject({ nps: 0, weighted: false, effectiveN: 3 });
    expect(report.methodology.weighted).toBe(false);
  });
});
