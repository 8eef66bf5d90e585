/**
 * Rewrites a date written in a near variant of the configured format into that format, when the
 * reading is certain: the same fields in the same order with other separators or without zero
 * padding (04-03-2026, 4/3/2026 for DD/MM/YYYY), or year first (2026/03/04), which nobody writes
 * day before month. Month-first US dates are never guessed: 04/03/2026 is not rewritten for a
 * YYYY-MM-DD format. Formats with names, 12-hour clocks, offsets or two-digit years are left alone.
 */
type Field = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

type Piece = { field: Field; width: 1 | 2 | 4 } | { literal: string };

const TOKENS: Readonly<Record<string, { field: Field; width: 1 | 2 | 4 }>> = {
  YYYY: { field: 'year', width: 4 },
  MM: { field: 'month', width: 2 },
  M: { field: 'month', width: 1 },
  DD: { field: 'day', width: 2 },
  D: { field: 'day', width: 1 },
  HH: { field: 'hour', width: 2 },
  H: { field: 'hour', width: 1 },
  mm: { field: 'minute', width: 2 },
  m: { field: 'minute', width: 1 },
  ss: { field: 'second', width: 2 },
  s: { field: 'second', width: 1 },
};

const YEAR_FIRST: readonly Field[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];

/** The format as pieces, or undefined when it holds a token this rewriter does not write. */
export function formatPieces(format: string): Piece[] | undefined {
  const pieces: Piece[] = [];
  for (let at = 0; at < format.length; ) {
    if (format[at] === '[') {
      const close = format.indexOf(']', at);
      if (close === -1) return undefined;
      pieces.push({ literal: format.slice(at + 1, close) });
      at = close + 1;
      continue;
    }
    const letter = format[at] as string;
    if (/[A-Za-z]/.test(letter)) {
      let end = at;
      while (format[end] === letter) end++;
      const token = TOKENS[format.slice(at, end)];
      // T is the ISO separator, a literal in Day.js formats.
      if (!token && letter === 'T' && end === at + 1) pieces.push({ literal: 'T' });
      else if (!token) return undefined;
      else pieces.push(token);
      at = end;
      continue;
    }
    pieces.push({ literal: letter });
    at++;
  }
  return pieces;
}

export function rewriteDate(value: string, format: string): string | undefined {
  const pieces = formatPieces(format);
  if (!pieces || !/^[\d\s/.\-:T]+$/.test(value)) return undefined;
  const order = pieces.flatMap((piece) => ('field' in piece ? [piece.field] : []));
  const groups = value.match(/\d+/g) ?? [];
  if (groups.length !== order.length || new Set(order).size !== order.length) return undefined;
  const fields =
    readInOrder(groups, order) ?? (groups[0]?.length === 4 ? readInOrder(groups, YEAR_FIRST.slice(0, order.length)) : undefined);
  if (!fields || !order.every((field) => fields[field] !== undefined) || !plausible(fields)) return undefined;
  const rewritten = pieces
    .map((piece) =>
      'literal' in piece ? piece.literal : String(fields[piece.field]).padStart(piece.width === 4 ? 4 : piece.width, '0'),
    )
    .join('');
  return rewritten === value ? undefined : rewritten;
}

function readInOrder(groups: readonly string[], order: readonly Field[]): Partial<Record<Field, number>> | undefined {
  const fields: Partial<Record<Field, number>> = {};
  for (const [index, field] of order.entries()) {
    const group = groups[index] as string;
    if (field === 'year' ? group.length !== 4 : group.length > 2) return undefined;
    fields[field] = Number(group);
  }
  return fields;
}

function plausible(fields: Partial<Record<Field, number>>): boolean {
  const { year = 2000, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}
