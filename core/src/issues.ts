/**
 * One Issue type carries a problem from the parser to a failed build, the CLI and an editor
 * diagnostic. Positions are 1-based; columns count UTF-16 code units (what editors count), and the
 * end is exclusive (the column just after the last offending character), like an editor range.
 *
 * Codes are permanent: once published, a code keeps its meaning forever (tools and CI scripts
 * match on them). Add new codes; never renumber or reuse one.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Issue {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: IssueCode;
  severity: Severity;
  message: string;
}

interface CatalogueEntry {
  name: string;
  severity: Severity;
  /** What a reader should do about it; shown after the message by the CLI's text format. */
  hint: string;
}

export const ISSUE_CATALOGUE = {
  // Configuration (data/nps.config.yaml)
  NPS001: { name: 'config-syntax', severity: 'error', hint: 'Fix the YAML syntax at this position.' },
  NPS002: {
    name: 'config-invalid',
    severity: 'error',
    hint: 'Write a value of the kind the message names; core/schema/nps.config.schema.json describes every key.',
  },
  NPS003: {
    name: 'config-unknown-key',
    severity: 'error',
    hint: 'Fix the spelling (the message names the nearest key) or remove the key.',
  },
  NPS004: {
    name: 'config-missing',
    severity: 'error',
    hint: 'Create data/nps.config.yaml or point --data at the folder holding it.',
  },
  NPS005: { name: 'source-no-files', severity: 'error', hint: 'Check the path or pattern of this source.' },
  NPS006: { name: 'config-bad-pattern', severity: 'error', hint: 'Fix the regular expression of this theme rule.' },
  NPS007: { name: 'file-unreadable', severity: 'error', hint: 'Check that the file exists and is UTF-8 text.' },
  NPS008: {
    name: 'file-unknown-format',
    severity: 'error',
    hint: 'Use a .csv, .tsv, .txt, .json or .xlsx file, or set the format of the source.',
  },
  NPS009: {
    name: 'config-empty-keyword',
    severity: 'warning',
    hint: 'Write a word or phrase: a keyword made only of * or spaces matches nothing.',
  },
  NPS010: {
    name: 'file-unread',
    severity: 'warning',
    hint: "Add a source whose path matches this file, or list it under the config's ignore.",
  },
  NPS011: {
    name: 'encoding-guessed',
    severity: 'warning',
    hint: "The file is not UTF-8: save it as UTF-8, or set the source's encoding to say which one it is.",
  },
  NPS012: {
    name: 'encoding-invalid',
    severity: 'error',
    hint: "These bytes are not valid in the file's encoding: save the file as UTF-8, or set the source's encoding.",
  },
  NPS013: {
    name: 'editor-replacement-character',
    severity: 'warning',
    hint: 'The editor decoded this file with the wrong encoding: reopen it with the right one (Reopen with Encoding) before saving.',
  },
  // CSV structure
  NPS101: {
    name: 'csv-unterminated-quote',
    severity: 'error',
    hint: 'Close the quoted field, or double the quote ("") to write a quote inside it.',
  },
  NPS102: {
    name: 'csv-field-count',
    severity: 'error',
    hint: 'Every row needs as many fields as the header: quote fields that contain the delimiter.',
  },
  NPS103: { name: 'missing-column', severity: 'error', hint: "Add the column, or map its header in the source's columns." },
  NPS104: { name: 'no-responses', severity: 'warning', hint: 'The file holds no response rows.' },
  NPS105: { name: 'csv-duplicate-header', severity: 'error', hint: 'Rename one of the columns, or map one of them explicitly.' },
  NPS106: { name: 'csv-stray-quote', severity: 'error', hint: 'Quote the whole field and double the quotes inside it ("").' },
  // JSON structure
  NPS150: { name: 'json-syntax', severity: 'error', hint: 'Fix the JSON syntax at this position.' },
  NPS151: {
    name: 'json-shape',
    severity: 'error',
    hint: 'Use an array of response objects, or an object holding one such array.',
  },
  NPS152: {
    name: 'json-not-a-record',
    severity: 'error',
    hint: 'Each response must be an object such as { "date": "2026-01-31", "score": 9 }.',
  },
  // Workbooks (.xlsx)
  NPS160: { name: 'workbook-unreadable', severity: 'error', hint: 'Save the file again as an Excel workbook (.xlsx).' },
  NPS161: { name: 'workbook-no-sheet', severity: 'error', hint: "Check the source's sheet: a sheet name or a 1-based index." },
  // Values
  NPS201: {
    name: 'score-missing',
    severity: 'warning',
    hint: "A partial answer (no score) is left out of every figure and counted as such; set the source's missingScore: error to forbid them.",
  },
  NPS202: { name: 'score-not-a-number', severity: 'error', hint: 'Write the score as a whole number from 0 to 10.' },
  NPS203: { name: 'score-fractional', severity: 'error', hint: 'Scores are whole numbers from 0 to 10.' },
  NPS204: { name: 'score-out-of-range', severity: 'error', hint: 'Scores go from 0 to 10.' },
  NPS205: { name: 'score-is-text', severity: 'error', hint: 'Write the score as a JSON number, without quotes.' },
  NPS210: { name: 'date-missing', severity: 'error', hint: 'Every response needs the date it was given.' },
  NPS211: {
    name: 'date-unreadable',
    severity: 'error',
    hint: "Use an ISO 8601 date (2026-03-31) or set the source's dateFormat.",
  },
  NPS212: { name: 'date-impossible', severity: 'error', hint: 'This day does not exist in the calendar.' },
  NPS220: { name: 'weight-invalid', severity: 'error', hint: 'A weight is a positive number.' },
  NPS221: {
    name: 'replied-at-invalid',
    severity: 'error',
    hint: 'Write when the team answered as a date or date-time, like the response date.',
  },
  NPS222: {
    name: 'replied-before-response',
    severity: 'warning',
    hint: 'The answer is dated before the response: check both dates.',
  },
  NPS230: { name: 'duplicate-id', severity: 'error', hint: 'Each response id must be unique across all files of the data set.' },
  NPS240: { name: 'field-wrong-type', severity: 'error', hint: 'Write this field as text.' },
  NPS241: { name: 'value-padded', severity: 'warning', hint: 'Remove the spaces around the value.' },
  NPS242: { name: 'segment-missing', severity: 'warning', hint: 'The response will count under "(none)" for this segment.' },
  NPS243: {
    name: 'category-mismatch',
    severity: 'warning',
    hint: 'The category column disagrees with the score (promoters 9-10, passives 7-8, detractors 0-6): the score decides.',
  },
  // Markdown files with front matter (data/actions/*.md, data/editions/*.md)
  NPS301: { name: 'front-matter-syntax', severity: 'error', hint: 'Fix the YAML between the --- lines at this position.' },
  NPS302: {
    name: 'front-matter-invalid',
    severity: 'error',
    hint: 'Write a value of the kind the message names; the README describes the keys of actions and editions.',
  },
  NPS303: {
    name: 'front-matter-unknown-key',
    severity: 'error',
    hint: 'Fix the spelling (the message names the nearest key) or remove the key.',
  },
  NPS304: {
    name: 'front-matter-missing',
    severity: 'error',
    hint: 'Start the file with a front matter block between two --- lines.',
  },
  // Report editions (data/editions/<id>/ and data/editions/<id>.md)
  NPS401: {
    name: 'edition-manifest-invalid',
    severity: 'error',
    hint: 'The manifest is written by `nps release`: restore it from git, or release the edition again with --force if it is a draft.',
  },
  NPS402: {
    name: 'edition-data-modified',
    severity: 'error',
    hint: 'A frozen edition never changes: restore data/editions/<id>/ from git, or release the draft again with --force.',
  },
  NPS403: {
    name: 'edition-overlap',
    severity: 'error',
    hint: 'Change the period, or set editions.allowOverlap: true in nps.config.yaml if overlapping editions are intended.',
  },
  NPS404: {
    name: 'edition-narrative-missing',
    severity: 'warning',
    hint: 'Write data/editions/<id>.md: `nps release` creates a template when it is missing.',
  },
  NPS405: {
    name: 'edition-data-missing',
    severity: 'error',
    hint: 'Freeze the period with `nps release <id> --from DATE --to DATE`, or restore data/editions/<id>/ from git.',
  },
  NPS406: {
    name: 'edition-period-mismatch',
    severity: 'error',
    hint: 'Write the period the edition froze (its manifest.json): a period key such as 2026-Q3 for a whole week, month, quarter or year, else its two dates, 2026-08-01/2026-10-31.',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type IssueCode = keyof typeof ISSUE_CATALOGUE;

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function makeIssue(file: string, span: Span, code: IssueCode, message: string, severity?: Severity): Issue {
  return { file, ...span, code, severity: severity ?? ISSUE_CATALOGUE[code].severity, message };
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/** Stable order for output: by file, then position, then code. */
export function compareIssues(a: Issue, b: Issue): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
