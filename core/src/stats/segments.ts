import type { NpsResponse } from '../schema/response.ts';
import { compareKeys } from './breakdown.ts';
import { resolveStatsOptions, type StatsOptions } from './options.ts';
import { type NpsSummary, summarize } from './summary.ts';
import { addToTally, createTally, type Tally } from './tally.ts';

/**
 * Per segment field, a tally per value, plus one tally of the responses that lack the field
 * (the record reader leaves an absent or empty cell out of `segments`).
 */
export interface SegmentTallies {
  readonly fields: readonly string[];
  readonly values: Map<string, Map<string, Tally>>;
  readonly missing: Map<string, Tally>;
}

export function createSegmentTallies(fields: readonly string[]): SegmentTallies {
  return {
    fields: [...fields],
    values: new Map(fields.map((field) => [field, new Map<string, Tally>()])),
    missing: new Map(fields.map((field) => [field, createTally()])),
  };
}

export function addToSegments(
  tallies: SegmentTallies,
  response: Pick<NpsResponse, 'score' | 'weight' | 'segments'>,
): SegmentTallies {
  for (const field of tallies.fields) {
    const value = response.segments[field];
    let tally: Tally | undefined;
    if (value === undefined) tally = tallies.missing.get(field);
    else {
      const byValue = tallies.values.get(field);
      tally = byValue?.get(value);
      if (!tally && byValue) {
        tally = createTally();
        byValue.set(value, tally);
      }
    }
    if (tally) addToTally(tally, response.score, response.weight);
  }
  return tallies;
}

export interface SegmentValueSummary extends NpsSummary {
  value: string;
  /** n < smallSample: the estimate is too unstable to rank or compare. */
  smallSample: boolean;
}

export interface SegmentSummary {
  field: string;
  /** Sorted by n descending, then value (code-unit order). */
  values: SegmentValueSummary[];
  /**
   * The responses without this field, kept apart rather than as a fake value (a real value could
   * be spelt '(none)'): values plus missing account for every response. Null when none lacks it.
   */
  missing: NpsSummary | null;
}

export function summarizeSegments(tallies: SegmentTallies, options: StatsOptions = {}): SegmentSummary[] {
  const resolved = resolveStatsOptions(options);
  return tallies.fields.map((field) => {
    const values = [...(tallies.values.get(field) ?? [])]
      .map(([value, tally]) => {
        const summary = summarize(tally, resolved);
        return { value, ...summary, smallSample: summary.n < resolved.smallSample };
      })
      .sort((a, b) => b.n - a.n || compareKeys(a.value, b.value));
    const missingTally = tallies.missing.get(field);
    const hasMissing = missingTally !== undefined && missingTally.promoters + missingTally.passives + missingTally.detractors > 0;
    return { field, values, missing: hasMissing ? summarize(missingTally, resolved) : null };
  });
}
