import type { Period } from '../schema/config.ts';
import { periodKey, periodKeysBetween } from './periods.ts';

/** The buckets `auto` chooses from, finest first (a year is never chosen: too few points for a trend). */
export const AUTO_PERIODS = ['day', 'week', 'month', 'quarter'] as const satisfies readonly Period[];

/** A trend wants at least this many non-empty points... */
export const AUTO_MIN_POINTS = 4;
/** ...of at least this median number of answers (the NPS of 30 answers has a margin of error of about ±30 points)... */
export const AUTO_MIN_MEDIAN = 30;
/** ...and at most this many periods from first to last (gaps included): beyond, a line is noise and a table a wall. */
export const AUTO_MAX_PERIODS = 60;

export interface BucketFit {
  period: Period;
  /** Periods from the first day's to the last day's, the empty ones included. */
  periods: number;
  /** Periods holding at least one answer. */
  points: number;
  /** Median number of answers of the non-empty periods (0 without any). */
  median: number;
}

/** How the answers of each day (day 'YYYY-MM-DD' -> count) fall into `period`. */
export function bucketFit(answersByDay: ReadonlyMap<string, number>, period: Period): BucketFit {
  const counts = new Map<string, number>();
  let first: string | null = null;
  let last: string | null = null;
  for (const [day, count] of answersByDay) {
    if (count <= 0) continue;
    const key = periodKey(day, period);
    counts.set(key, (counts.get(key) ?? 0) + count);
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
  }
  const sorted = [...counts.values()].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median =
    sorted.length === 0
      ? 0
      : sorted.length % 2 === 1
        ? (sorted[middle] as number)
        : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  const periods = first !== null && last !== null ? periodKeysBetween(first, last, period).length : 0;
  return { period, periods, points: sorted.length, median };
}

/**
 * The bucket of `site.period: auto`, from the number of answers of each day:
 * 1. the finest of day < week < month < quarter that gives at least AUTO_MIN_POINTS (4) non-empty
 *    periods, a median of at least AUTO_MIN_MEDIAN (30) answers per non-empty period, and at most
 *    AUTO_MAX_PERIODS (60) periods from first to last;
 * 2. else the coarsest of them that still gives at least 2 non-empty periods (a trend, however
 *    thin, rather than one dot): four days of 39 answers give days;
 * 3. else (every answer on one day, or none) the day.
 * Two years of 12,000 answers give months: 730 days and 104 weeks are too many periods.
 */
export function autoPeriod(answersByDay: ReadonlyMap<string, number>): Period {
  const fits = AUTO_PERIODS.map((period) => bucketFit(answersByDay, period));
  const good = fits.find(
    (fit) => fit.points >= AUTO_MIN_POINTS && fit.median >= AUTO_MIN_MEDIAN && fit.periods <= AUTO_MAX_PERIODS,
  );
  if (good) return good.period;
  const thin = [...fits].reverse().find((fit) => fit.points >= 2);
  return thin?.period ?? 'day';
}
