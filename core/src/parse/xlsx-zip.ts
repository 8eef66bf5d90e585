import { Unzip, UnzipInflate, unzipSync } from 'fflate';

/**
 * The zip layer of a workbook (an OOXML package). The small parts (workbook, relationships,
 * styles, shared strings) are read whole through the central directory; the sheet, the only part
 * that grows with the responses, is inflated chunk by chunk so that its XML never sits in memory
 * whole. Every function here throws on a corrupt zip: the caller turns that into NPS160.
 */

/** The parts whose name passes `wanted`, inflated; absent parts are simply missing from the result. */
export function readParts(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  const parts = unzipSync(bytes, { filter: (file) => wanted(file.name) });
  return new Map(Object.entries(parts));
}

/** The names of every part of the package (nothing is inflated). */
export function partNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  unzipSync(bytes, {
    filter(file) {
      names.push(file.name);
      return false;
    },
  });
  return names;
}

/** Compressed bytes given to the inflater at a time: about 400 KB of XML out. */
const PUSH_BYTES = 64 * 1024;

/**
 * Inflates one part and hands its bytes over in chunks, in order. Streams through the local
 * headers; a part that streaming cannot reach (a stored entry of unknown size, which no spreadsheet
 * writer produces but a re-zipping tool might) is inflated whole as a fallback.
 */
export function streamPart(bytes: Uint8Array, name: string, onChunk: (chunk: Uint8Array, final: boolean) => void): void {
  let reached = false;
  const unzip = new Unzip((file) => {
    if (file.name !== name || reached) return;
    reached = true;
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      onChunk(chunk, final);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Pushed in slices: fflate inflates what it is given at once, so one push of the whole file would
  // hand over the whole sheet as one chunk (16 MB of XML for 100,000 rows) and streaming nothing.
  for (let offset = 0; offset < bytes.length; offset += PUSH_BYTES) {
    const end = Math.min(offset + PUSH_BYTES, bytes.length);
    unzip.push(bytes.subarray(offset, end), end === bytes.length);
  }
  if (bytes.length === 0) unzip.push(bytes, true);
  if (reached) return;
  const whole = readParts(bytes, (part) => part === name).get(name);
  if (whole === undefined) throw new Error(`the package has no part ${name}`);
  onChunk(whole, true);
}
