import type { CompiledKeyword } from './keyword.ts';
import { isWordCodePoint } from './word-code-point.ts';

export { isWordCodePoint };

/**
 * Which themes' keywords occur in a folded comment: the rules of keyword.ts (whole words, trailing
 * * for prefixes, phrases across any whitespace, Unicode word boundaries), read by hand in one pass.
 *
 * Why not the regular expression keyword.ts can also build: one combined expression with a
 * lookbehind on every branch makes V8 try each branch at each character. Here the comment is read
 * once, a keyword is tried only where a word starts with its first letter, and most letters start
 * no keyword. scripts/bench/themes.ts measures both on the same comments; a property test checks
 * this scanner against one regular expression a theme built from keywordsSource.
 */

interface Candidate {
  theme: number;
  /** The keyword's words, folded; consecutive words are separated by one or more whitespace. */
  words: string[];
  /** The match must not be followed by a letter or digit. */
  boundaryAfter: boolean;
  /** The keyword's second UTF-16 unit (-1 if none): rejects most candidates before startsWith. */
  second: number;
}

export interface KeywordScanner {
  /** Marks found[theme] for every theme with a keyword in `folded`; returns how many it marked. */
  scan(folded: string, found: boolean[]): number;
}

/** JavaScript's \s: the whitespace a phrase's words may be separated by (all in the BMP). */
export function isRegexSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function codePointAt(text: string, index: number): number {
  return text.codePointAt(index) as number;
}

function matchesAt(candidate: Candidate, text: string, start: number): boolean {
  if (candidate.second >= 0 && text.charCodeAt(start + 1) !== candidate.second) return false;
  const { words } = candidate;
  let position = start;
  for (let index = 0; index < words.length; index++) {
    if (index > 0) {
      if (position >= text.length || !isRegexSpace(text.charCodeAt(position))) return false;
      do position++;
      while (position < text.length && isRegexSpace(text.charCodeAt(position)));
    }
    const word = words[index] as string;
    if (!text.startsWith(word, position)) return false;
    position += word.length;
    // A keyword ending in a lone high surrogate does not match half of a surrogate pair.
    if (isLowSurrogate(text.charCodeAt(position)) && isHighSurrogate(text.charCodeAt(position - 1))) return false;
  }
  return !candidate.boundaryAfter || position >= text.length || !isWordCodePoint(codePointAt(text, position));
}

/** Keywords by the code point they start with: an array for ASCII (most folded text), a Map beyond. */
interface FirstCodePointTable {
  ascii: (Candidate[] | undefined)[];
  other: Map<number, Candidate[]>;
  size: number;
}

function byFirstCodePoint(candidates: { keyword: CompiledKeyword; candidate: Candidate }[]): FirstCodePointTable {
  const table: FirstCodePointTable = { ascii: new Array(0x80).fill(undefined), other: new Map(), size: candidates.length };
  for (const { keyword, candidate } of candidates) {
    const first = codePointAt(keyword.folded, 0);
    const list = lookup(table, first) ?? [];
    list.push(candidate);
    if (first < 0x80) table.ascii[first] = list;
    else table.other.set(first, list);
  }
  return table;
}

function lookup(table: FirstCodePointTable, codePoint: number): Candidate[] | undefined {
  return codePoint < 0x80 ? table.ascii[codePoint] : table.other.get(codePoint);
}

/** Compiles the keywords of each theme (themes[i] holds theme i's keywords). */
export function compileKeywordScanner(themes: readonly (readonly CompiledKeyword[])[]): KeywordScanner {
  const all = themes.flatMap((keywords, theme) =>
    keywords.map((keyword) => {
      const words = keyword.folded.split(' ');
      const first = words[0] as string;
      return {
        keyword,
        candidate: { theme, words, boundaryAfter: keyword.boundaryAfter, second: first.length > 1 ? first.charCodeAt(1) : -1 },
      };
    }),
  );
  // A keyword that starts with a letter or digit can only start where a word starts; the others
  // (rare: "#1", "-20%") are tried wherever their first character is.
  const atWordStart = byFirstCodePoint(all.filter((entry) => entry.keyword.boundaryBefore));
  const anywhere = byFirstCodePoint(all.filter((entry) => !entry.keyword.boundaryBefore));
  const themeCount = themes.filter((keywords) => keywords.length > 0).length;

  function tryAll(list: Candidate[] | undefined, text: string, at: number, found: boolean[]): number {
    if (!list) return 0;
    let marked = 0;
    for (const candidate of list) {
      if (!found[candidate.theme] && matchesAt(candidate, text, at)) {
        found[candidate.theme] = true;
        marked++;
      }
    }
    return marked;
  }

  return {
    scan(text, found) {
      let marked = 0;
      let previousIsWord = false;
      const checkAnywhere = anywhere.size > 0;
      for (let index = 0; index < text.length; ) {
        const code = text.charCodeAt(index);
        // Code points, as the 'u' flag reads them: a pair of surrogates is one character.
        const codePoint = isHighSurrogate(code) ? codePointAt(text, index) : code;
        const isWord = code < 0x80 ? isAsciiWord(code) : isWordCodePoint(codePoint);
        if (isWord && !previousIsWord) marked += tryAll(lookup(atWordStart, codePoint), text, index, found);
        if (checkAnywhere) marked += tryAll(lookup(anywhere, codePoint), text, index, found);
        if (marked === themeCount) return marked;
        previousIsWord = isWord;
        index += codePoint > 0xffff ? 2 : 1;
      }
      return marked;
    },
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isAsciiWord(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
}
