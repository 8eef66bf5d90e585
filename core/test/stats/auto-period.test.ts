import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AUTO_MAX_PERIODS,
  AUTO_MIN_MEDIAN,
  AUTO_MIN_POINTS,
  AUTO_PERIODS,
  autoPeriod,
  type BucketFit,
  bucketFit,
} from '../../src/stats/auto-period.ts';
import { addDays } from '../../src/stats/periods.ts';

/** `total` answers spread evenly over `days` days from `first`. */
function even(first: string, days: number, total: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index < total; index++) {
    const day = addDays(first, index % days);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

describe('autoPeriod', () => {
  it('gives days to a four-day conference of 39 answers', () => {
    expect(autoPeriod(even('2026-03-02', 4, 39))).toBe('day');
  });

  it('gives months to two years of 12,000 answers (730 days and 104 weeks are too many points)', () => {
    expect(autoPeriod(even('2024-01-01', 731, 12_000))).toBe('month');
  });

  it('gives weeks to three months of 2,000 answers and days to a week of 700', () => {
    expect(autoPeriod(even('2026-01-05', 91, 2_000))).toBe('week');
    expect(autoPeriod(even('2026-01-05', 7, 700))).toBe('day');
  });

  it('gives a day to answers of a single day, or none', () => {
    expect(autoPeriod(even('2026-03-02', 1, 50))).toBe('day');
    expect(autoPeriod(new Map())).toBe('day');
  });

  const dayCounts = fc
    .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1, max: 200 })), {
      minLength: 1,
      maxLength: 60,
      selector: ([offset]) => offset,
    })
    .map((entries) => new Map(entries.map(([offset, count]) => [addDays('2025-06-01', offset), count])));

  it('always gives at least two points when the answers span two days or more', () => {
    fc.assert(
      fc.property(dayCounts, (counts) => {
        fc.pre(counts.size >= 2);
        expect(bucketFit(counts, autoPeriod(counts)).points).toBeGreaterThanOrEqual(2);
      }),
    );
  });

  const passes = (fit: BucketFit) =>
    fit.points >= AUTO_MIN_POINTS && fit.median >= AUTO_MIN_MEDIAN && fit.periods <= AUTO_MAX_PERIODS;

  it('never chooses a bucket finer than one that passes, nor a thin one when any passes', () => {
    fc.assert(
      fc.property(dayCounts, (counts) => {
        const chosen = autoPeriod(counts);
        const fits = AUTO_PERIODS.map((period) => bucketFit(counts, period));
        const index = AUTO_PERIODS.indexOf(chosen as (typeof AUTO_PERIODS)[number]);
        // Every finer bucket fails a test (its median below the threshold, or too few or many points).
        for (const finer of fits.slice(0, index)) expect(passes(finer)).toBe(false);
        // A chosen bucket below the median threshold is a fallback: then no bucket passes.
        if ((fits[index] as BucketFit).median < AUTO_MIN_MEDIAN) expect(fits.some(passes)).toBe(false);
      }),
    );
  });
});
