import type { AggregateReport, Comparison, IngestSummary, NpsSummary, Period } from '@nps-pages/core/pipeline';

/**
 * The JSON that `nps stats --json` prints: a stable contract for scripts, CI jobs and the site's
 * tests (which compare the overview page with it). Numbers are not rounded; null means "no
 * estimate" (an empty group), never NaN.
 */
export interface StatsJson extends GroupJson {
  ci95: { low: number; high: number; method: 'adjusted-wald'; confidence: 0.95 } | null;
  intervals: { wald: Interval | null; adjustedWald: Interval | null; score: Interval | null };
  /** The interval the config asks reports to show (the same as ci95 with the defaults). */
  ci: NpsSummary['ci'];
  weighted?: { nps: number | null; effectiveN: number; ci: NpsSummary['ci']; shares: NpsSummary['shares'] };
  periods?: PeriodJson[];
  segments?: { field: string; values: SegmentValueJson[]; missing: (GroupJson & { ci: NpsSummary['ci'] }) | null };
  files: { path: string; source: string; responses: number }[];
  /** Rows left out of every figure that are not errors: partial answers with no score. */
  excluded: { missingScore: number };
}

type Interval = readonly [number, number];

interface GroupJson {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  shares: NpsSummary['shares'];
  nps: number | null;
  standardError: number | null;
}

interface PeriodJson extends GroupJson {
  period: string;
  from: string;
  to: string;
  ci: NpsSummary['ci'];
  change: Pick<Comparison, 'difference' | 'standardError' | 'z' | 'p' | 'significant' | 'testable'> | null;
}

interface SegmentValueJson extends GroupJson {
  value: string;
  ci: NpsSummary['ci'];
  smallSample: boolean;
}

export interface StatsJsonInput {
  report: AggregateReport;
  /** The overall summary at 95% with the adjusted Wald interval. */
  at95: NpsSummary;
  /** The weighted overall summary, when the data carries weights. */
  weighted?: NpsSummary;
  by?: Period;
  segment?: string;
  summary: IngestSummary | undefined;
}

function group(summary: NpsSummary): GroupJson {
  const { n, promoters, passives, detractors, shares, nps, standardError } = summary;
  return { n, promoters, passives, detractors, shares, nps, standardError };
}

export function toStatsJson(input: StatsJsonInput): StatsJson {
  const { report, at95 } = input;
  const overall = report.overall;
  const json: StatsJson = {
    ...group(overall),
    // The contract's adjusted Wald as computed, even where it leaves out the estimate; `ci` (the
    // interval the site shows) has the score interval standing in there, with `replaces`.
    ci95: at95.intervals.adjustedWald
      ? { low: at95.intervals.adjustedWald[0], high: at95.intervals.adjustedWald[1], method: 'adjusted-wald', confidence: 0.95 }
      : null,
    intervals: at95.intervals,
    ci: overall.ci,
    files: input.summary?.files ?? [],
    excluded: { missingScore: input.summary?.excluded.missingScore ?? 0 },
  };
  if (input.weighted) {
    const { nps, effectiveN, ci, shares } = input.weighted;
    json.weighted = { nps, effectiveN, ci, shares };
  }
  if (input.by) {
    json.periods = report.periods.map((period) => ({
      period: period.key,
      from: period.first,
      to: period.last,
      ...group(period),
      ci: period.ci,
      change: period.change && {
        difference: period.change.difference,
        standardError: period.change.standardError,
        z: period.change.z,
        p: period.change.p,
        significant: period.change.significant,
        testable: period.change.testable,
      },
    }));
  }
  const segment = report.segments.find((candidate) => candidate.field === input.segment);
  if (segment) {
    json.segments = {
      field: segment.field,
      values: segment.values.map((value) => ({
        value: value.value,
        ...group(value),
        ci: value.ci,
        smallSample: value.smallSample,
      })),
      // The responses without the field: shown apart, with their interval, never ranked (one rule with the site).
      missing: segment.missing && { ...group(segment.missing), ci: segment.missing.ci },
    };
  }
  return json;
}
