import { HOUR_MS, MINUTE_MS } from './date-calendar.ts';
import { type DateFields, resetFields } from './date-fields.ts';

/**
 * The ISO 8601 forms every source accepts without configuration, scanned by hand (a regex match
 * allocates an array per row):
 *
 *   2026-03-31
 *   2026-03-31T14:05   2026-03-31T14:05:09   2026-03-31T14:05:09.123   (T, t or a space)
 *   any datetime followed by Z, +02:00, +0200 or -05
 *
 * Fractions of a second may have any number of digits (a comma is ISO's other decimal mark);
 * digits past the millisecond are dropped, not rounded, so an instant never moves to the next
 * second or day.
 */
export const ISO_EXAMPLES = '2026-03-31 or 2026-03-31T14:05:09';

/** Reads `value` into `fields`; false when it is not shaped like ISO 8601 (fields.problem may say why). */
export function scanIso(value: string, fields: DateFields): boolean {
  resetFields(fields);
  const length = value.length;
  if (length < 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 0 || month < 0 || day < 0) return false;
  fields.year = year;
  fields.month = month;
  fields.day = day;
  if (length === 10) return true;

  const separator = value.charCodeAt(10);
  if (separator !== 84 /* T */ && separator !== 116 /* t */ && separator !== 32) return false;
  if (length < 16 || value.charCodeAt(13) !== 58) return false;
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  if (hour < 0 || minute < 0) return false;
  fields.hasTime = true;
  fields.hour = hour;
  fields.minute = minute;
  let at = 16;
  if (value.charCodeAt(at) === 58 /* : */) {
    const second = digits(value, at + 1, 2);
    if (second < 0) return false;
    fields.second = second;
    at += 3;
    const mark = value.charCodeAt(at);
    if (mark === 46 /* . */ || mark === 44 /* , */) {
      const start = ++at;
      let millisecond = 0;
      while (at < length) {
        const digit = value.charCodeAt(at) - 48;
        if (digit < 0 || digit > 9) break;
        if (at - start < 3) millisecond = millisecond * 10 + digit;
        at++;
      }
      if (at === start) return false;
      const read = Math.min(at - start, 3);
      fields.millisecond = read === 3 ? millisecond : read === 2 ? millisecond * 10 : millisecond * 100;
    }
  }
  if (at === length) return true;
  return scanOffset(value, at, fields) === length;
}

/**
 * Reads an offset (Z, ±HH, ±HH:MM, ±HHMM) at `at` into fields.offset; returns where it ends, or
 * -1. Shared with formats that use the Z and ZZ tokens, which accept the same forms as Day.js.
 */
export function scanOffset(value: string, at: number, fields: DateFields): number {
  const sign = value.charCodeAt(at);
  if (sign === 90 /* Z */ || sign === 122 /* z */) {
    fields.offset = 0;
    return at + 1;
  }
  if (sign !== 43 /* + */ && sign !== 45 /* - */ && sign !== 0x2212 /* − */) return -1;
  const hours = digits(value, at + 1, 2);
  if (hours < 0) return -1;
  let end = at + 3;
  let minutes = 0;
  if (value.charCodeAt(end) === 58 /* : */) {
    minutes = digits(value, end + 1, 2);
    if (minutes < 0) return -1;
    end += 3;
  } else {
    const compact = digits(value, end, 2);
    if (compact >= 0) {
      minutes = compact;
      end += 2;
    }
  }
  if (hours > 23 || minutes > 59) {
    fields.problem = `the offset ${value.slice(at, end)} does not exist`;
    return -1;
  }
  fields.offset = (sign === 43 ? 1 : -1) * (hours * HOUR_MS + minutes * MINUTE_MS);
  return end;
}

/** The number written with exactly `count` ASCII digits at `at`, or -1. */
export function digits(value: string, at: number, count: number): number {
  let number = 0;
  for (let i = at; i < at + count; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    number = number * 10 + digit;
  }
  return number;
}
