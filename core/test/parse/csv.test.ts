import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-harness.ts';

/** The CSV parser as users meet it: header rows, column maps and the messages they read. */

const where = (result: ReturnType<typeof parseCsv>) =>
  result.issues.map(
    ({ line, column, endLine, endColumn, code, message }) => `${line}:${column}-${endLine}:${endColumn} ${code} ${message}`,
  );

describe('CSV parser', () => {
  it('does not shift the columns of line 1 for a BOM', () => {
    const text = '\uFEFFDate;Note\r\n02/03/2026;9\r\n';
    const result = parseCsv(text, { source: { columns: { date: 'Date', score: 'Score' }, dateFormat: 'DD/MM/YYYY' } });
    expect(where(result)).toEqual([
      '1:1-1:10 NPS103 the header row has no column "Score" for the score (columns: "Date", "Note")',
    ]);
  });

  it('reads the header on the chosen row of several (SurveyMonkey, Qualtrics)', () => {
    const text = 'Respondent ID,NPS\n,Response\n"{""ImportId"":""x""}",x\n42,9\n';
    const result = parseCsv(text, {
      source: { headerRows: 3, headerRow: 1, columns: { id: 'Respondent ID', score: 'NPS' }, constants: {} },
    });
    // No date column: the date is required, and the issue points at the header row, not at a data row.
    expect(where(result)).toEqual([
      '1:1-1:18 NPS103 the header row has no column "date" for the date (columns: "Respondent ID", "NPS")',
    ]);
    const dated = parseCsv('Date,Respondent ID,NPS\n,,Response\n"{""ImportId"":""d""}",x,y\n2026-03-02,42,9\n', {
      source: { headerRows: 3, columns: { date: 'Date', id: 'Respondent ID', score: 'NPS' } },
    });
    expect(dated.issues).toEqual([]);
    expect(dated.responses).toEqual([{ id: '42', day: '2026-03-02', score: 9, segments: {} }]);
  });

  it('suggests the near header and shortens a long list of columns', () => {
    const headers = ['Date', ...Array.from({ length: 14 }, (_, index) => `Q${index + 1}`), 'Note sur 10'];
    const result = parseCsv(`${headers.join(',')}\n`, { source: { columns: { date: 'Date', score: 'note' } } });
    expect(result.issues[0]?.message).toBe(
      'the header row has no column "note" for the score; did you mean "Note sur 10"? (columns: "Date", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10", "Q11", and 4 more)',
    );
  });

  it('matches headers loosely: case, spaces and a BOM aside', () => {
    const result = parseCsv('\uFEFF  DATE ,Score\n2026-03-02,9\n');
    expect(result.issues).toEqual([]);
    expect(result.responses).toHaveLength(1);
  });

  it('reports a repeated header that a field maps to', () => {
    const result = parseCsv('date,score,score\n2026-03-02,9,3\n');
    expect(where(result)).toEqual(['1:12-1:17 NPS105 the column "score" appears 2 times: which one is the score?']);
  });

  it('reports an unterminated quote once, where it opens, and reads the rows after it', () => {
    const result = parseCsv('date,score,comment\n2026-03-02,3,"Lent\n2026-03-03,9,Bien\n');
    expect(where(result)).toEqual(['2:14-2:15 NPS101 this quote opens a field that is never closed']);
    expect(result.responses.map((response) => response.day)).toEqual(['2026-03-03']);
  });

  it('says how many fields a row has against the header', () => {
    expect(where(parseCsv('date,score\n2026-03-02\n2026-03-03,9,x\n'))).toEqual([
      '2:1-2:11 NPS102 this row has 1 field but the header has 2 fields',
      '3:1-3:15 NPS102 this row has 3 fields but the header has 2 fields',
    ]);
  });

  it('warns about a file with a header and no responses, at the end of the header', () => {
    expect(where(parseCsv('date,score\r\n'))).toEqual(['1:11-1:11 NPS104 the file has a header but no responses']);
    expect(where(parseCsv(''))).toEqual(['1:1-1:1 NPS104 the file has no header row and no responses']);
  });

  it('chooses the delimiter from the first 64 KiB whatever the chunking', () => {
    const long = `date;score;comment\n${'2026-03-02;9;un, deux, trois\n'.repeat(4000)}`;
    const whole = parseCsv(long);
    expect(whole.issues).toEqual([]);
    expect(parseCsv(long, { chunkSizes: [65535, 3] })).toEqual(whole);
  });
});
