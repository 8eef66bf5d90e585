import type { NpsSample } from './tally.ts';

/** A confidence interval [low, high]. NPS intervals are in points (-100..100), share intervals in percent. */
export type Interval = readonly [low: number, high: number];

/**
 * Per-response variance of the NPS estimator on the -1..1 scale: each response scores +1, 0 or -1,
 * so Var = E[X²] - E[X]² = p+ + p- - (p+ - p-)².
 */
export function npsUnitVariance(promoterShare: number, detractorShare: number): number {
  const difference = promoterShare - detractorShare;
  // Rounding can push a true 0 (all one category) a hair below zero.
  return Math.max(0, promoterShare + detractorShare - difference * difference);
}

/** Standard error of the NPS in points, or null for an empty sample. */
export function npsStandardError(sample: NpsSample): number | null {
  if (!(sample.n > 0)) return null;
  return Math.sqrt(npsUnitVariance(sample.promoters / sample.n, sample.detractors / sample.n) / sample.n) * 100;
}

function clipPoints(low: number, high: number): Interval {
  return [Math.max(-100, low), Math.min(100, high)];
}

/**
 * Wald: NPS ± z·sqrt((p+ + p- - (p+ - p-)²)/n). Clipped to [-100, 100], since small samples
 * otherwise overshoot. Degenerate (zero width) when every answer is in one category.
 */
export function waldInterval(sample: NpsSample, z: number): Interval | null {
  if (!(sample.n > 0)) return null;
  const promoterShare = sample.promoters / sample.n;
  const detractorShare = sample.detractors / sample.n;
  const center = promoterShare - detractorShare;
  const half = z * Math.sqrt(npsUnitVariance(promoterShare, detractorShare) / sample.n);
  return clipPoints((center - half) * 100, (center + half) * 100);
}

/**
 * Adjusted Wald (Rocks 2016, "Interval estimation for the net promoter score", The American
 * Statistician 70(4)): add 3/4 promoter, 3/2 passive and 3/4 detractor pseudo-responses (n + 3),
 * then Wald on the adjusted proportions, clipped to [-100, 100]. The interval is centred on the
 * adjusted estimate, which is pulled towards 0: with n = 1 it can exclude the observed ±100.
 */
export function adjustedWaldInterval(sample: NpsSample, z: number): Interval | null {
  if (!(sample.n > 0)) return null;
  const n = sample.n + 3;
  return waldInterval({ n, promoters: sample.promoters + 0.75, detractors: sample.detractors + 0.75 }, z) as Interval;
}

/**
 * Wilson's score interval for one proportion (successes out of n), in percent. Never degenerate:
 * 0 of 20 still gives [0, 16.1].
 */
export function wilsonInterval(successes: number, n: number, z: number): Interval | null {
  if (!(n > 0)) return null;
  const share = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const center = (share + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt(Math.max(0, (share * (1 - share)) / n + z2 / (4 * n * n)));
  // At 0 or n successes the bound is exactly 0 or 100 in theory; rounding would leave 1e-15.
  const low = successes <= 0 ? 0 : Math.max(0, center - half);
  const high = successes >= n ? 1 : Math.min(1, center + half);
  return [low * 100, high * 100];
}
