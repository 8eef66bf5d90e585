import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbookRows } from '../../src/parse/xlsx-rows.ts';
import { parseWorkbook } from './parse-harness.ts';

const folder = join(import.meta.dirname, '../fixtures/workbooks');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(folder, name)));
const PARIS_WINTER = 3_600_000;

describe('real-shaped workbook exports', () => {
  it('reads a Microsoft Forms export, its question columns mapped by their text', () => {
    const bytes = fixture('microsoft-forms/export.xlsx');
    const sample = readWorkbookRows(bytes, { maxRows: 2 });
    expect(sample.ok && sample.rows[0]?.cells.map((cell) => cell?.text)).toEqual([
      'ID',
      'Start time',
      'Completion time',
      'Email',
      'Name',
      'Quelle est la probabilité que vous recommandiez notre magasin à un ami ou un collègue ?',
      'Pourquoi cette note ?',
    ]);
    const result = parseWorkbook(bytes, {
      source: {
        columns: {
          id: 'ID',
          date: 'Completion time',
          score: 'Quelle est la probabilité que vous recommandiez notre magasin à un ami ou un collègue ?',
          comment: 'Pourquoi cette note ?',
        },
      },
    });
    expect(result.issues.map(({ line, column, code, message }) => `${line}:${column} ${code} ${message}`)).toEqual([
      '6:6 NPS201 no score: a partial answer, left out of the figures (cell F6)',
    ]);
    expect(result.responses.map((response) => [response.id, response.day, response.score, response.comment])).toEqual([
      ['1', '2026-03-02', 9, 'Accueil chaleureux,\nconseils précis.'],
      ['2', '2026-03-02', 6, undefined],
      ['3', '2026-03-03', 10, 'Livraison rapide, rien à redire.'],
      ['4', '2026-03-04', 3, 'Produit abîmé à l’arrivée « et aucun retour du SAV ».'],
    ]);
    // "Completion time" 3/2/26 9:15:41 is a wall-clock time in the source's zone (Europe/Paris).
    expect(result.responses[0]?.at).toBe(Date.UTC(2026, 2, 2, 9, 15, 41) - PARIS_WINTER);
  });

  it('reads a SurveyMonkey export, with its 2 header rows and its store column as a segment', () => {
    const result = parseWorkbook(fixture('surveymonkey/export.xlsx'), {
      source: {
        headerRows: 2,
        columns: {
          id: 'Respondent ID',
          date: 'Start Date',
          score: 'How likely is it that you would recommend this company to a friend or colleague?',
          comment: 'What is the primary reason for your score?',
          store: 'Which store did you visit?',
        },
      },
    });
    expect(result.issues).toEqual([]);
    expect(result.responses.map((response) => [response.id, response.day, response.score, response.segments.store])).toEqual([
      ['118234567801', '2026-03-02', 10, 'Lyon'],
      ['118234567802', '2026-03-02', 7, 'Paris'],
      ['118234567803', '2026-03-03', 2, 'Lyon'],
      ['118234567804', '2026-03-04', 8, 'Marseille'],
    ]);
    expect(result.responses[2]?.comment).toBe('Waited 40 minutes.\nNobody apologised.');
    expect(result.responses[3]?.at).toBe(Date.UTC(2026, 2, 4, 19, 59, 59) - PARIS_WINTER);
  });
});
