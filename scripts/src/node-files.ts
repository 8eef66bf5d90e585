import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { DataFiles } from '@nps-pages/core';

/** Large enough that the tokenizer sees few chunk boundaries; small enough to keep memory flat. */
const CHUNK_BYTES = 1 << 20;

/** The data folder on disk, as core's DataFiles: paths relative to `dataDir`, shown relative to the cwd. */
export function createNodeDataFiles(dataDir: string, cwd = process.cwd()): DataFiles {
  const absolute = (path: string): string => (isAbsolute(path) ? path : resolve(dataDir, path));
  return {
    async list() {
      const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
      return entries
        .filter((entry) => entry.isFile())
        .map((entry) => relative(dataDir, resolve(entry.parentPath, entry.name)).split(sep).join('/'))
        .filter((path) => !path.split('/').some((part) => part.startsWith('.') || part === 'node_modules'))
        .sort();
    },
    async *readChunks(path) {
      const stream = createReadStream(absolute(path), { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
      for await (const chunk of stream) yield chunk as string;
    },
    display(path) {
      return relative(cwd, absolute(path)).split(sep).join('/') || path;
    },
  };
}

/** A path given on the command line, as DataFiles expects it (relative to the data folder). */
export function toDataPath(dataDir: string, file: string, cwd = process.cwd()): string {
  return relative(dataDir, resolve(cwd, file)).split(sep).join('/');
}
