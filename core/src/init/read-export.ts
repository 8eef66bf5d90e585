import { type ExportTable, looksLikeJson, readCsvRows, readJsonTable, tableFromRows } from './table.ts';

/**
 * An export's table from its decoded text (CSV, TSV, a JSON array or envelope) or, for a workbook,
 * from the rows of its sheet; a message when it cannot be read as a table.
 */
export function readExportTable(input: { text: string } | { rows: string[][] }): ExportTable | string {
  if ('rows' in input) {
    if (input.rows.length === 0) return 'the sheet is empty';
    return tableFromRows(input.rows, 'xlsx');
  }
  if (looksLikeJson(input.text)) return readJsonTable(input.text);
  const { rows, delimiter } = readCsvRows(input.text);
  if (rows.length === 0) return 'the file is empty';
  return tableFromRows(rows, 'csv', delimiter);
}
