import { dayText } from './date-calendar.ts';

/**
 * Excel's dates: a number of days (the serial) shown through a date format. A workbook's cell holds
 * 46083.5868 and a style saying "d/m/yyyy h:mm"; we give the record reader the wall-clock text
 * `2026-03-02T14:05:00`, read in the source's time zone like any other date without an offset.
 */

/** What a number format shows of a serial: a day, a day and a time, a time of day alone. */
export type DateStyle = 'date' | 'date-time' | 'time';

/** The last serial Excel shows as a date: 9999-12-31. */
const LAST_SERIAL = 2958465;

/** Days from 1970-01-01 to Excel's day 0 of each system. */
const EPOCH_1900 = -25569; // 1899-12-30: day 0 once the fake 1900-02-29 (serial 60) is counted
const EPOCH_1904 = -24107; // 1904-01-01

/**
 * The ISO text of a serial, or undefined when it is no day (negative, or past 9999). Serials 1 to 59
 * of the 1900 system are one day later than the epoch suggests, and 60 is 1900-02-29: Lotus 1-2-3
 * took 1900 for a leap year and Excel kept the mistake. That day does not exist; we write it as Excel
 * shows it, and the date reader reports it as impossible (NPS212).
 */
export function serialToIso(serial: number, options: { date1904: boolean; style: DateStyle }): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > LAST_SERIAL) return undefined;
  // To the second, as Excel rounds what it shows: 0.58680555... is 14:05:00, not 14:04:59.999.
  const seconds = Math.round(serial * 86400);
  let days = Math.floor(seconds / 86400);
  const time = timeText(seconds - days * 86400);
  if (options.style === 'time' && days === 0) return time;
  // Day 0 of the 1900 system is "1900-01-00" in Excel: no day.
  if (!options.date1904 && days === 0) return undefined;
  let day: string;
  if (options.date1904) day = dayText(days + EPOCH_1904);
  else if (days === 60) day = '1900-02-29';
  else {
    if (days < 60) days += 1;
    day = dayText(days + EPOCH_1900);
  }
  const withTime = options.style !== 'date' || seconds % 86400 !== 0;
  return withTime ? `${day}T${time}` : day;
}

function timeText(seconds: number): string {
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

/**
 * Built-in number formats (ECMA-376 part 1, 18.8.30) that show dates or times. 14-22 are the
 * international ones; 27-36 and 50-58 are dates in East Asian locales. 46 ([h]:mm:ss) is a
 * duration, not a time of day: it stays a number.
 */
const BUILT_IN: ReadonlyMap<number, DateStyle> = new Map([
  ...[14, 15, 16, 17, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58].map((id) => [id, 'date'] as const),
  ...[22].map((id) => [id, 'date-time'] as const),
  ...[18, 19, 20, 21, 32, 33, 45, 47, 55, 56].map((id) => [id, 'time'] as const),
]);

export function builtInDateStyle(id: number): DateStyle | undefined {
  return BUILT_IN.get(id);
}

/**
 * What a custom format code shows: the tokens of its first section once the literal text ("...",
 * \x, _x, *x) and the brackets ([Red], [$-40C]) are removed. `[h]` and `[mm]` are elapsed time (a
 * duration), so a code holding one is no date. "m" is a month unless hours or seconds are shown.
 */
export function customDateStyle(code: string): DateStyle | undefined {
  const first = code.split(';')[0] ?? '';
  if (/\[(h+|m+|s+)\]/i.test(first)) return undefined;
  const tokens = first
    .replace(/"[^"]*"/g, '')
    .replace(/[\\_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/General/gi, '');
  const hasDay = /[dy]/i.test(tokens);
  const hasTime = /[hs]/i.test(tokens);
  const hasMonth = /m/i.test(tokens) && !hasTime;
  if (hasDay || hasMonth) return hasTime ? 'date-time' : 'date';
  return hasTime ? 'time' : undefined;
}
