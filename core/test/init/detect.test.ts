import { describe, expect, it } from 'vitest';
import { analyzeExport, resolveMapping } from '../../src/init/analyze.ts';
import { detectHeaderRows } from '../../src/init/header-rows.ts';
import { readExportTable } from '../../src/init/read-export.ts';
import { detectExportFormat, type ExportTable } from '../../src/init/table.ts';

function table(text: string): ExportTable {
  const read = readExportTable({ text });
  if (typeof read === 'string') throw new Error(read);
  return read;
}

const csv = (rows: readonly (readonly (string | number)[])[]): string =>
  rows
    .map((row) => row.map((cell) => (/[",\n]/.test(String(cell)) ? `"${String(cell).replaceAll('"', '""')}"` : cell)).join(','))
    .join('\n');

describe('export format and header rows', () => {
  it('tells a workbook by its ZIP signature, JSON by its first character', () => {
    expect(detectExportFormat('export.bin', Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toBe('xlsx');
    expect(detectExportFormat('export.json', new Uint8Array())).toBe('json');
    expect(table('  [{"score": 9, "date": "2026-01-01"}]').format).toBe('json');
    expect(table('date;score\n2026-01-01;9\n').delimiter).toBe(';');
  });

  it("finds SurveyMonkey's two header rows and Qualtrics' three, with the zone Qualtrics states", () => {
    expect(
      detectHeaderRows([
        ['Q', 'Why?'],
        ['Response', 'Open-Ended Response'],
        ['9', 'ok'],
      ]).headerRows,
    ).toBe(2);
    const qualtrics = detectHeaderRows([
      ['StartDate', 'Q1'],
      ['Start Date', 'How likely...?'],
      ['{"ImportId":"startDate","timeZone":"America/New_York"}', '{"ImportId":"QID1"}'],
    ]);
    expect(qualtrics).toMatchObject({ headerRows: 3, headerRow: 1, timeZone: 'America/New_York' });
    expect(
      detectHeaderRows([
        ['date', 'score'],
        ['2026-01-01', '9'],
      ]).headerRows,
    ).toBe(1);
  });

  it('reads a JSON envelope: the array of records and its key', () => {
    const read = table(
      JSON.stringify({
        count: 2,
        meta: { a: 1 },
        responses: [
          { nps: 9, at: '2026-01-01' },
          { nps: null, at: '2026-01-02' },
        ],
      }),
    );
    expect(read).toMatchObject({
      arrayPath: 'responses',
      headers: ['nps', 'at'],
      rows: [
        ['9', '2026-01-01'],
        ['', '2026-01-02'],
      ],
    });
  });
});

describe('column mapping', () => {
  const rows = (count: number, cell: (index: number) => (string | number)[]) =>
    Array.from({ length: count }, (_, index) => cell(index));

  it('takes the recommendation question among several 0-10 columns, and keeps the others as alternatives', () => {
    const text = csv([
      ['Rate the venue (0-10)', 'How likely are you to recommend us to a friend?', 'Rate the food (0-10)', 'Date'],
      ...rows(12, (index) => [index % 11, (index * 3) % 11, (index * 7) % 11, `2026-01-${String(index + 1).padStart(2, '0')}`]),
    ]);
    const mapping = resolveMapping(analyzeExport(table(text)));
    expect(mapping.columns.score).toBe('How likely are you to recommend us to a friend?');
    expect(mapping.alternatives.score?.map((candidate) => candidate.headers[0])).toEqual([
      'Rate the venue (0-10)',
      'Rate the food (0-10)',
    ]);
  });

  it('prefers a submission time to a start time, and maps the category, never as a segment', () => {
    const text = csv([
      ['Start time', 'Completion time', 'Score', 'Group'],
      ...rows(10, (index) => [
        `2026-02-0${(index % 9) + 1} 10:00`,
        `2026-02-0${(index % 9) + 1} 10:05`,
        index,
        index >= 9 ? 'Promoter' : index >= 7 ? 'Passive' : 'Detractor',
      ]),
    ]);
    const mapping = resolveMapping(analyzeExport(table(text)));
    expect(mapping.columns).toMatchObject({ date: 'Completion time', category: 'Group', score: 'Score' });
    expect(mapping.segments).toEqual([]);
  });

  it('lists the follow-ups a survey branches by score, detractors first', () => {
    const text = csv([
      ['Score', 'Date', 'What did you like?', 'What went wrong?'],
      ...rows(12, (index) => {
        const score = index % 11;
        return [score, '2026-03-01', score >= 9 ? `liked thing ${index}` : '', score <= 6 ? `problem number ${index}` : ''];
      }),
    ]);
    expect(resolveMapping(analyzeExport(table(text))).columns.comment).toEqual(['What went wrong?', 'What did you like?']);
  });

  it('leaves personal data out of the segments, says why, and takes repeating e-mails as the respondent', () => {
    const text = csv([
      ['Score', 'Date', 'Email', 'IP Address', 'Store', 'First Name'],
      ...rows(10, (index) => [
        index,
        '2026-03-01',
        `p${index % 4}@example.com`,
        `10.0.0.${index}`,
        ['Lyon', 'Lille'][index % 2] as string,
        `Ann${index}`,
      ]),
    ]);
    const mapping = resolveMapping(analyzeExport(table(text)));
    expect(mapping.columns.respondent).toBe('Email');
    expect(mapping.segments.map((segment) => [segment.field, segment.header])).toEqual([['store', 'Store']]);
    expect(mapping.leftOut.map((column) => column.header)).toEqual(['IP Address', 'First Name']);
    expect(mapping.leftOut[0]?.reason).toMatch(/personal data/);
  });

  it('finds no score when no column holds 0-10, and says what each column is', () => {
    const analysis = analyzeExport(
      table(csv([['Date', 'Stars', 'Comment'], ...rows(6, (index) => ['2026-03-01', 20 + index, `text number ${index}`])])),
    );
    expect(analysis.candidates.score).toEqual([]);
    expect(analysis.verdicts.find((verdict) => verdict.header === 'Stars')?.reason).toMatch(/not 0-10 scores/);
  });

  it('guesses the locale from the headers', () => {
    expect(
      analyzeExport(
        table(
          csv([
            ['Horodateur', 'Quelle note donneriez-vous ?'],
            ['01/02/2026 10:00:00', '9'],
          ]),
        ),
      ).locale,
    ).toBe('fr');
    expect(
      analyzeExport(
        table(
          csv([
            ['Timestamp', 'How likely would you recommend us?'],
            ['1/2/2026 10:00:00', '9'],
          ]),
        ),
      ).locale,
    ).toBe('en');
  });
});

describe('an ambiguous date order', () => {
  it('is offered both ways, the guess first (French headers: day first) and flagged to check', () => {
    const text = csv([
      ['Date de réponse', 'Note'],
      ['02/03/2026', '9'],
      ['04/05/2026', '3'],
      ['06/07/2026', '10'],
    ]);
    const analysis = analyzeExport(table(text));
    expect(analysis.candidates.date.map((candidate) => [candidate.headers[0], candidate.dateFormat])).toEqual([
      ['Date de réponse', 'DD/MM/YYYY'],
      ['Date de réponse', 'MM/DD/YYYY'],
    ]);
    expect(resolveMapping(analysis)).toMatchObject({ dateFormat: 'DD/MM/YYYY', dateAmbiguous: true });
    expect(resolveMapping(analysis, { date: 1 })).toMatchObject({ dateFormat: 'MM/DD/YYYY' });
    expect(resolveMapping(analysis, { date: 1 }).dateAmbiguous).toBeUndefined();
  });
});
