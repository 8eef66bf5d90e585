import { type Issue, type IssueValues, issueAt } from '../issues.ts';
import type { Encoding } from '../schema/config.ts';
import { LineIndex } from '../text/line-index.ts';
import { firstInvalidUtf8, utf8Evidence } from './utf8.ts';

/**
 * Raw bytes to text, with the encoding detected or forced, so that no text decoded the wrong way is
 * ever published. Detection, in order: a BOM (UTF-8, UTF-16 LE or BE); UTF-16 without a BOM (NUL
 * bytes on every other position of the sample); UTF-8 when the whole file is valid UTF-8; else
 * Windows-1252 (what French Excel saves as "CSV (séparateur: point-virgule)"), with a warning; but a
 * file whose non-ASCII bytes are mostly valid UTF-8 is damaged UTF-8: an error at its bad byte.
 *
 * The decision is made before the first character reaches a parser, because parsers emit responses
 * as they go and none can be taken back. When the first 64 KiB are plain ASCII the sample cannot
 * tell, so the rest of the file is checked first (a second read: 38 MB of ASCII validates in a few
 * tens of milliseconds, native code, against seconds of parsing).
 *
 * The text keeps its BOM as U+FEFF: the parsers skip it, and columns count from the character after it.
 */
export type ChunkSource = () => AsyncIterable<Uint8Array | string>;

export interface DecodeOptions {
  /** How the file is shown in issues. */
  file: string;
  /** The source's `encoding`: decode with it, and report bytes that are invalid in it (NPS012). */
  encoding?: Encoding;
  onIssue: (issue: Issue) => void;
  /** Told the encoding the bytes are read with (not called for text an editor already decoded). */
  onEncoding?: (encoding: Encoding) => void;
}

/** Bytes looked at to detect the encoding: the same window the CSV parser takes to detect its delimiter. */
const SAMPLE_BYTES = 64 * 1024;

const LABELS: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
  'iso-8859-15': 'ISO-8859-15',
};

/** The text of a file in chunks; `read` is called again when detection must look past the sample. */
export async function* decodeChunks(read: ChunkSource, options: DecodeOptions): AsyncIterable<string> {
  const chunks = read()[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < SAMPLE_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    if (typeof next.value === 'string') {
      // Text an editor already decoded (an open document): nothing to detect. Its U+FFFD, if any,
      // is the editor's to report (NPS013, see editor/validate-document.ts).
      yield* passText(next.value, chunks);
      return;
    }
    head.push(next.value);
    headBytes += next.value.length;
  }
  const sample = concat(head, headBytes);
  const encoding = options.encoding ?? (await detect(sample, ended, read, options));
  options.onEncoding?.(encoding);
  const fatal = options.encoding !== undefined || encoding === 'utf-8';
  const decoder = new TextDecoder(encoding, { fatal, ignoreBOM: true });
  // Bytes handed to the decoder so far, the failing chunk included: where to look for the bad byte.
  let consumed = 0;
  const decode = (bytes: Uint8Array, stream: boolean): string | undefined => {
    consumed += bytes.length;
    try {
      return decoder.decode(bytes, { stream });
    } catch {
      return undefined;
    }
  };
  const rest: AsyncIterator<Uint8Array | string> = ended ? emptyIterator() : chunks;
  for (let bytes: Uint8Array | undefined = sample; bytes !== undefined; ) {
    const text = decode(bytes, true);
    if (text === undefined) {
      await reportInvalid(read, consumed, encoding, options);
      return;
    }
    if (text.length > 0) yield text;
    const next = await rest.next();
    bytes = next.done ? undefined : toBytes(next.value);
  }
  const last = decode(new Uint8Array(0), false);
  if (last === undefined) await reportInvalid(read, consumed, encoding, options);
  else if (last.length > 0) yield last;
}

async function* passText(first: string, rest: AsyncIterator<Uint8Array | string>): AsyncIterable<string> {
  yield first;
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for (let next = await rest.next(); !next.done; next = await rest.next()) {
    yield typeof next.value === 'string' ? next.value : decoder.decode(next.value, { stream: true });
  }
}

async function detect(sample: Uint8Array, whole: boolean, read: ChunkSource, options: DecodeOptions): Promise<Encoding> {
  const bom = bomOf(sample);
  if (bom) return bom;
  const utf16 = utf16WithoutBom(sample);
  if (utf16) {
    warn(options, { guess: 'utf-16-without-bom', encoding: LABELS[utf16] });
    return utf16;
  }
  const invalidAt = whole || !isAscii(sample) ? firstInvalidUtf8(sample, { final: whole }) : await scanWholeFile(read);
  if (invalidAt < 0) return 'utf-8';
  const bytes = invalidAt < sample.length ? sample : await readPrefix(read, invalidAt + 1);
  // Mostly valid UTF-8 letters around the bad byte: a damaged UTF-8 file, which no single decoding
  // reads right (Windows-1252 would turn its "é" into "Ã©"). Read as UTF-8, the bad byte is an error.
  const evidence = utf8Evidence(bytes.subarray(0, Math.max(invalidAt + 1, Math.min(bytes.length, SAMPLE_BYTES))));
  if (evidence.multibyte > evidence.invalid) return 'utf-8';
  const where = await positionOf(read, invalidAt, 'windows-1252');
  warn(options, { guess: 'windows-1252', byte: hexAt(bytes, invalidAt), line: where.line, column: where.column });
  return 'windows-1252';
}

function warn(options: DecodeOptions, values: IssueValues<'NPS011'>): void {
  options.onIssue(issueAt(options.file, { line: 1, column: 1, endLine: 1, endColumn: 1 }, 'NPS011', values));
}

function bomOf(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Text in UTF-16 without a BOM has NUL as the high byte of every ASCII character: on one side only. */
function utf16WithoutBom(bytes: Uint8Array): Encoding | undefined {
  const pairs = Math.min(bytes.length >> 1, 4096);
  if (pairs < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return false;
  return true;
}

/** The byte offset of the first invalid UTF-8 sequence of the whole file, or -1. */
async function scanWholeFile(read: ChunkSource): Promise<number> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let total = 0;
  try {
    for await (const chunk of read()) {
      const bytes = toBytes(chunk);
      total += bytes.length;
      decoder.decode(bytes, { stream: true });
    }
    decoder.decode();
    return -1;
  } catch {
    // Error path only: everything before this chunk was valid, so the first invalid byte is in reach.
    return firstInvalidUtf8(await readPrefix(read, total), { final: true });
  }
}

/** An invalid byte for the file's encoding: an error at its line and column, and no text at all. */
async function reportInvalid(read: ChunkSource, upTo: number, encoding: Encoding, options: DecodeOptions): Promise<void> {
  const bytes = await readPrefix(read, upTo);
  const found = encoding === 'utf-8' ? firstInvalidUtf8(bytes.subarray(0, upTo), { final: true }) : -1;
  const invalidAt = found >= 0 ? found : Math.max(0, upTo - 1);
  const where = await positionOf(read, invalidAt, encoding);
  const span = { line: where.line, column: where.column, endLine: where.line, endColumn: where.column + 1 };
  const byte = invalidAt < bytes.length ? hexAt(bytes, invalidAt) : undefined;
  options.onIssue(issueAt(options.file, span, 'NPS012', { encoding: LABELS[encoding], byte }));
}

/** Line and column of a byte offset, counting the text before it as decoded leniently. */
async function positionOf(read: ChunkSource, offset: number, encoding: Encoding): Promise<{ line: number; column: number }> {
  const prefix = (await readPrefix(read, offset)).subarray(0, offset);
  const lenient = encoding === 'windows-1252' || encoding === 'iso-8859-15' ? 'utf-8' : encoding;
  const text = new TextDecoder(lenient, { ignoreBOM: false }).decode(prefix);
  return new LineIndex(`${text}.`).position(text.length);
}

async function readPrefix(read: ChunkSource, length: number): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of read()) {
    const bytes = toBytes(chunk);
    pieces.push(bytes);
    total += bytes.length;
    if (total >= length) break;
  }
  return concat(pieces, total);
}

function toBytes(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
}

function concat(pieces: readonly Uint8Array[], total: number): Uint8Array {
  if (pieces.length === 1) return pieces[0] as Uint8Array;
  const out = new Uint8Array(total);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

function hexAt(bytes: Uint8Array, at: number): string {
  return (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
}

function emptyIterator(): AsyncIterator<Uint8Array | string> {
  return { next: async () => ({ done: true, value: undefined }) };
}

/** The whole file as bytes (a workbook is a zip); undefined when it comes as text, which a zip never is. */
export async function readBytes(read: ChunkSource): Promise<Uint8Array | undefined> {
  const pieces: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of read()) {
    if (typeof chunk === 'string') return undefined;
    pieces.push(chunk);
    total += chunk.length;
  }
  return concat(pieces, total);
}

/** A whole text file (the config, an action, an edition's files), decoded as response files are. */
export async function readText(read: ChunkSource, options: DecodeOptions): Promise<string> {
  let text = '';
  for await (const chunk of decodeChunks(read, options)) text += chunk;
  return text;
}
