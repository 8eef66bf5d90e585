import { describe, expect, it } from 'vitest';
import { addToBreakdown, createBreakdown } from '../../src/stats/breakdown.ts';
import { zForConfidence } from '../../src/stats/normal.ts';
import { categorySharesOverTime } from '../../src/stats/shares.ts';

function fill(
  breakdown: ReturnType<typeof createBreakdown>,
  key: string,
  counts: { promoters: number; passives: number; detractors: number },
) {
  for (let index = 0; index < counts.promoters; index++) addToBreakdown(breakdown, key, 10);
  for (let index = 0; index < counts.passives; index++) addToBreakdown(breakdown, key, 7);
  for (let index = 0; index < counts.detractors; index++) addToBreakdown(breakdown, key, 4);
}

describe('categorySharesOverTime', () => {
  it('gives each share with a Wilson interval and warns when passives rise significantly', () => {
    const breakdown = createBreakdown();
    fill(breakdown, '2026-01', { promoters: 60, passives: 20, detractors: 20 });
    fill(breakdown, '2026-02', { promoters: 45, passives: 35, detractors: 20 });
    fill(breakdown, '2026-03', { promoters: 40, passives: 38, detractors: 22 });
    const rows = categorySharesOverTime(breakdown, { period: 'month' });
    expect(rows.map((row) => [row.key, row.n, row.passives.share])).toEqual([
      ['2026-01', 100, 20],
      ['2026-02', 100, 35],
      ['2026-03', 100, 38],
    ]);
    // 20% → 35%: pooled z = 2.375, p = 0.0175 < 0.05. 35% → 38%: p ≈ 0.66.
    expect(rows[1]?.passivesChange?.p).toBeCloseTo(0.0175, 4);
    expect(rows.map((row) => row.passivesRising)).toEqual([false, true, false]);
    const z = zForConfidence(0.95);
    const wilsonLow = ((0.6 + (z * z) / 200 - z * Math.sqrt(0.24 / 100 + (z * z) / 40000)) / (1 + (z * z) / 100)) * 100;
    expect(rows[0]?.promoters.interval?.[0]).toBeCloseTo(wilsonLow, 10);
  });

  it('does not warn when passives fall significantly', () => {
    const breakdown = createBreakdown();
    fill(breakdown, '2026-01', { promoters: 40, passives: 40, detractors: 20 });
    fill(breakdown, '2026-02', { promoters: 60, passives: 20, detractors: 20 });
    const rows = categorySharesOverTime(breakdown, { period: 'month' });
    expect(rows[1]?.passivesChange?.significant).toBe(true);
    expect(rows[1]?.passivesRising).toBe(false);
  });

  it('keeps empty periods as rows with null shares', () => {
    const breakdown = createBreakdown();
    fill(breakdown, '2026-01', { promoters: 1, passives: 1, detractors: 1 });
    fill(breakdown, '2026-03', { promoters: 1, passives: 1, detractors: 1 });
    const rows = categorySharesOverTime(breakdown, { period: 'month' });
    expect(rows[1]).toMatchObject({
      key: '2026-02',
      n: 0,
      passivesRising: false,
      passives: { count: 0, share: null, interval: null },
    });
    expect(rows[1]?.passivesChange?.reason).toBe('empty');
    expect(JSON.stringify(rows)).not.toContain('NaN');
  });
});
