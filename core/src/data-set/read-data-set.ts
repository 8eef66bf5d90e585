import { type Action, actionContextOf, isActionPath, readActions } from '../actions.ts';
import { checkEditionSet } from '../editions/edition-set.ts';
import type { LoadedEdition } from '../editions/read.ts';
import { assignSources, type DataFiles, type IngestSummary, ingest } from '../ingest.ts';
import { compareIssues, type Issue, type Span } from '../issues.ts';
import type { NpsConfig } from '../schema/config.ts';
import type { NpsResponse } from '../schema/response.ts';
import { readConfigFile } from './config-file.ts';
import { editionOfPath, readEditions } from './editions.ts';
import { unreadFileIssues } from './unread-files.ts';

/**
 * The one reading of a data set, shared by the CLI, the site build and the editor: read the config,
 * then the actions (small, and whoever folds responses as they come needs them first), stream every
 * response of the sources to `onResponse`, read the editions and check them together, and name the
 * files nothing reads. Every issue is collected; file access is the caller's `DataFiles`.
 */
export interface ReadDataSetOptions {
  files: DataFiles;
  /** The data folder as shown in messages (`data`). */
  folder: string;
  /** Only these files (paths relative to the data folder), e.g. the ones named on the command line. */
  only?: readonly string[];
  /**
   * Read the files with this config instead of the folder's nps.config.yaml: an export read with
   * command-line options (nps stats --map ...). No actions, editions or unread files then.
   */
  adHoc?: NpsConfig;
  /** Called with the usable config before the first response (to size what the responses feed). */
  onConfig?: (config: NpsConfig) => void;
  /** Called with the valid actions before the first response. */
  onActions?: (actions: readonly Action[], config: NpsConfig) => void;
  onResponse: (response: NpsResponse, file: string) => void;
  onFile?: (file: string, index: number, total: number) => void;
}

export interface DataSetReading {
  config: NpsConfig | undefined;
  /** Every issue, sorted by file and position. */
  issues: Issue[];
  /** Undefined when the config is unusable and no data was read. */
  summary: IngestSummary | undefined;
  /** The valid actions of actions/*.md (none for an ad-hoc data set). */
  actions: Action[];
  /** The readable editions of editions/ (none for an ad-hoc data set). */
  editions: LoadedEdition[];
}

const START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export async function readDataSet(options: ReadDataSetOptions): Promise<DataSetReading> {
  const { only } = options;
  // The folder is listed once: ingest, the editions and the unread-file check all ask for it.
  let listing: Promise<readonly string[]> | undefined;
  const files: DataFiles = {
    list: () => (listing ??= options.files.list()),
    readChunks: (path) => options.files.readChunks(path),
    display: (path) => options.files.display(path),
  };
  const issues: Issue[] = [];
  const onIssue = (issue: Issue): void => void issues.push(issue);
  if (options.adHoc) {
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
    return { config: options.adHoc, issues: issues.sort(compareIssues), summary, actions: [], editions: [] };
  }
  const reading = await readConfigFile(files, options.folder);
  issues.push(...reading.issues);
  const config = reading.config;
  if (!config) return { config: undefined, issues: issues.sort(compareIssues), summary: undefined, actions: [], editions: [] };
  options.onConfig?.(config);
  const responseFiles = only?.filter((path) => !isActionPath(path) && editionOfPath(path) === undefined);
  const actions = await readActions({ files, context: actionContextOf(config), only });
  issues.push(...actions.issues);
  options.onActions?.(actions.actions, config);
  const summary = await ingest({
    config,
    configFile: reading.file,
    configSpanOf: reading.spanOf,
    files,
    only: responseFiles,
    onResponse: options.onResponse,
    onIssue,
    onFile: options.onFile,
  });
  const editions = await readEditions(files, { only });
  issues.push(...editions.issues, ...checkEditionSet(editions.editions, config.editions));
  if (!only) {
    const paths = await files.list();
    const read = new Set(assignSources(config, paths).map((entry) => entry.path));
    issues.push(...unreadFileIssues({ config, paths, read, display: files.display }));
  }
  return { config, issues: issues.sort(compareIssues), summary, actions: actions.actions, editions: editions.editions };
}
