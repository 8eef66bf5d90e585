import { describe, expect, it } from 'vitest';
import { editionChanges } from '../../src/editions/changes.ts';
import type { NpsFigure, Report, SegmentValueRow } from '../../src/report/model.ts';
import { compareNps } from '../../src/stats/difference.ts';
import { naiveHolm } from '../stats/naive-holm.ts';

function figure(promoters: number, passives: number, detractors: number): NpsFigure {
  const n = promoters + passives + detractors;
  return {
    n,
    promoters,
    passives,
    detractors,
    shares: null,
    nps: ((promoters - detractors) / n) * 100,
    ci: null,
    standardError: null,
    weighted: false,
    effectiveN: n,
    smallSample: false,
  };
}

/** Only what editionChanges reads: the methodology's levels, the overall NPS, one segment field. */
function reportOf(values: [string, NpsFigure][]): Report {
  const rows: SegmentValueRow[] = values.map(([value, nps]) => ({ ...nps, field: 'region', value, slug: value }));
  return {
    methodology: { confidence: 0.95, significance: 0.05 },
    overview: { nps: figure(600, 800, 600) },
    segments: [{ field: 'region', label: 'Région', values: rows }],
    themes: [],
    actions: [],
  } as unknown as Report;
}

// Twelve regions each up 16 to 21 points on 200 answers (raw p between about .01 and .04), one up 40.
const moves = [16, 17, 18, 19, 20, 21, 16, 17, 18, 19, 20, 21, 40];
const names = moves.map((_, index) => `r${String(index).padStart(2, '0')}`);
const before = reportOf(names.map((name) => [name, figure(60, 80, 60)]));
const after = reportOf(
  names.map((name, index) => [name, figure(60 + (moves[index] as number), 80, 60 - (moves[index] as number))]),
);
const ref = (id: string) => ({ id, title: id, from: '2026-01-01', to: '2026-03-31' });

describe('editionChanges adjusts the values of a segment field as one family (Holm)', () => {
  const changes = editionChanges({ ref: ref('a'), report: before }, { ref: ref('b'), report: after }, { top: 100 });
  const raw = names.map((_, index) =>
    compareNps(figure(60, 80, 60), figure(60 + (moves[index] as number), 80, 60 - (moves[index] as number))),
  );

  it('keeps the raw p-values, each one under 5 %', () => {
    for (const move of changes.segments) {
      expect(move.change.p).toBe(raw[names.indexOf(move.value)]?.p);
    }
    expect(raw.every((comparison) => comparison.p !== null && comparison.p < 0.05 && comparison.significant)).toBe(true);
    expect(raw.slice(0, 12).every((comparison) => (comparison.p as number) > 0.005)).toBe(true);
  });

  it('gives the adjusted p-values of the textbook procedure, and flags only what survives them', () => {
    const expected = naiveHolm(
      raw.map((comparison) => comparison.p),
      0.05,
    );
    for (const move of changes.segments) {
      const index = names.indexOf(move.value);
      expect(move.change.adjusted).toEqual({ p: expected.adjusted[index], family: 13 });
      expect(move.change.significant).toBe(expected.significant[index]);
    }
    // The 40-point rise stays significant; the twelve small ones were chance-level flags.
    expect(changes.segments.filter((move) => move.change.significant).map((move) => move.value)).toEqual(['r12']);
    expect(changes.segments.filter((move) => move.change.verdict === 'within-noise')).toHaveLength(12);
    expect(changes.segments[0]?.value).toBe('r12');
  });

  it('leaves the overall NPS move unadjusted: one comparison is not a family', () => {
    expect(changes.nps.change.adjusted).toBeUndefined();
  });
});
