import type { Interval } from './intervals.ts';
import type { NpsSample } from './tally.ts';

/**
 * Tango's score interval, applied to the NPS as Rocks (2016) does. The NPS is p+ - p- from one
 * trinomial, exactly the difference of two marginal proportions of a paired 2x2 table whose
 * discordant cells are the promoters (b) and detractors (c) (Tango 1998, Statistics in Medicine
 * 17: 891-908). The interval is every Δ whose score statistic stays within ±z.
 */

/**
 * Restricted maximum-likelihood estimate of p- under p+ - p- = Δ: the non-negative root of
 * 2n·q² + (-P - D + (2n - P + D)Δ)·q - DΔ(1 - Δ) = 0 (Tango 1998, eq. 3).
 */
export function restrictedDetractorShare(sample: NpsSample, delta: number): number {
  const { n, promoters, detractors } = sample;
  const a = 2 * n;
  const b = -promoters - detractors + (2 * n - promoters + detractors) * delta;
  const c = -detractors * delta * (1 - delta);
  const discriminant = Math.max(0, b * b - 4 * a * c);
  const root = (Math.sqrt(discriminant) - b) / (2 * a);
  // The likelihood forces p- >= max(0, -Δ); keep rounding from stepping outside.
  return Math.max(root, 0, -delta);
}

/** Tango's score statistic for H0: NPS = Δ (on the -1..1 scale); decreasing in Δ. */
export function scoreStatistic(sample: NpsSample, delta: number): number {
  const { n, promoters, detractors } = sample;
  const detractorShare = restrictedDetractorShare(sample, delta);
  const numerator = promoters - detractors - n * delta;
  const variance = n * (2 * detractorShare + delta * (1 - delta));
  if (!(variance > 0)) {
    if (numerator > 0) return Number.POSITIVE_INFINITY;
    if (numerator < 0) return Number.NEGATIVE_INFINITY;
    return 0;
  }
  return numerator / Math.sqrt(variance);
}

/** Bisection: robust where the statistic jumps to ±∞ at Δ = ±1, and 60 halvings reach 1e-16. */
function crossing(sample: NpsSample, target: number, from: number, to: number): number {
  // Invariant: statistic(from) - target and statistic(to) - target have opposite signs.
  const fromAbove = scoreStatistic(sample, from) > target;
  let low = from;
  let high = to;
  for (let step = 0; step < 200 && Math.abs(high - low) > 1e-15; step++) {
    const middle = (low + high) / 2;
    if (scoreStatistic(sample, middle) > target === fromAbove) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/**
 * Both ends solve |T(Δ)| = z on either side of the estimate. When every answer is a promoter the
 * upper end is exactly 100 (T(1) is 0/0 there, not a crossing) and the lower end stays below it.
 */
export function scoreInterval(sample: NpsSample, z: number): Interval | null {
  if (!(sample.n > 0)) return null;
  const estimate = Math.min(1, Math.max(-1, (sample.promoters - sample.detractors) / sample.n));
  const low = estimate <= -1 ? -1 : crossing(sample, z, -1, estimate);
  const high = estimate >= 1 ? 1 : crossing(sample, -z, estimate, 1);
  return [Math.max(-100, low * 100), Math.min(100, high * 100)];
}
