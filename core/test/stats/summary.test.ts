import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/stats/summary.ts';
import { addToTally, createTally, tallyOf } from '../../src/stats/tally.ts';
import { responsesArbitrary, scoresOf } from './reference.ts';

const tallyFor = (promoters: number, passives: number, detractors: number) =>
  tallyOf(scoresOf({ promoters, passives, detractors }).map((score) => ({ score })));

describe('summarize', () => {
  it('reports counts, shares, NPS and the three intervals, with adjusted Wald as the default', () => {
    const summary = summarize(tallyFor(50, 30, 20));
    expect(summary).toMatchObject({
      n: 100,
      promoters: 50,
      passives: 30,
      detractors: 20,
      effectiveN: 100,
      weighted: false,
      shares: { promoters: 50, passives: 30, detractors: 20 },
      nps: 30,
    });
    expect(summary.ci?.method).toBe('adjusted-wald');
    expect(summary.ci?.confidence).toBe(0.95);
    expect([summary.ci?.low, summary.ci?.high]).toEqual(summary.intervals.adjustedWald);
    expect(summary.intervals.wald?.[0]).toBeCloseTo(14.6922, 3);
    expect(summary.intervals.score?.[0]).toBeLessThan(30);
  });

  it('picks the interval and confidence the options ask for', () => {
    const summary = summarize(tallyFor(50, 30, 20), { interval: 'score', confidence: 0.9 });
    expect(summary.ci?.method).toBe('score');
    expect([summary.ci?.low, summary.ci?.high]).toEqual(summary.intervals.score);
    expect((summary.ci?.high ?? 0) - (summary.ci?.low ?? 0)).toBeLessThan(
      (summarize(tallyFor(50, 30, 20), { interval: 'score' }).ci?.high ?? 0) -
        (summarize(tallyFor(50, 30, 20), { interval: 'score' }).ci?.low ?? 0),
    );
  });

  it('summarises an empty group with n = 0 and nulls that survive JSON, never NaN', () => {
    const summary = summarize(createTally(), { weighted: true });
    expect(summary).toMatchObject({ n: 0, nps: null, shares: null, standardError: null, ci: null });
    expect(summary.intervals).toEqual({ wald: null, adjustedWald: null, score: null });
    expect(JSON.stringify(summary)).not.toContain('NaN');
  });

  it('reports weighted estimates with the effective n when asked', () => {
    const tally = createTally();
    addToTally(tally, 10, 3);
    addToTally(tally, 2, 1);
    // Weighted: (3 - 1)/4 = 50 points; n_eff = 16/10 = 1.6. Counts stay raw.
    const summary = summarize(tally, { weighted: true });
    expect(summary.nps).toBeCloseTo(50, 12);
    expect(summary.effectiveN).toBeCloseTo(1.6, 12);
    expect(summary.shares?.promoters).toBeCloseTo(75, 12);
    expect(summary).toMatchObject({ n: 2, promoters: 1, detractors: 1 });
    expect(summarize(tally).nps).toBe(0);
  });

  it('keeps every estimate finite and in range on any data', () => {
    fc.assert(
      fc.property(responsesArbitrary, fc.boolean(), (responses, weighted) => {
        const summary = summarize(tallyOf(responses), { weighted });
        if (summary.n === 0) return;
        expect(summary.nps).toBeGreaterThanOrEqual(-100 - 1e-9);
        expect(summary.nps).toBeLessThanOrEqual(100 + 1e-9);
        expect(Number.isFinite(summary.standardError)).toBe(true);
        expect(summary.effectiveN).toBeLessThanOrEqual(summary.n + 1e-9);
        const shares = summary.shares;
        expect((shares?.promoters ?? 0) + (shares?.passives ?? 0) + (shares?.detractors ?? 0)).toBeCloseTo(100, 9);
      }),
    );
  });
});

describe('the interval shown beside the NPS', () => {
  it('never leaves out the estimate: for every split of up to 36 answers, at 80 to 99 %, with every method', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom('wald' as const, 'adjusted-wald' as const, 'score' as const),
        fc.double({ min: 0.8, max: 0.99, noNaN: true }),
        (promoters, passives, detractors, interval, confidence) => {
          fc.pre(promoters + passives + detractors > 0);
          const summary = summarize(tallyFor(promoters, passives, detractors), { interval, confidence });
          const nps = summary.nps as number;
          expect(summary.ci?.low).toBeLessThanOrEqual(nps);
          expect(summary.ci?.high).toBeGreaterThanOrEqual(nps);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('uses the score interval, and says so, where adjusted Wald would exclude it (one detractor)', () => {
    const summary = summarize(tallyFor(0, 0, 1));
    expect(summary.intervals.adjustedWald?.[0]).toBeGreaterThan(-100);
    expect(summary.ci).toMatchObject({ method: 'score', replaces: 'adjusted-wald', low: -100 });
    expect([summary.ci?.low, summary.ci?.high]).toEqual(summary.intervals.score);
    const usual = summarize(tallyFor(50, 30, 20));
    expect(usual.ci?.method).toBe('adjusted-wald');
    expect(usual.ci).not.toHaveProperty('replaces');
  });
});
