import type { IssueValues } from '../issues.ts';
import type { SourceConfig } from '../schema/config.ts';

/**
 * Header matching shared by the parsers of tables (CSV, workbooks): which column holds each field,
 * and the values of NPS103 (missing column) and NPS105 (duplicated header). One module so that a
 * sheet and the same table saved as CSV map their columns, and report their problems, alike.
 */

/** A problem of the header row: a column missing (NPS103) or a header written twice (NPS105). */
export type HeaderProblem =
  | { code: 'NPS103'; values: IssueValues<'NPS103'> }
  | { code: 'NPS105'; values: IssueValues<'NPS105'> /** 0-based: the second column with the header. */; column: number };

export interface ColumnMap {
  /** The column (0-based) of each field, by slot; -1 when the table has none. */
  readonly columnBySlot: Int32Array;
  /**
   * Fields mapped to a list of headers (a follow-up question that the survey branches by score:
   * "why not?" for detractors, "why?" for promoters): every column of the list found, by slot. The
   * cell read is the first non-empty one of the row: see `pickColumn`.
   */
  readonly alternativesBySlot: ReadonlyMap<number, readonly number[]>;
  /** False when the date or the score has no column: no row can then give a response. */
  readonly readable: boolean;
}

export interface MapColumnsOptions {
  /** The header row's cells, in column order. */
  names: readonly string[];
  /** The record reader's fields, by slot. */
  fields: readonly string[];
  source: SourceConfig;
  onProblem: (problem: HeaderProblem) => void;
}

export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Maps every field to its column: the header as written first, then loosely (case and spaces aside). */
export function mapColumns(options: MapColumnsOptions): ColumnMap {
  const { names, fields, source, onProblem } = options;
  const columnBySlot = new Int32Array(fields.length).fill(-1);
  const alternativesBySlot = new Map<number, number[]>();
  let readable = true;
  const exact = new Map<string, number[]>();
  const loose = new Map<string, number[]>();
  names.forEach((name, index) => {
    exact.set(name, [...(exact.get(name) ?? []), index]);
    const key = normalizeHeader(name);
    loose.set(key, [...(loose.get(key) ?? []), index]);
  });
  const find = (header: string): number[] | undefined => exact.get(header) ?? loose.get(normalizeHeader(header));
  const missing = (header: string, field: string): void =>
    onProblem({ code: 'NPS103', values: missingColumn(header, field, names) });

  for (const [slot, field] of fields.entries()) {
    const mapped = source.columns[field];
    const required = field === 'date' || field === 'score';
    if (Array.isArray(mapped)) {
      const found: number[] = [];
      for (const header of mapped) {
        const matches = find(header);
        if (matches) found.push(matches[0] as number);
        else missing(header, field);
      }
      if (found.length > 0) {
        columnBySlot[slot] = found[0] as number;
        alternativesBySlot.set(slot, found);
      } else if (required) readable = false;
      continue;
    }
    const header = mapped ?? field;
    const matches = find(header);
    if (!matches) {
      if (mapped !== undefined || (required && source.constants[field] === undefined)) {
        missing(header, field);
        if (required) readable = false;
      }
      continue;
    }
    if (matches.length > 1) {
      onProblem({ code: 'NPS105', values: { header, times: matches.length, field }, column: matches[1] as number });
    }
    columnBySlot[slot] = matches[0] as number;
  }
  return { columnBySlot, alternativesBySlot, readable };
}

/**
 * The column to read for a slot in the current row: its only column, or for a list of headers the
 * first whose cell is not blank (the first of the list when all are). `textAt` gives a cell's text.
 */
export function pickColumn(map: ColumnMap, slot: number, textAt: (column: number) => string | undefined): number {
  const alternatives = map.alternativesBySlot.get(slot);
  if (alternatives === undefined) return map.columnBySlot[slot] ?? -1;
  return alternatives.find((column) => (textAt(column) ?? '').trim() !== '') ?? (alternatives[0] as number);
}

/** Columns listed in full up to this count; a Qualtrics export has dozens. */
const LISTED_COLUMNS = 12;

/** Says which header was looked for, suggests a near one (same words, case or accents aside), lists the others. */
function missingColumn(header: string, field: string, names: readonly string[]): IssueValues<'NPS103'> {
  const wanted = foldHeader(header);
  const near = names.find((name) => {
    const folded = foldHeader(name);
    return folded.length > 0 && (folded.includes(wanted) || wanted.includes(folded));
  });
  const more = Math.max(0, names.length - LISTED_COLUMNS);
  return { header, field, near, columns: names.slice(0, LISTED_COLUMNS), more };
}

function foldHeader(header: string): string {
  return normalizeHeader(header).normalize('NFD').replace(/\p{M}/gu, '');
}
