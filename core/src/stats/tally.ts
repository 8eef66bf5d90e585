import { categoryOf } from './categories.ts';

/**
 * The whole statistical state of a group of responses: counts per category and the weight sums
 * that weighted estimates and Kish's effective n need. Responses are folded into it as they are
 * read, so aggregating a million responses holds a few numbers, not a million objects.
 * Mutable on purpose: `addToTally` is on the hot path of ingestion.
 */
export interface Tally {
  promoters: number;
  passives: number;
  detractors: number;
  promoterWeight: number;
  passiveWeight: number;
  detractorWeight: number;
  /** Σw², the denominator of Kish's effective sample size (Σw)² / Σw². */
  squaredWeight: number;
}

/**
 * What every interval and test reads: a sample size and the promoter and detractor counts.
 * For weighted data these are effective counts (n = Kish's n_eff, counts = weighted share × n_eff),
 * so they need not be integers.
 */
export interface NpsSample {
  n: number;
  promoters: number;
  detractors: number;
}

export function createTally(): Tally {
  return { promoters: 0, passives: 0, detractors: 0, promoterWeight: 0, passiveWeight: 0, detractorWeight: 0, squaredWeight: 0 };
}

/** Folds one response in. A missing weight counts as 1, so unweighted data gives n_eff = n. */
export function addToTally(tally: Tally, score: number, weight = 1): Tally {
  const category = categoryOf(score);
  if (category === 'promoter') {
    tally.promoters += 1;
    tally.promoterWeight += weight;
  } else if (category === 'passive') {
    tally.passives += 1;
    tally.passiveWeight += weight;
  } else {
    tally.detractors += 1;
    tally.detractorWeight += weight;
  }
  tally.squaredWeight += weight * weight;
  return tally;
}

/** Adds `source` into `target` (mutating it) and returns it. */
export function addTallyInto(target: Tally, source: Tally): Tally {
  target.promoters += source.promoters;
  target.passives += source.passives;
  target.detractors += source.detractors;
  target.promoterWeight += source.promoterWeight;
  target.passiveWeight += source.passiveWeight;
  target.detractorWeight += source.detractorWeight;
  target.squaredWeight += source.squaredWeight;
  return target;
}

/** Removes `source` from `target` (mutating it): the other half of a sliding window. */
export function subtractTallyFrom(target: Tally, source: Tally): Tally {
  target.promoters -= source.promoters;
  target.passives -= source.passives;
  target.detractors -= source.detractors;
  target.promoterWeight -= source.promoterWeight;
  target.passiveWeight -= source.passiveWeight;
  target.detractorWeight -= source.detractorWeight;
  target.squaredWeight -= source.squaredWeight;
  // Float sums do not cancel exactly: an emptied category must weigh exactly 0, not 1e-16.
  if (target.promoters === 0) target.promoterWeight = 0;
  if (target.passives === 0) target.passiveWeight = 0;
  if (target.detractors === 0) target.detractorWeight = 0;
  if (target.promoters + target.passives + target.detractors === 0) target.squaredWeight = 0;
  return target;
}

/** A new tally holding both: tallies of disjoint groups merge into the tally of their union. */
export function mergeTallies(...tallies: readonly Tally[]): Tally {
  const merged = createTally();
  for (const tally of tallies) addTallyInto(merged, tally);
  return merged;
}

export function tallyCount(tally: Tally): number {
  return tally.promoters + tally.passives + tally.detractors;
}

export function tallyOf(responses: Iterable<{ score: number; weight?: number | undefined }>): Tally {
  const tally = createTally();
  for (const response of responses) addToTally(tally, response.score, response.weight);
  return tally;
}

/**
 * The sample the estimators read. Weighted: proportions are weight shares and n is Kish's
 * effective n = (Σw)² / Σw², the size of an unweighted sample with the same variance.
 */
export function sampleOf(tally: Tally, options: { weighted?: boolean } = {}): NpsSample {
  const n = tallyCount(tally);
  // Counts decide emptiness: a sliding window may leave weight sums at 1e-13 instead of 0.
  if (!options.weighted || n === 0) return { n, promoters: tally.promoters, detractors: tally.detractors };
  const totalWeight = tally.promoterWeight + tally.passiveWeight + tally.detractorWeight;
  if (!(totalWeight > 0) || !(tally.squaredWeight > 0)) return { n: 0, promoters: 0, detractors: 0 };
  const effectiveN = (totalWeight * totalWeight) / tally.squaredWeight;
  return {
    n: effectiveN,
    promoters: (tally.promoterWeight / totalWeight) * effectiveN,
    detractors: (tally.detractorWeight / totalWeight) * effectiveN,
  };
}

/** NPS in points (-100..100), or null for an empty sample: never NaN. */
export function npsOf(sample: NpsSample): number | null {
  if (!(sample.n > 0)) return null;
  return ((sample.promoters - sample.detractors) / sample.n) * 100;
}

/** True when some response had a weight other than 1 (an absent weight counts as 1). */
export function carriesWeights(tally: Tally): boolean {
  const n = tallyCount(tally);
  return tally.promoterWeight + tally.passiveWeight + tally.detractorWeight !== n || tally.squaredWeight !== n;
}
