import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NpsResponse, responseSchema } from '../../src/schema/response.ts';
import { parseCsv, parseJson } from './parse-harness.ts';

/**
 * The record reader validates cells with hand-written checks instead of the zod response schema
 * (the hot path of ingestion). These tests hold the two together: any response the schema accepts,
 * written into a CSV or JSON export, is read back unchanged and without issue; any score or weight
 * the schema rejects is refused with the right code; and (parsers-property.test.ts) whatever the
 * reader produces from arbitrary text passes the schema.
 */

const trimmedText = fc.string({ minLength: 1, maxLength: 12 }).filter((text) => text.trim() === text && text.length > 0);
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** Responses the schema accepts, without instants (a date-only day has none). */
const validResponse = fc
  .record(
    {
      id: trimmedText,
      day,
      score: fc.integer({ min: 0, max: 10 }),
      comment: trimmedText,
      language: fc.constantFrom('fr', 'en', 'FR'),
      weight: fc.double({ min: Number.MIN_VALUE, max: 1e9, noNaN: true, noDefaultInfinity: true }),
      store: trimmedText,
    },
    { requiredKeys: ['day', 'score'] },
  )
  .map(({ store, ...fields }): NpsResponse => ({ ...fields, segments: store === undefined ? {} : { store } }));

const COLUMNS = ['id', 'date', 'score', 'comment', 'language', 'weight', 'store'] as const;

function cellsOf(response: NpsResponse): string[] {
  const values: Record<(typeof COLUMNS)[number], string> = {
    id: response.id ?? '',
    date: response.day,
    score: String(response.score),
    comment: response.comment ?? '',
    language: response.language ?? '',
    weight: response.weight === undefined ? '' : String(response.weight),
    store: response.segments.store ?? '',
  };
  return COLUMNS.map((column) => values[column]);
}

function csvOf(responses: readonly NpsResponse[]): string {
  const quote = (value: string): string => `"${value.replaceAll('"', '""')}"`;
  return [COLUMNS.join(','), ...responses.map((response) => cellsOf(response).map(quote).join(','))].join('\r\n');
}

function jsonOf(responses: readonly NpsResponse[]): string {
  return JSON.stringify(
    responses.map(({ day: date, segments, ...rest }) => ({ date, ...rest, ...segments })),
    null,
    2,
  );
}

/** Distinct ids: a repeated id is (rightly) an error, tested elsewhere. */
const validResponses = fc.uniqueArray(validResponse, { maxLength: 6, selector: (response) => response.id ?? Symbol() });

describe('record reader against the response schema', () => {
  it('reads back, unchanged, any valid response written to a CSV export', () => {
    fc.assert(
      fc.property(validResponses, (responses) => {
        for (const response of responses) expect(responseSchema.parse(response)).toEqual(response);
        const parsed = parseCsv(csvOf(responses));
        expect(parsed.issues).toEqual(responses.length === 0 ? [expect.objectContaining({ code: 'NPS104' })] : []);
        expect(parsed.responses).toEqual(responses);
      }),
      { numRuns: 400 },
    );
  });

  it('reads back, unchanged, any valid response written to a JSON export', () => {
    fc.assert(
      fc.property(validResponses, (responses) => {
        const parsed = parseJson(jsonOf(responses));
        expect(parsed.issues).toEqual(responses.length === 0 ? [expect.objectContaining({ code: 'NPS104' })] : []);
        expect(parsed.responses).toEqual(responses);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses exactly the scores the schema refuses, with the code that says why', () => {
    const score = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }).map(String),
      fc.double({ min: -20, max: 20, noNaN: true }).map(String),
      fc.constantFrom('dix', 'N/A', '9/10', '', ' ', '7,5', '9.0', '10,0', '0x5', 'Infinity', '--1', '1 0'),
    );
    fc.assert(
      fc.property(score, (written) => {
        const parsed = parseCsv(`date,score\n2026-03-02,"${written}"`);
        const trimmed = written.trim();
        const number = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(trimmed)
          ? Number(trimmed.replace(',', '.'))
          : Number.NaN;
        const accepted = responseSchema.shape.score.safeParse(number).success;
        expect(parsed.responses.map((response) => response.score)).toEqual(accepted ? [number] : []);
        const errors = parsed.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code);
        if (accepted) expect(errors).toEqual([]);
        else if (trimmed === '') {
          // A partial answer: left out with a warning, not an error.
          expect(errors).toEqual([]);
          expect(parsed.issues.map((issue) => `${issue.severity} ${issue.code}`)).toEqual(['warning NPS201']);
        } else if (Number.isNaN(number) || !Number.isFinite(number)) expect(errors).toEqual(['NPS202']);
        else if (!Number.isInteger(number)) expect(errors).toEqual(['NPS203']);
        else expect(errors).toEqual(['NPS204']);
      }),
      { numRuns: 600 },
    );
  });

  it('refuses exactly the weights the schema refuses', () => {
    const weight = fc.oneof(fc.double({ noNaN: true }).map(String), fc.constantFrom('0', '-1', '1,5', 'beaucoup', '1e400', '2'));
    fc.assert(
      fc.property(weight, (written) => {
        const parsed = parseCsv(`date,score,weight\n2026-03-02,9,${written.replaceAll(',', '.')}`);
        const number = Number(written.replaceAll(',', '.'));
        const accepted = responseSchema.shape.weight.safeParse(number).success && Number.isFinite(number);
        expect(parsed.responses.map((response) => response.weight)).toEqual(accepted ? [number] : []);
        expect(parsed.issues.map((issue) => issue.code)).toEqual(accepted ? [] : ['NPS220']);
      }),
      { numRuns: 400 },
    );
  });

  it('reports every problem of a record, not the first', () => {
    const parsed = parseCsv('date,score,weight,repliedAt\n2026-02-30,11,-1,hier\n');
    expect(parsed.responses).toEqual([]);
    expect(parsed.issues.map(({ code, column, endColumn }) => ({ code, column, endColumn }))).toEqual([
      { code: 'NPS204', column: 12, endColumn: 14 },
      { code: 'NPS212', column: 1, endColumn: 11 },
      { code: 'NPS221', column: 18, endColumn: 22 },
      { code: 'NPS220', column: 15, endColumn: 17 },
    ]);
  });

  it('reports a score written as text in JSON, and reads a number', () => {
    const parsed = parseJson('[{"date": "2026-03-02", "score": "9"}, {"date": "2026-03-02", "score": 9}]');
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        code: 'NPS205',
        line: 1,
        column: 34,
        endColumn: 37,
        message: 'the score is the text "9", not a number',
      }),
    ]);
    expect(parsed.responses).toEqual([{ day: '2026-03-02', score: 9, segments: {} }]);
  });
});
