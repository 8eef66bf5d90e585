import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILE, type Parsed, parseCsv, parseWorkbook } from './parse-harness.ts';
import { buildWorkbook, type CellSpec } from './workbook-builder.ts';

/**
 * A sheet and the same table saved as CSV must give the same responses and the same issues: one
 * record reader, one column map. Positions differ by nature (a CSV line is not a row once a
 * comment spans lines), so they are left aside, with the cell names the workbook parser adds.
 */

const HEADERS = ['date', 'score', 'comment', 'id', 'store', 'weight', 'repliedAt', 'Note', ''];
// No carriage return: XML turns \r into \n, and so would Excel.
const STRINGS = [
  '2026-03-02',
  '2026-02-30',
  '2026-03-31T23:30:00Z',
  'hier',
  '',
  ' ',
  '\t',
  '9',
  ' 9 ',
  '7.5',
  'dix',
  'a1',
  'b2',
  'Paris',
  'é😀',
  'Très bien,\n"merci"',
  '<&>',
];
const cell = fc.oneof(fc.constantFrom(...STRINGS), fc.integer({ min: -2, max: 12 }));

const table = fc
  .subarray(HEADERS, { minLength: 1 })
  .chain((headers) =>
    fc.tuple(
      fc.constant(headers),
      fc.array(fc.array(cell, { minLength: headers.length, maxLength: headers.length }), { maxLength: 8 }),
      fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
    ),
  );

function toCsv(headers: readonly string[], rows: readonly (string | number)[][]): string {
  const field = (value: string | number): string => `"${String(value).replace(/"/g, '""')}"`;
  return `${[headers, ...rows].map((row) => row.map(field).join(',')).join('\n')}\n`;
}

/** Empty strings written as absent cells, here and there: both read as an empty cell. */
function toWorkbook(headers: readonly string[], rows: readonly (string | number)[][], holes: readonly boolean[]): Uint8Array {
  const body: CellSpec[][] = rows.map((row, r) =>
    row.map((value, c) => (value === '' && holes[(r * 7 + c) % 64] ? null : value)),
  );
  return buildWorkbook({ sheets: [{ name: 'Réponses', rows: [[...headers], ...body] }], inlineStrings: holes[63] });
}

const withoutPositions = (result: Parsed) => ({
  responses: result.responses,
  issues: result.issues.map(({ code, severity, message }) => ({
    code,
    severity,
    message: message.replace(/ \((cell [A-Z]+\d+|row \d+)\)$/, '').replace(new RegExp(`${FILE}:\\d+`), FILE),
  })),
});

describe('workbook and CSV parsers', () => {
  it('give the same responses and issues for the same table', () => {
    fc.assert(
      fc.property(table, ([headers, rows, holes]) => {
        const csv = parseCsv(toCsv(headers, rows));
        const sheet = parseWorkbook(toWorkbook(headers, rows, holes));
        expect(withoutPositions(sheet)).toEqual(withoutPositions(csv));
      }),
      { numRuns: 150 },
    );
  });

  it('point every issue of a row at that row', () => {
    fc.assert(
      fc.property(table, ([headers, rows, holes]) => {
        for (const issue of parseWorkbook(toWorkbook(headers, rows, holes)).issues) {
          expect(issue.line).toBeGreaterThanOrEqual(1);
          expect(issue.line).toBeLessThanOrEqual(rows.length + 1);
          expect(issue.column).toBeLessThanOrEqual(headers.length + 1);
          expect(issue.endColumn).toBeGreaterThanOrEqual(issue.column);
        }
      }),
    );
  });
});
