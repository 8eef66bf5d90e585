import { type DateStyle, serialToIso } from './xlsx-dates.ts';

/** One cell of a sheet, as a reader of survey exports needs it. */
export interface WorkbookCell {
  /**
   * What the cell holds, as text: strings as written (shared, inline or rich text joined), numbers
   * in plain decimal ("9", "7.5", to Excel's 15 significant digits), booleans as TRUE or FALSE,
   * errors as Excel shows them ("#N/A"), dates as ISO wall-clock text ("2026-03-02" or
   * "2026-03-02T14:05:00"). A formula gives the value Excel cached when it last saved the file.
   */
  text: string;
  kind: 'text' | 'number' | 'boolean' | 'date' | 'error';
  /** The number stored, for number and date cells (a date's serial). */
  number?: number;
}

export interface CellContext {
  sharedStrings: readonly string[];
  dateStyles: readonly (DateStyle | undefined)[];
  date1904: boolean;
}

/**
 * The cell of a `<c>` element: its type attribute `t`, style index `s`, and the text of its `<v>`
 * (or of its inline `<is>`). Undefined for a cell that holds nothing (a formatted empty cell).
 */
export function cellOf(type: string, style: number, raw: string, context: CellContext): WorkbookCell | undefined {
  switch (type) {
    case 's': {
      if (raw === '') return undefined;
      return { text: context.sharedStrings[Number(raw)] ?? '', kind: 'text' };
    }
    case 'inlineStr':
    case 'str':
      return { text: unescapeText(raw), kind: 'text' };
    case 'b':
      return raw === '' ? undefined : { text: raw === '1' || raw === 'true' ? 'TRUE' : 'FALSE', kind: 'boolean' };
    case 'e':
      return { text: raw, kind: 'error' };
    case 'd':
      return raw === '' ? undefined : { text: isoDateCell(raw, context.dateStyles[style]), kind: 'date' };
    default: {
      if (raw === '') return undefined;
      const number = Number(raw);
      if (!Number.isFinite(number)) return { text: raw, kind: 'text' };
      const dateStyle = context.dateStyles[style];
      if (dateStyle !== undefined) {
        const iso = serialToIso(number, { date1904: context.date1904, style: dateStyle });
        if (iso !== undefined) return { text: iso, kind: 'date', number };
      }
      return { text: plainNumber(number), kind: 'number', number };
    }
  }
}

/**
 * OOXML writes characters that XML 1.0 cannot hold (and carriage returns) as _xHHHH_: a comment
 * pasted from Windows reads "Bien_x000D_\nmerci". `_x005F_` escapes a literal underscore.
 */
export function unescapeText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The decimal text of a number as Excel shows it in General format: 15 significant digits at most. */
export function plainNumber(number: number): string {
  return String(Number(number.toPrecision(15)));
}

/**
 * A cell of type "d" holds ISO 8601 text already (strict OOXML, some exporters). It is a wall-clock
 * value, so a trailing Z is dropped; a midnight in a date-only style is the day alone.
 */
function isoDateCell(raw: string, style: DateStyle | undefined): string {
  const wall = raw.endsWith('Z') ? raw.slice(0, -1) : raw;
  if (style === 'date') return wall.replace(/T00:00(:00(\.0+)?)?$/, '');
  return wall;
}

/** The 1-based column of a cell reference ("C12" is 3), 0 when it has no letters. */
export function columnOfReference(reference: string): number {
  let column = 0;
  for (let index = 0; index < reference.length; index++) {
    const code = reference.charCodeAt(index) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return column;
}

/** The letters of a 1-based column: 3 is "C", 28 is "AB". */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
