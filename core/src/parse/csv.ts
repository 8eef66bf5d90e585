import { issueAt, type Span } from '../issues.ts';
import { type ColumnMap, mapColumns, pickColumn } from './column-map.ts';
import { type CsvRowView, CsvTokenizer, locateInRow } from './csv-tokenizer.ts';
import { detectDelimiter } from './detect-delimiter.ts';
import { createRecordReader, type RecordCells, type ResponseParserOptions } from './record-reader.ts';

export type CsvParserOptions = ResponseParserOptions;

export interface StreamingParser {
  push(chunk: string): void;
  finish(): void;
}

/** Bytes of input read before the delimiter is chosen, when the source does not set one. */
const DETECTION_SAMPLE = 64 * 1024;

/**
 * The CSV parser: header rows, column map, then one validated response per data row. Streaming:
 * feed chunks with push() and call finish() at the end; memory stays bounded by one row.
 */
export function createCsvParser(options: CsvParserOptions): StreamingParser {
  const { file, source, config, onIssue, onResponse } = options;
  const reader = createRecordReader({ file, source, config, ids: options.ids, onIssue });
  const wanted = reader.fields;
  /** The column of each of the reader's fields, set by the header row. */
  let map: ColumnMap = { columnBySlot: new Int32Array(wanted.length).fill(-1), alternativesBySlot: new Map(), readable: true };
  const textAt = (column: number): string | undefined => current?.fields[column];

  function columnOf(slot: number): number {
    // No lists of headers (the usual config): an array index, on the hot path of a million rows.
    if (!current || map.alternativesBySlot.size === 0) return map.columnBySlot[slot] ?? -1;
    return pickColumn(map, slot, textAt);
  }
  let headerCount = 0;
  let dataRows = 0;
  let current: CsvRowView | undefined;
  let lastRowEnd: { line: number; column: number } = { line: 1, column: 1 };

  function spanOf(row: CsvRowView, start: number, end: number): Span {
    const from = locateInRow(row, start);
    const to = locateInRow(row, end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  function rowSpan(row: CsvRowView): Span {
    const last = row.ends.length - 1;
    return spanOf(row, row.start, last >= 0 ? (row.ends[last] as number) : row.start);
  }

  const cells: RecordCells = {
    typed: false,
    value(_field, slot) {
      const column = columnOf(slot);
      return column < 0 || !current ? undefined : current.fields[column];
    },
    span(_field, slot) {
      const column = columnOf(slot);
      if (column < 0 || !current) return current ? rowSpan(current) : emptySpan();
      return spanOf(current, current.starts[column] as number, current.ends[column] as number);
    },
    line(_field, slot) {
      const column = columnOf(slot);
      if (!current) return 1;
      if (column < 0 || current.innerLineStarts.length === 0) return current.line;
      return locateInRow(current, current.starts[column] as number).line;
    },
    recordSpan() {
      return current ? rowSpan(current) : emptySpan();
    },
  };

  function readHeader(row: CsvRowView): void {
    headerCount = row.fields.length;
    const headerSpan = rowSpan(row);
    map = mapColumns({
      names: row.fields,
      fields: wanted,
      source,
      onProblem(problem) {
        const span =
          problem.code === 'NPS105'
            ? spanOf(row, row.starts[problem.column] as number, row.ends[problem.column] as number)
            : headerSpan;
        onIssue(
          problem.code === 'NPS105'
            ? issueAt(file, span, 'NPS105', problem.values)
            : issueAt(file, span, 'NPS103', problem.values),
        );
      },
    });
  }

  let unterminatedQuoteInRow = false;

  function onRow(row: CsvRowView): void {
    // Only needed while no response was seen (for NPS104): not worth an object per data row.
    if (dataRows === 0) lastRowEnd = locateInRow(row, row.ends[row.ends.length - 1] ?? row.start);
    if (row.index < source.headerRows) {
      if (row.index === source.headerRow - 1) readHeader(row);
      return;
    }
    // A row of empty fields (Excel writes ";;;;" for formatted but empty lines) holds no response.
    if (isBlank(row.fields)) return;
    dataRows++;
    // The fields of a row with an unterminated quote are guesses (NPS101 already points at the
    // quote): counting or validating them would only add errors that vanish once the quote is fixed.
    if (unterminatedQuoteInRow) {
      unterminatedQuoteInRow = false;
      return;
    }
    if (row.fields.length !== headerCount) {
      onIssue(issueAt(file, rowSpan(row), 'NPS102', { fields: row.fields.length, headerFields: headerCount }));
      return;
    }
    if (!map.readable) return;
    current = row;
    const response = reader.read(cells);
    current = undefined;
    if (response) onResponse(response);
  }

  let tokenizer: CsvTokenizer | undefined;
  let pending = '';

  function start(sample: string): CsvTokenizer {
    // Exactly the first DETECTION_SAMPLE characters, whatever the chunk sizes: the delimiter must not
    // depend on how the file happened to be streamed.
    const delimiter = source.delimiter ?? detectDelimiter(sample.slice(0, DETECTION_SAMPLE));
    return new CsvTokenizer({
      delimiter,
      onRow,
      onIssue(issue) {
        const span = {
          line: issue.line,
          column: issue.column,
          endLine: issue.line,
          endColumn: issue.column + (issue.end - issue.start),
        };
        if (issue.kind === 'unterminated-quote') {
          // The tokenizer reports it just before it hands over the row holding the quote.
          unterminatedQuoteInRow = true;
          onIssue(issueAt(file, span, 'NPS101', {}));
        } else {
          onIssue(issueAt(file, span, 'NPS106', {}));
        }
      },
    });
  }

  return {
    push(chunk) {
      if (tokenizer) return tokenizer.push(chunk);
      pending += chunk;
      if (pending.length >= DETECTION_SAMPLE) {
        tokenizer = start(pending);
        tokenizer.push(pending);
        pending = '';
      }
    },
    finish() {
      if (!tokenizer) {
        tokenizer = start(pending);
        tokenizer.push(pending);
        pending = '';
      }
      tokenizer.finish();
      if (headerCount === 0) {
        onIssue(issueAt(file, emptySpan(), 'NPS104', { empty: 'no-header' }));
      } else if (dataRows === 0) {
        const at = { line: lastRowEnd.line, column: lastRowEnd.column, endLine: lastRowEnd.line, endColumn: lastRowEnd.column };
        onIssue(issueAt(file, at, 'NPS104', { empty: 'header-only' }));
      }
    },
  };
}

/** True when every field is empty or white space; no closure, and usually decided by the first character. */
function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) {
    if (field.length === 0) continue;
    const code = field.charCodeAt(0);
    if (code > 32 && code < 127) return false; // Printable ASCII: not white space.
    if (field.trim() !== '') return false;
  }
  return true;
}

function emptySpan(): Span {
  return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}
