/**
 * A streaming RFC 4180 tokenizer that keeps the position of every field.
 *
 * Why not papaparse or csv-parse: neither reports where a field starts and ends, and every issue
 * must carry the exact range of its cell (in a multi-line quoted comment too). Measured on the
 * 1M-row benchmark file (38 MB, quoted multi-line comments; scripts/bench/ingest): papaparse's
 * streaming mode alone needs 1.25 s, csv-parse 3.6 s; this scanner tokenizes with offsets in a
 * fraction of that, which leaves room for validation and aggregation in the benchmark's budget.
 * The parser tests check it against papaparse on random CSV (core/test/parse/csv-tokenizer.test.ts).
 *
 * Offsets count UTF-16 code units from the start of the text after an optional BOM (what an editor
 * shows). Rows end at \r\n, \n or a lone \r. Empty lines are not rows.
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
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvTokenizer {
  private readonly delimiterCode: number;
  private readonly onRow: (row: CsvRowView) => void;
  private readonly onIssue: (issue: CsvTokenIssue) => void;
  private readonly row: CsvRowView = { index: 0, line: 1, start: 0, fields: [], starts: [], ends: [], innerLineStarts: [] };
  /** Text not yet consumed: always begins at the start of a row. */
  private buffer = '';
  /** Global offset of buffer[0]. */
  private base = 0;
  /** 1-based line of buffer[0]. */
  private line = 1;
  private first = true;
  /** Global offsets of quotes known to open an unterminated field: read as literal text on rescan. */
  private readonly literalQuotes = new Set<number>();

  constructor(options: CsvTokenizerOptions) {
    if (options.delimiter.length !== 1) throw new Error('the CSV delimiter must be a single character');
    this.delimiterCode = options.delimiter.charCodeAt(0);
    this.onRow = options.onRow;
    this.onIssue = options.onIssue;
  }

  push(chunk: string): void {
    if (this.first && chunk.length > 0) {
      this.first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.buffer = this.buffer.length === 0 ? chunk : this.buffer + chunk;
    this.scan(false);
  }

  finish(): void {
    this.scan(true);
  }

  /** Consumes every complete row of the buffer; at the end of input, the incomplete one too. */
  private scan(atEnd: boolean): void {
    const text = this.buffer;
    let position = 0;
    while (position < text.length) {
      const next = this.scanRow(text, position, atEnd);
      if (next < 0) break;
      position = next;
    }
    this.buffer = position >= text.length ? '' : text.slice(position);
    this.base += position;
  }

  /**
   * Reads one row starting at `rowStart`. Returns the offset of the next row, or -1 when the row is
   * not complete in the buffer yet (more input may follow).
   */
  private scanRow(text: string, rowStart: number, atEnd: boolean): number {
    const { delimiterCode, row } = this;
    const length = text.length;
    const fields = row.fields;
    const starts = row.starts;
    const ends = row.ends;
    const innerLineStarts = row.innerLineStarts;
    fields.length = 0;
    starts.length = 0;
    ends.length = 0;
    innerLineStarts.length = 0;
    const pendingIssues: CsvTokenIssue[] = [];
    let i = rowStart;
    let linesInRow = 0;

    // An empty line is not a row.
    const firstCode = text.charCodeAt(i);
    if (firstCode === LF || firstCode === CR) {
      if (firstCode === CR && i + 1 >= length && !atEnd) return -1;
      const next = firstCode === CR && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      this.line++;
      return next;
    }

    for (;;) {
      const fieldStart = i;
      if (text.charCodeAt(i) === QUOTE && !this.literalQuotes.has(this.base + i)) {
        // Quoted field: runs to the next quote not followed by another quote.
        let cursor = i + 1;
        let doubled = false;
        let closed = -1;
        while (cursor < length) {
          const quote = text.indexOf('"', cursor);
          if (quote < 0) break;
          if (quote + 1 < length && text.charCodeAt(quote + 1) === QUOTE) {
            doubled = true;
            cursor = quote + 2;
            continue;
          }
          if (quote + 1 >= length && !atEnd) break; // The next chunk may start with a quote.
          closed = quote;
          break;
        }
        if (closed < 0) {
          if (!atEnd) return -1;
          // Unterminated: report where the quote opens, then read that quote as literal text.
          const at = this.base + fieldStart;
          const position = this.positionInRow(text, rowStart, fieldStart);
          this.onIssue({ kind: 'unterminated-quote', start: at, end: at + 1, ...position });
          this.literalQuotes.add(at);
          return this.scanRow(text, rowStart, atEnd);
        }
        let value = text.slice(i + 1, closed);
        if (doubled) value = value.replaceAll('""', '"');
        // Line breaks inside the quoted field.
        let newline = this.nextLineBreak(text, i + 1, closed);
        while (newline >= 0) {
          const lineStart = text.charCodeAt(newline) === CR && text.charCodeAt(newline + 1) === LF ? newline + 2 : newline + 1;
          innerLineStarts.push(this.base + lineStart);
          linesInRow++;
          newline = this.nextLineBreak(text, lineStart, closed);
        }
        i = closed + 1;
        // Anything between the closing quote and the delimiter is malformed; keep it in the value.
        let tail = i;
        while (tail < length) {
          const code = text.charCodeAt(tail);
          if (code === delimiterCode || code === LF || code === CR) break;
          tail++;
        }
        if (tail === length && !atEnd) return -1;
        if (tail > i) {
          const position = this.positionInRow(text, rowStart, i);
          pendingIssues.push({ kind: 'text-after-quote', start: this.base + i, end: this.base + tail, ...position });
          value += text.slice(i, tail);
          i = tail;
        }
        fields.push(value);
      } else {
        let cursor = i;
        while (cursor < length) {
          const code = text.charCodeAt(cursor);
          if (code === delimiterCode || code === LF || code === CR) break;
          cursor++;
        }
        if (cursor === length && !atEnd) return -1;
        fields.push(text.slice(i, cursor));
        i = cursor;
      }
      starts.push(this.base + fieldStart);
      ends.push(this.base + i);
      if (i >= length) break;
      const code = text.charCodeAt(i);
      if (code === delimiterCode) {
        i++;
        if (i >= length && !atEnd) return -1;
        if (i >= length) {
          // A trailing delimiter at the very end of input opens one more, empty field.
          fields.push('');
          starts.push(this.base + i);
          ends.push(this.base + i);
          break;
        }
        continue;
      }
      if (code === CR) {
        if (i + 1 >= length && !atEnd) return -1;
        i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      } else {
        i++;
      }
      break;
    }

    row.line = this.line;
    row.start = this.base + rowStart;
    for (const issue of pendingIssues) this.onIssue(issue);
    this.onRow(row);
    row.index++;
    this.line += linesInRow + 1;
    return i;
  }

  private nextLineBreak(text: string, from: number, to: number): number {
    for (let k = from; k < to; k++) {
      const code = text.charCodeAt(k);
      if (code === LF || code === CR) return k;
    }
    return -1;
  }

  /** Line and column of a buffer offset inside the row being scanned. */
  private positionInRow(text: string, rowStart: number, offset: number): { line: number; column: number } {
    let line = this.line;
    let lineStart = rowStart;
    for (let k = rowStart; k < offset; k++) {
      const code = text.charCodeAt(k);
      if (code === LF || (code === CR && text.charCodeAt(k + 1) !== LF)) {
        line++;
        lineStart = k + 1;
      }
    }
    return { line, column: offset - lineStart + 1 };
  }
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
