import { ISSUE_CATALOGUE, type IssueValues } from '../issues.ts';
import { createSharedStringsReader } from './xlsx-shared-strings.ts';
import { createSheetReader, type WorkbookRow } from './xlsx-sheet.ts';
import { readDateStyles } from './xlsx-styles.ts';
import { ROOT_RELATIONSHIPS_PART, readWorkbookMap, relationshipsPartOf, workbookPartOf } from './xlsx-workbook.ts';
import { partNames, readParts, streamPart } from './xlsx-zip.ts';

/**
 * A reader of our own over fflate (unzip) and saxes (XML): it streams rows where the libraries
 * measured build a whole sheet, run slower or need Node streams (`node scripts/bench/xlsx.ts`
 * prints the comparison; the README's Benchmarks section has the last figures).
 */

export type { WorkbookCell } from './xlsx-cells.ts';
export type { WorkbookRow } from './xlsx-sheet.ts';

export interface WorkbookRowsOptions {
  /** The sheet to read: its name (exact, then case and spaces aside) or its 1-based position; the first by default. */
  sheet?: string | number | undefined;
  /** Stop after this many rows (those with at least one cell): a sample costs what it reads, not the file. */
  maxRows?: number | undefined;
}

/**
 * A workbook's reading: the sheet names in tab order, the sheet read and its rows; or why nothing
 * could be read, with the code of the issue to report: NPS160 for bytes that are no workbook (not a
 * zip, a zip without a workbook, a malformed part), NPS161 for a `sheet` the workbook lacks.
 */
export type WorkbookReading = { ok: true; sheets: string[]; sheet: string; rows: WorkbookRow[] } | WorkbookFailure;

/** Why a workbook cannot be read: the issue's code and values, and its message in the catalogue's words. */
export type WorkbookFailure = { ok: false; sheets: string[]; message: string } & (
  | { code: 'NPS160'; values: IssueValues<'NPS160'> }
  | { code: 'NPS161'; values: IssueValues<'NPS161'> }
);

/** What a streamed reading ends with: the same as WorkbookReading, the rows having gone to onRow. */
export type WorkbookStreamEnd = { ok: true; sheets: string[]; sheet: string } | WorkbookFailure;

function unreadable(values: IssueValues<'NPS160'>, sheets: string[] = []): WorkbookFailure {
  return { ok: false, code: 'NPS160', values, message: ISSUE_CATALOGUE.NPS160.message(values), sheets };
}

function noSheet(values: IssueValues<'NPS161'>): WorkbookFailure {
  return { ok: false, code: 'NPS161', values, message: ISSUE_CATALOGUE.NPS161.message(values), sheets: [...values.sheets] };
}

/**
 * Reads the rows of one sheet of an .xlsx workbook, with every cell's value as text (see
 * WorkbookCell). Never throws on bad bytes: the reading says what is wrong instead.
 *
 * For `nps init` and other previews, pass `maxRows` to sample the top of an export:
 *
 *     const reading = readWorkbookRows(bytes, { maxRows: 20 });
 *     if (reading.ok) {
 *       const header = reading.rows[0]?.cells.map((cell) => cell?.text ?? '');
 *       // reading.sheets lists the other sheets, to offer a choice
 *     }
 *
 * Rows holding no cell at all are absent (a row's `number` is its row in Excel), and a row's
 * `cells` has holes for empty cells: `cells[2]` is column C.
 */
export function readWorkbookRows(bytes: Uint8Array, options: WorkbookRowsOptions = {}): WorkbookReading {
  const rows: WorkbookRow[] = [];
  const end = streamWorkbookRows(bytes, { ...options, onRow: (row) => void rows.push(row) });
  return end.ok ? { ...end, rows } : end;
}

/** Thrown through fflate and saxes to stop reading once `maxRows` rows are read. */
class EnoughRows {}

/** Carries an exception of the caller's onRow through the catch that reports damaged files: a bug is no NPS160. */
class CallerError {
  readonly error: unknown;
  constructor(error: unknown) {
    this.error = error;
  }
}

/**
 * The streaming form of readWorkbookRows: each row goes to onRow as soon as it is read, and memory
 * holds the shared strings and one row, not the sheet. Used by parseWorkbookResponses.
 */
export function streamWorkbookRows(
  bytes: Uint8Array,
  options: WorkbookRowsOptions & {
    onRow: (row: WorkbookRow) => void;
    /** Called once the sheet is chosen, before its first row: with the workbook's date system. */
    onSheet?: (sheet: { name: string; date1904: boolean }) => void;
  },
): WorkbookStreamEnd {
  if (isCompoundFile(bytes)) {
    return unreadable({ kind: 'legacy-or-protected' });
  }
  if (!looksLikeZip(bytes)) {
    return unreadable({ kind: 'not-a-zip' });
  }
  let sheets: string[] = [];
  try {
    const names = new Set(partNames(bytes));
    const rootRels = readParts(bytes, (name) => name === ROOT_RELATIONSHIPS_PART).get(ROOT_RELATIONSHIPS_PART);
    const workbookPart = workbookPartOf(rootRels);
    const workbookRels = relationshipsPartOf(workbookPart);
    const structure = readParts(bytes, (name) => name === workbookPart || name === workbookRels);
    const workbook = structure.get(workbookPart);
    if (workbook === undefined) return unreadable({ kind: 'not-a-workbook', lookalike: lookalikeOf(names) });
    const map = readWorkbookMap(workbookPart, workbook, structure.get(workbookRels));
    sheets = map.sheets.map((sheet) => sheet.name);
    const chosen = chooseSheet(map.sheets, options.sheet);
    if (chosen === undefined) return noSheet({ wanted: map.sheets.length === 0 ? undefined : options.sheet, sheets });

    const sharedStrings: string[] = [];
    const { sharedStringsPart, stylesPart } = map;
    if (names.has(sharedStringsPart)) {
      const reader = createSharedStringsReader(sharedStrings);
      streamPart(bytes, sharedStringsPart, (chunk, final) => reader.write(chunk, final));
    }
    const styles = readParts(bytes, (name) => name === stylesPart).get(stylesPart);
    const context = { sharedStrings, dateStyles: readDateStyles(styles), date1904: map.date1904 };
    options.onSheet?.({ name: chosen.name, date1904: map.date1904 });
    const limit = options.maxRows ?? Number.POSITIVE_INFINITY;
    let count = 0;
    const reader = createSheetReader(context, (row) => {
      try {
        options.onRow(row);
      } catch (error) {
        throw new CallerError(error);
      }
      if (++count >= limit) throw new EnoughRows();
    });
    try {
      streamPart(bytes, chosen.part, (chunk, final) => reader.write(chunk, final));
    } catch (error) {
      if (!(error instanceof EnoughRows)) throw error;
    }
    return { ok: true, sheets, sheet: chosen.name };
  } catch (error) {
    if (error instanceof CallerError) throw error.error;
    // fflate and saxes throw on corrupt data: a damaged download, a truncated copy, a malformed part.
    const why = error instanceof Error ? error.message : String(error);
    return unreadable({ kind: 'damaged', why }, sheets);
  }
}

/** A sheet by name or 1-based position, or the message of NPS161 naming the sheets there are. */
function chooseSheet(
  sheets: readonly { name: string; part: string }[],
  wanted: string | number | undefined,
): { name: string; part: string } | undefined {
  if (wanted === undefined || typeof wanted === 'number') return sheets[(wanted ?? 1) - 1];
  const loose = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();
  const sheet =
    sheets.find((candidate) => candidate.name === wanted) ?? sheets.find((candidate) => loose(candidate.name) === loose(wanted));
  return sheet;
}

/** Zip archives start with a local file header, PK\x03\x04 (or PK\x05\x06 when empty). */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/** The compound file signature (D0 CF 11 E0) of .xls files, and of .xlsx files once encrypted. */
function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** Says what the zip seems to be instead: a Word or PowerPoint file is a common mix-up. */
/** What a zip archive without a workbook part looks like, to say what the file is instead. */
function lookalikeOf(names: ReadonlySet<string>): 'Word' | 'PowerPoint' | 'OpenDocument' | undefined {
  const has = (test: (name: string) => boolean): boolean => [...names].some(test);
  if (has((name) => name.startsWith('word/'))) return 'Word';
  if (has((name) => name.startsWith('ppt/'))) return 'PowerPoint';
  return names.has('content.xml') ? 'OpenDocument' : undefined;
}
