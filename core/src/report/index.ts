// The public API of this module (re-exported by core/src/index.ts as a whole).

export { buildActions } from './actions.ts';
export { buildReport, createReportBuilder, type ReportBuilder } from './build.ts';
export {
  type ActionCollection,
  actionWindows,
  type CollectedVerbatim,
  collectResponses,
  createCollection,
  type GroupCollection,
  type ReportCollection,
} from './collect.ts';
export { type BuildReportInput, type ReportContext, resolveContext } from './context.ts';
export { type CsvCell, type CsvColumn, type CsvOptions, type JsonOptions, neutralizeFormula, toCsv, toJson } from './csv.ts';
export { reportDownloads } from './downloads.ts';
export { hash64 } from './hash.ts';
export { buildMeta, buildMethodology } from './meta.ts';
export { buildMigration } from './migration.ts';
export type * from './model.ts';
export { buildOverview, type OverviewInput } from './overview.ts';
export { buildSegments, type SegmentsInput, segmentHighlights } from './segments.ts';
export { slugify, uniqueSlugs } from './slug.ts';
export { buildThemes, PRIORITY_EASE, type ThemesInput, themeSummaries, topThemes } from './themes.ts';
export { type DayRange, lastCompleteIndex } from './trend.ts';
export {
  buildVerbatims,
  DEFAULT_REPLY_PLAYBOOK,
  recentByCategory,
  replyPlaybook,
  type SegmentSlugs,
  segmentSlugs,
  verbatimCards,
} from './verbatims.ts';
