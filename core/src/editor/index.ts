// What an editor (the VS Code extension) needs from core beyond the parsers: pure functions of text
// and core data, no editor API. Validate an open file, apply an edit, place issues, offer fixes,
// describe a cell, summarise a file, and build the preview's data.
export {
  applyCsvChange,
  type CsvDocumentInput,
  type CsvDocumentState,
  isPlainRowEdit,
  parseCsvDocument,
  type TextChange,
} from './csv-document.ts';
export { replacementCharacterIssue } from './decoding-check.ts';
export { CONFIG_FILE_NAME, type DocumentKind, dataPathOf, documentKindOf } from './document-kind.ts';
export { type EditionTemplateInput, editionTemplate, previousPeriodKey } from './edition-template.ts';
export { fieldOfHeader, type HoverInput, type HoverResult, hoverAt } from './hover.ts';
export {
  buildPreviewModel,
  type PreviewInput,
  type PreviewModel,
  type PreviewTrendPoint,
  type PreviewVerbatim,
} from './preview-model.ts';
export { type QuickFix, type QuickFixContext, quickFixesFor } from './quick-fixes.ts';
export { type EditorPosition, type EditorRange, offsetAt, spanOffsets, toEditorRange } from './ranges.ts';
export { formatPieces, rewriteDate } from './rewrite-date.ts';
export {
  codeLensTitle,
  type EditorLocale,
  editorLocaleOf,
  formatCount,
  formatPoints,
  marginOf,
  npsHeadline,
  openPreviewLabel,
  statusBarText,
  statusBarTooltip,
  type TooltipScope,
} from './summary-text.ts';
export { escapeXml, type TrendSvgOptions, trendSvg } from './trend-svg.ts';
export { type DocumentValidation, type DocumentValidationInput, validateDocument } from './validate-document.ts';
