import type { Action } from '../actions.ts';
import { compareKeys } from '../stats/breakdown.ts';
import { summarize } from '../stats/summary.ts';
import type { ReportContext } from './context.ts';
import type {
  ActionAnnotation,
  BenchmarkModel,
  NpsFigure,
  OverviewModel,
  PeriodChange,
  SegmentFieldModel,
  SharesPoint,
  TrendPoint,
} from './model.ts';
import { segmentHighlights } from './segments.ts';
import { figureOf, localized, splitOf } from './stats-to-model.ts';
import type { ReportCollection } from './tally-collection.ts';
import { themeSummaries, topThemes } from './themes.ts';
import { closedLoopModels, type DayRange, lastCompleteIndex, rollingOf, sharesOf, trendOf } from './trend.ts';

export function benchmarkModels(context: ReportContext, nps: NpsFigure): BenchmarkModel[] {
  return context.config.benchmarks.map((benchmark) => {
    const labels = localized(benchmark.label, benchmark.source);
    return {
      label: labels[context.locale],
      labels,
      nps: benchmark.nps,
      source: benchmark.source,
      date: benchmark.date,
      url: benchmark.url ?? null,
      difference: nps.nps === null ? null : nps.nps - benchmark.nps,
      insideInterval: nps.ci ? benchmark.nps >= nps.ci.low && benchmark.nps <= nps.ci.high : null,
    };
  });
}

/** Actions on the time axis, by opened day then id. */
export function actionAnnotations(actions: readonly Action[]): ActionAnnotation[] {
  return [...actions]
    .sort((a, b) => compareKeys(a.opened, b.opened) || compareKeys(a.id, b.id))
    .map((action) => ({
      actionId: action.id,
      day: action.opened,
      closed: action.closed ?? null,
      title: action.title,
      status: action.status,
    }));
}

/** The last complete period against the one before it. */
export function periodChange(trend: readonly TrendPoint[], index: number): PeriodChange | null {
  const point = trend[index];
  const previous = trend[index - 1];
  if (!point?.change || !previous) return null;
  return { from: previous.key, to: point.key, ...point.change };
}

/** The passives warning of the last complete period, else of the (incomplete) last one. */
function passivesWarning(shares: readonly SharesPoint[], completeIndex: number): SharesPoint | null {
  const candidates = [shares[completeIndex], shares[shares.length - 1]];
  return candidates.find((point) => point?.passivesRising) ?? null;
}

export interface OverviewInput {
  collection: ReportCollection;
  segments: readonly SegmentFieldModel[];
  actions: readonly Action[];
  range: DayRange | null;
}

export function buildOverview(input: OverviewInput, context: ReportContext): OverviewModel {
  const { stats } = context;
  const { aggregate } = input.collection.main;
  const overall = summarize(aggregate.overall, stats);
  const nps = figureOf(overall, stats);
  const trend = trendOf(aggregate, context, input.range);
  const shares = sharesOf(aggregate, context, input.range);
  const completeIndex = lastCompleteIndex(trend, context.asOf, input.collection.to);
  const closedLoop = closedLoopModels(aggregate, context);
  return {
    nps,
    change: periodChange(trend, completeIndex),
    split: splitOf(overall),
    trend,
    rolling: rollingOf(aggregate, context, input.range),
    shares,
    passivesWarning: passivesWarning(shares, completeIndex),
    topSegments: segmentHighlights(input.segments),
    topThemes: topThemes(themeSummaries(input.collection.main.themes, context), context),
    // Filled by attachVerbatims (the verbatims may be collected on another thread).
    recentVerbatims: { detractor: [], passive: [], promoter: [] },
    benchmarks: benchmarkModels(context, nps),
    closedLoop,
    closedLoopTracked:
      context.config.sources.some((source) => source.columns.repliedAt !== undefined) ||
      closedLoop.some((row) => row.answered > 0),
    annotations: actionAnnotations(input.actions),
  };
}
