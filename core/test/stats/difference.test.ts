import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNps, compareProportions } from '../../src/stats/difference.ts';

const sample = (promoters: number, passives: number, detractors: number) => ({
  n: promoters + passives + detractors,
  promoters,
  detractors,
});

describe('compareNps (independent samples)', () => {
  it('tests 30 → 10 points with SE = sqrt(V1 + V2)', () => {
    // Before 50/30/20: V1 = (.7 - .09)/100 = .0061. After 40/30/30: V2 = (.7 - .01)/100 = .0069.
    // SE = sqrt(.013) = 11.4018 points, z = -20 / 11.4018 = -1.7541, p = 0.0794: not significant at 5%.
    const result = compareNps(sample(50, 30, 20), sample(40, 30, 30));
    expect(result.difference).toBeCloseTo(-20, 12);
    expect(result.standardError).toBeCloseTo(Math.sqrt(0.013) * 100, 10);
    expect(result.z).toBeCloseTo(-20 / (Math.sqrt(0.013) * 100), 10);
    expect(result.p).toBeCloseTo(0.0794, 4);
    expect(result.significant).toBe(false);
    expect(result.testable).toBe(true);
    expect(compareNps(sample(50, 30, 20), sample(40, 30, 30), { significance: 0.1 }).significant).toBe(true);
  });

  it('reports an interval for the difference at the confidence asked', () => {
    const result = compareNps(sample(50, 30, 20), sample(40, 30, 30), { confidence: 0.99 });
    expect(result.interval?.[0]).toBeCloseTo(-20 - 2.5758293035489 * Math.sqrt(0.013) * 100, 8);
  });

  it('says "not testable" instead of NaN for an empty side or zero variance', () => {
    expect(compareNps(sample(0, 0, 0), sample(5, 0, 0))).toMatchObject({
      testable: false,
      reason: 'empty',
      z: null,
      p: null,
      significant: false,
    });
    // All promoters before, all detractors after: both variances are 0.
    const degenerate = compareNps(sample(10, 0, 0), sample(0, 0, 10));
    expect(degenerate).toMatchObject({
      testable: false,
      reason: 'zero-variance',
      difference: -200,
      standardError: null,
      significant: false,
    });
    expect(JSON.stringify(degenerate)).not.toContain('NaN');
  });

  it('is antisymmetric and never significant for identical samples', () => {
    const composition = fc.record({ promoters: fc.nat(50), passives: fc.nat(50), detractors: fc.nat(50) });
    fc.assert(
      fc.property(composition, composition, (a, b) => {
        const forward = compareNps(sample(a.promoters, a.passives, a.detractors), sample(b.promoters, b.passives, b.detractors));
        const backward = compareNps(sample(b.promoters, b.passives, b.detractors), sample(a.promoters, a.passives, a.detractors));
        expect(forward.testable).toBe(backward.testable);
        if (forward.difference !== null) expect(forward.difference).toBeCloseTo(-(backward.difference ?? 0), 9);
        if (forward.p !== null) expect(forward.p).toBeCloseTo(backward.p ?? -1, 12);
        const same = compareNps(sample(a.promoters, a.passives, a.detractors), sample(a.promoters, a.passives, a.detractors));
        expect(same.significant).toBe(false);
      }),
    );
  });
});

describe('compareProportions (pooled two-proportion z-test)', () => {
  it('tests 20% → 35% of 100 each', () => {
    // Pooled p = .275, SE = sqrt(.275·.725·(2/100)) = 6.3148 points, z = 15/6.3148 = 2.3754, p = 0.0175.
    const result = compareProportions({ successes: 20, n: 100 }, { successes: 35, n: 100 });
    expect(result.difference).toBeCloseTo(15, 12);
    expect(result.standardError).toBeCloseTo(Math.sqrt(0.275 * 0.725 * 0.02) * 100, 10);
    expect(result.p).toBeCloseTo(0.0175, 4);
    expect(result.significant).toBe(true);
  });

  it('is not testable when both shares are 0 or 1, or a side is empty', () => {
    expect(compareProportions({ successes: 0, n: 10 }, { successes: 0, n: 20 }).reason).toBe('zero-variance');
    expect(compareProportions({ successes: 0, n: 0 }, { successes: 1, n: 20 }).reason).toBe('empty');
  });
});
