import {
  applyCsvChange,
  type CsvDocumentState,
  isPlainRowEdit,
  type NpsConfig,
  parseConfig,
  parseCsvDocument,
  type SourceConfig,
  type TextChange,
} from '@nps-pages/core';
import { describe, expect, it } from 'vitest';
import {
  likelySplice,
  type PendingValidation,
  QUICK_DELAY_MS,
  SMALL_FILE_CHARS,
  VALIDATION_DELAY_MS,
  validationDelay,
} from '../../src/validation-delay.ts';
import { generatedCsv } from '../fixtures/generated-csv.mts';

// The performance tests' generated export (rows `DD/MM/2025,score,comment,store,P-n`, the comment
// quoted on data rows 0, 3, 6...: lines 2, 5, 8... of the file) read with the fixture's column map.
const CONFIG = `site:
  title: Test
sources:
  - path: avis/*.csv
    dateFormat: DD/MM/YYYY
    columns: { date: Date, score: Note, comment: Commentaire, store: Magasin, id: Réf }
segments:
  - field: store
`;

function fixtureConfig(): { config: NpsConfig; source: SourceConfig } {
  const config = parseConfig('data/nps.config.yaml', CONFIG).config;
  const source = config?.sources[0];
  if (!config || !source) throw new Error('the test config does not parse');
  return { config, source };
}

const { config, source } = fixtureConfig();

function csvState(rows: number): CsvDocumentState {
  return parseCsvDocument({ file: 'data/avis/perf.csv', source, config, text: generatedCsv(rows) });
}

/** The offset of a 0-based line's `column`-th character. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let index = 0; index < line; index++) offset = text.indexOf('\n', offset) + 1;
  return offset + column;
}

function pending(csv: CsvDocumentState, changes: PendingValidation['changes'], extra: Partial<PendingValidation> = {}) {
  return { changes, csv, lastEditFellBack: false, textLength: csv.input.text.length, isConfig: false, ...extra };
}

describe('the debounce before revalidating an edit', () => {
  const big = csvState(10_000);
  const text = big.input.text;
  // Line 2001 is a plain row (data row 1999: no quoted comment); its score is the 12th character.
  const scoreOfPlainRow = offsetOf(text, 2_000, 11);
  const scoreOfQuotedRow = offsetOf(text, 4_000, 11);

  it('is measured on a file big enough for a full pass to cost', () => {
    expect(text.length).toBeGreaterThan(SMALL_FILE_CHARS);
  });

  it('is next-task for one edit core splices, whatever the size of the file', () => {
    const change = { offset: scoreOfPlainRow, length: 1, text: 'y' };
    expect(validationDelay(pending(big, [change]), isPlainRowEdit)).toBe(QUICK_DELAY_MS);
    expect(applyCsvChange(big, change).incremental).toBe(true);
  });

  it('keeps the full pause for the edits of a big file that take the full pass', () => {
    const cases: [string, PendingValidation][] = [
      ['a row with a quoted comment', pending(big, [{ offset: scoreOfQuotedRow, length: 1, text: 'y' }])],
      ['a line break typed', pending(big, [{ offset: scoreOfPlainRow, length: 0, text: '\n' }])],
      ['a quote typed', pending(big, [{ offset: scoreOfPlainRow, length: 0, text: '"' }])],
      ['a line break deleted', pending(big, [{ offset: offsetOf(text, 2_000, 0) - 1, length: 1, text: '' }])],
      ['the header', pending(big, [{ offset: 2, length: 1, text: 'y' }])],
      [
        'several changes',
        pending(big, [
          { offset: scoreOfPlainRow, length: 1, text: 'y' },
          { offset: scoreOfPlainRow, length: 1, text: '7' },
        ]),
      ],
      ['an event that was not one plain change', pending(big, 'full')],
      [
        'a document whose last edit fell back',
        pending(big, [{ offset: scoreOfPlainRow, length: 1, text: 'y' }], { lastEditFellBack: true }),
      ],
      ['a big JSON file (no CSV state)', { ...pending(big, [{ offset: 10, length: 1, text: 'y' }]), csv: undefined }],
    ];
    for (const [what, input] of cases) expect(validationDelay(input, isPlainRowEdit), what).toBe(VALIDATION_DELAY_MS);
  });

  it('is next-task for any edit of a small file but the config, whose change revalidates every open file', () => {
    const small = csvState(100);
    const quoted = { offset: offsetOf(small.input.text, 1, 11), length: 1, text: 'y' };
    expect(validationDelay(pending(small, [quoted]), isPlainRowEdit)).toBe(QUICK_DELAY_MS);
    expect(validationDelay({ ...pending(small, 'full'), csv: undefined }, isPlainRowEdit)).toBe(QUICK_DELAY_MS);
    expect(validationDelay({ ...pending(small, 'full'), csv: undefined, isConfig: true }, isPlainRowEdit)).toBe(
      VALIDATION_DELAY_MS,
    );
  });

  it("agrees with core's applyCsvChange on every one-character edit, but those that change the row's id", () => {
    // Any mistaken guess is one that only a parse can see (the row's id changed); lastEditFellBack covers it.
    const state = csvState(40);
    const lines = state.input.text.split('\n');
    let guessedWrong = 0;
    for (let line = 0; line < 12; line++) {
      for (let column = 0; column <= (lines[line] as string).length; column++) {
        for (const change of edits(offsetOf(state.input.text, line, column), column < (lines[line] as string).length)) {
          const predicted = likelySplice(pending(state, [change]), isPlainRowEdit);
          const actual = applyCsvChange(state, change).incremental;
          if (predicted === actual) continue;
          expect({ line, column, change, predicted }).toMatchObject({ predicted: true });
          expect(idOf(lines[line] as string, column, change), `line ${line + 1}, column ${column + 1}`).not.toBe(
            idOf(lines[line] as string, column, undefined),
          );
          guessedWrong++;
        }
      }
    }
    expect(guessedWrong).toBeGreaterThan(0);
  });
});

/** A replacement of the character at `offset` (when there is one), an insertion and a deletion there. */
function edits(offset: number, hasCharacter: boolean): TextChange[] {
  const insertions = [{ offset, length: 0, text: '7' }];
  return hasCharacter ? [...insertions, { offset, length: 1, text: 'y' }, { offset, length: 1, text: '' }] : insertions;
}

/** The id cell (5th field) of a row, after `change` (at `column` of the row) when given. */
function idOf(row: string, column: number, change: TextChange | undefined): string | undefined {
  const edited = change ? row.slice(0, column) + change.text + row.slice(column + change.length) : row;
  return edited.split(',')[4];
}
