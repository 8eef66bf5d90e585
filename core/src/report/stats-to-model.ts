import { type ConfigText, textIn } from '../schema/localized-text.ts';
import type { ClosedLoopSummary } from '../stats/closed-loop.ts';
import type { Comparison } from '../stats/difference.ts';
import { holmAdjust } from '../stats/holm.ts';
import { type Interval, wilsonInterval } from '../stats/intervals.ts';
import { zForConfidence } from '../stats/normal.ts';
import type { ResolvedStatsOptions } from '../stats/options.ts';
import type { NpsSummary } from '../stats/summary.ts';
import type {
  ChangeModel,
  ClosedLoopModel,
  IntervalKind,
  LocalizedText,
  NpsFigure,
  ReportInterval,
  ReportLocale,
  ShareModel,
  Split,
  Verdict,
} from './model.ts';

/**
 * From the stats module's results to the view models: the numbers are copied, never recomputed;
 * what is added is what a page needs to print them honestly (interval method and level, verdict).
 */

export function intervalOf(interval: Interval | null, method: IntervalKind, confidence: number): ReportInterval | null {
  return interval ? { low: interval[0], high: interval[1], method, confidence } : null;
}

export function verdictOf(comparison: Pick<Comparison, 'testable' | 'difference' | 'significant'>): Verdict {
  if (!comparison.testable || comparison.difference === null) return 'not-testable';
  if (!comparison.significant) return 'within-noise';
  return comparison.difference > 0 ? 'significant-rise' : 'significant-fall';
}

export function changeOf(comparison: Comparison, confidence: number): ChangeModel {
  return {
    difference: comparison.difference,
    standardError: comparison.standardError,
    interval: intervalOf(comparison.interval, 'wald-difference', confidence),
    z: comparison.z,
    p: comparison.p,
    significant: comparison.significant,
    testable: comparison.testable,
    reason: comparison.reason,
    verdict: verdictOf(comparison),
  };
}

/**
 * A family of changes shown together, adjusted by Holm's procedure at `significance`: the flag and the
 * verdict follow the adjusted p-value, the raw one stays in `p`. Not testable changes are not in the family.
 */
export function adjustFamily(changes: readonly ChangeModel[], significance: number): ChangeModel[] {
  const holm = holmAdjust(
    changes.map((change) => (change.testable ? change.p : null)),
    significance,
  );
  return changes.map((change, index) => {
    const adjusted = { ...change, significant: holm.significant[index] === true };
    return { ...adjusted, verdict: verdictOf(adjusted), adjusted: { p: holm.adjusted[index] ?? null, family: holm.family } };
  });
}

export function splitOf(summary: NpsSummary): Split {
  const { n, promoters, passives, detractors, shares } = summary;
  return { n, promoters, passives, detractors, shares: shares && { ...shares } };
}

export function figureOf(summary: NpsSummary, options: Pick<ResolvedStatsOptions, 'smallSample'>): NpsFigure {
  return {
    ...splitOf(summary),
    nps: summary.nps,
    ci: summary.ci && { ...summary.ci },
    standardError: summary.standardError,
    weighted: summary.weighted,
    effectiveN: summary.effectiveN,
    smallSample: summary.n < options.smallSample,
  };
}

/** A share of `count` among `n` responses with its Wilson interval (percent). */
export function shareModel(count: number, n: number, confidence: number): ShareModel {
  return {
    count,
    n,
    share: n > 0 ? (count / n) * 100 : null,
    interval: intervalOf(wilsonInterval(count, n, zForConfidence(confidence)), 'wilson', confidence),
  };
}

export function closedLoopOf(summary: ClosedLoopSummary, confidence: number): ClosedLoopModel {
  return {
    category: summary.category,
    responses: summary.responses,
    answered: summary.answered,
    answeredShare: summary.answeredShare,
    interval: intervalOf(summary.interval, 'wilson', confidence),
    medianHours: summary.medianHours,
    negativeDurations: summary.negativeDurations,
  };
}

/** A config text in both languages: one string for both, or { fr, en } where a missing language takes the other's. */
export function localized(text: ConfigText | undefined, fallback: string): LocalizedText {
  if (text === undefined) return { fr: fallback, en: fallback };
  return { fr: textIn(text, 'fr'), en: textIn(text, 'en') };
}

export function pick(text: LocalizedText, locale: ReportLocale): string {
  return text[locale];
}
