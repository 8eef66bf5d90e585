// The data pipeline alone: config, parsers, ingestion, issues, statistics, themes and redaction.
// The command line imports this entry (`@nps-pages/core/pipeline`): loading the whole core (report
// models, charts, search, editor) doubled its start-up, measured at 0.5-0.8 s before a row was read.
export {
  type Action,
  type ActionContext,
  type ActionSource,
  type ActionsReading,
  actionContextOf,
  isActionPath,
  parseAction,
  parseActions,
  type ReadActionsOptions,
  readActions,
} from './actions.ts';
export * from './data-set/index.ts';
export * from './editions/index.ts';
export { CONFIG_FILE_NAME } from './editor/document-kind.ts';
export {
  assignSources,
  type DataFiles,
  formatOf,
  type IngestOptions,
  type IngestSummary,
  ingest,
  plainSource,
} from './ingest.ts';
export {
  compareIssues,
  hasErrors,
  ISSUE_CATALOGUE,
  type Issue,
  type IssueCode,
  makeIssue,
  type Severity,
  type Span,
} from './issues.ts';
export { createMemoryDataFiles, type MemoryDataFilesOptions } from './memory-files.ts';
export { type ConfigReading, parseConfig } from './parse/config.ts';
export { createCsvParser } from './parse/csv.ts';
export { type CsvRowView, CsvTokenizer } from './parse/csv-tokenizer.ts';
export { dateFormatProblem } from './parse/date-format.ts';
export { createDateReader, type DateReader, type DateReaderOptions, type DateReading } from './parse/dates.ts';
export { type ChunkSource, type DecodeOptions, decodeChunks, readBytes, readText } from './parse/decode.ts';
export { detectDelimiter } from './parse/detect-delimiter.ts';
export { type FrontMatterReading, parseFrontMatter } from './parse/front-matter.ts';
export { IdRegistry } from './parse/id-registry.ts';
export { parseJsonResponses } from './parse/json.ts';
export { parseWorkbookResponses, type WorkbookParserOptions } from './parse/xlsx.ts';
export {
  readWorkbookRows,
  streamWorkbookRows,
  type WorkbookCell,
  type WorkbookReading,
  type WorkbookRow,
  type WorkbookRowsOptions,
  type WorkbookStreamEnd,
} from './parse/xlsx-rows.ts';
export {
  ACTION_STATUSES,
  type ActionFrontMatter,
  type ActionStatus,
  actionFrontMatterSchema,
  isoDaySchema,
} from './schema/action.ts';
export {
  CANONICAL_FIELDS,
  type CanonicalField,
  configSchema,
  ENCODINGS,
  type Encoding,
  type IntervalMethod,
  type NpsConfig,
  type Period,
  type SegmentConfig,
  type SourceConfig,
  sourceSchema,
  type ThemeConfig,
} from './schema/config.ts';
export {
  EDITION_STATUSES,
  type EditionFrontMatter,
  type EditionStatus,
  editionFrontMatterSchema,
  isEditionPath,
  PERIOD_KEY,
} from './schema/edition.ts';
export { configJsonSchema } from './schema/json-schema.ts';
export { type ConfigText, localizedTextSchema, type TextLocale, textIn } from './schema/localized-text.ts';
export { type NpsResponse, responseSchema } from './schema/response.ts';
export * from './stats/index.ts';
export { foldText } from './text/fold.ts';
export { LineIndex } from './text/line-index.ts';
export { type PluralForms, type PluralLocale, plural, pluralEn, pluralForm } from './text/plural.ts';
export {
  containsPersonalData,
  REDACTION_PLACEHOLDERS,
  type Redaction,
  type RedactionLocale,
  type RedactOptions,
  redactText,
} from './text/redact.ts';
export { compileThemes, type ThemeMatcher, type ThemeRules } from './text/themes.ts';
