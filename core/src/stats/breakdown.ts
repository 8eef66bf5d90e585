import type { Period } from '../schema/config.ts';
import { type Comparison, compareNps } from './difference.ts';
import { resolveStatsOptions, type StatsOptions } from './options.ts';
import { periodBounds, periodKeysBetween } from './periods.ts';
import { type NpsSummary, summarize } from './summary.ts';
import { addTallyInto, addToTally, createTally, sampleOf, type Tally } from './tally.ts';

/** Tallies keyed by any string (a period key, a segment value, a theme id, a day), fed one response at a time. */
export type Breakdown = Map<string, Tally>;

export function createBreakdown(): Breakdown {
  return new Map();
}

export function addToBreakdown(breakdown: Breakdown, key: string, score: number, weight?: number): Breakdown {
  let tally = breakdown.get(key);
  if (!tally) {
    tally = createTally();
    breakdown.set(key, tally);
  }
  addToTally(tally, score, weight);
  return breakdown;
}

/** A new breakdown holding both; the inputs are left untouched. */
export function mergeBreakdowns(...breakdowns: readonly Breakdown[]): Breakdown {
  const merged = createBreakdown();
  for (const breakdown of breakdowns) {
    for (const [key, tally] of breakdown) {
      const target = merged.get(key) ?? createTally();
      merged.set(key, addTallyInto(target, tally));
    }
  }
  return merged;
}

export interface KeyedSummary extends NpsSummary {
  key: string;
}

/**
 * Code-unit order, not locale order: the same bytes give the same report on every machine.
 * Period keys of one kind sort chronologically this way.
 */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Summaries sorted by key ('key') or by n descending then key ('size'). */
export function summarizeBreakdown(
  breakdown: Breakdown,
  options: StatsOptions & { order?: 'key' | 'size' } = {},
): KeyedSummary[] {
  const summaries = [...breakdown].map(([key, tally]) => ({ key, ...summarize(tally, options) }));
  if (options.order === 'size') return summaries.sort((a, b) => b.n - a.n || compareKeys(a.key, b.key));
  return summaries.sort((a, b) => compareKeys(a.key, b.key));
}

/** The days a period breakdown spans: `from`/`to` when given, else the first day of its first key and the last of its last. */
export function periodRange(breakdown: Breakdown, options: { from?: string; to?: string }): { from: string; to: string } | null {
  const keys = [...breakdown.keys()].sort(compareKeys);
  const from = options.from ?? periodBounds(keys[0] ?? '')?.first;
  const to = options.to ?? periodBounds(keys[keys.length - 1] ?? '')?.last;
  return from === undefined || to === undefined ? null : { from, to };
}

export interface PeriodSummary extends KeyedSummary {
  first: string;
  last: string;
  /** Against the previous period (independent samples); null for the first period. */
  change: Comparison | null;
}

/**
 * One summary per period from `from` to `to` (default: the first and last keys present), with
 * the empty periods in between (n = 0), each compared with the period before it.
 */
export function summarizePeriods(
  breakdown: Breakdown,
  options: StatsOptions & { period: Period; from?: string; to?: string },
): PeriodSummary[] {
  const resolved = resolveStatsOptions(options);
  const range = periodRange(breakdown, options);
  if (!range) return [];
  const { from, to } = range;
  const result: PeriodSummary[] = [];
  let previous: Tally | null = null;
  for (const key of periodKeysBetween(from, to, options.period)) {
    const tally = breakdown.get(key) ?? createTally();
    const bounds = periodBounds(key) ?? { first: from, last: to };
    const change = previous
      ? compareNps(sampleOf(previous, resolved), sampleOf(tally, resolved), {
          confidence: resolved.confidence,
          significance: resolved.significance,
        })
      : null;
    result.push({ key, first: bounds.first, last: bounds.last, ...summarize(tally, resolved), change });
    previous = tally;
  }
  return result;
}
