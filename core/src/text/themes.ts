import type { ThemeConfig } from '../schema/config.ts';
import { foldText } from './fold.ts';
import { compileKeyword, keywordsSource } from './keyword.ts';

/**
 * Which themes of the config a comment mentions.
 *
 * Pipeline: fold the comment once (foldText), scan it once with a single regular expression holding
 * every keyword of every theme (one capture group a theme), then try the user patterns of the themes
 * still unmatched. Keyword rules (whole words, trailing * for prefixes, phrases) are in keyword.ts.
 *
 * One combined scan instead of a regex per theme: the comment is read once whatever the number of
 * themes. scripts/bench/themes.ts (1M comments of 83 characters, 12 themes of 8 keywords, folding
 * included): 4.0 s, against 7.1 s for a regex a theme and 10.5 s for the naive baseline of
 * folded.includes(keyword) per keyword, in the same run.
 */

/** The part of a theme the matcher needs; a ThemeConfig from the config fits. */
export type ThemeRules = Pick<ThemeConfig, 'id' | 'keywords' | 'patterns'>;

export interface ThemeMatcher {
  /** Ids of the themes the comment mentions, in config order, each once. */
  match(comment: string): string[];
  /** The same, for a comment already passed through foldText (to fold once for several uses). */
  matchFolded(folded: string): string[];
}

interface CompiledTheme {
  id: string;
  /** Folded keywords: two themes can match at one position only if a stem of one starts another. */
  stems: string[];
  /** Themes (indexes) with a keyword that can match where one of this theme's keywords starts. */
  siblings: number[];
  /** Keywords of this theme alone, sticky: checks overlapping keywords at one position. */
  keywordsAt: RegExp | undefined;
  patterns: RegExp[];
}

/**
 * Compiles the themes of a config. Never throws: a pattern that is not a valid regular expression
 * (the config parser reports it as NPS006) and a keyword with nothing to match are left out.
 */
export function compileThemes(themes: readonly ThemeRules[]): ThemeMatcher {
  const compiled: CompiledTheme[] = [];
  const groups: string[] = [];
  /** groupTheme[g] = index in `compiled` of the theme whose keywords form capture group g + 1. */
  const groupTheme: number[] = [];
  for (const theme of themes) {
    const keywords = theme.keywords.flatMap((keyword) => compileKeyword(keyword) ?? []);
    const alternation = keywordsSource(keywords);
    const index = compiled.length;
    compiled.push({
      id: theme.id,
      stems: keywords.map((keyword) => keyword.folded),
      siblings: [],
      keywordsAt: keywords.length > 0 ? new RegExp(alternation, 'uy') : undefined,
      patterns: theme.patterns.flatMap((pattern) => compilePattern(pattern) ?? []),
    });
    if (keywords.length > 0) {
      groups.push(`(${alternation})`);
      groupTheme.push(index);
    }
  }
  linkSiblings(compiled);
  const scanner = groups.length > 0 ? new RegExp(groups.join('|'), 'gu') : undefined;

  function matchFolded(folded: string): string[] {
    const found = new Array<boolean>(compiled.length).fill(false);
    if (scanner) scanKeywords(scanner, folded, found);
    const ids: string[] = [];
    for (let index = 0; index < compiled.length; index++) {
      const theme = compiled[index] as CompiledTheme;
      if (found[index] || theme.patterns.some((pattern) => pattern.test(folded))) ids.push(theme.id);
    }
    return ids;
  }

  function scanKeywords(regex: RegExp, folded: string, found: boolean[]): void {
    let remaining = groupTheme.length;
    regex.lastIndex = 0;
    for (let hit = regex.exec(folded); hit !== null; hit = regex.exec(folded)) {
      const at = hit.index;
      let group = 1;
      while (hit[group] === undefined) group++;
      const themeIndex = groupTheme[group - 1] as number;
      if (!found[themeIndex]) {
        found[themeIndex] = true;
        remaining--;
      }
      // An alternation reports only its first matching branch: "service" (one theme) hides
      // "service client" (another) at the same position, so such siblings are tried here too.
      for (const sibling of (compiled[themeIndex] as CompiledTheme).siblings) {
        if (!found[sibling] && startsHere(compiled[sibling] as CompiledTheme, folded, at)) {
          found[sibling] = true;
          remaining--;
        }
      }
      if (remaining === 0) return;
      // Resume just after the start, not after the end: a keyword inside a longer one of another
      // theme ("attente" inside "temps d'attente") must still be seen.
      // By a whole code point: inside a surrogate pair, a 'u' regex would restart at the same hit.
      regex.lastIndex = at + ((folded.codePointAt(at) as number) > 0xffff ? 2 : 1);
    }
  }

  return { match: (comment) => matchFolded(foldText(comment)), matchFolded };
}

/** Compile time: which themes can hide each other's keywords at one position (usually none). */
function linkSiblings(themes: CompiledTheme[]): void {
  const overlaps = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
  themes.forEach((theme, index) => {
    themes.forEach((other, otherIndex) => {
      if (otherIndex === index || other.stems.length === 0) return;
      if (theme.stems.some((stem) => other.stems.some((otherStem) => overlaps(stem, otherStem)))) theme.siblings.push(otherIndex);
    });
  });
}

function startsHere(theme: CompiledTheme, folded: string, at: number): boolean {
  const sticky = theme.keywordsAt;
  if (!sticky) return false;
  sticky.lastIndex = at;
  return sticky.test(folded);
}

function compilePattern(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}
