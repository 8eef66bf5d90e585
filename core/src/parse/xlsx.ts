import { type Issue, issueAt, type Span } from '../issues.ts';
import { type ColumnMap, mapColumns, pickColumn } from './column-map.ts';
import { createRecordReader, type RecordCells, type ResponseParserOptions } from './record-reader.ts';
import { columnLetters } from './xlsx-cells.ts';
import { serialToIso } from './xlsx-dates.ts';
import { streamWorkbookRows, type WorkbookRow } from './xlsx-rows.ts';

export type WorkbookParserOptions = ResponseParserOptions;

/**
 * The workbook parser (.xlsx): one sheet (the source's `sheet`, the first by default), its header
 * rows and column map exactly as in a CSV file (column-map.ts), then one validated response per
 * data row through the shared record reader. Rows stream from the zip: memory holds the shared
 * strings and one row.
 *
 * Positions are cells: an issue's line is the row number and its column the column number (A is
 * 1), one column wide, and its message names the cell ("(cell C12)") since a spreadsheet shows
 * letters, not numbers. Bytes that are no workbook are NPS160, a missing sheet NPS161, both at 1:1.
 */
export function parseWorkbookResponses(bytes: Uint8Array, options: WorkbookParserOptions): void {
  const { file, source, config, onResponse, onIssue } = options;
  const reader = createRecordReader({ file, source, config, ids: options.ids, onIssue: (issue) => onIssue(named(issue)) });
  const dateSlots = new Set([reader.fields.indexOf('date'), reader.fields.indexOf('repliedAt')]);
  let map: ColumnMap | undefined;
  let current: WorkbookRow | undefined;
  let date1904 = false;
  let dataRows = 0;
  let lastRow: WorkbookRow | undefined;
  const textAt = (column: number): string | undefined => current?.cells[column]?.text;
  const columnOf = (slot: number): number => (map === undefined ? -1 : pickColumn(map, slot, textAt));

  const cells: RecordCells = {
    typed: false,
    value(_field, slot) {
      const column = columnOf(slot);
      if (column < 0 || !current) return undefined;
      const cell = current.cells[column];
      if (cell === undefined) return '';
      // A date column holding bare serials (a date whose format was lost on the way) is read as
      // dates, but only serials of 1970 to 2099: a 7 in a date column is a mistake, not 1900-01-07.
      const serial = cell.number;
      if (cell.kind === 'number' && dateSlots.has(slot) && serial !== undefined && isPlausibleSerial(serial, date1904)) {
        return serialToIso(serial, { date1904, style: 'date' }) ?? cell.text;
      }
      return cell.text;
    },
    span(_field, slot) {
      const column = columnOf(slot);
      if (!current) return emptySpan();
      return column < 0 ? rowSpan(current) : cellSpan(current.number, column);
    },
    line() {
      return current?.number ?? 1;
    },
    recordSpan() {
      return current ? rowSpan(current) : emptySpan();
    },
  };

  function readHeader(row: WorkbookRow | undefined, number: number): void {
    const names = Array.from({ length: row?.cells.length ?? 0 }, (_, column) => row?.cells[column]?.text ?? '');
    const headerSpan = row ? rowSpan(row) : { line: number, column: 1, endLine: number, endColumn: 1 };
    map = mapColumns({
      names,
      fields: reader.fields,
      source,
      onProblem(problem) {
        if (problem.code === 'NPS103') onIssue(issueAt(file, headerSpan, 'NPS103', problem.values));
        else onIssue(named(issueAt(file, cellSpan(number, problem.column), 'NPS105', problem.values)));
      },
    });
  }

  function onRow(row: WorkbookRow): void {
    if (row.number <= source.headerRows) {
      if (row.number === source.headerRow) readHeader(row, row.number);
      if (dataRows === 0) lastRow = row;
      return;
    }
    if (isBlank(row)) return;
    // The header row was empty, so absent from the sheet: every mapped column is then missing.
    if (map === undefined) readHeader(undefined, source.headerRow);
    dataRows++;
    if (!map?.readable) return;
    current = row;
    const response = reader.read(cells);
    current = undefined;
    if (response) onResponse(response);
  }

  const end = streamWorkbookRows(bytes, {
    sheet: source.sheet,
    onSheet: (sheet) => {
      date1904 = sheet.date1904;
    },
    onRow,
  });
  if (!end.ok) {
    onIssue(
      end.code === 'NPS160' ? issueAt(file, emptySpan(), 'NPS160', end.values) : issueAt(file, emptySpan(), 'NPS161', end.values),
    );
    return;
  }
  if (map === undefined) {
    onIssue(issueAt(file, emptySpan(), 'NPS104', { empty: 'no-header' }));
  } else if (dataRows === 0) {
    const line = lastRow?.number ?? source.headerRow;
    const column = (lastRow?.cells.length ?? 0) + 1;
    onIssue(issueAt(file, { line, column, endLine: line, endColumn: column }, 'NPS104', { empty: 'header-only' }));
  }
}

/** The issue with the cell (or row) it points at named in its message, as a spreadsheet shows it. */
function named(issue: Issue): Issue {
  const oneCell = issue.endLine === issue.line && issue.endColumn === issue.column + 1;
  const where = oneCell ? `cell ${columnLetters(issue.column)}${issue.line}` : `row ${issue.line}`;
  return { ...issue, message: `${issue.message} (${where})` };
}

/** Serials of 1970-01-01 to 2099-12-31 (1462 days fewer in the 1904 system). */
function isPlausibleSerial(serial: number, date1904: boolean): boolean {
  const day = date1904 ? serial + 1462 : serial;
  return day >= 25569 && day < 73051;
}

function cellSpan(line: number, column: number): Span {
  return { line, column: column + 1, endLine: line, endColumn: column + 2 };
}

/** A whole row: from column A to just past its last cell. */
function rowSpan(row: WorkbookRow): Span {
  return { line: row.number, column: 1, endLine: row.number, endColumn: Math.max(row.cells.length, 1) + 1 };
}

function emptySpan(): Span {
  return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** A row whose cells are all empty or white space: Excel keeps formatted rows that hold nothing. */
function isBlank(row: WorkbookRow): boolean {
  for (const cell of row.cells) if (cell !== undefined && cell.text.trim() !== '') return false;
  return true;
}
