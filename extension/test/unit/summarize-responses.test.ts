import { configSchema } from '@nps-pages/core';
import { describe, expect, it } from 'vitest';
import { summarizeResponses } from '../../src/summarize-responses.ts';

const responses = [
  { day: '2026-01-01', score: 10, weight: 2, segments: {} },
  { day: '2026-01-02', score: 0, weight: 1, segments: {} },
  { day: '2026-01-03', score: 8, weight: 1, segments: {} },
];

describe('summarizeResponses', () => {
  it('weights the headline as the site does (statistics.weighted, on by default)', () => {
    const config = configSchema.parse({ sources: [{ path: 'a.csv' }] });
    const summary = summarizeResponses(responses, config);
    // Weighted shares 2/4 promoters, 1/4 detractors: NPS +25 on n_eff = 4² / (4 + 1 + 1).
    expect(summary.nps).toBeCloseTo(25, 10);
    expect(summary.effectiveN).toBeCloseTo(8 / 3, 10);
    expect(summary.weighted).toBe(true);
  });

  it('gives the plain figures when the config turns weights off', () => {
    const config = configSchema.parse({ sources: [{ path: 'a.csv' }], statistics: { weighted: false } });
    const summary = summarizeResponses(responses, config);
    expect(summary.nps).toBeCloseTo(0, 10);
    expect(summary.weighted).toBe(false);
  });
});
