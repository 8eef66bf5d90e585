import type { IntervalMethod } from '../schema/config.ts';
import { adjustedWaldInterval, type Interval, npsStandardError, waldInterval } from './intervals.ts';
import { zForConfidence } from './normal.ts';
import { resolveStatsOptions, type StatsOptions } from './options.ts';
import { scoreInterval } from './score-interval.ts';
import { carriesWeights, type NpsSample, npsOf, sampleOf, type Tally, tallyCount } from './tally.ts';

export interface NpsIntervals {
  wald: Interval | null;
  adjustedWald: Interval | null;
  score: Interval | null;
}

/** The interval chosen by the options, with what it is: what reports print next to the NPS. */
export interface ChosenInterval {
  low: number;
  high: number;
  method: IntervalMethod;
  confidence: number;
  /**
   * The method the options asked for, when its interval left out the estimate and the score
   * interval stands in for it (see `chooseInterval`). Absent otherwise.
   */
  replaces?: IntervalMethod;
}

/** Shares in percent (0..100) of all responses, or of the total weight when weighted. */
export interface CategoryShares {
  promoters: number;
  passives: number;
  detractors: number;
}

/**
 * Everything a report shows about one group. Counts are raw; the estimates are weighted when
 * `weighted` is true. Empty groups have n = 0 and null estimates, never NaN. Nothing is rounded.
 */
export interface NpsSummary {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  weighted: boolean;
  /** Kish's effective sample size when weighted; n otherwise. */
  effectiveN: number;
  shares: CategoryShares | null;
  /** NPS in points, -100..100. */
  nps: number | null;
  /** Standard error of the NPS in points (Wald). */
  standardError: number | null;
  intervals: NpsIntervals;
  ci: ChosenInterval | null;
}

export function intervalsOf(sample: NpsSample, confidence: number): NpsIntervals {
  const z = zForConfidence(confidence);
  return { wald: waldInterval(sample, z), adjustedWald: adjustedWaldInterval(sample, z), score: scoreInterval(sample, z) };
}

const INTERVAL_KEYS: Record<IntervalMethod, keyof NpsIntervals> = {
  wald: 'wald',
  'adjusted-wald': 'adjustedWald',
  score: 'score',
};

/**
 * The interval the options ask for, unless it leaves out the estimate printed beside it: adjusted
 * Wald is centred on an estimate pulled towards 0, so with few answers all on one side (one
 * detractor: -100) it can stop short of the observed NPS. Then the score interval stands in: it is
 * the set of values the data do not reject, so it always contains the estimate.
 */
function chooseInterval(
  intervals: NpsIntervals,
  nps: number | null,
  method: IntervalMethod,
  confidence: number,
): ChosenInterval | null {
  const asked = intervals[INTERVAL_KEYS[method]];
  if (!asked) return null;
  const contains = nps === null || (asked[0] <= nps && nps <= asked[1]);
  if (contains || !intervals.score) return { low: asked[0], high: asked[1], method, confidence };
  return { low: intervals.score[0], high: intervals.score[1], method: 'score', confidence, replaces: method };
}

export function summarize(tally: Tally, options: StatsOptions = {}): NpsSummary {
  const resolved = resolveStatsOptions(options);
  const sample = sampleOf(tally, { weighted: resolved.weighted });
  const intervals = intervalsOf(sample, resolved.confidence);
  const nps = npsOf(sample);
  const totalWeight = tally.promoterWeight + tally.passiveWeight + tally.detractorWeight;
  const n = tallyCount(tally);
  let shares: CategoryShares | null = null;
  if (n > 0 && resolved.weighted && totalWeight > 0) {
    shares = {
      promoters: (tally.promoterWeight / totalWeight) * 100,
      passives: (tally.passiveWeight / totalWeight) * 100,
      detractors: (tally.detractorWeight / totalWeight) * 100,
    };
  } else if (n > 0 && !resolved.weighted) {
    shares = {
      promoters: (tally.promoters / n) * 100,
      passives: (tally.passives / n) * 100,
      detractors: (tally.detractors / n) * 100,
    };
  }
  return {
    n,
    promoters: tally.promoters,
    passives: tally.passives,
    detractors: tally.detractors,
    // Weighted only where weights were used and differ from 1: elsewhere the figures are the plain ones.
    weighted: resolved.weighted && carriesWeights(tally),
    effectiveN: sample.n,
    shares,
    nps,
    standardError: npsStandardError(sample),
    intervals,
    ci: chooseInterval(intervals, nps, resolved.interval, resolved.confidence),
  };
}
