import type { NpsResponse } from '../schema/response.ts';
import { buildActions } from './actions.ts';
import { attachVerbatims, type TallyReport } from './attach-verbatims.ts';
import { createCommentCollector } from './comment-collector.ts';
import { type BuildReportInput, type ReportContext, resolveContext } from './context.ts';
import { buildMeta, buildMethodology } from './meta.ts';
import { buildMigration } from './migration.ts';
import type { Report } from './model.ts';
import { buildOverview } from './overview.ts';
import { withResolvedPeriod } from './rebucket.ts';
import { buildSegments } from './segments.ts';
import { applyMentions, createCollection, type ReportCollection, responseFolder } from './tally-collection.ts';
import type { ThemeMentions } from './theme-mentions.ts';
import { buildThemes } from './themes.ts';
import type { DayRange } from './trend.ts';
import type { CommentSource } from './verbatim-collector.ts';
import { buildVerbatims, segmentSlugs } from './verbatims.ts';

/**
 * The report, in three phases:
 * 1. resolve: the config's settings, the locale, the pinned day (context.ts);
 * 2. collect: one pass over the responses into tallies (collect.ts), the commented ones also into
 *    theme mentions and redacted cards (comment-collector.ts), which a caller may collect on
 *    another thread;
 * 3. build: each page's model from the tallies, through the stats module (one file per page), then
 *    the verbatims in their places (attach-verbatims.ts).
 * Pure and deterministic: the same responses in any order give the same JSON.
 */
export function buildReport(input: BuildReportInput): Report {
  const builder = createReportBuilder(input);
  for (const response of input.responses) builder.add(response);
  return builder.finish(input.files);
}

/** The report of responses given one at a time (as a parser yields them), finished with `finish()`. */
export interface ReportBuilder {
  add(response: NpsResponse): void;
  /** The report; `files` are the data files' fingerprints, known once every file was read. */
  finish(files?: BuildReportInput['files']): Report;
}

export function createReportBuilder(input: Omit<BuildReportInput, 'responses' | 'files'>): ReportBuilder {
  const tallies = createTallyBuilder(input, (source) => comments.add(source));
  const comments = createCommentCollector(tallies.context, input.actions ?? []);
  return {
    add: tallies.add,
    finish: (files) => {
      const tally = tallies.finish(comments.mentions(), files);
      return attachVerbatims(tally, comments.finish(tally.slugs), tallies.context);
    },
  };
}

/**
 * The tallies' half of a report builder: each commented response goes to `onComment` (for a
 * CommentCollector, here or on another thread); `finish()` takes that collector's theme mentions
 * and gives the report without its verbatims, which attachVerbatims puts in.
 */
export interface TallyBuilder {
  /** The resolved settings, which the comment side needs too. */
  context: ReportContext;
  add(response: NpsResponse): void;
  finish(mentions: ThemeMentions, files?: BuildReportInput['files']): TallyReport;
}

export function createTallyBuilder(
  input: Omit<BuildReportInput, 'responses' | 'files'>,
  onComment: (source: CommentSource) => void,
): TallyBuilder {
  const context = resolveContext(input);
  const collection = createCollection(context, input.actions ?? []);
  const add = responseFolder(collection, onComment);
  return {
    context,
    add,
    finish: (mentions, files) => {
      applyMentions(collection, mentions);
      return finishTallies(collection, { ...input, ...(files ? { files } : {}) });
    },
  };
}

function finishTallies(folded: ReportCollection, input: Omit<BuildReportInput, 'responses'>): TallyReport {
  // `site.period: auto` is resolved here, before the first figure: every page reads one bucket.
  const collection = withResolvedPeriod(folded);
  const { context } = collection;
  const actions = input.actions ?? [];
  const range: DayRange | null =
    collection.from !== null && collection.to !== null ? { from: collection.from, to: collection.to } : null;
  const slugs = segmentSlugs(collection);
  const segments = buildSegments({ collection, slugs, range }, context);
  const overview = buildOverview({ collection, segments, actions, range }, context);
  const report: Report = {
    meta: buildMeta(collection, context, { now: input.now, files: input.files }),
    overview,
    segments,
    themes: buildThemes(
      { tallies: collection.main.themes, mentionsByPeriod: collection.mentionsByPeriod, trend: overview.trend, actions },
      context,
    ),
    verbatims: buildVerbatims([], context.locale),
    actions: buildActions(collection.actions, context, { slugs, lastDay: collection.to }),
    migration: buildMigration(collection.main.aggregate),
    // "Weighted" in the methodology when the estimates really used weights (the data carries some).
    methodology: { ...buildMethodology(context), weighted: overview.nps.weighted },
  };
  return { report, slugs };
}
