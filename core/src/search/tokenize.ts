import { foldText } from '../text/fold.ts';

/**
 * Tokenisation shared by the build (which writes the gallery data) and the browser (which searches
 * it): both sides must cut and fold words identically, or a query would miss what the card shows.
 *
 * A word is a run of letters, digits and combining marks; apostrophes and hyphens separate words,
 * so "l'attente" gives "l" and "attente" and "self-checkout" gives "self" and "checkout" — a user
 * who types "attente" or "checkout" expects to find them. Words are folded with foldText (case,
 * accents, ligatures), which is what makes the search accent-insensitive in French and English.
 *
 * There is no stemming: matching is by word prefix (see match.ts), which covers French and English
 * plurals and most inflections a CX user types ("caisse" finds "caisses", "livr" finds "livraison",
 * "livré", "livreur") without a language-specific stemmer whose mistakes users cannot predict.
 */

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The folded words of a text, in order, duplicates kept. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of foldText(text).matchAll(WORD)) {
    // Folding removes marks, but a mark with no base letter could remain alone: skip empty words.
    const word = match[0].replace(/\p{M}/gu, '');
    if (word !== '') tokens.push(word);
  }
  return tokens;
}

/**
 * The searchable form of a text: its folded words joined by single spaces, with a space at both
 * ends, so that " term" finds a word starting with term and " term " a whole word, with one
 * String.includes each (the fastest test a browser offers; see match.ts for the figures).
 */
export function searchableText(text: string): string {
  const tokens = tokenize(text);
  return tokens.length === 0 ? ' ' : ` ${tokens.join(' ')} `;
}
