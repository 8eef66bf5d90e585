import type { Period } from '../schema/config.ts';
import type { NpsResponse } from '../schema/response.ts';
import { addToBreakdown, type Breakdown, createBreakdown, type PeriodSummary, summarizePeriods } from './breakdown.ts';
import {
  addToClosedLoop,
  type ClosedLoopCollector,
  type ClosedLoopSummary,
  createClosedLoopCollector,
  summarizeClosedLoop,
} from './closed-loop.ts';
import {
  addMigrationAnswer,
  createMigrationCollector,
  type MigrationCollector,
  type MigrationStep,
  migrationMatrices,
} from './migration.ts';
import { resolveStatsOptions, type StatsOptions } from './options.ts';
import { periodKey } from './periods.ts';
import { type RollingPoint, rollingNps } from './rolling.ts';
import { addToSegments, createSegmentTallies, type SegmentSummary, type SegmentTallies, summarizeSegments } from './segments.ts';
import { categorySharesOverTime, type PeriodShares } from './shares.ts';
import { type NpsSummary, summarize } from './summary.ts';
import { addToTally, createTally, type Tally } from './tally.ts';

/**
 * The one-pass fold of a response stream into everything the reports show. Only migration
 * (per respondent) and closed-loop medians (per reply) grow with the data; the rest is tallies.
 * Themes are folded apart (see themes.ts), since matching comments is another module's job.
 */
export interface NpsAggregate {
  readonly period: Period;
  readonly overall: Tally;
  readonly byPeriod: Breakdown;
  readonly byDay: Breakdown;
  readonly segments: SegmentTallies;
  readonly closedLoop: ClosedLoopCollector;
  /** Null unless asked for: it keeps one entry per respondent and period. */
  readonly migration: MigrationCollector | null;
  /** Day -> period key, computed once per distinct day instead of once per response. */
  readonly periodKeys: Map<string, string>;
}

export interface AggregateOptions {
  period: Period;
  segmentFields?: readonly string[];
  migration?: boolean;
}

export function createAggregate(options: AggregateOptions): NpsAggregate {
  return {
    period: options.period,
    overall: createTally(),
    byPeriod: createBreakdown(),
    byDay: createBreakdown(),
    segments: createSegmentTallies(options.segmentFields ?? []),
    closedLoop: createClosedLoopCollector(),
    migration: options.migration ? createMigrationCollector(options.period) : null,
    periodKeys: new Map(),
  };
}

export function addResponse(aggregate: NpsAggregate, response: NpsResponse): NpsAggregate {
  addToTally(aggregate.overall, response.score, response.weight);
  let key = aggregate.periodKeys.get(response.day);
  if (key === undefined) {
    key = periodKey(response.day, aggregate.period);
    aggregate.periodKeys.set(response.day, key);
  }
  addToBreakdown(aggregate.byPeriod, key, response.score, response.weight);
  addToBreakdown(aggregate.byDay, response.day, response.score, response.weight);
  addToSegments(aggregate.segments, response);
  addToClosedLoop(aggregate.closedLoop, response);
  if (aggregate.migration && response.respondent !== undefined) {
    addMigrationAnswer(aggregate.migration, {
      respondent: response.respondent,
      day: response.day,
      at: response.at,
      score: response.score,
    });
  }
  return aggregate;
}

export interface AggregateReport {
  overall: NpsSummary;
  periods: PeriodSummary[];
  shares: PeriodShares[];
  /** Rolling window ending on the last day of each period. */
  rolling: RollingPoint[];
  segments: SegmentSummary[];
  closedLoop: ClosedLoopSummary[];
  migration: MigrationStep[] | null;
}

export function reportAggregate(
  aggregate: NpsAggregate,
  options: StatsOptions & { from?: string; to?: string } = {},
): AggregateReport {
  const resolved = { ...resolveStatsOptions(options), from: options.from, to: options.to };
  return {
    overall: summarize(aggregate.overall, resolved),
    periods: summarizePeriods(aggregate.byPeriod, { ...resolved, period: aggregate.period }),
    shares: categorySharesOverTime(aggregate.byPeriod, { ...resolved, period: aggregate.period }),
    rolling: rollingNps(aggregate.byDay, { ...resolved, step: aggregate.period }),
    segments: summarizeSegments(aggregate.segments, resolved),
    closedLoop: summarizeClosedLoop(aggregate.closedLoop, resolved),
    migration: aggregate.migration ? migrationMatrices(aggregate.migration) : null,
  };
}
