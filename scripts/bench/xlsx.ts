// The workbook benchmark (a script that prints figures, not a test): which library core should read
// .xlsx exports with. Writes a survey-shaped workbook (date-time cells, a score, a multi-line French
// comment, 3 segment columns, shared strings) with exceljs's streaming writer, then for each
// candidate: the median read time of 3 child processes, their peak RSS, the minified browser bundle
// of a minimal reader (esbuild, platform browser), and whether that bundle needs Node built-ins.
// Usage: node scripts/bench/xlsx.ts [--rows N] [--runs N]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import ExcelJS from 'exceljs';
import { median, megabytes, type Run, runNode } from './lib/measure.ts';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '100000' }, runs: { type: 'string', default: '3' } },
});
const rowCount = Number(values.rows);
const runs = Number(values.runs);
const root = new URL('../..', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'nps-bench-xlsx-'));
const file = join(folder, 'responses.xlsx');

const COMMENTS = [
  'Très bien accueilli, merci à l’équipe !',
  'Délai de livraison trop long.\nLe colis est arrivé abîmé, mais le SAV a réagi vite.',
  'Prix élevés… qualité au rendez-vous.',
  'Je recommanderai sans hésiter.\n\nÀ bientôt.',
  'Déçu : «\u00a0produit non conforme\u00a0».',
];

/** A deterministic generator: the same workbook on every run and machine. */
function* rows(): Generator<(string | number | Date)[]> {
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const start = Date.UTC(2025, 0, 1);
  for (let index = 0; index < rowCount; index++) {
    const at = new Date(start + Math.floor(next() * 420 * 86400) * 1000);
    const comment = next() < 0.6 ? `${COMMENTS[Math.floor(next() * COMMENTS.length)]} (#${index})` : '';
    yield [
      at,
      Math.floor(next() * 11),
      comment,
      ['web', 'magasin', 'téléphone'][index % 3] as string,
      `Magasin ${index % 40}`,
      ['Île-de-France', 'Auvergne-Rhône-Alpes', 'Occitanie'][index % 3] as string,
    ];
  }
}

async function writeWorkbook(): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('Réponses');
  sheet.columns = [
    { header: 'date', key: 'date', style: { numFmt: 'yyyy-mm-dd hh:mm:ss' } },
    { header: 'score', key: 'score' },
    { header: 'comment', key: 'comment' },
    { header: 'channel', key: 'channel' },
    { header: 'store', key: 'store' },
    { header: 'region', key: 'region' },
  ];
  for (const row of rows()) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

/** Minimal browser entries, one per candidate: read the bytes, count rows. */
const ENTRIES: Record<string, string> = {
  'fflate+saxes': `import { readWorkbookRows } from '${root}core/src/parse/xlsx-rows.ts'; export const read = (b) => readWorkbookRows(b).ok;`,
  '@e965/xlsx': `import { read as r, utils } from '@e965/xlsx'; export const read = (b) => utils.sheet_to_json(r(b, { type: 'array', dense: true }).Sheets.x, { header: 1 });`,
  exceljs: `import ExcelJS from 'exceljs'; export const read = (b) => new ExcelJS.Workbook().xlsx.load(b);`,
  'read-excel-file': `import { readSheet } from 'read-excel-file/browser'; export const read = (b) => readSheet(b);`,
};

async function browserBundle(name: string): Promise<string> {
  try {
    const result = await esbuild.build({
      stdin: { contents: ENTRIES[name] as string, resolveDir: join(root, 'scripts'), loader: 'js' },
      bundle: true,
      minify: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      logLevel: 'silent',
    });
    const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
    return `${(bytes.length / 1024).toFixed(0)} KB (${(gzipSync(bytes).length / 1024).toFixed(0)} KB gz), no Node built-ins`;
  } catch (error) {
    const first = (error as { errors?: { text: string }[] }).errors?.[0]?.text ?? String(error);
    return `fails in a browser build: ${first.slice(0, 70)}`;
  }
}

await writeWorkbook();
console.log(`${rowCount.toLocaleString('en')} rows, ${megabytes(statSync(file).size)} of .xlsx (${file})\n`);

const CANDIDATES: { name: string; bundle?: string }[] = [
  { name: 'baseline' },
  { name: 'fflate+saxes', bundle: 'fflate+saxes' },
  { name: 'fflate+saxes (responses)' },
  { name: '@e965/xlsx', bundle: '@e965/xlsx' },
  { name: 'exceljs (stream)', bundle: 'exceljs' },
  { name: 'exceljs (load)' },
  { name: 'read-excel-file', bundle: 'read-excel-file' },
];

// Interleaved, so that a noisy neighbour slows every candidate alike.
const measured = new Map<string, Run[]>(CANDIDATES.map((candidate) => [candidate.name, []]));
/** Runs that crashed, by candidate: their first error line (read-excel-file overflows its stack at times). */
const failures = new Map<string, string[]>();
for (let run = 0; run < runs; run++) {
  for (const candidate of CANDIDATES) {
    try {
      measured.get(candidate.name)?.push(runNode(['scripts/bench/lib/xlsx-read.ts', candidate.name, file], { cwd: root }));
    } catch (error) {
      const line = String(error).match(/\n(\w*Error: [^\n]*)/)?.[1] ?? String(error).slice(0, 80);
      failures.set(candidate.name, [...(failures.get(candidate.name) ?? []), line]);
    }
  }
}
const lines: string[] = [];
for (const candidate of CANDIDATES) {
  const runsOf = measured.get(candidate.name) ?? [];
  const outputs = runsOf.map((run) => JSON.parse(run.stdout) as { ms: number; rows: number; check: number });
  const ms = median(outputs.map((output) => output.ms));
  const peak = Math.max(...runsOf.map((run) => run.peakBytes));
  const bundle = candidate.bundle ? await browserBundle(candidate.bundle) : candidate.name === 'baseline' ? '' : '(as above)';
  const first = outputs[0];
  const failed = failures.get(candidate.name) ?? [];
  const crashes = failed.length === 0 ? '' : `; ${failed.length} of ${runs} runs crashed: ${failed[0]}`;
  const time = outputs.length === 0 ? '-' : `${(ms / 1000).toFixed(2)} s`;
  const memory = runsOf.length === 0 ? '-' : megabytes(peak);
  lines.push(
    `| ${candidate.name} | ${time} | ${memory} | ${bundle} | ${first?.rows ?? 0} rows, check ${first?.check ?? 0}${crashes} |`,
  );
}
console.log(`
// Read ${rowCount.toLocaleString('en')} rows of a survey export (median of ${runs} child processes, read alone: start-up and import excluded; peak RSS of the whole process, whose floor is the baseline: Node, file read, nothing parsed):
// | candidate | read | peak RSS | browser bundle | rows read |
// |---|---|---|---|---|
${lines.map((line) => `// ${line}`).join('\n')}`);
// Not measured by this script: what the npm registry said on 2026-12-04 (npm view; npm audit is not
// reachable from here, so advisories are GitHub's advisory database).
console.log(`//
// Maintenance (npm registry, 2026-12-04):
// - fflate 0.8.3 (no dependency) and saxes 6.0.0 (one: xmlchars): no advisory; saxes is jsdom's XML parser.
// - @e965/xlsx 0.20.3: a republication of SheetJS CE 0.20.3, whose own releases left npm. The npm
//   package xlsx stopped at 0.18.5, which has two open high advisories with no patched npm release:
//   GHSA-4r6h-8v6p-xvw6 (prototype pollution, < 0.19.3) and GHSA-5pgg-2g8v-p4x9 (ReDoS, < 0.20.2).
// - exceljs 4.4.0: 9 runtime dependencies built on Node streams (unzipper, archiver, readable-stream,
//   jszip...); the browser bundle is its prebuilt dist with Buffer and stream polyfilled.
// - read-excel-file 9.3.17 (fflate, saxen, unzipper-esm, worker-f): active, but reads the whole sheet.`);
rmSync(folder, { recursive: true, force: true });
