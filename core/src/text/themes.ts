import type { ThemeConfig } from '../schema/config.ts';
import { foldText } from './fold.ts';
import { compileKeyword } from './keyword.ts';
import { compileKeywordScanner } from './keyword-scan.ts';

/**
 * Which themes of the config a comment mentions.
 *
 * Pipeline: fold the comment once (foldText), scan it once for every keyword of every theme
 * (keyword-scan.ts; keyword rules in keyword.ts), then try the user patterns of the themes still
 * unmatched. scripts/bench/themes.ts times it against one regular expression a theme and the
 * naive folded.includes(keyword) on the same comments.
 */

/** The part of a theme the matcher needs; a ThemeConfig from the config fits. */
export type ThemeRules = Pick<ThemeConfig, 'id' | 'keywords' | 'patterns'>;

export interface ThemeMatcher {
  /** Ids of the themes the comment mentions, in config order, each once. */
  match(comment: string): string[];
  /** The same, for a comment already passed through foldText (to fold once for several uses). */
  matchFolded(folded: string): string[];
}

/**
 * Compiles the themes of a config. Never throws: a pattern that is not a valid regular expression
 * (the config parser reports it as NPS006) and a keyword with nothing to match are left out.
 */
export function compileThemes(themes: readonly ThemeRules[]): ThemeMatcher {
  const scanner = compileKeywordScanner(
    themes.map((theme) => theme.keywords.flatMap((keyword) => compileKeyword(keyword) ?? [])),
  );
  const patterns = themes.map((theme) => theme.patterns.flatMap((pattern) => compilePattern(pattern) ?? []));

  function matchFolded(folded: string): string[] {
    const found = new Array<boolean>(themes.length).fill(false);
    scanner.scan(folded, found);
    const ids: string[] = [];
    for (let index = 0; index < themes.length; index++) {
      if (found[index] || (patterns[index] as RegExp[]).some((pattern) => pattern.test(folded))) {
        ids.push((themes[index] as ThemeRules).id);
      }
    }
    return ids;
  }

  return { match: (comment) => matchFolded(foldText(comment)), matchFolded };
}

function compilePattern(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}
