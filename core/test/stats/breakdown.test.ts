import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addToBreakdown,
  createBreakdown,
  mergeBreakdowns,
  summarizeBreakdown,
  summarizePeriods,
} from '../../src/stats/breakdown.ts';
import { periodKey } from '../../src/stats/periods.ts';
import { naiveNps, responsesArbitrary, shuffled } from './reference.ts';

describe('breakdown', () => {
  it('summarises by key or by size, deterministically', () => {
    const breakdown = createBreakdown();
    for (const [key, score] of [
      ['b', 10],
      ['a', 0],
      ['c', 9],
      ['c', 8],
      ['b', 3],
    ] as const)
      addToBreakdown(breakdown, key, score);
    expect(summarizeBreakdown(breakdown).map((row) => row.key)).toEqual(['a', 'b', 'c']);
    expect(summarizeBreakdown(breakdown, { order: 'size' }).map((row) => [row.key, row.n])).toEqual([
      ['b', 2],
      ['c', 2],
      ['a', 1],
    ]);
    expect(summarizeBreakdown(breakdown).find((row) => row.key === 'c')?.nps).toBe(50);
  });

  it('is invariant under row order and merges like concatenation', () => {
    fc.assert(
      fc.property(responsesArbitrary, fc.integer(), (responses, seed) => {
        const build = (rows: typeof responses) => {
          const breakdown = createBreakdown();
          for (const row of rows) addToBreakdown(breakdown, periodKey(row.day, 'week'), row.score, row.weight);
          return breakdown;
        };
        const reordered = shuffled(responses, seed);
        expect(summarizeBreakdown(build(reordered))).toEqual(summarizeBreakdown(build(responses)));
        const half = Math.floor(responses.length / 2);
        expect(summarizeBreakdown(mergeBreakdowns(build(responses.slice(0, half)), build(responses.slice(half))))).toEqual(
          summarizeBreakdown(build(responses)),
        );
      }),
    );
  });
});

describe('summarizePeriods', () => {
  it('shows empty periods as n = 0 and compares each period with the one before', () => {
    const breakdown = createBreakdown();
    for (let index = 0; index < 100; index++) addToBreakdown(breakdown, '2026-01', index < 50 ? 10 : index < 80 ? 8 : 2);
    for (let index = 0; index < 100; index++) addToBreakdown(breakdown, '2026-03', index < 40 ? 10 : index < 70 ? 8 : 2);
    const periods = summarizePeriods(breakdown, { period: 'month' });
    expect(periods.map((row) => [row.key, row.n, row.nps])).toEqual([
      ['2026-01', 100, 30],
      ['2026-02', 0, null],
      ['2026-03', 100, 10],
    ]);
    expect(periods[0]).toMatchObject({ first: '2026-01-01', last: '2026-01-31', change: null });
    expect(periods[1]?.change).toMatchObject({ testable: false, reason: 'empty' });
    expect(periods[2]?.change).toMatchObject({ testable: false, reason: 'empty' });
    expect(JSON.stringify(periods)).not.toContain('NaN');
  });

  it('extends to the range asked for and tests consecutive periods', () => {
    const breakdown = createBreakdown();
    for (let index = 0; index < 100; index++) addToBreakdown(breakdown, '2026-Q1', index < 50 ? 10 : index < 80 ? 8 : 2);
    for (let index = 0; index < 100; index++) addToBreakdown(breakdown, '2026-Q2', index < 40 ? 10 : index < 70 ? 8 : 2);
    const periods = summarizePeriods(breakdown, { period: 'quarter', to: '2026-08-01', significance: 0.1 });
    expect(periods.map((row) => row.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    // 30 → 10 points: z = -1.754, p = 0.079 (see difference.test.ts).
    expect(periods[1]?.change?.difference).toBeCloseTo(-20, 10);
    expect(periods[1]?.change?.significant).toBe(true);
    expect(summarizePeriods(createBreakdown(), { period: 'month' })).toEqual([]);
  });

  it('agrees with a naive NPS per period', () => {
    fc.assert(
      fc.property(responsesArbitrary, (responses) => {
        const breakdown = createBreakdown();
        for (const row of responses) addToBreakdown(breakdown, periodKey(row.day, 'month'), row.score);
        for (const period of summarizePeriods(breakdown, { period: 'month' })) {
          const scores = responses.filter((row) => row.day.slice(0, 7) === period.key).map((row) => row.score);
          const expected = naiveNps(scores);
          if (expected === null) expect(period.nps).toBeNull();
          else expect(period.nps).toBeCloseTo(expected, 9);
        }
      }),
    );
  });
});
