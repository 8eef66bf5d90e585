import { foldText } from '../text/fold.ts';

/** A range of the ORIGINAL text, in UTF-16 code units, to wrap in <mark>. */
export interface HighlightRange {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Where the query terms match in the original (unfolded, redacted) comment: for each word that a
 * term starts, the part of the word the term covers ("att" in "Attente" marks "Att").
 *
 * Folding can change lengths ("Œ" -> "oe", "e" + combining accent -> "e"), so folded offsets do not
 * map back to the text (see fold.ts). Instead the word is folded one character more at a time until
 * its fold covers the term, which gives the exact original end; marks that follow stay inside.
 * Ranges are sorted and never overlap, so the client can cut the text into text nodes and <mark>
 * elements without ever parsing HTML.
 */
export function highlightRanges(text: string, terms: readonly string[]): HighlightRange[] {
  if (terms.length === 0) return [];
  const ranges: HighlightRange[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const folded = foldText(word).replace(/\p{M}/gu, '');
    let longest = 0;
    for (const term of terms) {
      if (term.length > longest && folded.startsWith(term)) longest = term.length;
    }
    if (longest === 0) continue;
    const start = match.index;
    ranges.push({ start, end: start + originalLength(word, longest) });
  }
  return ranges;
}

/** The shortest prefix of word whose fold is at least foldedLength long, marks included. */
function originalLength(word: string, foldedLength: number): number {
  let end = 0;
  while (end < word.length && foldText(word.slice(0, end)).replace(/\p{M}/gu, '').length < foldedLength) {
    end += codePointLength(word, end);
  }
  while (end < word.length && /\p{M}/u.test(word.charAt(end))) end++;
  return end;
}

function codePointLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
}

/** The text cut into plain and marked pieces, in order; joined they give the text back. */
export function splitHighlights(text: string, ranges: readonly HighlightRange[]): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let position = 0;
  for (const range of ranges) {
    if (range.start > position) pieces.push({ text: text.slice(position, range.start), marked: false });
    pieces.push({ text: text.slice(range.start, range.end), marked: true });
    position = range.end;
  }
  if (position < text.length) pieces.push({ text: text.slice(position), marked: false });
  return pieces;
}
