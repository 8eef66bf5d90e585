/**
 * What the CSV tokenizer hands out (csv-tokenizer.ts), and the position arithmetic shared by its
 * two scanning paths and by the parser.
 */

export interface CsvRowView {
  /** 0-based index among the non-empty rows of the file. */
  index: number;
  /** 1-based line where the row starts. */
  line: number;
  /** Offset where the row starts (always a line start). */
  start: number;
  /** Field values, unquoted. Reused between rows: copy what you keep. */
  readonly fields: string[];
  /** Offset of each field's first character (its opening quote when quoted). */
  readonly starts: number[];
  /** Offset just after each field's last character (after its closing quote). */
  readonly ends: number[];
  /** Offsets where a new line starts inside the row (multi-line quoted fields). */
  readonly innerLineStarts: number[];
}

export interface CsvTokenIssue {
  kind: 'unterminated-quote' | 'text-after-quote';
  /** Offsets of the offending text. */
  start: number;
  end: number;
  /** 1-based line and column of `start`. */
  line: number;
  column: number;
}

export interface CsvTokenizerOptions {
  delimiter: string;
  onRow: (row: CsvRowView) => void;
  onIssue: (issue: CsvTokenIssue) => void;
  /**
   * Split rows without quotes with indexOf (the default). Off, every row takes the general scanner:
   * the tests compare both paths on random CSV.
   */
  plainRowFastPath?: boolean;
}

const LF = 10;
const CR = 13;

/** The offset of the first line break in [from, to), or -1. */
export function nextLineBreak(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === LF || code === CR) return k;
  }
  return -1;
}

/** Line and column of a text offset inside a row being scanned, which starts at `rowStart` on `line`. */
export function positionInRow(text: string, rowStart: number, line: number, offset: number): { line: number; column: number } {
  let at = line;
  let lineStart = rowStart;
  for (let k = rowStart; k < offset; k++) {
    const code = text.charCodeAt(k);
    if (code === LF || (code === CR && text.charCodeAt(k + 1) !== LF)) {
      at++;
      lineStart = k + 1;
    }
  }
  return { line: at, column: offset - lineStart + 1 };
}

/** The offset of the first `search` at or after `from`, or the text's length when there is none. */
export function indexOrLength(text: string, search: string, from: number): number {
  const found = text.indexOf(search, from);
  return found < 0 ? text.length : found;
}

/** Line and column (1-based) of a global offset inside a row the tokenizer produced. */
export function locateInRow(
  row: Pick<CsvRowView, 'line' | 'start' | 'innerLineStarts'>,
  offset: number,
): { line: number; column: number } {
  let line = row.line;
  let lineStart = row.start;
  for (const start of row.innerLineStarts) {
    if (start > offset) break;
    line++;
    lineStart = start;
  }
  return { line, column: offset - lineStart + 1 };
}
