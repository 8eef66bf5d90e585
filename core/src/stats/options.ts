import type { IntervalMethod } from '../schema/config.ts';

/**
 * The statistics options. The shape is the config's `statistics` section plus `weighted`, so a
 * caller can pass `config.statistics` as it is.
 */
export interface StatsOptions {
  /** Confidence level of every interval (default 0.95). */
  confidence?: number;
  /** The interval shown as "the" interval (default 'adjusted-wald'); all three are always computed. */
  interval?: IntervalMethod;
  /** Two-sided significance level of the tests (default 0.05). */
  significance?: number;
  /** Groups with fewer responses are flagged as small samples (default 30). */
  smallSample?: number;
  /** Length of rolling windows in days (default 90). */
  rollingDays?: number;
  /** Use response weights (weighted shares, Kish's effective n). Default false. */
  weighted?: boolean;
}

export type ResolvedStatsOptions = Required<StatsOptions>;

export const DEFAULT_STATS_OPTIONS: ResolvedStatsOptions = {
  confidence: 0.95,
  interval: 'adjusted-wald',
  significance: 0.05,
  smallSample: 30,
  rollingDays: 90,
  weighted: false,
};

export function resolveStatsOptions(options: StatsOptions = {}): ResolvedStatsOptions {
  return {
    confidence: options.confidence ?? DEFAULT_STATS_OPTIONS.confidence,
    interval: options.interval ?? DEFAULT_STATS_OPTIONS.interval,
    significance: options.significance ?? DEFAULT_STATS_OPTIONS.significance,
    smallSample: options.smallSample ?? DEFAULT_STATS_OPTIONS.smallSample,
    rollingDays: options.rollingDays ?? DEFAULT_STATS_OPTIONS.rollingDays,
    weighted: options.weighted ?? DEFAULT_STATS_OPTIONS.weighted,
  };
}
