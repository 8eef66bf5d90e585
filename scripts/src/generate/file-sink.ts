import { mkdir, open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ExportFormat } from './exports.ts';
import type { SampleResponse, SampleSource } from './sample.ts';

/**
 * Streams responses into their export files. Rows arrive in time order and files roll over by
 * period, so each source has one open file at a time; text is buffered and written in large
 * blocks (a million rows take seconds, not minutes) and memory stays flat.
 */
const FLUSH_CHARACTERS = 1 << 20;

interface OpenFile {
  path: string;
  handle: Awaited<ReturnType<typeof open>>;
  buffer: string;
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

export function createExportSink(root: string, formats: Record<SampleSource, ExportFormat>): ExportSink {
  const current = new Map<SampleSource, OpenFile>();
  const written: WrittenFile[] = [];

  async function close(file: OpenFile): Promise<void> {
    await file.handle.write(file.buffer + file.tail);
    await file.handle.close();
    written.push({ path: file.path, rows: file.rows });
  }

  function append(file: OpenFile, format: ExportFormat, response: SampleResponse): void {
    file.buffer += format.row(response, file.rows === 0);
    file.rows++;
  }

  async function drain(file: OpenFile): Promise<void> {
    const text = file.buffer;
    file.buffer = '';
    await file.handle.write(text);
  }

  async function rollOver(response: SampleResponse, format: ExportFormat, previous: OpenFile | undefined): Promise<void> {
    if (previous) await close(previous);
    const path = format.pathOf(response);
    await mkdir(dirname(join(root, path)), { recursive: true });
    const { head, tail } = format.framing(response);
    const file: OpenFile = { path, handle: await open(join(root, path), 'w'), buffer: head, tail, rows: 0 };
    current.set(response.source, file);
    append(file, format, response);
  }

  return {
    add(response) {
      const format = formats[response.source];
      const path = format.pathOf(response);
      const file = current.get(response.source);
      // The common case stays synchronous: an await per row costs more than building the row.
      if (file?.path !== path) return rollOver(response, format, file);
      append(file, format, response);
      return file.buffer.length >= FLUSH_CHARACTERS ? drain(file) : undefined;
    },
    async finish() {
      for (const file of current.values()) await close(file);
      current.clear();
      return written.sort((a, b) => (a.path < b.path ? -1 : 1));
    },
  };
}
