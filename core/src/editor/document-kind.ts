import { isActionPath } from '../actions.ts';
import { assignSources, formatOf } from '../ingest.ts';
import type { NpsConfig, SourceConfig } from '../schema/config.ts';
import { isEditionPath } from '../schema/edition.ts';

/** The config file's name in the data folder, as the CLI reads it. */
export const CONFIG_FILE_NAME = 'nps.config.yaml';

/**
 * What a file of the data folder is, from its path: the editor validates each kind with the reader
 * `nps validate` uses for it. Response files are those a source of the config matches, so a CSV
 * the config does not mention is left alone, as the CLI leaves it.
 */
export type DocumentKind =
  | { kind: 'config' }
  | { kind: 'action' }
  | { kind: 'edition' }
  | { kind: 'responses'; source: SourceConfig; format: 'csv' | 'json' | 'xlsx' | undefined };

/** `path` is posix and relative to the data folder; undefined when the file is none of ours. */
export function documentKindOf(path: string, config: NpsConfig | undefined): DocumentKind | undefined {
  if (path === CONFIG_FILE_NAME) return { kind: 'config' };
  if (isActionPath(path)) return { kind: 'action' };
  if (isEditionPath(path)) return { kind: 'edition' };
  if (!config) return undefined;
  const match = assignSources(config, [path])[0];
  if (!match) return undefined;
  return { kind: 'responses', source: match.source, format: formatOf(path, match.source) };
}

/** The data-folder path of a workspace path, or undefined when it lies outside the folder. */
export function dataPathOf(workspacePath: string, dataFolder: string): string | undefined {
  const folder = dataFolder.replace(/^\.\/+/, '').replace(/\/+$/, '');
  if (folder === '' || folder === '.') return workspacePath;
  return workspacePath.startsWith(`${folder}/`) ? workspacePath.slice(folder.length + 1) : undefined;
}
