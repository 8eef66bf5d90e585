import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NpsResponse } from '../../src/schema/response.ts';
import { addResponse, createAggregate, reportAggregate } from '../../src/stats/aggregate.ts';
import { addToBreakdown, createBreakdown, summarizePeriods } from '../../src/stats/breakdown.ts';
import { periodKey } from '../../src/stats/periods.ts';
import { summarize } from '../../src/stats/summary.ts';
import { tallyOf } from '../../src/stats/tally.ts';
import { responsesArbitrary, shuffled } from './reference.ts';

function report(responses: readonly NpsResponse[], options: { weighted?: boolean } = {}) {
  const aggregate = createAggregate({ period: 'month', segmentFields: ['country'], migration: true });
  for (const response of responses) addResponse(aggregate, response);
  return reportAggregate(aggregate, options);
}

describe('aggregate', () => {
  it('reports what the separate functions report, in one pass', () => {
    fc.assert(
      fc.property(responsesArbitrary, (responses) => {
        const result = report(responses);
        expect(result.overall).toEqual(summarize(tallyOf(responses)));
        const byMonth = createBreakdown();
        for (const row of responses) addToBreakdown(byMonth, periodKey(row.day, 'month'), row.score, row.weight);
        expect(result.periods).toEqual(summarizePeriods(byMonth, { period: 'month' }));
        expect(result.shares.length).toBe(result.periods.length);
        expect(result.rolling.map((point) => point.key)).toEqual(result.periods.map((period) => period.key));
      }),
    );
  });

  it('gives the same report whatever the order of the rows, weighted or not', () => {
    fc.assert(
      fc.property(responsesArbitrary, fc.integer(), fc.boolean(), (responses, seed, weighted) => {
        const result = report(responses, { weighted });
        expect(report(shuffled(responses, seed), { weighted })).toEqual(result);
        expect(JSON.stringify(result)).not.toContain('NaN');
      }),
    );
  });

  it('reports an empty data set without NaN', () => {
    const result = report([]);
    expect(result.overall).toMatchObject({ n: 0, nps: null, ci: null });
    expect(result.periods).toEqual([]);
    expect(result.migration).toEqual([]);
  });

  // Timing belongs to the benchmarks (scripts/bench/ingest.ts); this checks that a million folds stay exact.
  it('folds a million responses exactly', () => {
    const distinct: NpsResponse[] = Array.from({ length: 1000 }, (_, index) => ({
      day: `2025-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
      score: index % 11,
      segments: { country: ['FR', 'BE', 'CH'][index % 3] ?? 'FR' },
    }));
    const aggregate = createAggregate({ period: 'week', segmentFields: ['country'] });
    for (let round = 0; round < 1000; round++) for (const response of distinct) addResponse(aggregate, response);
    const report = reportAggregate(aggregate);
    expect(report.overall.n).toBe(1_000_000);
    expect(report.overall.promoters).toBe(181_000); // per 1,000: 91 scores of 9 and 90 of 10
    expect(report.segments[0]?.values.map((value) => value.n)).toEqual([334_000, 333_000, 333_000]);
  });
});
