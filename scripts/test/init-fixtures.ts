import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeExport, type InitMapping, readExportTable, resolveMapping } from '@nps-pages/core/init';
import { decodeExport } from '../src/init/decode-export.ts';

/** The init corpus: core/test/fixtures/init/<case>/, a raw export and the mapping and figures expected of it. */
export const INIT_FIXTURES = join(import.meta.dirname, '../../core/test/fixtures/init');

export interface ExpectedMapping {
  format: 'csv' | 'json' | 'xlsx';
  headerRows: number;
  headerRow: number;
  encoding: string;
  delimiter?: string;
  dateFormat?: string;
  timeZone?: string;
  arrayPath?: string;
  columns: Record<string, string | string[]>;
  /** The headers declared as segments. */
  segments: string[];
}

export interface InitCase {
  name: string;
  about: string;
  file: string;
  mapping: ExpectedMapping;
  figures: { n: number; promoters: number; passives: number; detractors: number; nps: number; partial: number };
}

export const initCases: InitCase[] = readdirSync(INIT_FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'encoded-sources')
  .map((entry) => ({ name: entry.name, ...JSON.parse(readFileSync(join(INIT_FIXTURES, entry.name, 'expected.json'), 'utf8')) }))
  .sort((a, b) => a.name.localeCompare(b.name));

/** What detection makes of a case, in expected.json's shape, with every header of the export. */
export async function detectCase(
  name: string,
  file: string,
): Promise<{ mapping: ExpectedMapping; headers: string[]; resolved: InitMapping }> {
  const { text, encoding } = await decodeExport(readFileSync(join(INIT_FIXTURES, name, file)));
  const table = readExportTable({ text });
  if (typeof table === 'string') throw new Error(`${name}: ${table}`);
  const resolved = resolveMapping(analyzeExport(table));
  const mapping: ExpectedMapping = {
    format: table.format,
    headerRows: table.headerRows,
    headerRow: table.headerRow,
    encoding,
    ...(table.delimiter ? { delimiter: table.delimiter } : {}),
    ...(resolved.dateFormat ? { dateFormat: resolved.dateFormat } : {}),
    ...(resolved.timeZone ? { timeZone: resolved.timeZone } : {}),
    ...(table.arrayPath ? { arrayPath: table.arrayPath } : {}),
    columns: resolved.columns as Record<string, string | string[]>,
    segments: resolved.segments.map((segment) => segment.header),
  };
  return { mapping, headers: table.headers, resolved };
}

/** Each header's role: the field it is mapped to, "segment", or "none" (left out). */
export function rolesOf(mapping: ExpectedMapping, headers: readonly string[]): Map<string, string> {
  const roles = new Map(headers.map((header) => [header, 'none']));
  for (const [field, mapped] of Object.entries(mapping.columns)) {
    for (const header of typeof mapped === 'string' ? [mapped] : mapped) roles.set(header, field);
  }
  for (const header of mapping.segments) roles.set(header, 'segment');
  return roles;
}
