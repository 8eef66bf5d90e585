import { type CellContext, cellOf, columnOfReference, type WorkbookCell } from './xlsx-cells.ts';
import { createXmlReader, type XmlReader } from './xlsx-xml.ts';

/** One row of a sheet: its number as Excel shows it, and its cells by 0-based column (holes for empty cells). */
export interface WorkbookRow {
  /** 1-based, as Excel numbers rows; rows with no cell are absent from a sheet, so numbers may jump. */
  number: number;
  cells: (WorkbookCell | undefined)[];
}

/** Excel's last column (XFD): a reference past it is corrupt, and would make a huge sparse array. */
const MAX_COLUMNS = 16384;

/**
 * Reads a sheet part (`<sheetData><row><c>`) as it is inflated and hands over each row once its
 * closing tag is read: memory holds one row, never the sheet. Cells and rows without a reference
 * (`r`) follow the previous one, as the format allows.
 */
export function createSheetReader(context: CellContext, onRow: (row: WorkbookRow) => void): XmlReader {
  let row: WorkbookRow | undefined;
  let rowNumber = 0;
  let column = 0;
  let type = 'n';
  let style = 0;
  let raw = '';
  /** Inside the text that makes a cell's value: its `<v>`, or a `<t>` of its inline string. */
  let collecting = false;
  let inInline = false;
  let phoneticDepth = 0;

  return createXmlReader({
    open(name, attributes) {
      switch (name) {
        case 'row': {
          const reference = attributes.r;
          rowNumber = reference === undefined ? rowNumber + 1 : Number(reference) || rowNumber + 1;
          row = { number: rowNumber, cells: [] };
          column = 0;
          break;
        }
        case 'c': {
          const reference = attributes.r;
          column = (reference === undefined ? 0 : columnOfReference(reference)) || column + 1;
          type = attributes.t ?? 'n';
          style = attributes.s === undefined ? 0 : Number(attributes.s);
          raw = '';
          break;
        }
        case 'v':
          collecting = !inInline;
          break;
        case 'is':
          inInline = true;
          break;
        case 'rPh':
          phoneticDepth++;
          break;
        case 't':
          collecting = inInline && phoneticDepth === 0;
          break;
      }
    },
    text(text) {
      if (collecting) raw += text;
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          collecting = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          phoneticDepth--;
          break;
        case 'c': {
          if (!row || column > MAX_COLUMNS) break;
          const cell = cellOf(type, style, raw, context);
          if (cell) row.cells[column - 1] = cell;
          break;
        }
        case 'row':
          // Excel writes <row> elements for formatted rows that hold nothing: no row for those.
          if (row && row.cells.length > 0) onRow(row);
          row = undefined;
          break;
      }
    },
  });
}
