import type { NpsAggregate } from '../stats/aggregate.ts';
import { summarizePeriods } from '../stats/breakdown.ts';
import { summarizeClosedLoop } from '../stats/closed-loop.ts';
import { rollingNps } from '../stats/rolling.ts';
import { categorySharesOverTime } from '../stats/shares.ts';
import type { ReportContext } from './context.ts';
import type { ClosedLoopModel, RollingWindowPoint, SharesPoint, TrendPoint } from './model.ts';
import { changeOf, closedLoopOf, figureOf, shareModel } from './stats-to-model.ts';
import type { GroupTallies } from './tally-collection.ts';

/** The days every trend of a report spans, so that a segment's chart lines up with the overview's. */
export interface DayRange {
  from: string;
  to: string;
}

export function trendOf(aggregate: GroupTallies, context: ReportContext, range: DayRange | null): TrendPoint[] {
  if (!range) return [];
  const { stats } = context;
  return summarizePeriods(aggregate.byPeriod, { ...stats, period: context.period, ...range }).map((period) => ({
    key: period.key,
    first: period.first,
    last: period.last,
    ...figureOf(period, stats),
    change: period.change && changeOf(period.change, stats.confidence),
  }));
}

export function rollingOf(aggregate: NpsAggregate, context: ReportContext, range: DayRange | null): RollingWindowPoint[] {
  if (!range) return [];
  const { stats } = context;
  return rollingNps(aggregate.byDay, { ...stats, step: context.period, ...range }).map((point) => ({
    key: point.key ?? point.end,
    start: point.start,
    end: point.end,
    days: stats.rollingDays,
    n: point.n,
    nps: point.nps,
    ci: point.ci && { ...point.ci },
  }));
}

export function sharesOf(aggregate: GroupTallies, context: ReportContext, range: DayRange | null): SharesPoint[] {
  if (!range) return [];
  const { stats } = context;
  const confidence = stats.confidence;
  return categorySharesOverTime(aggregate.byPeriod, { ...stats, period: context.period, ...range }).map((point) => {
    // Counts and n as the stats module tested them (effective when weighted), for the Wilson interval shown.
    const asShare = (category: typeof point.promoters) => ({
      ...shareModel(category.count, point.n, confidence),
      share: category.share,
      interval: category.interval && {
        low: category.interval[0],
        high: category.interval[1],
        method: 'wilson' as const,
        confidence,
      },
    });
    return {
      key: point.key,
      n: point.n,
      promoters: asShare(point.promoters),
      passives: asShare(point.passives),
      detractors: asShare(point.detractors),
      passivesChange: point.passivesChange && changeOf(point.passivesChange, confidence),
      passivesRising: point.passivesRising,
    };
  });
}

export function closedLoopModels(aggregate: GroupTallies, context: ReportContext): ClosedLoopModel[] {
  const confidence = context.stats.confidence;
  return summarizeClosedLoop(aggregate.closedLoop, { confidence }).map((summary) => closedLoopOf(summary, confidence));
}

/**
 * The index of the last period that is over: its last day is on or before the pinned build day,
 * or, without one, on or before the last day of data (a month whose data stops on the 15th is not
 * compared as if it were whole).
 */
export function lastCompleteIndex(trend: readonly TrendPoint[], asOf: string | null, lastDay: string | null): number {
  const limit = asOf ?? lastDay;
  if (limit === null) return -1;
  for (let index = trend.length - 1; index >= 0; index--) if ((trend[index] as TrendPoint).last <= limit) return index;
  return -1;
}
