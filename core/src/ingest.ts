import picomatch from 'picomatch/posix.js';
import { type Issue, makeIssue, type Span } from './issues.ts';
import { createCsvParser } from './parse/csv.ts';
import { decodeChunks, readBytes } from './parse/decode.ts';
import { IdRegistry } from './parse/id-registry.ts';
import { parseJsonResponses } from './parse/json.ts';
import { parseWorkbookResponses } from './parse/xlsx.ts';
import type { NpsConfig, SourceConfig } from './schema/config.ts';
import type { NpsResponse } from './schema/response.ts';

/**
 * Reading a data set: list the files, match them to the config's sources, parse and validate each
 * one, and hand every valid response and every issue to the caller. The file system is injected,
 * so the CLI (node:fs), the site build and the VS Code extension (workspace.fs) share this code.
 */
export interface DataFiles {
  /** Every file of the data folder, as posix paths relative to it. */
  list(): Promise<readonly string[]>;
  /**
   * A file in chunks (large exports are streamed): its raw bytes, which core decodes (parse/decode.ts
   * detects the encoding), or text already decoded (an editor's open document). May be called again
   * for the same file: detecting an encoding can take a second look.
   */
  readChunks(path: string): AsyncIterable<Uint8Array | string>;
  /** How a path is shown in issues (e.g. prefixed with the data folder). */
  display(path: string): string;
}

export interface IngestOptions {
  config: NpsConfig;
  /** Where issues about the config itself (a source matching no file) point. */
  configFile: string;
  configSpanOf: (path: readonly PropertyKey[]) => Span;
  files: DataFiles;
  /** Only these files (relative paths), e.g. the ones named on the command line. */
  only?: readonly string[];
  onResponse: (response: NpsResponse, file: string) => void;
  onIssue: (issue: Issue) => void;
  onFile?: (file: string, index: number, total: number) => void;
}

export interface IngestSummary {
  files: { path: string; source: string; responses: number }[];
  responses: number;
  /** Rows left out of every figure without being errors: partial answers with no score (NPS201 warnings). */
  excluded: { missingScore: number };
}

export function formatOf(path: string, source: SourceConfig): 'csv' | 'json' | 'xlsx' | undefined {
  if (source.format) return source.format;
  const extension = path.toLowerCase().split('.').pop();
  if (extension === 'json') return 'json';
  if (extension === 'xlsx') return 'xlsx';
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  return undefined;
}

/** A source for a file that no configured source matches: canonical headers, no column map. */
export function plainSource(path: string): SourceConfig {
  return { path, headerRows: 1, headerRow: 1, columns: {}, constants: {}, missingScore: 'warning' };
}

/** Pairs each file with the first source whose pattern matches it. */
const RESERVED_FOLDERS = ['actions/', 'editions/'];

export function assignSources(
  config: NpsConfig,
  paths: readonly string[],
): { path: string; source: SourceConfig; sourceIndex: number }[] {
  const matchers = config.sources.map((source) => picomatch(source.path.replace(/^\.\//, ''), { dot: false }));
  const assigned: { path: string; source: SourceConfig; sourceIndex: number }[] = [];
  for (const path of paths) {
    // actions/ and editions/ belong to the data folder's own layout: a broad source glob such as
    // **/*.json must not read an edition's frozen responses as live ones.
    if (RESERVED_FOLDERS.some((folder) => path.startsWith(folder))) continue;
    const sourceIndex = matchers.findIndex((matches) => matches(path));
    if (sourceIndex >= 0) assigned.push({ path, source: config.sources[sourceIndex] as SourceConfig, sourceIndex });
  }
  return assigned;
}

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const { config, files, onIssue } = options;
  const all = [...(await files.list())].sort();
  const assigned = assignSources(config, all);
  config.sources.forEach((source, index) => {
    if (!options.only && !assigned.some((entry) => entry.sourceIndex === index)) {
      const span = options.configSpanOf(['sources', index, 'path']);
      onIssue(makeIssue(options.configFile, span, 'NPS005', `no file matches "${source.path}"`));
    }
  });
  const selected = options.only
    ? options.only.map(
        (path) => assigned.find((entry) => entry.path === path) ?? { path, source: plainSource(path), sourceIndex: -1 },
      )
    : assigned;

  const ids = new IdRegistry();
  const summary: IngestSummary = { files: [], responses: 0, excluded: { missingScore: 0 } };
  const countingIssue = (issue: Issue): void => {
    if (issue.code === 'NPS201' && issue.severity === 'warning') summary.excluded.missingScore++;
    onIssue(issue);
  };
  for (const [index, entry] of selected.entries()) {
    options.onFile?.(entry.path, index, selected.length);
    const shown = files.display(entry.path);
    let count = 0;
    const onResponse = (response: NpsResponse): void => {
      count++;
      options.onResponse(response, shown);
    };
    await ingestFile({ path: entry.path, shown, source: entry.source, config, files, ids, onResponse, onIssue: countingIssue });
    summary.files.push({ path: shown, source: entry.source.name ?? entry.source.path, responses: count });
    summary.responses += count;
  }
  return summary;
}

interface FileJob {
  path: string;
  shown: string;
  source: SourceConfig;
  config: NpsConfig;
  files: DataFiles;
  ids: IdRegistry;
  onResponse: (response: NpsResponse) => void;
  onIssue: (issue: Issue) => void;
}

async function ingestFile(job: FileJob): Promise<void> {
  const { path, shown, source, config, files, ids, onResponse, onIssue } = job;
  const format = formatOf(path, source);
  const start: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if (!format) {
    onIssue(makeIssue(shown, start, 'NPS008', `cannot tell the format of "${path}"`));
    return;
  }
  try {
    const read = () => files.readChunks(path);
    if (format === 'xlsx') {
      const bytes = await readBytes(read);
      if (bytes) parseWorkbookResponses(bytes, { file: shown, source, config, ids, onResponse, onIssue });
      else onIssue(makeIssue(shown, start, 'NPS160', 'a workbook open as text cannot be read: close it and validate again'));
      return;
    }
    const text = decodeChunks(read, { file: shown, encoding: source.encoding, onIssue });
    if (format === 'csv') {
      const parser = createCsvParser({ file: shown, source, config, ids, onResponse, onIssue });
      for await (const chunk of text) parser.push(chunk);
      parser.finish();
    } else {
      let whole = '';
      for await (const chunk of text) whole += chunk;
      parseJsonResponses(whole, { file: shown, source, config, ids, onResponse, onIssue });
    }
  } catch (error) {
    // Only the file system can fail here: parsers report bad data as issues and never throw.
    const reason = error instanceof Error ? error.message : String(error);
    onIssue(makeIssue(shown, start, 'NPS007', `cannot read the file: ${reason}`));
  }
}
