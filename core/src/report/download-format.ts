/**
 * Formula-safe CSV and JSON for the downloads page.
 *
 * A spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage return as a formula
 * (CSV injection, OWASP). Such text cells get a leading apostrophe, which spreadsheets show as
 * text. Numbers are written as numbers and never touched: -12.5 stays a negative number.
 * Quoting follows RFC 4180: a cell with the delimiter, a quote, CR or LF is quoted, quotes doubled;
 * records end with CRLF.
 */

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvCell;
}

export interface CsvOptions {
  /** ',' (default) or ';' (what French spreadsheets expect). */
  delimiter?: ',' | ';';
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text with a leading apostrophe when a spreadsheet would read it as a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(cell: CsvCell, delimiter: string): string {
  if (cell === null || cell === undefined) return '';
  // Shortest round-trip form; NaN and infinities are no data, not text.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const text = neutralizeFormula(cell);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<Row>(rows: Iterable<Row>, columns: readonly CsvColumn<Row>[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const lines = [columns.map((column) => cellText(column.header, delimiter)).join(delimiter)];
  for (const row of rows) lines.push(columns.map((column) => cellText(column.value(row), delimiter)).join(delimiter));
  return `${lines.join('\r\n')}\r\n`;
}

export interface JsonOptions {
  /** Neutralise formula-like strings as in CSV (default true: JSON gets imported into spreadsheets too). */
  neutralizeFormulas?: boolean;
}

/**
 * Pretty JSON of plain data. Strings are neutralised like CSV cells unless asked not to; numbers
 * stay numbers. <, >, & and the line separators U+2028/9 are escaped, so the text can also be
 * inlined in an HTML <script> without ending it.
 */
export function toJson(value: unknown, options: JsonOptions = {}): string {
  const neutralize = options.neutralizeFormulas ?? true;
  const text = JSON.stringify(
    value,
    (_key, item: unknown) => (neutralize && typeof item === 'string' ? neutralizeFormula(item) : item),
    2,
  );
  return `${(text ?? 'null').replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
