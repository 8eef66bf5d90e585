import type { Period } from '../schema/config.ts';
import type { Breakdown } from './breakdown.ts';
import { periodRange } from './breakdown.ts';
import { type Comparison, compareProportions } from './difference.ts';
import { type Interval, wilsonInterval } from './intervals.ts';
import { zForConfidence } from './normal.ts';
import { resolveStatsOptions, type StatsOptions } from './options.ts';
import { periodKeysBetween } from './periods.ts';
import { createTally, type Tally, tallyCount } from './tally.ts';

export interface CategoryShare {
  count: number;
  /** Percent of the period's responses (of the weight when weighted); null for an empty period. */
  share: number | null;
  /** Wilson interval in percent (on Kish's effective n when weighted). */
  interval: Interval | null;
}

export interface PeriodShares {
  key: string;
  n: number;
  promoters: CategoryShare;
  passives: CategoryShare;
  detractors: CategoryShare;
  /** Passive share against the previous period: pooled two-proportion z-test; null for the first period. */
  passivesChange: Comparison | null;
  /** CX warning: the share of passives rose, and significantly (two-sided test at `significance`). */
  passivesRising: boolean;
}

/** Successes and n to test on: raw counts, or weight shares times Kish's effective n. */
function effectiveCounts(
  tally: Tally,
  weighted: boolean,
): { n: number; promoters: number; passives: number; detractors: number } {
  const n = tallyCount(tally);
  const totalWeight = tally.promoterWeight + tally.passiveWeight + tally.detractorWeight;
  if (!weighted || n === 0 || !(totalWeight > 0))
    return { n, promoters: tally.promoters, passives: tally.passives, detractors: tally.detractors };
  const effectiveN = (totalWeight * totalWeight) / tally.squaredWeight;
  const scale = effectiveN / totalWeight;
  return {
    n: effectiveN,
    promoters: tally.promoterWeight * scale,
    passives: tally.passiveWeight * scale,
    detractors: tally.detractorWeight * scale,
  };
}

function shareOf(count: number, successes: number, n: number, z: number): CategoryShare {
  return { count, share: n > 0 ? (successes / n) * 100 : null, interval: wilsonInterval(successes, n, z) };
}

/**
 * Per period (empty ones included), the share of each category with its Wilson interval, and
 * whether the share of passives rose significantly since the previous period: a rising share of
 * passives announces future detractors even while the NPS holds.
 */
export function categorySharesOverTime(
  breakdown: Breakdown,
  options: StatsOptions & { period: Period; from?: string; to?: string },
): PeriodShares[] {
  const resolved = resolveStatsOptions(options);
  const z = zForConfidence(resolved.confidence);
  const range = periodRange(breakdown, options);
  if (!range) return [];
  const result: PeriodShares[] = [];
  let previous: ReturnType<typeof effectiveCounts> | null = null;
  for (const key of periodKeysBetween(range.from, range.to, options.period)) {
    const tally = breakdown.get(key) ?? createTally();
    const counts = effectiveCounts(tally, resolved.weighted);
    const passivesChange = previous
      ? compareProportions(
          { successes: previous.passives, n: previous.n },
          { successes: counts.passives, n: counts.n },
          { confidence: resolved.confidence, significance: resolved.significance },
        )
      : null;
    result.push({
      key,
      n: tallyCount(tally),
      promoters: shareOf(tally.promoters, counts.promoters, counts.n, z),
      passives: shareOf(tally.passives, counts.passives, counts.n, z),
      detractors: shareOf(tally.detractors, counts.detractors, counts.n, z),
      passivesChange,
      passivesRising: passivesChange?.significant === true && (passivesChange.difference ?? 0) > 0,
    });
    previous = counts;
  }
  return result;
}
