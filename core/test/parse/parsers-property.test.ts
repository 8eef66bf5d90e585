import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { responseSchema } from '../../src/schema/response.ts';
import { expectPositionsInside, parseCsv, parseJson } from './parse-harness.ts';

/**
 * Properties every input must keep, however broken: the parsers never throw (bad data is an issue,
 * an exception is a bug), every issue points inside the text, a chunk boundary changes nothing,
 * and whatever they accept is a valid response by the zod schema.
 */

const HEADERS = ['date', 'score', 'comment', 'id', 'store', 'weight', 'repliedAt', 'Note', ''];
const CELLS = [
  '2026-03-02',
  '2026-02-30',
  '31/12/2026',
  '2026-03-31T23:30:00Z',
  '2026-03-02 10:00',
  'hier',
  '',
  '9',
  '10',
  '0',
  '-1',
  '11',
  '7.5',
  '8,0',
  'dix',
  ' 9 ',
  '1e1',
  '+3',
  'NaN',
  'Infinity',
  'a1',
  'a1',
  'b2',
  '1,5',
  '-2',
  'Paris',
  'é😀',
  '"',
  '""',
  '"x"y',
  '"a\nb"',
  '"a,b"',
  ' ',
  '\t',
];
const SEPARATORS = [',', ';', '\t', '\n', '\r\n', '\r', '"', ''];

/** Text shaped like a CSV export, with every kind of mistake mixed in. */
const csvLike = fc
  .tuple(
    fc.subarray(HEADERS, { minLength: 1 }),
    fc.array(fc.array(fc.constantFrom(...CELLS), { maxLength: 6 }), { maxLength: 8 }),
    fc.constantFrom(',', ';', '\t'),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SEPARATORS)), { maxLength: 3 }),
    fc.boolean(),
  )
  .map(([headers, rows, delimiter, newline, noise, bom]) => {
    let text = [headers, ...rows].map((row) => row.join(delimiter)).join(newline);
    for (const [at, inserted] of noise) {
      const offset = text.length === 0 ? 0 : at % text.length;
      text = text.slice(0, offset) + inserted + text.slice(offset);
    }
    return (bom ? '\uFEFF' : '') + text;
  });

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('a', '9', '"', ',', ';', '\n', '\r', ' ', '\uFEFF', '\uD83D', '{', '['), maxLength: 60 }),
  fc.uint8Array({ maxLength: 80 }).map((bytes) => new TextDecoder().decode(bytes)),
);

const JSON_VALUES = [
  '9',
  '"9"',
  '10.5',
  'null',
  'true',
  '"2026-03-02"',
  '"2026-02-30T10:00:00Z"',
  '{}',
  '[]',
  '"x"',
  '-1',
  '1e400',
];
const JSON_KEYS = ['date', 'score', 'comment', 'id', 'store', 'weight', 'repliedAt', 'other'];
const JSON_NOISE = [',', ':', '{', '}', '[', ']', '"', '\n', '\r', '/*', '//', ' '];

/** Text shaped like a JSON export (an array or an envelope), with syntax noise mixed in. */
const jsonLike = fc
  .tuple(
    fc.array(fc.array(fc.tuple(fc.constantFrom(...JSON_KEYS), fc.constantFrom(...JSON_VALUES)), { maxLength: 5 }), {
      maxLength: 5,
    }),
    fc.boolean(),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...JSON_NOISE)), { maxLength: 3 }),
  )
  .map(([records, envelope, noise]) => {
    const array = `[${records.map((fields) => `{${fields.map(([key, value]) => `"${key}": ${value}`).join(', ')}}`).join(',\n')}]`;
    let text = envelope ? `{ "exportedAt": "2026-04-01", "responses": ${array} }` : array;
    for (const [at, inserted] of noise) {
      const offset = at % (text.length + 1);
      text = text.slice(0, offset) + inserted + text.slice(offset);
    }
    return text;
  });

const chunkSizes = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 });

function expectValidResponses(responses: readonly unknown[]): void {
  for (const response of responses) {
    const parsed = responseSchema.safeParse(response);
    expect(parsed.success, JSON.stringify({ response, error: parsed.error?.issues })).toBe(true);
  }
}

describe('CSV parser properties', () => {
  it('never throws, and every issue lies inside the text, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(csvLike, anyText), (text) => {
        const { issues, responses } = parseCsv(text);
        expectPositionsInside(text, issues);
        expectValidResponses(responses);
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the same responses and issues however the text is chunked', () => {
    fc.assert(
      fc.property(fc.oneof(csvLike, anyText), chunkSizes, (text, sizes) => {
        expect(parseCsv(text, { chunkSizes: sizes })).toEqual(parseCsv(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every issue inside the text with several header rows and a date format', () => {
    fc.assert(
      fc.property(csvLike, fc.integer({ min: 1, max: 3 }), (text, headerRows) => {
        const { issues } = parseCsv(text, { source: { headerRows, headerRow: 1, dateFormat: 'DD/MM/YYYY' } });
        expectPositionsInside(text, issues);
      }),
      { numRuns: 500 },
    );
  });

  it('reads or reports every data row: no row is dropped silently', () => {
    const cell = fc.constantFrom(...CELLS.filter((value) => !value.includes('"'))).map((value) => value.replace(/[\n\r,]/g, ' '));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), (rows) => {
        // A row of blank fields holds no response (Excel writes them for formatted, empty lines).
        const kept = rows.filter((row) => row.some((value) => value.trim() !== ''));
        const text = ['date,score,id', ...kept.map((row) => row.join(','))].join('\n');
        const { issues, responses } = parseCsv(text);
        // A row is read, refused with an error, or left out as a partial answer (no score) with a warning.
        const leftOut = issues.filter((issue) => issue.severity === 'error' || issue.code === 'NPS201');
        const failedLines = new Set(leftOut.map((issue) => issue.line));
        for (const line of failedLines) expect(line).toBeGreaterThanOrEqual(2);
        expect(responses.length + failedLines.size, text).toBe(kept.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('JSON parser properties', () => {
  it('never throws, and every issue lies inside the text, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(jsonLike, anyText, fc.json()), (text) => {
        const { issues, responses } = parseJson(text);
        expectPositionsInside(text, issues);
        expectValidResponses(responses);
      }),
      { numRuns: 1500 },
    );
  });

  it('reads an envelope by its arrayPath as it reads the bare array', () => {
    fc.assert(
      fc.property(jsonLike, (text) => {
        const bare = parseJson(text);
        // Only well-formed arrays: a syntax error recovers differently inside an envelope.
        if (/^\s*\{/.test(text) || bare.issues.some((issue) => issue.code === 'NPS150')) return;
        const wrapped = parseJson(`{"responses":${text}}`, { source: { arrayPath: 'responses' } });
        expect(wrapped.responses).toEqual(bare.responses);
        expect(wrapped.issues.map((issue) => issue.code)).toEqual(bare.issues.map((issue) => issue.code));
      }),
      { numRuns: 500 },
    );
  });
});
