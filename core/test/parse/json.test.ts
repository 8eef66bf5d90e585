import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-harness.ts';

const where = (result: ReturnType<typeof parseJson>) =>
  result.issues.map(
    ({ line, column, endLine, endColumn, code, message }) => `${line}:${column}-${endLine}:${endColumn} ${code} ${message}`,
  );

describe('JSON parser', () => {
  it('reports every syntax error and still reads the records it can', () => {
    const result = parseJson('[\n  {"date": "2026-03-02", "score": 9}\n  {"date": "2026-03-03" "score": 7},\n]');
    expect(where(result)).toEqual([
      '3:3-3:4 NPS150 a comma is expected',
      '3:25-3:32 NPS150 a comma is expected',
      '4:1-4:2 NPS150 a comma too many before this bracket (JSON allows no trailing comma)',
    ]);
    expect(result.responses.map((response) => response.score)).toEqual([9, 7]);
  });

  it('keeps the range of an error at the end of the text inside the text', () => {
    expect(where(parseJson(''))).toEqual(['1:1-1:1 NPS150 a value is expected']);
    expect(where(parseJson('[{"date": "2026-03-02", "score": 9}'))).toEqual(['1:36-1:36 NPS150 a closing bracket ] is expected']);
  });

  it('finds the array in an envelope, by arrayPath or as the only array of objects', () => {
    const text = '{"meta": {"tags": ["a"]}, "items": [{"date": "2026-03-02", "score": 9}]}';
    expect(parseJson(text).responses).toHaveLength(1);
    expect(parseJson(text, { source: { arrayPath: 'items' } }).responses).toHaveLength(1);
    expect(where(parseJson(text, { source: { arrayPath: 'responses' } }))).toEqual([
      '1:1-1:2 NPS151 no array at "responses": expected an array of objects, or an object holding one',
    ]);
  });

  it('does not call a date given as an object "missing" as well', () => {
    const result = parseJson('[{"date": {"day": 2}, "score": 9}]');
    expect(result.issues.map((issue) => issue.code)).toEqual(['NPS240']);
  });

  it('reads a record through the column map and reads a BOM as nothing', () => {
    const result = parseJson('\uFEFF[{"Quand": "2026-03-31T23:30:00Z", "Note": 9}]', {
      source: { columns: { date: 'Quand', score: 'Note' } },
    });
    expect(result.issues).toEqual([]);
    expect(result.responses).toEqual([{ day: '2026-04-01', at: Date.UTC(2026, 2, 31, 23, 30), score: 9, segments: {} }]);
  });
});
