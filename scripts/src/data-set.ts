import { basename, resolve } from 'node:path';
import {
  type Action,
  actionContextOf,
  checkEditionSet,
  type DataFiles,
  editionIdOfPath,
  editionPaths,
  type IngestSummary,
  type Issue,
  ingest,
  isActionPath,
  isEditionPath,
  type LoadedEdition,
  type NpsConfig,
  type NpsResponse,
  readActions,
  readEdition,
  type Span,
} from '@nps-pages/core/pipeline';
import { loadConfig } from './load-config.ts';
import { createNodeDataFiles, toDataPath } from './node-files.ts';

/**
 * The pipeline every command shares: read the config, then stream every response of the data set
 * (or of the files named on the command line) to `onResponse`, collecting every issue. Whether the
 * data set is the configured one or an ad-hoc export read with command-line options is decided by
 * the caller, which passes `adHoc`.
 */
export interface DataSetOptions {
  dataDir: string;
  /** Files named on the command line; empty for the whole data set. */
  files: readonly string[];
  /** Read `files` with this config instead of the data folder's (nps stats --map ...). */
  adHoc?: NpsConfig;
  /** Called with the usable config before the first response (to size what the responses feed). */
  onConfig?: (config: NpsConfig) => void;
  /** Called with the valid actions before the first response (the site folds responses into action windows as they come). */
  onActions?: (actions: readonly Action[], config: NpsConfig) => void;
  onResponse: (response: NpsResponse) => void;
  onFile?: (file: string, index: number, total: number) => void;
}

export interface DataSetReading {
  config: NpsConfig | undefined;
  /** Issues of the config itself, then of the data; in discovery order (sort before printing). */
  issues: Issue[];
  /** Undefined when the config is unusable and no data was read. */
  summary: IngestSummary | undefined;
  /** The valid actions of data/actions/*.md (none for an ad-hoc data set). */
  actions?: Action[];
  /** The readable editions of data/editions/ (none for an ad-hoc data set). */
  editions?: LoadedEdition[];
}

/**
 * Every edition of the data folder (a frozen folder editions/<id>/ or a narrative editions/<id>.md),
 * read and checked; with `only`, just the editions one of those files belongs to.
 */
export async function readEditions(
  files: DataFiles,
  options: { only?: readonly string[] } = {},
): Promise<{ editions: LoadedEdition[]; issues: Issue[] }> {
  const all = await files.list();
  const idOf = (path: string): string | undefined => editionIdOfPath(path) ?? /^editions\/([^/]+)\.md$/.exec(path)?.[1];
  const ids = [...new Set(all.map(idOf).filter((id) => id !== undefined))].sort();
  const wanted = options.only ? new Set(options.only.map(idOf)) : undefined;
  const present = new Set(all);
  const text = async (path: string): Promise<string | undefined> => {
    if (!present.has(path)) return undefined;
    let content = '';
    for await (const chunk of files.readChunks(path)) content += chunk;
    return content;
  };
  const editions: LoadedEdition[] = [];
  const issues: Issue[] = [];
  for (const id of ids) {
    if (wanted && !wanted.has(id)) continue;
    const paths = editionPaths(id);
    const reading = await readEdition({
      id,
      manifest: await text(paths.manifest),
      responses: await text(paths.responses),
      actions: await text(paths.actions),
      narrative: await text(paths.narrative),
      files: {
        manifest: files.display(paths.manifest),
        responses: files.display(paths.responses),
        actions: files.display(paths.actions),
        narrative: files.display(paths.narrative),
      },
    });
    issues.push(...reading.issues);
    if (reading.edition) editions.push(reading.edition);
  }
  return { editions, issues };
}

export async function readDataSet(options: DataSetOptions): Promise<DataSetReading> {
  const issues: Issue[] = [];
  const onIssue = (issue: Issue): void => void issues.push(issue);
  if (options.adHoc) {
    const files = createCommandLineFiles(options.files);
    options.onConfig?.(options.adHoc);
    const summary = await ingest({
      config: options.adHoc,
      configFile: '(command line)',
      configSpanOf: () => START,
      files,
      onResponse: options.onResponse,
      onIssue,
      onFile: options.onFile,
    });
    return { config: options.adHoc, issues, summary };
  }
  const dataDir = resolve(options.dataDir);
  const reading = await loadConfig(dataDir);
  issues.push(...reading.issues);
  if (!reading.config) return { config: undefined, issues, summary: undefined };
  options.onConfig?.(reading.config);
  const files = createNodeDataFiles(dataDir);
  const only = options.files.length > 0 ? options.files.map((file) => toDataPath(dataDir, file)) : undefined;
  const responseFiles = only?.filter((path) => !isActionPath(path) && !isEditionPath(path) && !editionIdOfPath(path));
  // Actions before responses: they are small, and whoever folds responses as they come needs them.
  const actions = await readActions({ files, context: actionContextOf(reading.config), only });
  issues.push(...actions.issues);
  options.onActions?.(actions.actions, reading.config);
  const summary = await ingest({
    config: reading.config,
    configFile: reading.file,
    configSpanOf: reading.spanOf,
    files,
    only: responseFiles,
    onResponse: options.onResponse,
    onIssue,
    onFile: options.onFile,
  });
  const editions = await readEditions(files, { only });
  issues.push(...editions.issues, ...checkEditionSet(editions.editions, reading.config.editions));
  return { config: reading.config, issues, summary, actions: actions.actions, editions: editions.editions };
}

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Files named on the command line as a data set of their own. Each gets a virtual path
 * `input-<i>/<name>` so that one catch-all source (`**`) matches it whatever characters its real
 * path holds (globs would read `(`, `[` or `{` in a real name as patterns); issues show the real path.
 */
function createCommandLineFiles(paths: readonly string[]): DataFiles {
  const virtual = paths.map((path, index) => `input-${index}/${basename(path)}`);
  const real = new Map(virtual.map((name, index) => [name, paths[index] as string]));
  const disk = createNodeDataFiles(process.cwd());
  const realOf = (name: string): string => real.get(name) ?? name;
  return {
    list: async () => virtual,
    readChunks: (name) => disk.readChunks(resolve(realOf(name))),
    display: (name) => realOf(name),
  };
}
