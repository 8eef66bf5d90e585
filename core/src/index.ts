// The public face of core: read, parse, validate, aggregate. Environment-free (Node, browsers,
// VS Code web workers): effects such as file access are passed in by the adapters.

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
export { detectDelimiter } from './parse/detect-delimiter.ts';
export { type FrontMatterReading, parseFrontMatter } from './parse/front-matter.ts';
export { IdRegistry } from './parse/id-registry.ts';
export { parseJsonResponses } from './parse/json.ts';
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
  type IntervalMethod,
  type NpsConfig,
  type Period,
  type SegmentConfig,
  type SourceConfig,
  sourceSchema,
  type ThemeConfig,
} from './schema/config.ts';
export { configJsonSchema } from './schema/json-schema.ts';
export { type NpsResponse, responseSchema } from './schema/response.ts';
export * from './stats/index.ts';
export { foldText } from './text/fold.ts';
export { LineIndex } from './text/line-index.ts';
export {
  containsPersonalData,
  REDACTION_PLACEHOLDERS,
  type Redaction,
  type RedactionLocale,
  type RedactOptions,
  redactText,
} from './text/redact.ts';
export { compileThemes, type ThemeMatcher, type ThemeRules } from './text/themes.ts';
export * from './report/index.ts';
export * from './charts/index.ts';
export * from './search/index.ts';
export * from './editor/index.ts';
export {
  EDITION_STATUSES,
  type EditionFrontMatter,
  type EditionStatus,
  editionFrontMatterSchema,
  isEditionPath,
  PERIOD_KEY,
} from './schema/edition.ts';
