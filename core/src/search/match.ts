/**
 * Matching and ranking of one card against the query terms, over the searchable text built by
 * tokenize.ts (" word word ... "). Every term must start a word of the card (AND, prefix).
 *
 * Ranking, so that what the user typed in full comes first: a term that is a whole word of the
 * card counts 2, a term that only starts a word counts 1; equal scores keep the gallery's order
 * (newest first), which the caller guarantees with a stable sort.
 *
 * Why a scan and not an inverted index: the browser already holds every card to filter by
 * category, segment, theme and period, and two String.includes per term and card over 100k cards
 * take a few milliseconds (scripts/bench/gallery-search.ts prints the figure), well inside the
 * 100 ms budget per keystroke, with no index to download, parse or keep in memory.
 */
export function matchScore(searchable: string, terms: readonly string[]): number {
  return scoreNeedles(searchable, needlesOf(terms));
}

/** The strings to look for, built once per keystroke rather than once per card and term. */
export interface Needles {
  starts: string[];
  words: string[];
}

export function needlesOf(terms: readonly string[]): Needles {
  return { starts: terms.map((term) => ` ${term}`), words: terms.map((term) => ` ${term} `) };
}

/** matchScore with prepared needles: 0 when a term is missing, else 1 or 2 per term (1 without terms). */
export function scoreNeedles(searchable: string, needles: Needles): number {
  const { starts, words } = needles;
  if (starts.length === 0) return 1;
  let score = 0;
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index] as string;
    const at = searchable.indexOf(start);
    if (at === -1) return 0;
    // Most often the first occurrence already tells: whole word if a space follows. Only a prefix
    // occurrence needs a second look for a whole word further on.
    score += searchable.charCodeAt(at + start.length) === 32 || searchable.includes(words[index] as string, at) ? 2 : 1;
  }
  return score;
}
