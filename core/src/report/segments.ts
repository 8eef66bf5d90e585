import { compareKeys } from '../stats/breakdown.ts';
import { type SegmentTallies, summarizeSegments } from '../stats/segments.ts';
import { summarize } from '../stats/summary.ts';
import type { ReportContext } from './context.ts';
import type { SegmentFieldModel, SegmentHighlight, SegmentValueRow } from './model.ts';
import { figureOf, localized, splitOf } from './stats-to-model.ts';
import type { ReportCollection } from './tally-collection.ts';
import { themeSummaries } from './themes.ts';
import { closedLoopModels, type DayRange, sharesOf, trendOf } from './trend.ts';
import type { SegmentSlugs } from './verbatims.ts';

export interface SegmentsInput {
  collection: ReportCollection;
  slugs: SegmentSlugs;
  range: DayRange | null;
}

/** The tallies of every declared field's values (their groups' overall tallies) and of the responses without it. */
function segmentTallies(collection: ReportCollection): SegmentTallies {
  const fields = [...collection.values.keys()];
  return {
    fields,
    values: new Map(
      fields.map((field) => [
        field,
        new Map([...(collection.values.get(field) ?? [])].map(([value, group]) => [value, group.aggregate.overall])),
      ]),
    ),
    missing: collection.missing,
  };
}

/** One model per declared segment field, in config order: the table, and a page per value. */
export function buildSegments(input: SegmentsInput, context: ReportContext): SegmentFieldModel[] {
  const { stats, config } = context;
  const summaries = summarizeSegments(segmentTallies(input.collection), stats);
  return config.segments.map((segment) => {
    const labels = localized(segment.label, segment.field);
    const summary = summaries.find((candidate) => candidate.field === segment.field);
    const slugs = input.slugs.get(segment.field) ?? new Map<string, string>();
    const groups = input.collection.values.get(segment.field) ?? new Map();
    const values: SegmentValueRow[] = (summary?.values ?? []).map((value) => ({
      field: segment.field,
      value: value.value,
      slug: slugs.get(value.value) as string,
      ...figureOf(value, stats),
    }));
    const pages = values.map((row) => {
      const group = groups.get(row.value);
      const overall = group ? summarize(group.aggregate.overall, stats) : null;
      return {
        field: row.field,
        value: row.value,
        slug: row.slug,
        fieldLabel: labels[context.locale],
        fieldLabels: labels,
        nps: overall ? figureOf(overall, stats) : row,
        split: overall ? splitOf(overall) : row,
        trend: group ? trendOf(group.aggregate, context, input.range) : [],
        shares: group ? sharesOf(group.aggregate, context, input.range) : [],
        themes: group ? themeSummaries(group.themes, context) : [],
        // Filled by attachVerbatims (the verbatims may be collected on another thread).
        recentVerbatims: { detractor: [], passive: [], promoter: [] },
        closedLoop: group ? closedLoopModels(group.aggregate, context) : [],
      };
    });
    return {
      field: segment.field,
      label: labels[context.locale],
      labels,
      values,
      missing: summary?.missing ? figureOf(summary.missing, stats) : null,
      pages,
    };
  });
}

/** Per field, the best and worst NPS among values with enough responses (ties: larger n, then value). */
export function segmentHighlights(fields: readonly SegmentFieldModel[]): SegmentHighlight[] {
  return fields.map((field) => {
    const ranked = field.values
      .filter((value) => !value.smallSample && value.nps !== null)
      .sort((a, b) => (b.nps as number) - (a.nps as number) || b.n - a.n || compareKeys(a.value, b.value));
    const best = ranked[0] ?? null;
    const worst = ranked.length >= 2 ? (ranked[ranked.length - 1] as SegmentValueRow) : null;
    return { field: field.field, label: field.label, labels: field.labels, best, worst };
  });
}
