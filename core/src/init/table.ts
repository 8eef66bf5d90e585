import { CsvTokenizer } from '../parse/csv-tokenizer.ts';
import { type CsvDelimiter, detectDelimiter } from '../parse/detect-delimiter.ts';
import { detectHeaderRows } from './header-rows.ts';

/**
 * An export as a table of text cells, whatever its format: the header rows, the data rows, and how
 * they were found. Detection works on this shape only, so a CSV, a JSON array and a workbook's rows
 * (read by core's readWorkbookRows) go through the same rules.
 */
export interface ExportTable {
  format: 'csv' | 'json' | 'xlsx';
  /** CSV only: the delimiter found. */
  delimiter?: CsvDelimiter;
  /** Rows before the data, and which of them holds the column names (1-based, as in the config). */
  headerRows: number;
  headerRow: number;
  /** Why headerRows is what it is, in words. */
  headerReason: string;
  /** JSON envelope: the key holding the array of responses. */
  arrayPath?: string;
  /** The column names, as the config must write them. */
  headers: string[];
  /** Each column's question text from the other header rows (Qualtrics' second row), or the header. */
  labels: string[];
  /** Data rows, as long as the headers (missing cells are ''). */
  rows: string[][];
  /** A time zone the export states (Qualtrics' ImportId row, a "(UTC)" header), if any. */
  timeZone?: string;
}

/** The rows read for detection: enough to see the shape of every column, not a whole 1M-row file. */
export const SAMPLE_ROWS = 5000;

/** What the first bytes say: a workbook (a ZIP archive), JSON, or delimited text. */
export function detectExportFormat(name: string, head: Uint8Array): 'csv' | 'json' | 'xlsx' {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  if (/\.xlsx$/i.test(name)) return 'xlsx';
  if (/\.json$/i.test(name)) return 'json';
  return 'csv';
}

/** True when decoded text is a JSON document rather than CSV (an export saved as .txt, say). */
export function looksLikeJson(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '[' || first === '{';
}

/** The rows of a CSV or TSV text, the delimiter detected. */
export function readCsvRows(text: string, limit = SAMPLE_ROWS): { rows: string[][]; delimiter: CsvDelimiter } {
  const delimiter = detectDelimiter(text.slice(0, 64 * 1024));
  const rows: string[][] = [];
  const tokenizer = new CsvTokenizer({
    delimiter,
    onRow: (row) => {
      if (rows.length < limit) rows.push([...row.fields]);
    },
    onIssue: () => {},
  });
  tokenizer.push(text);
  tokenizer.finish();
  return { rows, delimiter };
}

/** A table from rows (CSV, or a workbook's sheet): the header rows found, then the data. */
export function tableFromRows(rows: string[][], format: 'csv' | 'xlsx', delimiter?: CsvDelimiter): ExportTable {
  const header = detectHeaderRows(rows);
  const width = Math.max(0, ...rows.slice(0, header.headerRows).map((row) => row.length));
  const pad = (row: readonly string[]): string[] => Array.from({ length: width }, (_, index) => row[index] ?? '');
  const names = pad(rows[header.headerRow - 1] ?? []);
  const others = rows.slice(0, header.headerRows).filter((_, index) => index !== header.headerRow - 1);
  const labels = names.map((name, column) => {
    const texts = others.map((row) => (row[column] ?? '').trim()).filter((text) => text && !text.startsWith('{'));
    const question = texts.find((text) => text.length > name.length && !/^(open-ended )?response$/i.test(text));
    return question ?? name;
  });
  return {
    format,
    ...(delimiter ? { delimiter } : {}),
    headerRows: header.headerRows,
    headerRow: header.headerRow,
    headerReason: header.reason,
    headers: names,
    labels,
    rows: rows.slice(header.headerRows).map(pad),
    ...(header.timeZone ? { timeZone: header.timeZone } : {}),
  };
}

/** A table from a JSON array of records, or an envelope object holding one (`{ "responses": [...] }`). */
export function readJsonTable(text: string, limit = SAMPLE_ROWS): ExportTable | string {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  let records: unknown[] | undefined;
  let arrayPath: string | undefined;
  if (Array.isArray(document)) records = document;
  else if (document && typeof document === 'object') {
    // The envelope's array of records: the longest array of objects among its keys.
    for (const [key, value] of Object.entries(document)) {
      if (Array.isArray(value) && value.some(isRecord) && value.length > (records?.length ?? -1)) {
        records = value;
        arrayPath = key;
      }
    }
  }
  if (!records) return 'no array of responses: expected [ {...}, ... ] or { "responses": [ {...}, ... ] }';
  const objects = records.filter(isRecord).slice(0, limit);
  const headers: string[] = [];
  for (const record of objects) for (const key of Object.keys(record)) if (!headers.includes(key)) headers.push(key);
  const rows = objects.map((record) => headers.map((key) => cellText(record[key])));
  return {
    format: 'json',
    headerRows: 1,
    headerRow: 1,
    headerReason: arrayPath ? `JSON records under "${arrayPath}"` : 'a JSON array of records',
    ...(arrayPath ? { arrayPath } : {}),
    headers,
    labels: [...headers],
    rows,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON value as the text a CSV cell would hold; a nested object keeps a marker that no rule takes. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '\u0000object';
}
