import { expect } from 'vitest';
import type { Issue } from '../../src/issues.ts';
import { createCsvParser } from '../../src/parse/csv.ts';
import { IdRegistry } from '../../src/parse/id-registry.ts';
import { parseJsonResponses } from '../../src/parse/json.ts';
import type { ResponseParserOptions } from '../../src/parse/record-reader.ts';
import { parseWorkbookResponses } from '../../src/parse/xlsx.ts';
import { configSchema, type SourceConfig } from '../../src/schema/config.ts';
import type { NpsResponse } from '../../src/schema/response.ts';

/** Runs the CSV, JSON and workbook parsers on their input the way ingestion does, for the parser tests. */

export interface Parsed {
  responses: NpsResponse[];
  issues: Issue[];
}

export interface HarnessOptions {
  /** Source settings beyond the path (columns, dateFormat, headerRows...). */
  source?: Record<string, unknown>;
  /** Chunk lengths, cycled; without them the text is pushed in one chunk. */
  chunkSizes?: readonly number[];
}

export const FILE = 'responses.csv';

function configFor(options: HarnessOptions): { config: ReturnType<typeof configSchema.parse>; source: SourceConfig } {
  const config = configSchema.parse({
    site: { timeZone: 'Europe/Paris' },
    sources: [{ path: FILE, ...options.source }],
    segments: [{ field: 'store' }],
  });
  return { config, source: config.sources[0] as SourceConfig };
}

export function parseCsv(text: string, options: HarnessOptions = {}): Parsed {
  const { config, source } = configFor(options);
  const result: Parsed = { responses: [], issues: [] };
  const parser = createCsvParser({
    file: FILE,
    source,
    config,
    ids: new IdRegistry(),
    onResponse: (response) => result.responses.push(response),
    onIssue: (issue) => result.issues.push(issue),
  });
  const sizes = options.chunkSizes ?? [text.length];
  let turn = 0;
  for (let offset = 0; offset < text.length; ) {
    const size = Math.max(1, sizes[turn++ % sizes.length] ?? text.length);
    parser.push(text.slice(offset, offset + size));
    offset += size;
  }
  parser.finish();
  return result;
}

export function parseJson(text: string, options: HarnessOptions = {}): Parsed {
  return parseWhole((parserOptions) => parseJsonResponses(text, parserOptions), options);
}

export function parseWorkbook(bytes: Uint8Array, options: HarnessOptions = {}): Parsed {
  return parseWhole((parserOptions) => parseWorkbookResponses(bytes, parserOptions), options);
}

/** A whole-input parser (JSON, workbooks) run with the harness's file, config and a fresh id registry. */
function parseWhole(parse: (options: ResponseParserOptions) => void, options: HarnessOptions): Parsed {
  const { config, source } = configFor(options);
  const result: Parsed = { responses: [], issues: [] };
  parse({
    file: FILE,
    source,
    config,
    ids: new IdRegistry(),
    onResponse: (response) => result.responses.push(response),
    onIssue: (issue) => result.issues.push(issue),
  });
  return result;
}

/** The lines of a text as an editor shows them: after a BOM, split at \r\n, \n or a lone \r. */
export function editorLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** Every issue's range lies inside the text and does not end before it starts. */
export function expectPositionsInside(text: string, issues: readonly Issue[]): void {
  const lines = editorLines(text);
  for (const issue of issues) {
    const where = `${issue.code} at ${issue.line}:${issue.column}-${issue.endLine}:${issue.endColumn} in ${JSON.stringify(text)}`;
    expect(issue.line, where).toBeGreaterThanOrEqual(1);
    expect(issue.endLine, where).toBeLessThanOrEqual(lines.length);
    expect(issue.column, where).toBeGreaterThanOrEqual(1);
    expect(issue.column, where).toBeLessThanOrEqual((lines[issue.line - 1] ?? '').length + 1);
    expect(issue.endColumn, where).toBeLessThanOrEqual((lines[issue.endLine - 1] ?? '').length + 1);
    const ordered = issue.endLine > issue.line || (issue.endLine === issue.line && issue.endColumn >= issue.column);
    expect(ordered, where).toBe(true);
  }
}
