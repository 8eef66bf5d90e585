import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type Parsed, parseCsv, parseWorkbook } from './parse-harness.ts';
import { buildWorkbook, type CellSpec } from './workbook-builder.ts';

const where = (result: Parsed) =>
  result.issues.map(
    ({ line, column, endLine, endColumn, code, message }) => `${line}:${column}-${endLine}:${endColumn} ${code} ${message}`,
  );

const workbook = (rows: CellSpec[][], extra: { styles?: number[]; sheet?: string } = {}): Uint8Array =>
  buildWorkbook({ sheets: [{ name: extra.sheet ?? 'Feuil1', rows }], styles: extra.styles ?? [] });

describe('workbook parser', () => {
  it('reads responses and points each issue at its cell, named in the message', () => {
    const result = parseWorkbook(
      workbook([
        ['date', 'store', 'score', 'comment'],
        ['2026-03-02', 'Lyon', 9, 'Très bien,\nmerci'],
        ['2026-03-02', 'Lyon', 'dix', ''],
        ['2026-02-30', 'Paris', 7.5],
      ]),
    );
    expect(result.responses).toEqual([
      { day: '2026-03-02', score: 9, comment: 'Très bien,\nmerci', segments: { store: 'Lyon' } },
    ]);
    expect(where(result)).toEqual([
      '3:3-3:4 NPS202 the score "dix" is not a number from 0 to 10 (cell C3)',
      '4:3-4:4 NPS203 the score 7.5 is not a whole number (cell C4)',
      '4:1-4:2 NPS212 the date "2026-02-30" is 30 February 2026, which does not exist: February 2026 has 28 days (cell A4)',
    ]);
  });

  it('reads date cells and bare serials in the date column in the source time zone', () => {
    const result = parseWorkbook(
      workbook(
        [
          ['date', 'score', 'repliedAt'],
          [{ s: 1, v: '46083.586805555555' }, 9, { s: 2, v: '46084' }],
          [46083, 8],
        ],
        { styles: [22, 14] },
      ),
    );
    expect(result.issues).toEqual([]);
    expect(result.responses).toEqual([
      { day: '2026-03-02', at: Date.UTC(2026, 2, 2, 13, 5), score: 9, segments: {}, repliedAt: Date.UTC(2026, 2, 3) },
      { day: '2026-03-02', score: 8, segments: {} },
    ]);
  });

  it('reports the fake 1900-02-29 as an impossible date', () => {
    const result = parseWorkbook(
      workbook(
        [
          ['date', 'score'],
          [{ s: 1, v: '60' }, 9],
        ],
        { styles: [14] },
      ),
    );
    expect(result.issues.map((issue) => issue.code)).toEqual(['NPS212']);
  });

  it('reads the header from one of several header rows (SurveyMonkey 2, Qualtrics 3)', () => {
    const surveyMonkey = workbook([
      ['Respondent ID', 'Start Date', 'How likely are you to recommend us?', 'Why?'],
      [null, null, 'Response', 'Open-Ended Response'],
      ['114', '2026-03-02', 9, 'Rapide'],
    ]);
    const columns = { id: 'Respondent ID', date: 'Start Date', score: 'How likely are you to recommend us?', comment: 'Why?' };
    const two = parseWorkbook(surveyMonkey, { source: { headerRows: 2, columns } });
    expect(two.issues).toEqual([]);
    expect(two.responses).toEqual([{ id: '114', day: '2026-03-02', score: 9, comment: 'Rapide', segments: {} }]);

    const qualtrics = workbook([
      ['StartDate', 'Q1', 'Q2'],
      ['Start Date', 'How likely...', 'Why?'],
      ['{"ImportId":"startDate"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2"}'],
      ['2026-03-02 14:05:00', 10, 'Super'],
      ['2026-03-03 09:00:00', 'x', ''],
    ]);
    const three = parseWorkbook(qualtrics, {
      source: { headerRows: 3, headerRow: 1, columns: { date: 'StartDate', score: 'Q1', comment: 'Q2' } },
    });
    expect(three.responses.map((response) => response.score)).toEqual([10]);
    expect(where(three)).toEqual(['5:2-5:3 NPS202 the score "x" is not a number from 0 to 10 (cell B5)']);
  });

  it('reads a follow-up split by score from the first non-empty cell of a list of headers', () => {
    const result = parseWorkbook(
      workbook([
        ['date', 'score', 'Pourquoi pas ?', 'Pourquoi ?'],
        ['2026-03-02', 3, 'Trop cher', null],
        ['2026-03-02', 10, '', 'Génial'],
        ['2026-03-02', 8],
      ]),
      { source: { columns: { comment: ['Pourquoi pas ?', 'Pourquoi ?'] } } },
    );
    expect(result.responses.map((response) => response.comment)).toEqual(['Trop cher', 'Génial', undefined]);
  });

  it('words a missing column as the CSV parser does, and points a duplicated header at its cell', () => {
    const rows: CellSpec[][] = [
      ['Date', 'Note', 'Note'],
      ['2026-03-02', 9, 9],
    ];
    const csv = parseCsv('Date,Note,Note\n2026-03-02,9,9\n', { source: { columns: { score: 'Score' } } });
    const sheet = parseWorkbook(workbook(rows), { source: { columns: { score: 'Score' } } });
    expect(sheet.issues.map((issue) => issue.message)).toEqual(csv.issues.map((issue) => issue.message));
    expect(where(sheet)).toEqual([
      '1:1-1:4 NPS103 the header row has no column "Score" for the score (columns: "Date", "Note", "Note")',
    ]);
    const duplicated = parseWorkbook(workbook(rows), { source: { columns: { score: 'Note' } } });
    expect(where(duplicated)).toEqual(['1:3-1:4 NPS105 the column "Note" appears 2 times: which one is the score? (cell C1)']);
  });

  it('skips blank rows, points a missing score at its cell and a missing date column at the row', () => {
    const result = parseWorkbook(workbook([['date', 'score'], [' ', null], [], ['2026-03-02', ' '], [null, 8]]));
    expect(where(result)).toEqual([
      '4:2-4:3 NPS201 no score: a partial answer, left out of the figures (cell B4)',
      '5:1-5:2 NPS210 the date is missing (cell A5)',
    ]);
  });

  it('is NPS104 for a sheet with a header and no responses, or with nothing at all', () => {
    expect(where(parseWorkbook(workbook([['date', 'score', 'comment']])))).toEqual([
      '1:4-1:4 NPS104 the file has a header but no responses',
    ]);
    expect(where(parseWorkbook(workbook([])))).toEqual(['1:1-1:1 NPS104 the file has no header row and no responses']);
  });

  it('reports bytes that are no workbook (NPS160) and a missing sheet (NPS161) at 1:1, and nothing else', () => {
    expect(where(parseWorkbook(strToU8('date;score\n')))).toEqual([
      '1:1-1:1 NPS160 this file is not an Excel workbook (.xlsx): it is not a zip archive',
    ]);
    const bytes = workbook(
      [
        ['date', 'score'],
        ['2026-03-02', 9],
      ],
      { sheet: 'Réponses' },
    );
    expect(where(parseWorkbook(bytes, { source: { sheet: 'Responses' } }))).toEqual([
      '1:1-1:1 NPS161 the workbook has no sheet "Responses" (sheets: "Réponses")',
    ]);
    expect(parseWorkbook(bytes, { source: { sheet: 1 } }).responses).toHaveLength(1);
  });
});
