// Hinnant's integer day arithmetic, shared with the date reader: exact for every year (Date.UTC
// maps years 0-99 to 1900-1999) and three times faster than Date.UTC on the ingestion path.
import { civilFromDays, daysFromCivil } from '../parse/date-calendar.ts';
import type { Period } from '../schema/config.ts';

/**
 * Calendar periods of days, by pure integer arithmetic on 'YYYY-MM-DD': the days are
 * already local days, so no time zone may shift them. Keys sort chronologically as strings
 * within one kind of period: '2026-03-02', '2026-W01', '2026-03', '2026-Q1', '2026'.
 */

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) value = value * 10 + text.charCodeAt(index) - 48;
  return value;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' day (already validated by the response schema). */
export function dayNumber(day: string): number {
  return daysFromCivil(digits(day, 0, 4), digits(day, 5, 7), digits(day, 8, 10));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function dayFromNumber(number: number): string {
  const { year, month, day } = civilFromDays(number);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function addDays(day: string, days: number): string {
  return dayFromNumber(dayNumber(day) + days);
}

/** ISO 8601 weekday: Monday 1 ... Sunday 7. Day 0 (1970-01-01) was a Thursday. */
function isoWeekday(number: number): number {
  return ((((number + 3) % 7) + 7) % 7) + 1;
}

/**
 * ISO week key. The week belongs to the year of its Thursday, so 2027-01-01 (a Friday) is in
 * 2026-W53 and 2024-12-30 (a Monday) in 2025-W01.
 */
export function isoWeekKey(day: string): string {
  const number = dayNumber(day);
  const thursday = number - isoWeekday(number) + 4;
  const year = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

export function periodKey(day: string, period: Period): string {
  switch (period) {
    case 'day':
      return day;
    case 'week':
      return isoWeekKey(day);
    case 'month':
      return day.slice(0, 7);
    case 'quarter':
      return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
    case 'year':
      return day.slice(0, 4);
  }
}

const KEY_PATTERNS: readonly [Period, RegExp][] = [
  ['day', /^(\d{4})-(\d{2})-(\d{2})$/],
  ['week', /^(\d{4})-W(\d{2})$/],
  ['month', /^(\d{4})-(\d{2})$/],
  ['quarter', /^(\d{4})-Q([1-4])$/],
  ['year', /^(\d{4})$/],
];

/** Which kind of period a key names, or null if it is not a period key. */
export function periodOfKey(key: string): Period | null {
  for (const [period, pattern] of KEY_PATTERNS) if (pattern.test(key)) return period;
  return null;
}

function weekOneMonday(year: number): number {
  const january4 = daysFromCivil(year, 1, 4);
  return january4 - isoWeekday(january4) + 1;
}

/** The first and last day of a period key, or null for a string that is not a valid key. */
export function periodBounds(key: string): { first: string; last: string } | null {
  for (const [period, pattern] of KEY_PATTERNS) {
    const match = pattern.exec(key);
    if (!match) continue;
    const year = Number(match[1]);
    const part = Number(match[2] ?? 1);
    // Month 13 is January of the next year: the day before it closes December.
    const firstOf = (month: number): number =>
      month > 12 ? daysFromCivil(year + 1, month - 12, 1) : daysFromCivil(year, month, 1);
    let first: number;
    let last: number;
    if (period === 'day') {
      // A day key is its own bounds, once it is a real calendar day (2026-02-30 is not).
      first = daysFromCivil(year, part, Number(match[3]));
      last = first;
      if (dayFromNumber(first) !== key) return null;
    } else if (period === 'week') {
      first = weekOneMonday(year) + (part - 1) * 7;
      last = first + 6;
      if (part < 1 || first >= weekOneMonday(year + 1)) return null;
    } else if (period === 'month') {
      if (part < 1 || part > 12) return null;
      first = firstOf(part);
      last = firstOf(part + 1) - 1;
    } else if (period === 'quarter') {
      first = firstOf((part - 1) * 3 + 1);
      last = firstOf(part * 3 + 1) - 1;
    } else {
      first = firstOf(1);
      last = firstOf(13) - 1;
    }
    return { first: dayFromNumber(first), last: dayFromNumber(last) };
  }
  return null;
}

/**
 * Every period key from the one holding `from` to the one holding `to`, in order, including the
 * periods without any response: a trend shows them as gaps (n = 0), not as missing.
 */
export function periodKeysBetween(from: string, to: string, period: Period): string[] {
  const keys: string[] = [];
  const end = dayNumber(to);
  let number = dayNumber(from);
  while (number <= end) {
    const key = periodKey(dayFromNumber(number), period);
    keys.push(key);
    const bounds = periodBounds(key);
    if (!bounds) break;
    number = dayNumber(bounds.last) + 1;
  }
  return keys;
}
