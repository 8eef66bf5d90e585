/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), pure and locale-free so the output
 * never depends on the machine's time zone or language.
 */
const DAY_MS = 86_400_000;

export function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

export interface CalendarDay {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
}

export function calendarDay(dayNo: number): CalendarDay {
  const date = new Date(dayNo * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: date.getUTCDay() };
}

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

export function isoDay(dayNo: number): string {
  const { year, month, day } = calendarDay(dayNo);
  return `${year}-${pad(month)}-${pad(day)}`;
}

function lastSunday(year: number, month: number): number {
  const last = Date.UTC(year, month, 0) / DAY_MS;
  return last - calendarDay(last).weekday;
}

/**
 * The UTC offset of Europe/Paris on a day, for wall times from 04:00 on (the generator never
 * writes a time between midnight and 04:00, so the DST switch at 02:00/03:00 is never crossed):
 * summer time runs from the last Sunday of March to the last Sunday of October (EU rule since 1996).
 */
export function parisOffset(dayNo: number): '+01:00' | '+02:00' {
  const { year } = calendarDay(dayNo);
  return dayNo >= lastSunday(year, 3) && dayNo < lastSunday(year, 10) ? '+02:00' : '+01:00';
}

/** A wall-clock moment in Paris: the day and the seconds since its midnight. */
export interface WallTime {
  day: number;
  seconds: number;
}

export function clock(seconds: number): string {
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** The ISO day and Paris offset of each day number met so far (a few hundred): both are costly to recompute per row. */
const dayLabels = new Map<number, { day: string; offset: string }>();

function labelsOf(dayNo: number): { day: string; offset: string } {
  let labels = dayLabels.get(dayNo);
  if (!labels) {
    labels = { day: isoDay(dayNo), offset: parisOffset(dayNo) };
    dayLabels.set(dayNo, labels);
  }
  return labels;
}

/** ISO 8601 with the Paris offset of that day: 2026-03-31T14:05:09+02:00. */
export function isoDateTime(moment: WallTime): string {
  const { day, offset } = labelsOf(moment.day);
  return `${day}T${clock(moment.seconds)}${offset}`;
}
