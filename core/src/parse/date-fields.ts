import { daysInMonth, MONTH_NAMES } from './date-calendar.ts';

/**
 * The parts of a date as a scanner read them, before any check. One object per reader is
 * overwritten for every value, so scanning allocates nothing.
 */
export interface DateFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  hasTime: boolean;
  /** The offset from UTC written in the value, in ms; NaN when the value has none. */
  offset: number;
  /**
   * Why the value could not be read although its shape was recognised ("there is no month 13");
   * empty when nothing is wrong. Scanners set it for problems only they can see (an unknown month
   * name); `fieldsProblem` for values out of range.
   */
  problem: string;
}

export function createFields(): DateFields {
  return {
    year: 0,
    month: 0,
    day: 0,
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
    hasTime: false,
    offset: Number.NaN,
    problem: '',
  };
}

export function resetFields(fields: DateFields): void {
  fields.year = 0;
  fields.month = 1;
  fields.day = 1;
  fields.hour = 0;
  fields.minute = 0;
  fields.second = 0;
  fields.millisecond = 0;
  fields.hasTime = false;
  fields.offset = Number.NaN;
  fields.problem = '';
}

/**
 * What makes fields unreadable (a part that exists in no calendar: month 13, hour 24, minute 60),
 * or an empty string. A day from 1 to 31 is readable even when its month is shorter: that is
 * `impossibleDay`, a different code, because the user wrote a well-formed date that does not exist.
 */
export function fieldsProblem(fields: DateFields): string {
  if (fields.month < 1 || fields.month > 12) return `there is no month ${fields.month}`;
  if (fields.day < 1 || fields.day > 31) return `there is no day ${fields.day} in a month`;
  if (fields.hour > 23) return `there is no hour ${fields.hour} (hours go from 0 to 23)`;
  if (fields.minute > 59) return `there is no minute ${fields.minute} (minutes go from 0 to 59)`;
  if (fields.second > 59) return `there is no second ${fields.second} (seconds go from 0 to 59)`;
  return '';
}

/** Why a readable day does not exist ("31 February 2026, which does not exist: February 2026 has 28 days"), or an empty string. */
export function impossibleDay(fields: DateFields): string {
  const length = daysInMonth(fields.year, fields.month);
  if (fields.day <= length) return '';
  const month = MONTH_NAMES[fields.month - 1] as string;
  const year = String(fields.year).padStart(4, '0');
  return `${fields.day} ${month} ${year}, which does not exist: ${month} ${year} has ${length} days`;
}
