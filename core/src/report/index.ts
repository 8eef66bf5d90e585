// The public API of this module (re-exported by core/src/index.ts as a whole).

export { buildActions } from './actions.ts';
export { attachVerbatims, pickVerbatims, type TallyReport, type VerbatimPicks } from './attach-verbatims.ts';
export { buildReport, createReportBuilder, createTallyBuilder, type ReportBuilder, type TallyBuilder } from './build.ts';
export {
  type CommentBatch,
  type CommentBatchLayout,
  CommentPacker,
  commentBatchBuffers,
  commentBatchLayout,
  unpackComments,
} from './comment-batch.ts';
export { type CommentCollector, createCommentCollector } from './comment-collector.ts';
export { type BuildReportInput, type ReportContext, resolveContext } from './context.ts';
export {
  type CsvCell,
  type CsvColumn,
  type CsvOptions,
  type JsonOptions,
  neutralizeFormula,
  toCsv,
  toJson,
} from './download-format.ts';
export { reportDownloads } from './downloads.ts';
export { hash64 } from './hash.ts';
export { buildMeta, buildMethodology } from './meta.ts';
export { buildMigration } from './migration.ts';
export type * from './model.ts';
export { buildOverview, type OverviewInput } from './overview.ts';
export { buildSegments, type SegmentsInput, segmentHighlights } from './segments.ts';
export { slugify, uniqueSlugs } from './slug.ts';
export {
  type ActionCollection,
  actionWindows,
  createCollection,
  type GroupCollection,
  type ReportCollection,
} from './tally-collection.ts';
export type { ThemeMentions } from './theme-mentions.ts';
export { buildThemes, PRIORITY_EASE, type ThemesInput, themeSummaries, topThemes } from './themes.ts';
export { type DayRange, lastCompleteIndex } from './trend.ts';
export {
  type CommentSource,
  createVerbatimCollector,
  type RedactionCounts,
  type VerbatimCollector,
  type VerbatimPart,
} from './verbatim-collector.ts';
export {
  buildVerbatims,
  DEFAULT_REPLY_PLAYBOOK,
  recentByCategory,
  replyPlaybook,
  type SegmentSlugs,
  segmentSlugs,
} from './verbatims.ts';
