// One timed read of a workbook by one candidate library, run in a child process by
// scripts/bench/xlsx.ts (so that each read has its own peak RSS). The library is imported before
// the clock starts. Prints {"ms": read time, "rows": rows read, "check": sum of the score column}.
// Usage: node scripts/bench/lib/xlsx-read.ts CANDIDATE FILE
import { readFileSync } from 'node:fs';

const [candidate, file] = process.argv.slice(2);
if (!candidate || !file) throw new Error('usage: xlsx-read.ts CANDIDATE FILE');
const path = file;
/** The score is column B of the generated sheet. */
const SCORE = 1;

let rows = 0;
let check = 0;
function count(score: unknown): void {
  rows++;
  if (typeof score === 'number') check += score;
  else if (typeof score === 'string') check += Number(score) || 0;
}

type Reader = (bytes: Uint8Array) => unknown;
const arrayBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

const LOADERS: Record<string, () => Promise<Reader>> = {
  baseline: async () => () => undefined,
  'fflate+saxes': async () => {
    const { streamWorkbookRows } = await import('@nps-pages/core/pipeline');
    return (bytes) => streamWorkbookRows(bytes, { onRow: (row) => count(row.cells[SCORE]?.number) });
  },
  'fflate+saxes (responses)': async () => {
    const { IdRegistry, parseConfig, parseWorkbookResponses } = await import('@nps-pages/core/pipeline');
    const yaml = 'sources:\n  - path: r.xlsx\nsegments:\n  - field: channel\n  - field: store\n  - field: region\n';
    const config = parseConfig('nps.config.yaml', yaml).config;
    const source = config?.sources[0];
    if (!config || !source) throw new Error('bench config');
    return (bytes) =>
      parseWorkbookResponses(bytes, {
        file: 'r.xlsx',
        source,
        config,
        ids: new IdRegistry(),
        onResponse: (response) => count(response.score),
        onIssue: () => {},
      });
  },
  '@e965/xlsx': async () => {
    const XLSX = await import('@e965/xlsx');
    return (bytes) => {
      const workbook = XLSX.read(bytes, { type: 'array', dense: true, cellDates: true });
      const sheet = workbook.Sheets[workbook.SheetNames[0] as string];
      if (!sheet) throw new Error('no sheet');
      for (const row of XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 })) count(row[SCORE]);
    };
  },
  'exceljs (stream)': async () => {
    const { default: ExcelJS } = await import('exceljs');
    // Node streams only: it reads the file by path.
    return async () => {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
        sharedStrings: 'cache',
        styles: 'cache',
        worksheets: 'emit',
      });
      for await (const worksheet of reader) {
        for await (const row of worksheet) count((row as { getCell(n: number): { value: unknown } }).getCell(SCORE + 1).value);
      }
    };
  },
  'exceljs (load)': async () => {
    const { default: ExcelJS } = await import('exceljs');
    return async (bytes) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(arrayBuffer(bytes));
      workbook.worksheets[0]?.eachRow((row) => count(row.getCell(SCORE + 1).value));
    };
  },
  'read-excel-file': async () => {
    const { readSheet } = await import('read-excel-file/universal');
    return async (bytes) => {
      for (const row of await readSheet(arrayBuffer(bytes))) count(row[SCORE]);
    };
  },
};

const load = LOADERS[candidate];
if (!load) throw new Error(`unknown candidate ${candidate}`);
const reader = await load();
const bytes = new Uint8Array(readFileSync(path));
const started = performance.now();
await reader(bytes);
console.log(JSON.stringify({ ms: performance.now() - started, rows, check }));
