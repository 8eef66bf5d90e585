/**
 * Proleptic Gregorian calendar arithmetic for the date reader, on plain numbers: no Date objects
 * (Date.UTC reads years 0 to 99 as 1900 to 1999) and no allocation on the hot path.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days of a month (1 to 12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days from 1970-01-01 to a calendar day (Howard Hinnant's days_from_civil): exact for every year,
 * negative before 1970.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar day of a day number: the inverse of daysFromCivil (Hinnant's civil_from_days). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 'YYYY-MM-DD' of a day number. */
function formatDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  const yearText = year < 0 ? `-${String(-year).padStart(6, '0')}` : String(year).padStart(4, '0');
  return `${yearText}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

// A million responses fall on a few thousand distinct days: sharing the strings saves an
// allocation and three concatenations per row. Cleared when it grows past a century of days so
// random inputs cannot make it grow without bound.
const dayTexts = new Map<number, string>();
const DAY_TEXT_CACHE_LIMIT = 40_000;

/** The 'YYYY-MM-DD' text of a day counted from 1970-01-01. */
export function dayText(days: number): string {
  let text = dayTexts.get(days);
  if (text === undefined) {
    if (dayTexts.size >= DAY_TEXT_CACHE_LIMIT) dayTexts.clear();
    text = formatDay(days);
    dayTexts.set(days, text);
  }
  return text;
}
