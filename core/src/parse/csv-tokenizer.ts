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
  private readonly delimiter: string;
  private readonly delimiterCode: number;
  private readonly onRow: (row: CsvRowView) => void;
  private readonly onIssue: (issue: CsvTokenIssue) => void;
  private readonly row: CsvRowView = { index: 0, line: 1, start: 0, fields: [], starts: [], ends: [], innerLineStarts: [] };
  /** Text of earlier chunks not consumed yet: always begins at the start of a row (usually one incomplete row). */
  private carry = '';
  /** Global offset of the first character of the text being scanned (of `carry` between pushes). */
  private base = 0;
  /** 1-based line of the row being scanned. */
  private line = 1;
  private first = true;
  /** Global offsets of quotes known to open an unterminated field: read as literal text on rescan. */
  private readonly literalQuotes = new Set<number>();
  /** Whether rows without quotes may take the fast path (not when the delimiter is itself special). */
  private readonly plainRows: boolean;
  /**
   * Offsets, in the text being scanned, of the next quote, carriage return and delimiter at or after
   * the last place they were looked for (the text's length when there is none). Each is searched for
   * once per occurrence, so a file without quotes costs one indexOf per field and per line.
   */
  private nextQuote = -1;
  private nextReturn = -1;
  private nextDelimiter = -1;

  constructor(options: CsvTokenizerOptions) {
    if (options.delimiter.length !== 1) throw new Error('the CSV delimiter must be a single character');
    this.delimiter = options.delimiter;
    this.delimiterCode = options.delimiter.charCodeAt(0);
    this.plainRows = this.delimiterCode !== QUOTE && this.delimiterCode !== LF && this.delimiterCode !== CR;
    this.onRow = options.onRow;
    this.onIssue = options.onIssue;
  }

  push(chunk: string): void {
    if (this.first && chunk.length > 0) {
      this.first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    if (chunk.length === 0) return;
    if (this.carry.length === 0) {
      this.scan(chunk, 0, false);
      return;
    }
    // The carried row ends somewhere in this chunk. Rather than scanning carry + chunk (a copy of the
    // whole chunk per push), complete it with a prefix of the chunk, doubled until a row completes,
    // then scan the chunk itself from there. A row that completes inside the prefix completes the
    // same way in the whole text: scanRow never takes the end of its text for the end of a row.
    const carried = this.carry.length;
    let take = Math.min(chunk.length, Math.max(4096, carried));
    for (;;) {
      const joined = this.carry + chunk.slice(0, take);
      const consumed = this.scan(joined, 0, false);
      if (consumed >= carried) {
        // this.base now points at joined[consumed], that is chunk[consumed - carried].
        this.carry = '';
        this.scanFrom(chunk, consumed - carried);
        return;
      }
      if (take === chunk.length) return; // Still incomplete: scan() kept all of joined as the carry.
      this.carry = joined.slice(0, carried);
      take = Math.min(chunk.length, take * 2);
    }
  }

  finish(): void {
    this.scan(this.carry, 0, true);
  }

  private scanFrom(text: string, from: number): void {
    this.base -= from;
    this.scan(text, from, false);
  }

  /**
   * Consumes every complete row of `text` from `from` (at the end of input, the incomplete one
   * too), keeps the rest as the carry, and returns the offset where the rest starts.
   */
  private scan(text: string, from: number, atEnd: boolean): number {
    this.nextQuote = -1;
    this.nextReturn = -1;
    this.nextDelimiter = -1;
    let position = from;
    while (position < text.length) {
      const next = (this.plainRows && this.scanPlainRow(text, position)) || this.scanRow(text, position, atEnd);
      if (next < 0) break;
      position = next;
    }
    this.carry = position >= text.length ? '' : flat(text.slice(position));
    this.base += position;
    return position;
  }

  /**
   * The fast path: a row holding no quote and no lone carriage return, ended by a line feed, split
   * with indexOf alone. Returns the offset of the next row, or 0 when the row needs scanRow (a row
   * never ends at offset 0). On the 1M-row benchmark file (15% of rows quoted) ... see the header.
   */
  private scanPlainRow(text: string, rowStart: number): number {
    const lineEnd = text.indexOf('\n', rowStart);
    if (lineEnd <= rowStart) return 0; // No line end yet, or an empty line.
    if (this.nextQuote < rowStart) this.nextQuote = indexOrLength(text, '"', rowStart);
    if (this.nextQuote < lineEnd) return 0;
    if (this.nextReturn < rowStart) this.nextReturn = indexOrLength(text, '\r', rowStart);
    let contentEnd = lineEnd;
    if (this.nextReturn < lineEnd) {
      if (this.nextReturn !== lineEnd - 1) return 0; // A lone CR ends a row: scanRow's business.
      contentEnd = lineEnd - 1;
      if (contentEnd === rowStart) return 0; // An empty \r\n line.
    }
    const { row, base } = this;
    const { fields, starts, ends } = row;
    let count = 0;
    let fieldStart = rowStart;
    for (;;) {
      let delimiter = this.nextDelimiter;
      if (delimiter < fieldStart) {
        delimiter = indexOrLength(text, this.delimiter, fieldStart);
        this.nextDelimiter = delimiter;
      }
      const fieldEnd = delimiter < contentEnd ? delimiter : contentEnd;
      fields[count] = text.slice(fieldStart, fieldEnd);
      starts[count] = base + fieldStart;
      ends[count] = base + fieldEnd;
      count++;
      if (delimiter >= contentEnd) break;
      fieldStart = delimiter + 1;
    }
    this.emitRow(rowStart, count, 0, undefined);
    return lineEnd + 1;
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
