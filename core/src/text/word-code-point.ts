// A letter or digit of any script: the one definition the keyword compiler and the scanner share.
/** Letters and digits of any script, by code point (what \p{L} and \p{N} mean). */
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
/** 0 = not looked up yet, 1 = a letter or digit, 2 = not: the BMP is looked up once per character. */
const wordCache = new Uint8Array(0x1_0000);

export function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 0x1_0000) {
    let known = wordCache[codePoint] as number;
    if (known === 0) {
      known = WORD_CHARACTER.test(String.fromCharCode(codePoint)) ? 1 : 2;
      wordCache[codePoint] = known;
    }
    return known === 1;
  }
  return WORD_CHARACTER.test(String.fromCodePoint(codePoint));
}
