import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayFromNumber,
  dayNumber,
  isoWeekKey,
  periodBounds,
  periodKey,
  periodKeysBetween,
  periodOfKey,
} from '../../src/stats/periods.ts';
import { januaryFourthWeekKey, utcDay, utcDayNumber } from './reference.ts';

describe('periods', () => {
  it('agrees with Date.UTC and the January-4 ISO week rule on every day from 2000 to 2040', () => {
    for (let number = utcDayNumber('2000-01-01'); number <= utcDayNumber('2040-12-31'); number++) {
      const day = utcDay(number);
      if (dayNumber(day) !== number || dayFromNumber(number) !== day) throw new Error(`day arithmetic wrong at ${day}`);
      const expected = januaryFourthWeekKey(day);
      if (isoWeekKey(day) !== expected) throw new Error(`${day}: ${isoWeekKey(day)} instead of ${expected}`);
      const bounds = periodBounds(expected);
      if (!bounds || bounds.first > day || bounds.last < day) throw new Error(`${day} outside ${expected}`);
    }
  });

  it('puts year-end days in the ISO year of their Thursday', () => {
    expect(isoWeekKey('2027-01-01')).toBe('2026-W53');
    expect(isoWeekKey('2024-12-30')).toBe('2025-W01');
    expect(isoWeekKey('2021-01-03')).toBe('2020-W53');
    expect(isoWeekKey('2026-01-01')).toBe('2026-W01');
    expect(periodBounds('2026-W53')).toEqual({ first: '2026-12-28', last: '2027-01-03' });
    expect(periodBounds('2025-W53')).toBeNull();
  });

  it('keys months, quarters and years', () => {
    expect(periodKey('2026-03-31', 'month')).toBe('2026-03');
    expect(periodKey('2026-03-31', 'quarter')).toBe('2026-Q1');
    expect(periodKey('2026-04-01', 'quarter')).toBe('2026-Q2');
    expect(periodKey('2026-12-31', 'year')).toBe('2026');
    expect(periodBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(periodBounds('2026-Q4')).toEqual({ first: '2026-10-01', last: '2026-12-31' });
    expect(periodBounds('2026')).toEqual({ first: '2026-01-01', last: '2026-12-31' });
    expect(periodBounds('2026-13')).toBeNull();
    expect(periodBounds('soon')).toBeNull();
    expect(['2026-W05', '2026-05', '2026-Q2', '2026', 'x'].map(periodOfKey)).toEqual(['week', 'month', 'quarter', 'year', null]);
  });

  it('lists every period between two days, empty ones included', () => {
    expect(periodKeysBetween('2025-11-15', '2026-02-01', 'month')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodKeysBetween('2025-12-29', '2026-01-12', 'week')).toEqual(['2026-W01', '2026-W02', '2026-W03']);
    expect(periodKeysBetween('2026-12-20', '2027-01-05', 'week')).toEqual(['2026-W51', '2026-W52', '2026-W53', '2027-W01']);
    expect(periodKeysBetween('2025-02-01', '2026-08-01', 'quarter')).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
    expect(periodKeysBetween('2026-01-02', '2026-01-01', 'month')).toEqual([]);
  });

  it('chains consecutive bounds without gap or overlap', () => {
    for (const period of ['week', 'month', 'quarter', 'year'] as const) {
      const keys = periodKeysBetween('1999-06-01', '2031-06-01', period);
      for (let index = 1; index < keys.length; index++) {
        expect(addDays(periodBounds(keys[index - 1] ?? '')?.last ?? '', 1)).toBe(periodBounds(keys[index] ?? '')?.first);
      }
    }
  });

  it('does not shift years below 100 as Date.UTC would', () => {
    expect(dayFromNumber(dayNumber('0050-03-01'))).toBe('0050-03-01');
  });
});
