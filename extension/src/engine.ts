// The engine: every part of core the extension runs (parsers, zod schemas, statistics, preview
// models). It is the heavy half of the extension (zod schema construction, yaml, the date and
// theme tables are most of the time the bundle took to load) and is never imported by value
// outside engine-loader.ts (esbuild.mjs fails the build when the entry holds any of core): the entry
// VS Code loads holds the registrations only, and this module loads right after activate() returns
// (dist/engine.js for Node, a lazily initialised part of the single web bundle for the web host).
export {
  applyCsvChange,
  buildPreviewModel,
  codeLensTitle,
  compareIssues,
  dataPathOf,
  documentKindOf,
  editionTemplate,
  editorLocaleOf,
  hoverAt,
  isPlainRowEdit,
  parseConfig,
  plural,
  quickFixesFor,
  readDataSet,
  replacementCharacterIssue,
  statusBarText,
  statusBarTooltip,
  toEditorRange,
  trendSvg,
  validateDocument,
} from '@nps-pages/core';
export { summarizeResponses } from './summarize-responses.ts';
