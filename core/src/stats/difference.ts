import type { Interval } from './intervals.ts';
import { npsUnitVariance } from './intervals.ts';
import { twoSidedP, zForConfidence } from './normal.ts';
import type { NpsSample } from './tally.ts';

/** Why a comparison could not be tested: a side without responses, or no variance at all on either side. */
export type NotTestableReason = 'empty' | 'zero-variance';

/**
 * The result of a two-sided z-test between two independent groups. When it cannot be tested,
 * `testable` is false, `reason` says why, and z, p, the standard error and interval are null.
 */
export interface Comparison {
  /** after - before (points for NPS, percentage points for shares); null when a side is empty. */
  difference: number | null;
  standardError: number | null;
  interval: Interval | null;
  z: number | null;
  p: number | null;
  significant: boolean;
  testable: boolean;
  reason: NotTestableReason | null;
}

function notTestable(difference: number | null, reason: NotTestableReason): Comparison {
  return { difference, standardError: null, interval: null, z: null, p: null, significant: false, testable: false, reason };
}

function zTest(difference: number, standardError: number, options: { confidence: number; significance: number }): Comparison {
  const z = difference / standardError;
  const p = twoSidedP(z);
  const half = zForConfidence(options.confidence) * standardError;
  return {
    difference,
    standardError,
    interval: [difference - half, difference + half],
    z,
    p,
    significant: p < options.significance,
    testable: true,
    reason: null,
  };
}

function varianceOfNps(sample: NpsSample): number {
  return npsUnitVariance(sample.promoters / sample.n, sample.detractors / sample.n) / sample.n;
}

/**
 * NPS(after) - NPS(before) for independent samples, in points: SE = sqrt(V1 + V2) with
 * V = (p+ + p- - (p+ - p-)²)/n, z = difference / SE, two-sided p. Weighted samples carry their
 * effective n, which makes this the Kish-corrected test.
 */
export function compareNps(
  before: NpsSample,
  after: NpsSample,
  options: { confidence?: number; significance?: number } = {},
): Comparison {
  const resolved = { confidence: options.confidence ?? 0.95, significance: options.significance ?? 0.05 };
  if (!(before.n > 0) || !(after.n > 0)) return notTestable(null, 'empty');
  const difference = ((after.promoters - after.detractors) / after.n - (before.promoters - before.detractors) / before.n) * 100;
  const standardError = Math.sqrt(varianceOfNps(before) + varianceOfNps(after)) * 100;
  if (!(standardError > 0)) return notTestable(difference, 'zero-variance');
  return zTest(difference, standardError, resolved);
}

/**
 * Share(after) - share(before) in percentage points, with the pooled two-proportion z-test
 * (the classical test of H0: equal shares; the interval uses the unpooled standard error).
 */
export function compareProportions(
  before: { successes: number; n: number },
  after: { successes: number; n: number },
  options: { confidence?: number; significance?: number } = {},
): Comparison {
  const resolved = { confidence: options.confidence ?? 0.95, significance: options.significance ?? 0.05 };
  if (!(before.n > 0) || !(after.n > 0)) return notTestable(null, 'empty');
  const shareBefore = before.successes / before.n;
  const shareAfter = after.successes / after.n;
  const difference = (shareAfter - shareBefore) * 100;
  const pooled = (before.successes + after.successes) / (before.n + after.n);
  const pooledError = Math.sqrt(Math.max(0, pooled * (1 - pooled)) * (1 / before.n + 1 / after.n)) * 100;
  if (!(pooledError > 0)) return notTestable(difference, 'zero-variance');
  const result = zTest(difference, pooledError, resolved);
  const unpooledError = Math.sqrt((shareBefore * (1 - shareBefore)) / before.n + (shareAfter * (1 - shareAfter)) / after.n) * 100;
  const half = zForConfidence(resolved.confidence) * unpooledError;
  return { ...result, interval: [difference - half, difference + half] };
}
