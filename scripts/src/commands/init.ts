import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import {
  analyzeExport,
  buildConfigDocument,
  detectExportFormat,
  type ExportAnalysis,
  type ExportTable,
  type InitSource,
  readExportTable,
  resolveMapping,
} from '@nps-pages/core/init';
import { CONFIG_FILE_NAME, readWorkbookRows } from '@nps-pages/core/pipeline';
import { type Ask, askChoices } from '../init/ask-choices.ts';

import { decodeExport } from '../init/decode-export.ts';
import { literalGlob } from '../init/glob-path.ts';
import { mergeSameShape } from '../init/merge-sources.ts';
import type { CommandIo } from './validate.ts';

export interface InitOptions {
  /** The raw exports; empty: every export already in the data folder. */
  exports: readonly string[];
  data: string;
  /** Take the best candidate of every field without asking. */
  yes?: boolean;
  /** Overwrite an existing config. */
  force?: boolean;
  locale?: 'fr' | 'en';
  title?: string;
}

export interface InitIo extends CommandIo {
  /** Whether stdin is a terminal a person can answer on; without one the best choices are taken. */
  stdinIsTTY: boolean;
  ask?: Ask;
}

const EXPORT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt', '.json', '.xlsx']);

/**
 * `nps init`: read each raw export, detect its shape and its columns, write a commented
 * nps.config.yaml (copying the exports into the data folder when they are elsewhere). Exit codes:
 * 0 written, 2 nothing written (no export, no score column, a config already there without --force).
 */
export async function initCommand(options: InitOptions, io: InitIo): Promise<number> {
  const dataDir = resolve(options.data);
  const configPath = join(dataDir, CONFIG_FILE_NAME);
  if (!options.force && (await exists(configPath))) {
    io.stderr(`nps init: ${shown(configPath)} already exists; add --force to replace it\n`);
    return 2;
  }
  const exports = options.exports.length > 0 ? options.exports.map((file) => resolve(file)) : await exportsIn(dataDir);
  if (exports.length === 0) {
    io.stderr(`nps init: no export given and none in ${shown(dataDir)}: name your exports, e.g. nps init responses.csv\n`);
    return 2;
  }
  const interactive = io.stdinIsTTY && !options.yes && io.ask !== undefined;
  const sources: InitSource[] = [];
  for (const file of exports) {
    const bytes = await readFile(file).catch(() => undefined);
    if (!bytes) {
      io.stderr(`nps init: cannot read ${shown(file)}\n`);
      return 2;
    }
    const read = await readTable(file, bytes);
    if (typeof read.table === 'string') {
      io.stderr(`nps init: ${shown(file)}: ${read.table}\n`);
      return 2;
    }
    const analysis = analyzeExport(read.table);
    if (analysis.candidates.score.length === 0) {
      io.stderr(noScoreReport(file, analysis));
      return 2;
    }
    if (interactive) io.stderr(`\n${shown(file)}: ${analysis.rowCount} rows, ${analysis.verdicts.length} columns\n`);
    const picks = interactive && io.ask ? await askChoices(analysis, io.ask, io.stderr) : {};
    const inData = await placeInDataFolder(file, dataDir, options.force === true);
    if (typeof inData !== 'string') {
      io.stderr(`nps init: ${inData.problem}\n`);
      return 2;
    }
    sources.push({
      path: literalGlob(inData),
      file: basename(file),
      encoding: read.encoding,
      analysis,
      mapping: resolveMapping(analysis, picks),
    });
  }
  const merged = mergeSameShape(sources);
  const first = merged[0] as InitSource;
  const locale = options.locale ?? first.analysis.locale;
  const localeReason = options.locale
    ? 'from --locale'
    : `guessed from the headers (${locale === 'fr' ? 'French' : 'English'}); fr or en, the default language of the site`;
  const title = options.title ?? titleFromFile(first.file);
  const doc = buildConfigDocument({ title, locale, localeReason, sources: merged });
  await mkdir(dataDir, { recursive: true });
  await writeFile(configPath, doc.toString({ lineWidth: 0 }));
  io.stderr(summary(configPath, merged));
  return 0;
}

/** The table of an export, and the encoding its text was in. */
async function readTable(
  file: string,
  bytes: Uint8Array,
): Promise<{ table: ExportTable | string; encoding: InitSource['encoding'] }> {
  if (detectExportFormat(file, bytes.subarray(0, 4)) === 'xlsx') {
    const rows = workbookRows(bytes);
    if (typeof rows === 'string') return { table: rows, encoding: 'utf-8' };
    return { table: readExportTable({ rows }), encoding: 'utf-8' };
  }
  const { text, encoding } = await decodeExport(bytes);
  return { table: readExportTable({ text }), encoding };
}

/** The rows of a workbook's first sheet as text (dates as ISO text), or why it cannot be read. */
function workbookRows(bytes: Uint8Array): string[][] | string {
  const reading = readWorkbookRows(bytes);
  if (!reading.ok) return reading.message;
  return reading.rows.map((row) => Array.from(row.cells, (cell) => cell?.text ?? ''));
}

/** The export's path in the data folder: itself when it is there already, else a copy. */
async function placeInDataFolder(file: string, dataDir: string, force: boolean): Promise<string | { problem: string }> {
  const inside = relative(dataDir, file);
  if (!inside.startsWith('..') && !inside.startsWith(sep) && inside !== '') return inside.split(sep).join('/');
  const target = join(dataDir, basename(file));
  if (await exists(target)) {
    const same = Buffer.compare(await readFile(target), await readFile(file)) === 0;
    if (!same && !force) return { problem: `${shown(target)} exists and differs from ${shown(file)}; add --force to replace it` };
  }
  await mkdir(dirname(target), { recursive: true });
  await copyFile(file, target);
  return basename(file);
}

async function exportsIn(dataDir: string): Promise<string[]> {
  const names = await readdir(dataDir).catch(() => [] as string[]);
  return names
    .filter((name) => EXPORT_EXTENSIONS.has(extname(name).toLowerCase()) && !name.startsWith('.'))
    .sort()
    .map((name) => join(dataDir, name));
}

/** Every column and why it is not a score: what the user needs to fix the export or map it by hand. */
function noScoreReport(file: string, analysis: ExportAnalysis): string {
  const lines = analysis.verdicts.map((verdict) => `  "${verdict.header}": ${verdict.kind}, ${verdict.reason}`);
  return [
    `nps init: ${shown(file)}: no column holds scores from 0 to 10 (whole numbers in almost every non-empty cell).`,
    `Columns seen (${analysis.rowCount} rows):`,
    ...lines,
    'Map the score by hand in nps.config.yaml (see the README, "The data"), or export the scores as numbers.',
    '',
  ].join('\n');
}

function summary(configPath: string, sources: readonly InitSource[]): string {
  const lines = [`Wrote ${shown(configPath)}:`];
  for (const source of sources) {
    const mapped = Object.keys(source.mapping.columns).length + source.mapping.segments.length;
    lines.push(`  ${source.path}: ${mapped} columns mapped, ${source.mapping.leftOut.length} left out (see the comments)`);
    if (source.mapping.columns.date === undefined)
      lines.push('  no date column found: map one by hand before building (see TO DO in the config)');
  }
  lines.push('Next: npm run build (the report), or pnpm nps validate to check the data first.', '');
  return lines.join('\n');
}

/** "avis-clients_2026.csv" -> "Avis clients 2026". */
export function titleFromFile(file: string): string {
  const words = file
    .replace(/\.[^.]+$/, '')
    .replace(/[-_+]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words ? words[0]?.toUpperCase() + words.slice(1) : 'NPS';
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function shown(path: string): string {
  return relative(process.cwd(), path).split(sep).join('/') || path;
}
