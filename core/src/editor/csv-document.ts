import { compareIssues, type Issue } from '../issues.ts';
import { createCsvParser } from '../parse/csv.ts';
import { detectDelimiter } from '../parse/detect-delimiter.ts';
import { IdRegistry } from '../parse/id-registry.ts';
import type { NpsConfig, SourceConfig } from '../schema/config.ts';
import type { NpsResponse } from '../schema/response.ts';

/**
 * A CSV response file open in an editor, validated in full once, then revalidated row by row as the
 * user types. The full pass is exactly core's CSV parser (what `nps validate <file>` runs); an edit
 * inside one plain row re-runs that same parser on the header rows plus the edited line and splices
 * the result in. Why: a 10k-row file takes 20-40 ms to reparse on a loaded 2-core machine, over the
 * 30 ms budget of a keystroke; one row takes well under a millisecond (scripts/bench/extension.ts).
 *
 * The splice is only taken when it is provably the same as a full pass (see `spliceable`):
 * anything else (a quote, a line break, the header, an id that changed) falls back to the full pass.
 * core/test/editor/csv-document.test.ts checks on random edits that both always agree.
 */
export interface CsvDocumentInput {
  /** The file as shown in issues (e.g. data/magasins/avis.csv). */
  file: string;
  source: SourceConfig;
  config: NpsConfig;
  text: string;
}

export interface CsvDocumentState {
  readonly input: CsvDocumentInput;
  /** Every issue of the file, sorted by position. */
  readonly issues: readonly Issue[];
  /** The valid responses (their order is not the file's after an incremental edit: statistics do not depend on it). */
  readonly responses: readonly NpsResponse[];
  /** The delimiter used (the source's, or the detected one). */
  readonly delimiter: string;
  /** Offset where the data rows start (after the header rows); -1 when the header is not plain. */
  readonly dataStart: number;
  /** How many lines the header rows take. */
  readonly headerLines: number;
  /** Each id claimed, in file order, with the line of its cell (for duplicate detection in a splice). */
  readonly ids: readonly { id: string; line: number }[];
  /**
   * Every quote of the data opens a field, closes it or is doubled inside it: only then does an even
   * count of quotes before a line say that the line is a row of its own. A quote in the middle of an
   * unquoted field (`0"11`) is a literal character that the count would take for an opening one.
   */
  readonly structuralQuotes: boolean;
}

/** One replacement in the text, in UTF-16 offsets of the text before it (what VS Code's change events give). */
export interface TextChange {
  offset: number;
  length: number;
  text: string;
}

/** Records the ids a parser claims (with their lines shifted to the file's), so a later splice knows them. */
class RecordingRegistry extends IdRegistry {
  readonly claimed: { id: string; line: number }[] = [];
  lineShift = 0;
  override claim(id: string, file: string, line: number): { file: string; line: number } | undefined {
    const actual = line + this.lineShift;
    this.claimed.push({ id, line: actual });
    return super.claim(id, file, actual);
  }
}

export function parseCsvDocument(input: CsvDocumentInput): CsvDocumentState {
  const delimiter = input.source.delimiter ?? detectDelimiter(input.text.slice(0, 64 * 1024));
  const ids = new RecordingRegistry();
  const issues: Issue[] = [];
  const responses: NpsResponse[] = [];
  const parser = createCsvParser({
    file: input.file,
    source: { ...input.source, delimiter: delimiter as SourceConfig['delimiter'] },
    config: input.config,
    ids,
    onResponse: (response) => void responses.push(response),
    onIssue: (issue) => void issues.push(issue),
  });
  parser.push(input.text);
  parser.finish();
  const header = headerExtent(input.text, input.source.headerRows);
  return {
    input,
    issues: issues.sort(compareIssues),
    responses,
    delimiter,
    dataStart: header.end,
    headerLines: header.lines,
    ids: ids.claimed,
    structuralQuotes: quotesAreStructural(input.text, header.end, delimiter),
  };
}

/**
 * The state after one change: a splice of the edited row when that is certain to give what a full
 * pass gives, the full pass otherwise. `incremental` says which (for tests and the benchmark).
 */
export function applyCsvChange(state: CsvDocumentState, change: TextChange): { state: CsvDocumentState; incremental: boolean } {
  const { text } = state.input;
  const next = text.slice(0, change.offset) + change.text + text.slice(change.offset + change.length);
  const input = { ...state.input, text: next };
  const edited = spliceable(state, change);
  const spliced = edited ? splice(state, edited, next) : undefined;
  return spliced ? { state: spliced, incremental: true } : { state: parseCsvDocument(input), incremental: false };
}

interface EditedLine {
  /** 1-based line of the edit. */
  line: number;
  lineStart: number;
  /** The line before and after the edit, without its line break. */
  before: string;
  after: string;
}

/**
 * Whether `change` is a plain edit inside one data row: the tests of a splice that need no parse.
 * An editor uses it to decide how long to wait before validating (a splice costs milliseconds);
 * applyCsvChange may still take the full pass (the delimiter detected anew, the row's id changed).
 */
export function isPlainRowEdit(state: CsvDocumentState, change: TextChange): boolean {
  return plainRowEdit(state, change) !== undefined;
}

function spliceable(state: CsvDocumentState, change: TextChange): EditedLine | undefined {
  const edited = plainRowEdit(state, change);
  if (!edited) return undefined;
  const { text, source } = state.input;
  // The delimiter is detected from the first lines: an edit there may change it.
  if (source.delimiter === undefined) {
    const detected = detectDelimiter(
      (text.slice(0, change.offset) + change.text + text.slice(change.offset + change.length)).slice(0, 64 * 1024),
    );
    if (detected !== state.delimiter) return undefined;
  }
  return edited;
}

function plainRowEdit(state: CsvDocumentState, change: TextChange): EditedLine | undefined {
  const { text } = state.input;
  const removed = text.slice(change.offset, change.offset + change.length);
  if (/[\r\n"]/.test(removed) || /[\r\n"]/.test(change.text)) return undefined;
  if (state.dataStart < 0 || change.offset < state.dataStart) return undefined;
  // A tokenizer issue means quotes are read in a way that counting them cannot follow.
  if (state.issues.some((issue) => issue.code === 'NPS101' || issue.code === 'NPS106')) return undefined;
  if (!state.structuralQuotes) return undefined;
  const lineStart = Math.max(text.lastIndexOf('\n', change.offset - 1), text.lastIndexOf('\r', change.offset - 1)) + 1;
  const lineEnd = endOfLine(text, change.offset + change.length);
  const before = text.slice(lineStart, lineEnd);
  if (before.includes('"') || before.trim() === '') return undefined;
  // The line is a row of its own only if it does not sit inside a quoted field: an even number of quotes before it.
  if (countQuotes(text, state.dataStart, lineStart) % 2 !== 0) return undefined;
  const after =
    before.slice(0, change.offset - lineStart) + change.text + before.slice(change.offset + change.length - lineStart);
  if (after.trim() === '' || isBlankRow(after, state.delimiter) || isBlankRow(before, state.delimiter)) return undefined;
  return { line: lineNumberAt(text, lineStart), lineStart, before, after };
}

function splice(state: CsvDocumentState, edited: EditedLine, next: string): CsvDocumentState | undefined {
  const header = state.input.text.slice(0, state.dataStart);
  const shift = edited.line - (state.headerLines + 1);
  const old = parseRow(state, header, edited.before, shift, []);
  // The ids before the row, in order, so that the row's id is found a duplicate exactly when a full pass would.
  const earlier = state.ids.filter((entry) => entry.line < edited.line);
  const fresh = parseRow(state, header, edited.after, shift, earlier);
  const oldId = old.ids[0]?.id;
  const newId = fresh.ids[0]?.id;
  // Another row's duplicate status may depend on this id: only a full pass can tell.
  if (oldId !== newId || old.ids.length > 1 || fresh.ids.length > 1) return undefined;
  if (fresh.issues.some((issue) => issue.code === 'NPS104') || old.issues.some((issue) => issue.code === 'NPS104'))
    return undefined;

  const issues = state.issues.filter((issue) => issue.line !== edited.line);
  for (const issue of fresh.issues) if (issue.line > state.headerLines) issues.push(shifted(issue, shift));
  const responses = [...state.responses];
  for (const gone of old.responses) {
    const index = responses.findIndex((candidate) => sameResponse(candidate, gone));
    if (index >= 0) responses.splice(index, 1);
  }
  responses.push(...fresh.responses);
  return { ...state, input: { ...state.input, text: next }, issues: issues.sort(compareIssues), responses };
}

interface RowReading {
  issues: Issue[];
  responses: NpsResponse[];
  ids: { id: string; line: number }[];
}

/** Core's parser on the header rows and one line; `earlier` ids are claimed first, at their own lines. */
function parseRow(
  state: CsvDocumentState,
  header: string,
  line: string,
  shift: number,
  earlier: readonly { id: string; line: number }[],
): RowReading {
  const { file, source, config } = state.input;
  const ids = new RecordingRegistry();
  for (const entry of earlier) ids.claim(entry.id, file, entry.line);
  ids.claimed.length = 0;
  ids.lineShift = shift;
  const issues: Issue[] = [];
  const responses: NpsResponse[] = [];
  const parser = createCsvParser({
    file,
    source: { ...source, delimiter: state.delimiter as SourceConfig['delimiter'] },
    config,
    ids,
    onResponse: (response) => void responses.push(response),
    onIssue: (issue) => void issues.push(issue),
  });
  parser.push(header + line);
  parser.finish();
  return { issues, responses, ids: ids.claimed };
}

function shifted(issue: Issue, shift: number): Issue {
  return { ...issue, line: issue.line + shift, endLine: issue.endLine + shift };
}

/** Where the header rows end (the offset of the first data line) and how many lines they take; -1 if they hold quotes or no data follows. */
function headerExtent(text: string, headerRows: number): { end: number; lines: number } {
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let rows = 0;
  let lines = 0;
  while (rows < headerRows) {
    if (offset >= text.length) return { end: -1, lines };
    const end = endOfLine(text, offset);
    const content = text.slice(offset, end);
    if (content.includes('"') && countQuotes(content, 0, content.length) % 2 !== 0) return { end: -1, lines };
    if (content.length > 0) rows++;
    lines++;
    offset = afterLineBreak(text, end);
  }
  return { end: offset, lines };
}

function endOfLine(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) return at;
  }
  return text.length;
}

function afterLineBreak(text: string, end: number): number {
  if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2;
  return Math.min(text.length, end + 1);
}

/** 1-based line of an offset, counting \n, \r\n and a lone \r as LineIndex does (indexOf: several times faster than a loop). */
function lineNumberAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  for (let at = text.indexOf('\r'); at !== -1 && at < offset; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== 10) line++;
  }
  return line;
}

/** Whether every quote from `from` on opens a field (at its start), closes it, or is doubled inside it. */
function quotesAreStructural(text: string, from: number, delimiter: string): boolean {
  let inside = false;
  for (let at = text.indexOf('"', from); at !== -1; at = text.indexOf('"', at + 1)) {
    if (inside) {
      if (text.charCodeAt(at + 1) === 34) at++;
      else inside = false;
      continue;
    }
    const before = at === from ? '\n' : text[at - 1];
    if (before !== delimiter && before !== '\n' && before !== '\r') return false;
    inside = true;
  }
  return true;
}

function countQuotes(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('"', from); at !== -1 && at < to; at = text.indexOf('"', at + 1)) count++;
  return count;
}

/** A row of delimiters and spaces only: the parser skips it, so it is not a response row. */
function isBlankRow(line: string, delimiter: string): boolean {
  return line.split(delimiter).every((field) => field.trim() === '');
}

function sameResponse(a: NpsResponse, b: NpsResponse): boolean {
  if (a.day !== b.day || a.score !== b.score || a.id !== b.id || a.at !== b.at || a.comment !== b.comment) return false;
  if (a.weight !== b.weight || a.respondent !== b.respondent || a.language !== b.language || a.repliedAt !== b.repliedAt)
    return false;
  const keys = Object.keys(a.segments);
  return keys.length === Object.keys(b.segments).length && keys.every((key) => a.segments[key] === b.segments[key]);
}
