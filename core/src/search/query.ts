import { tokenize } from './tokenize.ts';

/**
 * Words too common to narrow a French or English search. They are dropped from a query only when
 * it has other words: "le" alone still searches (a user typing a first letter sees results), but
 * "le retard" searches "retard", since prefix matching makes "le" match "lent", "lecture"...
 */
const STOP_WORDS = new Set([
  // French
  'a',
  'au',
  'aux',
  'c',
  'ce',
  'ces',
  'd',
  'dans',
  'de',
  'des',
  'du',
  'elle',
  'en',
  'est',
  'et',
  'il',
  'j',
  'je',
  'l',
  'la',
  'le',
  'les',
  'leur',
  'm',
  'ma',
  'mais',
  'me',
  'mes',
  'mon',
  'n',
  'ne',
  'nous',
  'on',
  'ou',
  'par',
  'pas',
  'pour',
  'qu',
  'que',
  'qui',
  's',
  'sa',
  'se',
  'ses',
  'son',
  'sur',
  't',
  'ta',
  'te',
  'tres',
  'tu',
  'un',
  'une',
  'vous',
  'y',
  // English
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'from',
  'i',
  'in',
  'is',
  'it',
  'its',
  'my',
  'of',
  'on',
  'or',
  'so',
  'that',
  'the',
  'their',
  'this',
  'to',
  'very',
  'was',
  'we',
  'were',
  'with',
  'you',
]);

/** Longest query kept, in words: a pasted paragraph must not freeze the page. */
const MAX_TERMS = 12;

/** The folded, deduplicated terms of what the user typed; every term must match (AND). */
export function queryTerms(query: string): string[] {
  const words = [...new Set(tokenize(query))];
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  const terms = meaningful.length > 0 ? meaningful : words;
  // A term that is the prefix of another term adds nothing under prefix matching ("att attente").
  const kept = terms.filter((term) => !terms.some((other) => other !== term && other.startsWith(term)));
  return kept.slice(0, MAX_TERMS);
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
