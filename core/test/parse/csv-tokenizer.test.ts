import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type CsvTokenIssue, CsvTokenizer, locateInRow } from '../../src/parse/csv-tokenizer.ts';
import { LineIndex } from '../../src/text/line-index.ts';

interface Tokenized {
  rows: string[][];
  lines: number[];
  fieldSpans: { start: number; end: number; line: number; column: number; endLine: number; endColumn: number }[][];
  issues: CsvTokenIssue[];
}

function tokenize(
  text: string,
  options: { delimiter?: string; chunkSizes?: number[]; plainRowFastPath?: boolean } = {},
): Tokenized {
  const result: Tokenized = { rows: [], lines: [], fieldSpans: [], issues: [] };
  const tokenizer = new CsvTokenizer({
    delimiter: options.delimiter ?? ',',
    plainRowFastPath: options.plainRowFastPath ?? true,
    onRow(row) {
      result.rows.push([...row.fields]);
      result.lines.push(row.line);
      result.fieldSpans.push(
        row.starts.map((start, index) => {
          const end = row.ends[index] as number;
          const from = locateInRow(row, start);
          const to = locateInRow(row, end);
          return { start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
        }),
      );
    },
    onIssue: (issue) => result.issues.push(issue),
  });
  const sizes = options.chunkSizes ?? [text.length];
  let offset = 0;
  let turn = 0;
  while (offset < text.length) {
    const size = Math.max(1, sizes[turn++ % sizes.length] ?? text.length);
    tokenizer.push(text.slice(offset, offset + size));
    offset += size;
  }
  tokenizer.finish();
  return result;
}

/** An independent writer: RFC 4180 quoting, optionally forced on every field. */
function writeCsv(rows: string[][], options: { delimiter: string; newline: string; quoteAll: boolean }): string {
  const quote = (field: string): string =>
    options.quoteAll || /["\r\n]/.test(field) || field.includes(options.delimiter) ? `"${field.replaceAll('"', '""')}"` : field;
  return rows.map((row) => row.map(quote).join(options.delimiter)).join(options.newline);
}

const fieldText = fc.string({
  unit: fc.constantFrom('a', 'é', ' ', ',', ';', '"', '\n', '\r\n', 'x', '😀', '\t'),
  maxLength: 12,
});
const table = fc.array(fc.array(fieldText, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 });

describe('CsvTokenizer', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text = 'date,score,comment\r\n2026-01-02,9,"Très bien, merci ""top""\r\nà bientôt"\r\n2026-01-03,3,nul\r\n';
    const result = tokenize(text);
    expect(result.rows).toEqual([
      ['date', 'score', 'comment'],
      ['2026-01-02', '9', 'Très bien, merci "top"\r\nà bientôt'],
      ['2026-01-03', '3', 'nul'],
    ]);
    expect(result.lines).toEqual([1, 2, 4]);
    expect(result.issues).toEqual([]);
  });

  it('skips a BOM, reads CR-only line ends and skips empty lines', () => {
    const result = tokenize('\uFEFFa;b\r\r1;2\r3;4', { delimiter: ';' });
    expect(result.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(result.lines).toEqual([1, 3, 4]);
    expect(result.fieldSpans[0]?.[0]).toMatchObject({ start: 0, line: 1, column: 1 });
  });

  it('reports an unterminated quote where it opens and reads on from there', () => {
    const text = 'a,b\n1,"open\n2,3\n';
    const result = tokenize(text);
    expect(result.issues).toEqual([{ kind: 'unterminated-quote', start: 6, end: 7, line: 2, column: 3 }]);
    expect(result.rows).toEqual([
      ['a', 'b'],
      ['1', '"open'],
      ['2', '3'],
    ]);
  });

  it('reports text after a closing quote', () => {
    const result = tokenize('a,b\n"x"y,2\n');
    expect(result.issues).toEqual([{ kind: 'text-after-quote', start: 7, end: 8, line: 2, column: 4 }]);
    expect(result.rows[1]).toEqual(['xy', '2']);
  });

  it('places fields on the right line after a multi-line field', () => {
    const result = tokenize('h1,h2,h3\n"a\nb",x,"c"\n');
    expect(result.fieldSpans[1]?.map(({ line, column, endLine, endColumn }) => [line, column, endLine, endColumn])).toEqual([
      [2, 1, 3, 3],
      [3, 4, 3, 5],
      [3, 6, 3, 9],
    ]);
  });

  it('reads back any table its independent writer wrote, in any chunking', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 4 }),
        (rows, delimiter, newline, quoteAll, chunkSizes) => {
          const text = writeCsv(rows, { delimiter, newline, quoteAll });
          const result = tokenize(text, { delimiter, chunkSizes });
          expect(result.issues).toEqual([]);
          expect(result.rows).toEqual(rows);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agrees with papaparse on well-formed CSV', () => {
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), (rows, newline) => {
        const text = writeCsv(rows, { delimiter: ',', newline, quoteAll: false });
        const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline, skipEmptyLines: false });
        expect(tokenize(text).rows).toEqual(parsed.data);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, and every position lies inside the text and matches a line index', () => {
    const anyText = fc.string({ unit: fc.constantFrom('a', '"', ',', '\n', '\r', ' ', 'é', '\uFEFF'), maxLength: 60 });
    fc.assert(
      fc.property(anyText, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 3 }), (text, chunkSizes) => {
        const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
        const lines = new LineIndex(body);
        const result = tokenize(text, { chunkSizes });
        const whole = tokenize(text);
        expect(result).toEqual(whole);
        for (const spans of result.fieldSpans) {
          for (const span of spans) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(body.length);
            expect(lines.position(span.start)).toEqual({ line: span.line, column: span.column });
            expect(lines.position(span.end)).toEqual({ line: span.endLine, column: span.endColumn });
          }
        }
        for (const issue of result.issues) {
          expect(lines.position(issue.start)).toEqual({ line: issue.line, column: issue.column });
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('splits quote-free rows on the fast path exactly as the general scanner does, in any chunking', () => {
    // Mostly plain fields, some quoted ones, every kind of line end and empty lines: rows switch
    // between the two paths, and chunk boundaries fall anywhere, inside a row carried over too.
    const plain = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '1', '😀', '\t', ';'), maxLength: 6 });
    const quoted = fc.string({ unit: fc.constantFrom('a', ',', '""', '\n', '\r\n'), maxLength: 5 }).map((inner) => `"${inner}"`);
    const field = fc.oneof({ weight: 8, arbitrary: plain }, { weight: 1, arbitrary: quoted });
    const lineEnd = fc.constantFrom('\n', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n');
    const row = fc.tuple(fc.array(field, { minLength: 1, maxLength: 5 }), lineEnd).map(([fields, end]) => fields.join(',') + end);
    const text = fc.tuple(fc.array(row, { maxLength: 12 }), fc.boolean()).map(([rows, cut]) => {
      const joined = rows.join('');
      return cut ? joined.replace(/[\r\n]+$/, '') : joined;
    });
    const chunkSizes = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(text, chunkSizes, (csv, sizes) => {
        const general = tokenize(csv, { plainRowFastPath: false });
        expect(tokenize(csv, { chunkSizes: sizes })).toEqual(general);
        expect(tokenize(csv)).toEqual(general);
      }),
      { numRuns: 1000 },
    );
  });

  it('carries a row across many small chunks, and a long quoted field across large ones', () => {
    const long = `"${'x,'.repeat(5000)}\n${'y'.repeat(5000)}"`;
    const csv = `id,comment\r\n1,${long}\r\n2,plain\r\n`;
    const general = tokenize(csv, { plainRowFastPath: false });
    expect(general.rows[1]?.[1]?.length).toBe(15_001);
    for (const size of [1, 3, 4096, 5000, 9000]) expect(tokenize(csv, { chunkSizes: [size] })).toEqual(general);
  });
});
