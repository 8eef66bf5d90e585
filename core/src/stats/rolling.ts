import type { Period } from '../schema/config.ts';
import type { Breakdown } from './breakdown.ts';
import { compareKeys } from './breakdown.ts';
import { resolveStatsOptions, type StatsOptions } from './options.ts';
import { dayFromNumber, dayNumber, periodBounds, periodKeysBetween } from './periods.ts';
import { type NpsSummary, summarize } from './summary.ts';
import { addTallyInto, createTally, mergeTallies, subtractTallyFrom } from './tally.ts';

export interface RollingPoint extends NpsSummary {
  /** First and last day of the window (inclusive). */
  start: string;
  end: string;
  /** The period whose last day ends the window, when `step` is a period. */
  key: string | null;
}

/** The window ends: every day, or the last day of every period. */
function windowEnds(from: string, to: string, step: 'day' | Period): { day: number; key: string | null }[] {
  if (step === 'day') {
    const ends: { day: number; key: string | null }[] = [];
    for (let day = dayNumber(from); day <= dayNumber(to); day++) ends.push({ day, key: null });
    return ends;
  }
  return periodKeysBetween(from, to, step).map((key) => ({ day: dayNumber(periodBounds(key)?.last ?? to), key }));
}

/**
 * NPS over the last `rollingDays` days (default 90) ending on each day, or on the last day of
 * each period, from a breakdown keyed by day ('YYYY-MM-DD'). A sliding sum: each day enters and
 * leaves the running tally once, so the cost is one pass over the days, whatever the window.
 */
export function rollingNps(
  daily: Breakdown,
  options: StatsOptions & { from?: string; to?: string; step?: 'day' | Period } = {},
): RollingPoint[] {
  const resolved = resolveStatsOptions(options);
  const days = [...daily.keys()].sort(compareKeys);
  const from = options.from ?? days[0];
  const to = options.to ?? days[days.length - 1];
  if (from === undefined || to === undefined) return [];
  const ends = windowEnds(from, to, options.step ?? 'day');
  const length = resolved.rollingDays;
  const points: RollingPoint[] = [];
  const running = createTally();
  // `running` always holds the days windowStart..lastAdded.
  let windowStart = Number.NEGATIVE_INFINITY;
  let lastAdded = Number.NEGATIVE_INFINITY;
  for (const end of ends) {
    const start = end.day - length + 1;
    if (start > lastAdded) {
      // No day shared with the previous window: start afresh instead of walking through the gap.
      Object.assign(running, createTally());
      lastAdded = start - 1;
    } else {
      for (let day = windowStart; day < start; day++) {
        const leaving = daily.get(dayFromNumber(day));
        if (leaving) subtractTallyFrom(running, leaving);
      }
    }
    windowStart = start;
    for (let day = lastAdded + 1; day <= end.day; day++) {
      const entering = daily.get(dayFromNumber(day));
      if (entering) addTallyInto(running, entering);
    }
    lastAdded = end.day;
    points.push({
      start: dayFromNumber(end.day - length + 1),
      end: dayFromNumber(end.day),
      key: end.key,
      ...summarize(mergeTallies(running), resolved),
    });
  }
  return points;
}
