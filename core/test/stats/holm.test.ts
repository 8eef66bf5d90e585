import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holmAdjust } from '../../src/stats/holm.ts';
import { naiveHolm } from './naive-holm.ts';

// Dyadic p-values (k / 1024, 0 and 1 included) tie often and never sit on a boundary α / c by rounding.
const pValue = fc.oneof(
  fc.integer({ min: 0, max: 1024 }).map((k) => k / 1024),
  fc.constant(null),
);
const alpha = fc.constantFrom(0.01, 0.05, 0.1, 0.2);

describe('holmAdjust', () => {
  it('agrees with the textbook step-down procedure on random families', () => {
    fc.assert(
      fc.property(fc.array(pValue, { minLength: 0, maxLength: 25 }), alpha, (pValues, level) => {
        const result = holmAdjust(pValues, level);
        const expected = naiveHolm(pValues, level);
        expect(result.adjusted).toEqual(expected.adjusted);
        expect(result.significant).toEqual(expected.significant);
        expect(result.family).toBe(pValues.filter((p) => p !== null).length);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the adjusted values in the order of the raw ones, never below them', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 20 }), (pValues) => {
        const { adjusted } = holmAdjust(pValues, 0.05);
        pValues.forEach((p, i) => {
          expect(adjusted[i] as number).toBeGreaterThanOrEqual(p);
          pValues.forEach((q, j) => {
            if (p < q) expect(adjusted[i] as number).toBeLessThanOrEqual(adjusted[j] as number);
          });
        });
      }),
    );
  });

  it('matches hand-computed values', () => {
    // m = 4, sorted .01 .02 .03 .04: 4 × .01 = .04, 3 × .02 = .06, 2 × .03 = .06, 1 × .04 = .04 → max .06.
    const result = holmAdjust([0.03, 0.01, 0.04, 0.02], 0.05);
    expect(result.adjusted.map((p) => Number((p as number).toFixed(10)))).toEqual([0.06, 0.04, 0.06, 0.06]);
    expect(result.significant).toEqual([false, true, false, false]);
    // A null is not in the family: m = 2, 2 × .02 = .04, then max(.04, .03) = .04.
    expect(holmAdjust([0.02, null, 0.03], 0.05)).toEqual({
      adjusted: [0.04, null, 0.04],
      significant: [true, false, true],
      family: 2,
    });
    // m = 1 is the test alone; p = 1 stays 1; (m) × p is capped at 1.
    expect(holmAdjust([0.049], 0.05)).toEqual({ adjusted: [0.049], significant: [true], family: 1 });
    expect(holmAdjust([0.6, 1, 0], 0.05)).toEqual({ adjusted: [1, 1, 0], significant: [false, false, true], family: 3 });
    expect(holmAdjust([], 0.05)).toEqual({ adjusted: [], significant: [], family: 0 });
  });
});
