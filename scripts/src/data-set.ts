import { basename, resolve } from 'node:path';
import { createNodeDataFiles, toDataPath } from '@nps-pages/core/node';
import {
  type Action,
  type DataFiles,
  type DataSetReading,
  type NpsConfig,
  type NpsResponse,
  readDataSet,
} from '@nps-pages/core/pipeline';

/**
 * The CLI's file access around core's one reading of a data set (readDataSet): the data folder on
 * disk, or files named on the command line. Whether the data set is the configured one or an ad-hoc
 * export read with command-line options is decided by the caller, which passes `adHoc`.
 */
export interface DataSetOptions {
  dataDir: string;
  /** Files named on the command line; empty for the whole data set. */
  files: readonly string[];
  /** Read `files` with this config instead of the data folder's (nps stats --map ...). */
  adHoc?: NpsConfig;
  onConfig?: (config: NpsConfig) => void;
  onActions?: (actions: readonly Action[], config: NpsConfig) => void;
  onResponse: (response: NpsResponse) => void;
  onFile?: (file: string, index: number, total: number) => void;
}

export type { DataSetReading };

export async function readDataSetOnDisk(options: DataSetOptions): Promise<DataSetReading> {
  const callbacks = { onConfig: options.onConfig, onActions: options.onActions, onFile: options.onFile };
  const onResponse = (response: NpsResponse): void => options.onResponse(response);
  if (options.adHoc) {
    const files = createCommandLineFiles(options.files);
    return readDataSet({ files, folder: '.', adHoc: options.adHoc, onResponse, ...callbacks });
  }
  const dataDir = resolve(options.dataDir);
  const only = options.files.length > 0 ? options.files.map((file) => toDataPath(dataDir, file)) : undefined;
  const files = createNodeDataFiles(dataDir);
  return readDataSet({ files, folder: dataDir, ...(only ? { only } : {}), onResponse, ...callbacks });
}

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
