// nps init: the first reading of a team's raw export (format, header rows, delimiter, each column's
// field and why), as pure functions over decoded text or a workbook's rows.
export { analyzeExport, type ExportAnalysis, guessLocale, type InitMapping, resolveMapping } from './analyze.ts';
export { type Candidate, MAPPED_FIELDS, type MappedField, type SegmentProposal } from './choose.ts';
export type { ColumnKind, ColumnVerdict } from './classify.ts';
export { buildConfigDocument, type InitDocumentOptions, type InitSource } from './config-document.ts';
export { type DateInference, inferDateFormat } from './infer-date-format.ts';
export { readExportTable } from './read-export.ts';
export {
  detectExportFormat,
  type ExportTable,
  looksLikeJson,
  readCsvRows,
  readJsonTable,
  SAMPLE_ROWS,
  tableFromRows,
} from './table.ts';
