import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCsvChange, parseCsvDocument } from '../../src/editor/csv-document.ts';
import { parseConfig } from '../../src/parse/config.ts';
import type { NpsConfig } from '../../src/schema/config.ts';

const CONFIG = parseConfig(
  'nps.config.yaml',
  [
    'sources:',
    '  - path: "*.csv"',
    '    dateFormat: DD/MM/YYYY',
    '    columns: { date: Jour, score: Note, id: Ref, comment: Avis, store: Magasin }',
    'segments:',
    '  - field: store',
  ].join('\n'),
).config as NpsConfig;
const SOURCE = CONFIG.sources[0] as NpsConfig['sources'][number];

const TEXT = [
  'Jour;Note;Ref;Avis;Magasin',
  '01/03/2026;9;A1;Très bien;Lyon',
  '02/03/2026;3;A2;"Trop d\'attente; vraiment";Lille',
  '03/03/2026;10;A3;;Lyon',
  '04/03/2026; 7 ;A1;Bien;Paris',
  '31/02/2026;x;A5;"sur',
  'deux lignes";Lyon',
  '05/03/2026;6;A6;Moyen;Lille',
  '',
].join('\n');

const parse = (text: string) => parseCsvDocument({ file: 'data/a.csv', source: SOURCE, config: CONFIG, text });

describe('an edited CSV document', () => {
  it('splices a plain row and reports what a full pass reports', () => {
    const state = parse(TEXT);
    const offset = TEXT.indexOf('03/03/2026;10') + 11;
    const { state: next, incremental } = applyCsvChange(state, { offset, length: 2, text: '11' });
    expect(incremental).toBe(true);
    const full = parse(next.input.text);
    expect(next.issues).toEqual(full.issues);
    expect(next.issues.map((issue) => [issue.code, issue.line])).toContainEqual(['NPS204', 4]);
    expect(next.responses.length).toBe(full.responses.length);
  });

  it('keeps the duplicate id of a later row when an earlier row is edited', () => {
    const state = parse(TEXT);
    const offset = TEXT.indexOf('Très bien');
    const { state: next, incremental } = applyCsvChange(state, { offset, length: 4, text: 'Tres' });
    expect(incremental).toBe(true);
    expect(next.issues.filter((issue) => issue.code === 'NPS230').map((issue) => issue.line)).toEqual([5]);
  });

  it('falls back to a full pass when a quote or a line break is typed', () => {
    const state = parse(TEXT);
    expect(applyCsvChange(state, { offset: TEXT.indexOf('Lyon'), length: 0, text: '"' }).incremental).toBe(false);
    expect(applyCsvChange(state, { offset: TEXT.indexOf('Lyon'), length: 0, text: '\n' }).incremental).toBe(false);
  });

  it('does not take a line inside a quoted field for a row when a literal quote sits mid-field before it', () => {
    // `0"11` is a literal quote: counting it as an opening one made line 4 look like a row of its own.
    const text = TEXT.replace('01/03/2026;9;', '0"11/03/2026;9;').replace('vraiment";', 'vraime;').replace('7 ;A1;', '7 ;A1";');
    const state = parse(text);
    const offset = text.indexOf('03/03/2026;10') + 3;
    const { state: next, incremental } = applyCsvChange(state, { offset, length: 0, text: '' });
    expect(incremental).toBe(false);
    expect(tally(next.responses)).toEqual(tally(parse(text).responses));
  });

  it('agrees with a full pass after any sequence of random edits', () => {
    const alphabet = fc.constantFrom('1', '9', ';', ' ', 'A', '/', '"', '\n', 'x', '0', '2');
    const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 3 }), text: fc.string({ unit: alphabet, maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let state = parse(TEXT);
        for (const { at, length, text } of edits) {
          const offset = at % (state.input.text.length + 1);
          state = applyCsvChange(state, { offset, length: Math.min(length, state.input.text.length - offset), text }).state;
          const full = parse(state.input.text);
          expect(state.issues).toEqual(full.issues);
          expect(tally(state.responses)).toEqual(tally(full.responses));
        }
      }),
      { numRuns: 300 },
    );
  });
});

function tally(responses: readonly { score: number; day: string; id?: string }[]): string[] {
  return responses.map((response) => `${response.day}|${response.score}|${response.id ?? ''}`).sort();
}
