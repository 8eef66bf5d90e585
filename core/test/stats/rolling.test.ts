import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToBreakdown, createBreakdown } from '../../src/stats/breakdown.ts';
import { rollingNps } from '../../src/stats/rolling.ts';
import { naiveNps, responsesArbitrary, utcDayNumber } from './reference.ts';

describe('rollingNps', () => {
  it('covers the last N days ending on each day', () => {
    const daily = createBreakdown();
    addToBreakdown(daily, '2026-01-01', 10);
    addToBreakdown(daily, '2026-01-03', 0);
    addToBreakdown(daily, '2026-01-05', 10);
    const points = rollingNps(daily, { rollingDays: 3 });
    expect(points.map((point) => [point.start, point.end, point.n, point.nps])).toEqual([
      ['2025-12-30', '2026-01-01', 1, 100],
      ['2025-12-31', '2026-01-02', 1, 100],
      ['2026-01-01', '2026-01-03', 2, 0],
      ['2026-01-02', '2026-01-04', 1, -100],
      ['2026-01-03', '2026-01-05', 2, 0],
    ]);
  });

  it('ends on the last day of each period when stepping by period, and handles gaps', () => {
    const daily = createBreakdown();
    addToBreakdown(daily, '2026-01-15', 10);
    addToBreakdown(daily, '2026-04-20', 0);
    const points = rollingNps(daily, { step: 'month' });
    expect(points.map((point) => [point.key, point.end, point.n])).toEqual([
      ['2026-01', '2026-01-31', 1],
      ['2026-02', '2026-02-28', 1],
      ['2026-03', '2026-03-31', 1],
      ['2026-04', '2026-04-30', 1],
    ]);
    // 90 days to 2026-04-30 start on 2026-01-31: the January response has left the window.
    expect(points[3]?.nps).toBe(-100);
    expect(rollingNps(createBreakdown())).toEqual([]);
  });

  it('equals a naive recomputation of every window, whatever the window and step', () => {
    fc.assert(
      fc.property(
        responsesArbitrary,
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('day', 'week', 'month') as fc.Arbitrary<'day' | 'week' | 'month'>,
        (responses, rollingDays, step) => {
          const daily = createBreakdown();
          for (const row of responses) addToBreakdown(daily, row.day, row.score, row.weight);
          for (const point of rollingNps(daily, { rollingDays, step })) {
            const from = utcDayNumber(point.start);
            const to = utcDayNumber(point.end);
            expect(to - from + 1).toBe(rollingDays);
            const scores = responses
              .filter((row) => utcDayNumber(row.day) >= from && utcDayNumber(row.day) <= to)
              .map((row) => row.score);
            expect(point.n).toBe(scores.length);
            const expected = naiveNps(scores);
            if (expected === null) expect(point.nps).toBeNull();
            else expect(point.nps).toBeCloseTo(expected, 9);
          }
          // Weighted windows too: sliding subtraction of float weights must not drift.
          for (const point of rollingNps(daily, { rollingDays, step, weighted: true })) {
            const inside = responses.filter((row) => row.day >= point.start && row.day <= point.end);
            const weightOf = (row: (typeof inside)[number]) => row.weight ?? 1;
            const total = inside.reduce((sum, row) => sum + weightOf(row), 0);
            const net = inside.reduce((sum, row) => sum + (row.score >= 9 ? 1 : row.score <= 6 ? -1 : 0) * weightOf(row), 0);
            if (inside.length === 0) expect(point.nps).toBeNull();
            else expect(point.nps).toBeCloseTo((net / total) * 100, 9);
          }
        },
      ),
    );
  });
});
