import { describe, expect, it } from 'vitest';
import { addToBreakdown, createBreakdown, summarizePeriods } from '../../src/stats/breakdown.ts';
import { periodBounds, periodKey, periodKeysBetween, periodOfKey } from '../../src/stats/periods.ts';

describe('day periods', () => {
  it('keys a day by its ISO date, bounded by itself', () => {
    expect(periodKey('2026-03-02', 'day')).toBe('2026-03-02');
    expect(periodOfKey('2026-03-02')).toBe('day');
    expect(periodBounds('2026-03-02')).toEqual({ first: '2026-03-02', last: '2026-03-02' });
    expect(periodBounds('2024-02-29')).toEqual({ first: '2024-02-29', last: '2024-02-29' });
  });

  it('rejects a day key that is not a calendar day', () => {
    expect(periodBounds('2026-02-29')).toBeNull();
    expect(periodBounds('2026-13-01')).toBeNull();
    expect(periodBounds('2026-04-31')).toBeNull();
  });

  it('lists consecutive days across a month and a leap day', () => {
    expect(periodKeysBetween('2024-02-28', '2024-03-01', 'day')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('keeps the days without answers as gaps of a daily trend', () => {
    const breakdown = createBreakdown();
    addToBreakdown(breakdown, '2026-03-02', 10);
    addToBreakdown(breakdown, '2026-03-05', 0);
    const periods = summarizePeriods(breakdown, { period: 'day' });
    expect(periods.map((period) => [period.key, period.n])).toEqual([
      ['2026-03-02', 1],
      ['2026-03-03', 0],
      ['2026-03-04', 0],
      ['2026-03-05', 1],
    ]);
    expect(periods[0]?.first).toBe('2026-03-02');
    expect(periods[0]?.last).toBe('2026-03-02');
  });
});
