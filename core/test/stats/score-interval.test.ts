import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zForConfidence } from '../../src/stats/normal.ts';
import { restrictedDetractorShare, scoreInterval, scoreStatistic } from '../../src/stats/score-interval.ts';
import { bruteScoreStatistic } from './reference.ts';

const Z95 = zForConfidence(0.95);
const sample = (promoters: number, passives: number, detractors: number) => ({
  n: promoters + passives + detractors,
  promoters,
  detractors,
});
const composition = fc
  .record({ promoters: fc.nat(40), passives: fc.nat(40), detractors: fc.nat(40) })
  .filter(({ promoters, passives, detractors }) => promoters + passives + detractors > 0);

describe("Tango's score interval", () => {
  it('reaches 100 and stays non-degenerate when all 10 answers are promoters', () => {
    // Here T(Δ) = sqrt(n(1-Δ)/(1+Δ)), so the lower end solves it for z: Δ = (n - z²)/(n + z²) = 44.49 points.
    const [low, high] = scoreInterval(sample(10, 0, 0), Z95) ?? [];
    expect(high).toBe(100);
    expect(low).toBeCloseTo(((10 - Z95 ** 2) / (10 + Z95 ** 2)) * 100, 9);
  });

  it('is symmetric around 0 when all answers are passives, with half-width z²/(n + z²)', () => {
    // P = D = 0: T(Δ) = -sqrt(nΔ/(1-Δ)) for Δ > 0, so the upper end is z²/(n + z²) = 27.75 points for n = 10.
    const [low, high] = scoreInterval(sample(0, 10, 0), Z95) ?? [];
    expect(high).toBeCloseTo((Z95 ** 2 / (10 + Z95 ** 2)) * 100, 9);
    expect(low).toBeCloseTo(-(high ?? 0), 9);
  });

  it('mirrors: swapping promoters and detractors negates the interval', () => {
    fc.assert(
      fc.property(composition, ({ promoters, passives, detractors }) => {
        const [low, high] = scoreInterval(sample(promoters, passives, detractors), Z95) ?? [];
        const [mirrorLow, mirrorHigh] = scoreInterval(sample(detractors, passives, promoters), Z95) ?? [];
        expect(mirrorLow).toBeCloseTo(-(high ?? 0), 7);
        expect(mirrorHigh).toBeCloseTo(-(low ?? 0), 7);
      }),
    );
  });

  it('uses the restricted MLE: the closed form maximises the likelihood found numerically', () => {
    fc.assert(
      fc.property(
        composition,
        fc.double({ min: -0.99, max: 0.99, noNaN: true }),
        ({ promoters, passives, detractors }, delta) => {
          const input = sample(promoters, passives, detractors);
          const expected = bruteScoreStatistic(promoters, detractors, input.n, delta);
          const actual = scoreStatistic(input, delta);
          expect(Math.abs(actual - expected)).toBeLessThan(1e-6 * Math.max(1, Math.abs(expected)));
          const share = restrictedDetractorShare(input, delta);
          expect(share).toBeGreaterThanOrEqual(Math.max(0, -delta));
          expect(share).toBeLessThanOrEqual((1 - delta) / 2 + 1e-12);
        },
      ),
    );
  });

  it('has ends where the independently computed statistic crosses ±z, to 1e-6, and nothing else inside', () => {
    fc.assert(
      fc.property(composition, fc.constantFrom(0.8, 0.95, 0.99), ({ promoters, passives, detractors }, level) => {
        const z = zForConfidence(level);
        const n = promoters + passives + detractors;
        const [low, high] = (scoreInterval(sample(promoters, passives, detractors), z) ?? []).map((end) => end / 100) as [
          number,
          number,
        ];
        const statistic = (delta: number) => bruteScoreStatistic(promoters, detractors, n, delta);
        // Just outside each end the hypothesis is rejected, just inside it is not.
        if (low > -1) {
          expect(statistic(low - 1e-6)).toBeGreaterThan(z);
          expect(statistic(low + 1e-6)).toBeLessThan(z);
        }
        if (high < 1) {
          expect(statistic(high + 1e-6)).toBeLessThan(-z);
          expect(statistic(high - 1e-6)).toBeGreaterThan(-z);
        }
        // A grid search over all of [-1, 1] finds the same set: |T| <= z exactly between the ends.
        for (let step = 1; step < 400; step++) {
          const delta = -1 + step / 200;
          const accepted = Math.abs(statistic(delta)) <= z;
          if (delta < low - 1e-6 || delta > high + 1e-6) expect(accepted).toBe(false);
          if (delta > low + 1e-6 && delta < high - 1e-6) expect(accepted).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives -100 as the lower end when every answer is a detractor, and a null interval when empty', () => {
    const [low, high] = scoreInterval(sample(0, 0, 5), Z95) ?? [];
    expect(low).toBe(-100);
    expect(high).toBeCloseTo(((Z95 ** 2 - 5) / (5 + Z95 ** 2)) * 100, 9);
    expect(scoreInterval(sample(0, 0, 0), Z95)).toBeNull();
  });

  it('handles weighted, non-integer effective counts', () => {
    const [low, high] = scoreInterval({ n: 12.5, promoters: 6.25, detractors: 2.5 }, Z95) ?? [];
    // Estimate (6.25 - 2.5)/12.5 = 30 points.
    expect(low).toBeLessThan(30);
    expect(high).toBeGreaterThan(30);
    expect(Math.abs(scoreStatistic({ n: 12.5, promoters: 6.25, detractors: 2.5 }, (low ?? 0) / 100) - Z95)).toBeLessThan(1e-9);
  });
});
