import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/text/fold.ts';
import { compileKeyword, keywordsSource } from '../../src/text/keyword.ts';
import { compileKeywordScanner, isRegexSpace, isWordCodePoint } from '../../src/text/keyword-scan.ts';

// The scanner against the definition written as regular expressions: one expression a theme, from
// keyword.ts's keywordsSource (the boundaries as lookarounds, phrases with \s+), tested on the
// folded comment. Both must agree on every comment and every keyword list.

function oracle(themes: readonly (readonly string[])[]): (folded: string) => boolean[] {
  const expressions = themes.map((keywords) => {
    const compiled = keywords.flatMap((keyword) => compileKeyword(keyword) ?? []);
    return compiled.length > 0 ? new RegExp(keywordsSource(compiled), 'u') : undefined;
  });
  return (folded) => expressions.map((expression) => expression?.test(folded) ?? false);
}

function scanned(themes: readonly (readonly string[])[]): (folded: string) => boolean[] {
  const scanner = compileKeywordScanner(themes.map((keywords) => keywords.flatMap((keyword) => compileKeyword(keyword) ?? [])));
  return (folded) => {
    const found = new Array<boolean>(themes.length).fill(false);
    scanner.scan(folded, found);
    return found;
  };
}

// Small alphabets, so that keywords and comments collide often: letters, digits, punctuation that
// keywords use, every kind of whitespace \s knows, accents, another script, astral letters and
// symbols, and lone surrogates.
const pieces = [
  ..."abcé1-'#+.",
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u2009',
  '\u3000',
  'ж',
  '𝐀',
  '😡',
  '\ud83d',
  '\ude21',
  'ab',
  'ca',
];
const text = (max: number) => fc.array(fc.constantFrom(...pieces), { maxLength: max }).map((parts) => parts.join(''));
const keyword = fc.tuple(text(6), fc.boolean()).map(([body, star]) => (star ? `${body}*` : body));
const themesArb = fc.array(fc.array(keyword, { maxLength: 4 }), { minLength: 1, maxLength: 4 });

describe('compileKeywordScanner', () => {
  it('finds exactly the themes that one regular expression a theme finds', () => {
    fc.assert(
      fc.property(themesArb, fc.array(text(30), { minLength: 1, maxLength: 5 }), (themes, comments) => {
        const expected = oracle(themes);
        const actual = scanned(themes);
        for (const comment of comments) {
          const folded = foldText(comment);
          expect(actual(folded)).toEqual(expected(folded));
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('agrees with the regular expressions on keywords placed among random words', () => {
    fc.assert(
      fc.property(themesArb, fc.array(text(8), { maxLength: 6 }), fc.nat(), (themes, words, pick) => {
        const keywords = themes.flat();
        const chosen = (keywords[pick % Math.max(1, keywords.length)] ?? '').replace(/\*$/, 'x');
        const comment = foldText(
          [...words.slice(0, pick % (words.length + 1)), chosen, ...words.slice(pick % (words.length + 1))].join(' '),
        );
        expect(scanned(themes)(comment)).toEqual(oracle(themes)(comment));
      }),
      { numRuns: 1_000 },
    );
  });

  it('classifies characters as \\s and [\\p{L}\\p{N}] do', () => {
    for (let code = 0; code < 0x1_0000; code++) {
      const char = String.fromCharCode(code);
      if (isRegexSpace(code) !== /\s/.test(char)) throw new Error(`\\s disagrees at U+${code.toString(16)}`);
      if (isWordCodePoint(code) !== /^[\p{L}\p{N}]$/u.test(char)) throw new Error(`word disagrees at U+${code.toString(16)}`);
    }
    expect(isWordCodePoint(0x1d400)).toBe(true);
    expect(isWordCodePoint(0x1f621)).toBe(false);
  });
});
