import type { Encoding } from '@nps-pages/core/pipeline';

/**
 * An export's bytes as text, and the encoding they were in. A BOM decides (UTF-8, UTF-16 LE or BE);
 * without one, UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel writes on a
 * French or English Windows when saving "CSV (séparateur: point-virgule)").
 *
 * SEAM for the integrator: core is gaining its own decoding of raw bytes (parse/decode.ts, per-source
 * `encoding:`); once it lands, this function becomes a call to it. Nothing else in `nps init` decodes.
 */
export function decodeExport(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
