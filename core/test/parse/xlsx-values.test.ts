import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWorkbookRows, streamWorkbookRows, type WorkbookReading } from '../../src/parse/xlsx-rows.ts';
import { buildWorkbook, type CellSpec, type WorkbookSpec } from './workbook-builder.ts';

/** The cells' texts and kinds of the first sheet, row by row. */
function read(spec: Partial<WorkbookSpec> & { rows: CellSpec[][] }): string[][] {
  const reading = readWorkbookRows(buildWorkbook({ ...spec, sheets: [{ name: 'Réponses', rows: spec.rows }] }));
  if (!reading.ok) throw new Error(reading.message);
  return reading.rows.map((row) => Array.from(row.cells, (cell) => (cell ? `${cell.kind}:${cell.text}` : '-')));
}

describe('workbook cell values', () => {
  it('reads shared, inline and rich strings, numbers, booleans and errors as text', () => {
    const rows = read({
      rows: [
        ['Très bien,\nmerci « vraiment »', 9, 7.5, true, { t: 'e', v: '#N/A' }, false],
        [
          { t: 'inlineStr', is: '<r><rPr><b/></rPr><t>Rich</t></r><r><t xml:space="preserve"> text</t></r>' },
          { t: 's', v: '1' },
        ],
        [0.1 + 0.2, -3, 1e-7, 123456789012],
      ],
      richSharedStrings: ['<r><t>É</t></r><r><t>té</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh>'],
    });
    expect(rows).toEqual([
      ['text:Très bien,\nmerci « vraiment »', 'number:9', 'number:7.5', 'boolean:TRUE', 'error:#N/A', 'boolean:FALSE'],
      ['text:Rich text', 'text:Été'],
      ['number:0.3', 'number:-3', 'number:1e-7', 'number:123456789012'],
    ]);
  });

  it('decodes the _xHHHH_ escapes of shared and inline strings', () => {
    const rows = read({
      rows: [
        [
          { t: 'inlineStr', is: '<t>Bien_x000D_\nmerci</t>' },
          { t: 's', v: '0' },
        ],
      ],
      richSharedStrings: ['<t>a_x005F_x0041_b_x0009_c</t>'],
    });
    expect(rows).toEqual([['text:Bien\r\nmerci', 'text:a_x0041_b\tc']]);
  });

  it('reads inline strings the same as shared ones', () => {
    const rows: CellSpec[][] = [
      ['date', 'score'],
      ['2026-03-02', 'dix'],
    ];
    expect(read({ rows, inlineStrings: true })).toEqual(read({ rows }));
  });

  it('gives formulas their cached values', () => {
    const rows = read({
      rows: [
        [
          { f: 'A2+1', v: '10' },
          { t: 'str', f: 'CONCAT("a","b")', v: 'ab' },
          { t: 'b', f: 'TRUE()', v: '1' },
          { t: 'e', f: '1/0', v: '#DIV/0!' },
        ],
      ],
    });
    expect(rows).toEqual([['number:10', 'text:ab', 'boolean:TRUE', 'error:#DIV/0!']]);
  });

  it('reads date cells, built-in and custom formats, as ISO wall-clock text', () => {
    const rows = read({
      numberFormats: [
        { id: 164, code: 'dd/mm/yyyy\\ hh:mm' },
        { id: 165, code: '[$-40C]d mmmm yyyy;@' },
        { id: 166, code: '0.00" days"' },
        { id: 167, code: '[h]:mm:ss' },
      ],
      // Styles 1-6: built-in 14 (date), 22 (date time), 164, 165, 166 (not a date), 167 (a duration); 7: 20 (time).
      styles: [14, 22, 164, 165, 166, 167, 20],
      rows: [
        [
          { s: 1, v: '46083' },
          { s: 2, v: '46083.586805555555' },
          { s: 3, v: '46083.5868055556' },
          { s: 4, v: '46083' },
          { s: 5, v: '46083' },
          { s: 6, v: '1.5' },
          { s: 7, v: '0.25' },
          { s: 1, v: '46083.75' },
        ],
        [
          { t: 'd', v: '2026-03-02T14:05:00Z' },
          { t: 'd', s: 1, v: '2026-03-02T00:00:00' },
        ],
      ],
    });
    expect(rows).toEqual([
      [
        'date:2026-03-02',
        'date:2026-03-02T14:05:00',
        'date:2026-03-02T14:05:00',
        'date:2026-03-02',
        'number:46083',
        'number:1.5',
        'date:06:00:00',
        'date:2026-03-02T18:00:00',
      ],
      ['date:2026-03-02T14:05:00', 'date:2026-03-02'],
    ]);
  });

  it('counts serials from 1904 in a 1904 workbook, and keeps Excel 1900 leap-year bug', () => {
    const serials = ['1', '59', '60', '61', '46083'].map((v) => ({ s: 1, v }));
    expect(read({ styles: [14], rows: [serials] })).toEqual([
      ['date:1900-01-01', 'date:1900-02-28', 'date:1900-02-29', 'date:1900-03-01', 'date:2026-03-02'],
    ]);
    expect(
      read({
        styles: [14],
        date1904: true,
        rows: [
          [
            { s: 1, v: '0' },
            { s: 1, v: '44621' },
          ],
        ],
      }),
    ).toEqual([['date:1904-01-01', 'date:2026-03-02']]);
  });

  it('follows cells and rows written without references, and skips the holes of those with', () => {
    expect(read({ noReferences: true, rows: [['a', 'b'], ['c']] })).toEqual([['text:a', 'text:b'], ['text:c']]);
    const reading = readWorkbookRows(buildWorkbook({ sheets: [{ name: 'S', rows: [['a', null, 'c']], firstRow: 4 }] }));
    expect(reading.ok && reading.rows.map((row) => [row.number, row.cells.length, 1 in row.cells])).toEqual([[4, 3, false]]);
    const withEmptyRow = readWorkbookRows(buildWorkbook({ sheets: [{ name: 'S', rows: [['a'], [], [null], ['b']] }] }));
    expect(withEmptyRow.ok && withEmptyRow.rows.map((row) => row.number)).toEqual([1, 4]);
  });

  it('lets an exception of the caller through: a bug is not a damaged file', () => {
    const bytes = buildWorkbook({ sheets: [{ name: 'S', rows: [['a']] }] });
    const onRow = (): void => {
      throw new TypeError('a bug');
    };
    expect(() => streamWorkbookRows(bytes, { onRow })).toThrow('a bug');
  });

  it('reads a minimal package: no content types, no relationships but the sheet, prefixed names', () => {
    const main = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const bytes = zipSync({
      'xl/workbook.xml': strToU8(
        `<x:workbook ${main} xmlns:r="r"><x:sheets><x:sheet name="Data" r:id="a"/></x:sheets></x:workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="a" Target="/xl/data.xml"/></Relationships>'),
      'xl/sharedStrings.xml': strToU8(`<x:sst ${main}><x:si><x:t>Été &amp; hiver</x:t></x:si></x:sst>`),
      'xl/data.xml': strToU8(
        `<x:worksheet ${main}><x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      ),
    });
    const reading = readWorkbookRows(bytes);
    expect(reading.ok && [reading.sheet, reading.rows[0]?.number, reading.rows[0]?.cells[1]?.text]).toEqual([
      'Data',
      2,
      'Été & hiver',
    ]);
  });

  it('stops after maxRows rows', () => {
    const rows = Array.from({ length: 50 }, (_, index) => [index]);
    const reading = readWorkbookRows(buildWorkbook({ sheets: [{ name: 'S', rows }] }), { maxRows: 3 });
    expect(reading.ok && reading.rows.map((row) => row.cells[0]?.text)).toEqual(['0', '1', '2']);
  });
});

describe('choosing the sheet', () => {
  const bytes = buildWorkbook({
    sheets: [
      { name: 'Résumé', rows: [['first']] },
      { name: 'Réponses brutes', rows: [['second']] },
    ],
  });
  const first = (reading: WorkbookReading): string | undefined =>
    reading.ok ? `${reading.sheet}:${reading.rows[0]?.cells[0]?.text}` : reading.message;

  it('takes the first sheet by default, then by 1-based index or name, case and spaces aside', () => {
    expect(first(readWorkbookRows(bytes))).toBe('Résumé:first');
    expect(first(readWorkbookRows(bytes, { sheet: 2 }))).toBe('Réponses brutes:second');
    expect(first(readWorkbookRows(bytes, { sheet: 'Réponses brutes' }))).toBe('Réponses brutes:second');
    expect(first(readWorkbookRows(bytes, { sheet: ' réponses  BRUTES' }))).toBe('Réponses brutes:second');
  });

  it('is NPS161 naming the sheets when the sheet does not exist', () => {
    const byName = readWorkbookRows(bytes, { sheet: 'Feuil1' });
    expect(byName).toMatchObject({ ok: false, code: 'NPS161', sheets: ['Résumé', 'Réponses brutes'] });
    expect(first(byName)).toBe('the workbook has no sheet "Feuil1" (sheets: "Résumé", "Réponses brutes")');
    expect(first(readWorkbookRows(bytes, { sheet: 3 }))).toBe(
      'the workbook has no sheet 3: it has 2 sheets ("Résumé", "Réponses brutes")',
    );
  });
});

describe('bytes that are no workbook', () => {
  const code = (reading: WorkbookReading): string => (reading.ok ? 'ok' : `${reading.code} ${reading.message}`);

  it('is NPS160 on garbage, an old .xls, a truncated workbook, a zip of something else', () => {
    expect(code(readWorkbookRows(strToU8('date,score\n2026-03-02,9\n')))).toBe(
      'NPS160 this file is not an Excel workbook (.xlsx): it is not a zip archive',
    );
    expect(code(readWorkbookRows(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))).toMatch(
      /^NPS160 .*\(\.xls\)/,
    );
    expect(code(readWorkbookRows(new Uint8Array()))).toMatch(/^NPS160 /);
    const whole = buildWorkbook({ sheets: [{ name: 'S', rows: [['a']] }] });
    expect(code(readWorkbookRows(whole.slice(0, whole.length / 2)))).toMatch(
      /^NPS160 this workbook cannot be read: it is damaged/,
    );
    const word = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect(code(readWorkbookRows(word))).toBe(
      'NPS160 this zip archive is not an Excel workbook (.xlsx): it holds no workbook part (it looks like a Word document)',
    );
  });

  it('is NPS160 when a part is malformed XML', () => {
    const bytes = zipSync({
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData><row><c><v>1</v></row></sheetData></worksheet>'),
    });
    expect(code(readWorkbookRows(bytes))).toMatch(/^NPS160 this workbook cannot be read: it is damaged/);
  });
});
