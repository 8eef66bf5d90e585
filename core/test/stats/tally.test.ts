import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryOf } from '../../src/stats/categories.ts';
import { addToTally, createTally, mergeTallies, npsOf, sampleOf, tallyCount, tallyOf } from '../../src/stats/tally.ts';
import { naiveCounts, naiveNps, responsesArbitrary } from './reference.ts';

describe('categories', () => {
  it('classes 0-6 as detractors, 7-8 as passives, 9-10 as promoters', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(categoryOf)).toEqual([
      ...Array(7).fill('detractor'),
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });
});

describe('tally', () => {
  it('counts 50 promoters, 30 passives, 20 detractors as NPS 30', () => {
    const tally = tallyOf([
      ...Array.from({ length: 50 }, () => ({ score: 10 })),
      ...Array.from({ length: 30 }, () => ({ score: 7 })),
      ...Array.from({ length: 20 }, () => ({ score: 0 })),
    ]);
    expect(tally).toMatchObject({ promoters: 50, passives: 30, detractors: 20, squaredWeight: 100 });
    // (50 - 20) / 100 = 30 points.
    expect(npsOf(sampleOf(tally))).toBe(30);
  });

  it('gives no NPS, not NaN, for an empty group', () => {
    expect(npsOf(sampleOf(createTally()))).toBeNull();
    expect(npsOf(sampleOf(createTally(), { weighted: true }))).toBeNull();
  });

  it("weights shares and uses Kish's effective n", () => {
    // Weights 1, 1 (promoters), 2 (passive), 4 (detractor): Σw = 8, Σw² = 22, n_eff = 64/22.
    const tally = createTally();
    addToTally(tally, 10, 1);
    addToTally(tally, 9, 1);
    addToTally(tally, 8, 2);
    addToTally(tally, 3, 4);
    const sample = sampleOf(tally, { weighted: true });
    expect(sample.n).toBeCloseTo(64 / 22, 14);
    // Weighted NPS = (2 - 4) / 8 = -25 points, whereas unweighted it is (2 - 1) / 4 = +25.
    expect(npsOf(sample)).toBeCloseTo(-25, 12);
    expect(npsOf(sampleOf(tally))).toBe(25);
  });

  it('merges tallies of parts into the tally of the whole', () => {
    fc.assert(
      fc.property(responsesArbitrary, responsesArbitrary, (left, right) => {
        expect(mergeTallies(tallyOf(left), tallyOf(right))).toEqual(tallyOf([...left, ...right]));
      }),
    );
  });

  it('agrees with a naive count and NPS', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 })), (scores) => {
        const tally = tallyOf(scores.map((score) => ({ score })));
        const counts = naiveCounts(scores);
        expect(tallyCount(tally)).toBe(counts.n);
        expect(tally).toMatchObject({ promoters: counts.promoters, passives: counts.passives, detractors: counts.detractors });
        const nps = npsOf(sampleOf(tally));
        const expected = naiveNps(scores);
        if (expected === null) expect(nps).toBeNull();
        else {
          expect(nps).toBeCloseTo(expected, 10);
          expect(nps).toBeGreaterThanOrEqual(-100);
          expect(nps).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('gives the unweighted estimates when every weight is 1, with n_eff = n', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1 }), (scores) => {
        const tally = tallyOf(scores.map((score) => ({ score, weight: 1 })));
        const weighted = sampleOf(tally, { weighted: true });
        const plain = sampleOf(tally);
        expect(weighted.n).toBeCloseTo(plain.n, 9);
        expect(weighted.promoters).toBeCloseTo(plain.promoters, 9);
        expect(weighted.detractors).toBeCloseTo(plain.detractors, 9);
      }),
    );
  });
});
