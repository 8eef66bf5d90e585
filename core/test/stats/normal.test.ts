import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, normalSurvival, twoSidedP, zForConfidence } from '../../src/stats/normal.ts';

// Reference values from R (pnorm, qnorm), 16 significant digits.
const SURVIVAL: [number, number][] = [
  [0, 0.5],
  [0.5, 0.3085375387259869],
  [1, 0.1586552539314571],
  [1.96, 0.02499789514822043],
  [2.5, 0.006209665325776132],
  [3, 0.001349898031630095],
  [4, 3.167124183311992e-5],
  [5, 2.866515718791939e-7],
  [8, 6.220960574271784e-16],
  [10, 7.619853024160527e-24],
  [20, 2.753624118606233e-89],
];

describe('normal distribution', () => {
  it('matches reference upper-tail probabilities to 1e-12 relative, deep in the tail too', () => {
    for (const [x, expected] of SURVIVAL) {
      expect(Math.abs(normalSurvival(x) - expected) / expected).toBeLessThan(1e-12);
      expect(Math.abs(normalCdf(-x) - expected) / expected).toBeLessThan(1e-12);
    }
  });

  it('gives the two-sided p of z = 1.96 as 0.0499958', () => {
    expect(twoSidedP(1.96)).toBeCloseTo(0.04999579029644087, 14);
    expect(twoSidedP(-1.96)).toBe(twoSidedP(1.96));
    expect(twoSidedP(0)).toBe(1);
  });

  it('matches reference quantiles', () => {
    const cases: [number, number][] = [
      [0.975, 1.959963984540054],
      [0.995, 2.575829303548901],
      [0.95, 1.644853626951472],
      [0.9, 1.281551565544601],
      [0.5, 0],
      [0.001, -3.090232306167813],
      [1e-10, -6.361340902404056],
    ];
    for (const [p, expected] of cases) expect(normalQuantile(p)).toBeCloseTo(expected, 12);
    expect(zForConfidence(0.95)).toBeCloseTo(1.959963984540054, 12);
    expect(zForConfidence(0.99)).toBeCloseTo(2.575829303548901, 12);
  });

  it('returns infinities at 0 and 1 and NaN outside, never a wrong finite number', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalQuantile(-0.1)).toBeNaN();
  });

  // Only the lower half round-trips exactly: near 1, Φ(x) itself has no digits left to invert.
  it('inverts the CDF from the far lower tail to the median', () => {
    fc.assert(
      fc.property(fc.double({ min: -37, max: 0, noNaN: true }), (x) => {
        expect(normalQuantile(normalCdf(x))).toBeCloseTo(x, 10);
      }),
    );
  });

  it('is symmetric and monotone', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), (x, step) => {
        expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14);
        expect(normalCdf(x + step)).toBeGreaterThanOrEqual(normalCdf(x));
      }),
    );
  });
});
