import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.ts';
import { type CsvColumn, neutralizeFormula, toCsv, toJson } from '../../src/report/download-format.ts';
import { reportDownloads } from '../../src/report/downloads.ts';
import { makeConfig, response } from './load.ts';

interface Row {
  label: string;
  value: number | null;
}

const COLUMNS: CsvColumn<Row>[] = [
  { header: 'label', value: (row) => row.label },
  { header: 'value', value: (row) => row.value },
];

/** A minimal RFC 4180 reader, to check that what we write reads back cell for cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index++;
    } else cell += char;
  }
  return rows;
}

describe('toCsv', () => {
  it('neutralises text cells a spreadsheet would run as formulas, and leaves negative numbers as numbers', () => {
    const rows: Row[] = [
      { label: '=SUM(A1:A9)', value: -12.5 },
      { label: '+33 1 23', value: 0 },
      { label: '-Lyon', value: null },
      { label: '@cmd', value: 1e-7 },
      { label: '\tTab', value: 3 },
      { label: '\rReturn', value: Number.NaN },
      { label: 'Vélizy 2', value: 41.2 },
    ];
    const text = toCsv(rows, COLUMNS);
    expect(text).toBe(
      'label,value\r\n' +
        "'=SUM(A1:A9),-12.5\r\n" +
        "'+33 1 23,0\r\n" +
        "'-Lyon,\r\n" +
        "'@cmd,1e-7\r\n" +
        "'\tTab,3\r\n" +
        `"'\rReturn",\r\n` +
        'Vélizy 2,41.2\r\n',
    );
  });

  it('quotes cells with a delimiter, a quote or a line break (RFC 4180)', () => {
    const text = toCsv([{ label: 'Dit "bof", puis\nparti', value: 2 }], COLUMNS);
    expect(text).toBe('label,value\r\n"Dit ""bof"", puis\nparti",2\r\n');
    expect(toCsv([{ label: 'a;b', value: -1 }], COLUMNS, { delimiter: ';' })).toBe('label;value\r\n"a;b";-1\r\n');
  });

  it('reads back every text as written (after neutralisation) and never starts a cell with a formula character', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ label: fc.string(), value: fc.double({ noNaN: true, noDefaultInfinity: true }) })),
        (rows) => {
          const parsed = parseCsv(toCsv(rows, COLUMNS));
          expect(parsed.length).toBe(rows.length + 1);
          rows.forEach((row, index) => {
            const [label, value] = parsed[index + 1] as [string, string];
            expect(label).toBe(neutralizeFormula(row.label));
            expect(label).not.toMatch(/^[=+\-@\t\r]/);
            expect(Number(value)).toBe(row.value === 0 ? 0 : row.value);
          });
        },
      ),
    );
  });
});

describe('toJson', () => {
  it('neutralises formula strings, keeps numbers, and can be inlined in HTML', () => {
    const text = toJson({ label: '=1+1', delta: -3, note: '</script><b>' });
    expect(JSON.parse(text)).toEqual({ label: "'=1+1", delta: -3, note: '</script><b>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(toJson({ label: '=1+1' }, { neutralizeFormulas: false }))).toEqual({ label: '=1+1' });
  });
});

describe('reportDownloads', () => {
  it('publishes aggregates as CSV and JSON without any verbatim', () => {
    const config = makeConfig({ site: { period: 'month' }, segments: [{ field: 'store' }] });
    const responses = [
      response('2026-01-10', 2, { comment: 'secret comment', segments: { store: '=cmd' } }),
      response('2026-01-11', 10, { segments: { store: 'Paris' } }),
    ];
    const files = reportDownloads(buildReport({ config, responses }));
    expect(files.map((file) => file.name)).toEqual([
      'overview.csv',
      'overview.json',
      'segments.csv',
      'segments.json',
      'themes.csv',
      'themes.json',
      'trend.csv',
      'trend.json',
    ]);
    for (const file of files) expect(file.text).not.toContain('secret comment');
    const segments = files.find((file) => file.name === 'segments.csv')?.text ?? '';
    expect(segments).toContain("store,'=cmd,1,-100,");
    expect(segments.split(/\r?\n/)[0]).toMatch(/,small_sample,without_value$/);
    const withoutStore = buildReport({ config, responses: [...responses, response('2026-01-12', 9)] });
    const rows = parseCsv(reportDownloads(withoutStore).find((file) => file.name === 'segments.csv')?.text ?? '');
    // The responses without a store: one row apart, as on the site and in `nps stats` ("(none)").
    expect(rows.filter((row) => row.at(-1) === 'true').map((row) => row.slice(0, 4))).toEqual([['store', '', '1', '100']]);
    const trend = parseCsv(files.find((file) => file.name === 'trend.csv')?.text ?? '');
    expect(trend[1]?.slice(0, 5)).toEqual(['2026-01', '2026-01-01', '2026-01-31', '2', '0']);
  });
});
