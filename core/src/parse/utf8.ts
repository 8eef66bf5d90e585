/**
 * The length of the well-formed UTF-8 sequence starting at `i` (by the Unicode standard's table 3-7:
 * no overlong forms, no surrogates, nothing above U+10FFFF), 0 when it is ill-formed, or -1 when
 * the bytes end inside it.
 */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] as number;
  if (lead < 0x80) return 1;
  let need: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) need = 1;
  else if (lead >= 0xe0 && lead <= 0xef) {
    need = 2;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    need = 3;
    if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
  } else return 0;
  for (let k = 1; k <= need; k++) {
    if (i + k >= bytes.length) return -1;
    const next = bytes[i + k] as number;
    if (k === 1 ? next < low || next > high : next < 0x80 || next > 0xbf) return 0;
  }
  return need + 1;
}

/**
 * The offset of the first byte of the first ill-formed UTF-8 sequence, or -1 when every sequence is
 * well formed. With `final: false`, a sequence cut by the end of the bytes is not (yet) ill-formed.
 * Used to point at the offending byte once TextDecoder has said there is one.
 */
export function firstInvalidUtf8(bytes: Uint8Array, options: { final: boolean }): number {
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceAt(bytes, i);
    if (length === 0) return i;
    if (length < 0) return options.final ? i : -1;
    i += length;
  }
  return -1;
}

/**
 * How many well-formed multi-byte sequences and ill-formed bytes the bytes hold. Text in Windows-1252
 * is almost all ill-formed as UTF-8 (an accented letter followed by a plain one is); UTF-8 with a
 * stray byte is almost all well-formed: the counts tell a legacy file from a damaged one.
 */
export function utf8Evidence(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceAt(bytes, i);
    if (length < 0) break;
    if (length === 0) invalid++;
    else if (length > 1) multibyte++;
    i += Math.max(1, length);
  }
  return { multibyte, invalid };
}
