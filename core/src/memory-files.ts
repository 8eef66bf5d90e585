import type { DataFiles } from './ingest.ts';

/**
 * A data folder held in memory, as core's DataFiles: the VS Code extension validates unsaved
 * buffers with it, and tests run ingestion without touching the disk.
 */
export interface MemoryDataFilesOptions {
  /** How a path is shown in issues (e.g. prefixed with the data folder); defaults to the path. */
  display?: (path: string) => string;
  /**
   * The length of the next chunk, in UTF-16 code units (bytes for a file given as bytes); called
   * once per chunk. Without it a file is one chunk. Tests pass seeded random sizes so that every chunk boundary the parsers must
   * survive (inside a quoted field, between \r and \n, after a BOM) is exercised.
   */
  nextChunkSize?: () => number;
}

/** Files as text (already decoded, as an editor holds them) or as raw bytes (as on disk). */
export function createMemoryDataFiles(
  files: Readonly<Record<string, string | Uint8Array>>,
  options: MemoryDataFilesOptions = {},
): DataFiles {
  const { display = (path: string) => path, nextChunkSize } = options;
  return {
    async list() {
      return Object.keys(files).sort();
    },
    async *readChunks(path) {
      const text = files[path];
      // A missing file is an effect failing, like ENOENT on disk: ingest turns it into NPS007.
      if (text === undefined) throw new Error(`no such file: ${path}`);
      if (!nextChunkSize) {
        yield text;
        return;
      }
      for (let offset = 0; offset < text.length; ) {
        // At least one code unit per chunk, so a size function returning 0 cannot loop forever.
        const size = Math.max(1, Math.floor(nextChunkSize()));
        yield text.slice(offset, offset + size);
        offset += size;
      }
    },
    display,
  };
}
