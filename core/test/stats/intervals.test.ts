import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustedWaldInterval, npsStandardError, waldInterval, wilsonInterval } from '../../src/stats/intervals.ts';
import { zForConfidence } from '../../src/stats/normal.ts';
import { scoreInterval } from '../../src/stats/score-interval.ts';
import { intervalsOf } from '../../src/stats/summary.ts';
import { naiveNpsVariance, scoresOf } from './reference.ts';

const Z95 = zForConfidence(0.95);
const sample = (promoters: number, passives: number, detractors: number) => ({
  n: promoters + passives + detractors,
  promoters,
  detractors,
});

const composition = fc
  .record({ promoters: fc.nat(60), passives: fc.nat(60), detractors: fc.nat(60) })
  .filter(({ promoters, passives, detractors }) => promoters + passives + detractors > 0);
const confidence = fc.constantFrom(0.8, 0.9, 0.95, 0.99, 0.999);

describe('Wald interval', () => {
  it('is NPS ± z·sqrt((p+ + p- - (p+ - p-)²)/n) for 50/30/20', () => {
    // p+ = .5, p- = .2: variance (.5 + .2 - .3²)/100 = .0061, SE = 7.8102 points, half-width 15.3078.
    expect(npsStandardError(sample(50, 30, 20))).toBeCloseTo(7.810249675906654, 12);
    const [low, high] = waldInterval(sample(50, 30, 20), Z95) ?? [];
    expect(low).toBeCloseTo(30 - 1.959963984540054 * 7.810249675906654, 10);
    expect(high).toBeCloseTo(30 + 1.959963984540054 * 7.810249675906654, 10);
  });

  it('uses the same variance as the sample variance of +1/0/-1 scores', () => {
    fc.assert(
      fc.property(composition, (counts) => {
        const scores = scoresOf(counts);
        const standardError = npsStandardError(sample(counts.promoters, counts.passives, counts.detractors));
        expect(standardError).toBeCloseTo(Math.sqrt(naiveNpsVariance(scores)) * 100, 9);
      }),
    );
  });

  it('collapses to the estimate when every answer is in one category (a known Wald flaw)', () => {
    expect(waldInterval(sample(10, 0, 0), Z95)).toEqual([100, 100]);
    expect(waldInterval(sample(0, 10, 0), Z95)).toEqual([0, 0]);
  });
});

describe('adjusted Wald interval (Rocks 2016)', () => {
  it('adds 3/4 promoter, 3/2 passive, 3/4 detractor for 50/30/20', () => {
    // n' = 103, p+ = 50.75/103, p- = 20.75/103, centre 29.1262, variance (.692718... ) → [14.0511, 44.2013].
    const promoters = 50.75 / 103;
    const detractors = 20.75 / 103;
    const half = Z95 * Math.sqrt((promoters + detractors - (promoters - detractors) ** 2) / 103) * 100;
    const [low, high] = adjustedWaldInterval(sample(50, 30, 20), Z95) ?? [];
    expect(low).toBeCloseTo((promoters - detractors) * 100 - half, 10);
    expect(high).toBeCloseTo((promoters - detractors) * 100 + half, 10);
    expect(low).toBeCloseTo(14.0511, 3);
    expect(high).toBeCloseTo(44.2013, 3);
  });

  it('stays non-degenerate when every answer is a passive', () => {
    // n' = 13, p+ = p- = .75/13: half-width z·sqrt((1.5/13)/13)·100 = 18.4654.
    const [low, high] = adjustedWaldInterval(sample(0, 10, 0), Z95) ?? [];
    expect(high).toBeCloseTo(Z95 * Math.sqrt(1.5 / 13 / 13) * 100, 10);
    expect(low).toBeCloseTo(-(high ?? 0), 10);
    expect(high).toBeGreaterThan(15);
  });

  it('is clipped at 100 when every answer is a promoter, and mirrors for detractors', () => {
    const [low, high] = adjustedWaldInterval(sample(10, 0, 0), Z95) ?? [];
    expect(high).toBe(100);
    expect(low).toBeGreaterThan(40);
    expect(low).toBeLessThan(60);
    expect(adjustedWaldInterval(sample(0, 0, 10), Z95)).toEqual([-(high ?? 0), -(low ?? 0)].sort((a, b) => a - b));
  });

  it('pulls a single promoter towards 0, to [-48.50, 98.50]', () => {
    // n' = 4, p+ = 1.75/4, p- = .75/4: centre 25, SE sqrt(.5625/4) = .375.
    const [low, high] = adjustedWaldInterval(sample(1, 0, 0), Z95) ?? [];
    expect(low).toBeCloseTo(25 - Z95 * 37.5, 10);
    expect(high).toBeCloseTo(25 + Z95 * 37.5, 10);
  });
});

describe('every interval', () => {
  it('is null for an empty sample', () => {
    expect(intervalsOf({ n: 0, promoters: 0, detractors: 0 }, 0.95)).toEqual({ wald: null, adjustedWald: null, score: null });
  });

  it('lies in [-100, 100], is ordered, and contains the estimate (adjusted Wald: from n = 2 at 95%)', () => {
    fc.assert(
      fc.property(composition, confidence, (counts, level) => {
        const input = sample(counts.promoters, counts.passives, counts.detractors);
        const estimate = ((input.promoters - input.detractors) / input.n) * 100;
        const intervals = intervalsOf(input, level);
        for (const interval of [intervals.wald, intervals.adjustedWald, intervals.score]) {
          const [low, high] = interval ?? [Number.NaN, Number.NaN];
          expect(low).toBeGreaterThanOrEqual(-100);
          expect(high).toBeLessThanOrEqual(100);
          expect(low).toBeLessThanOrEqual(high);
        }
        for (const interval of [intervals.wald, intervals.score]) {
          expect(interval?.[0]).toBeLessThanOrEqual(estimate + 1e-9);
          expect(interval?.[1]).toBeGreaterThanOrEqual(estimate - 1e-9);
        }
        if (level >= 0.95 && input.n >= 2) {
          expect(intervals.adjustedWald?.[0]).toBeLessThanOrEqual(estimate + 1e-9);
          expect(intervals.adjustedWald?.[1]).toBeGreaterThanOrEqual(estimate - 1e-9);
        }
      }),
    );
  });

  it('widens with the confidence level', () => {
    const at90 = intervalsOf(sample(40, 30, 30), 0.9);
    const at99 = intervalsOf(sample(40, 30, 30), 0.99);
    for (const key of ['wald', 'adjustedWald', 'score'] as const) {
      expect((at99[key]?.[1] ?? 0) - (at99[key]?.[0] ?? 0)).toBeGreaterThan((at90[key]?.[1] ?? 0) - (at90[key]?.[0] ?? 0));
    }
  });

  it('handles a single passive and a single detractor', () => {
    expect(scoreInterval(sample(0, 1, 0), Z95)?.[0]).toBeLessThan(0);
    expect(scoreInterval(sample(0, 0, 1), Z95)?.[0]).toBe(-100);
    expect(waldInterval(sample(0, 0, 1), Z95)).toEqual([-100, -100]);
  });
});

describe('Wilson interval', () => {
  it('gives 8 of 10 as [49.02, 94.33] and 0 of 20 as [0, 16.11]', () => {
    const [low, high] = wilsonInterval(8, 10, Z95) ?? [];
    expect(low).toBeCloseTo(49.0162, 3);
    expect(high).toBeCloseTo(94.3315, 3);
    const [zeroLow, zeroHigh] = wilsonInterval(0, 20, Z95) ?? [];
    expect(zeroLow).toBe(0);
    // z²/n / (1 + z²/n) = 3.8415/23.8415.
    expect(zeroHigh).toBeCloseTo((Z95 ** 2 / (20 + Z95 ** 2)) * 100, 10);
    expect(wilsonInterval(0, 0, Z95)).toBeNull();
  });
});
