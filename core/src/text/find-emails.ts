/**
 * Finds e-mail addresses in free text, including the obfuscations people type to dodge spam bots.
 *
 * - Plain: practical RFC 5322 local parts (letters of any script, digits, . _ % + - '), IDN domains
 *   in Unicode or punycode (xn--), full-width ＠ and ．, and spaces around the @ ("jean @ free.fr").
 * - Bracketed at-markers: "(at)", "[at]", "{at}", "<at>", "(arobase)", and the bare French word
 *   "arobase"/"arobas": nobody writes them in prose, so any dotted domain after them counts.
 * - The bare English word "at" is everyday prose ("I bought it at amazon.fr"), so it counts only
 *   before a mail provider's domain ("jean at gmail.com") or a spelled-out dot and a common TLD
 *   ("jean at example dot com", "jean at orange point fr").
 * - Spelled-out dots: "dot", "point", "(dot)", "[point]"... "point" is an ordinary French word, so it
 *   is only read as a dot after an at-marker (in the domain) or between the parts of a local part
 *   that an at-marker follows.
 */

export interface TextSpan {
  start: number;
  end: number;
}

const LOCAL_ATOM = "[\\p{L}\\p{N}\\p{M}_%+'\\-]+";
const LABEL = '[\\p{L}\\p{N}\\p{M}](?:[\\p{L}\\p{N}\\p{M}\\-]*[\\p{L}\\p{N}\\p{M}])?';
const TLD = '(?:\\p{L}[\\p{L}\\p{M}]+|xn--[a-z0-9\\-]+)';
const COMMON_TLD = '(?:com|fr|net|org|eu|be|ch|lu|ca|de|uk|co\\.uk|io|info|biz|us|es|it|nl|re|mc|ma|tn|sn|me|gouv\\.fr)';
const PROVIDERS =
  '(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|aol|orange|wanadoo|free|sfr|neuf|laposte|bbox|numericable|proton|protonmail|pm|gmx|mail|yandex|zoho)';

const BRACKET_OPEN = '[(\\[{<]';
const BRACKET_CLOSE = '[)\\]}>]';
const STRONG_AT = `(?:\\s*[@＠]\\s*|\\s*${BRACKET_OPEN}\\s*(?:at|@|arobase|arobas)\\s*${BRACKET_CLOSE}\\s*|\\s+(?:arobase|arobas)\\s+)`;
const WEAK_AT = '\\s+at\\s+';
const SPELLED_DOT = `(?:\\s*${BRACKET_OPEN}\\s*(?:dot|point|pt)\\s*${BRACKET_CLOSE}\\s*|\\s+(?:dot|point)\\s+)`;
const ANY_DOT = `(?:[.．]|${SPELLED_DOT})`;

// Start a local part at a word start only (trying every letter of every word made redactText 2.3
// times slower on scripts/bench/redact.ts), but after punctuation too: the leftmost match then
// takes the longest local part.
const NOT_INSIDE_WORD = '(?<![\\p{L}\\p{N}\\p{M}])';
// After the domain, nothing that could continue an address: otherwise replacing a neighbour (a
// phone number glued by a hyphen) would make a second pass find an address the first one did not.
const NOT_BEFORE_DOMAIN = "(?![\\p{L}\\p{N}\\p{M}_%+'\\-@＠]|[.．][\\p{L}\\p{N}])";

const LOCAL = `${LOCAL_ATOM}(?:${ANY_DOT}${LOCAL_ATOM})*`;
const PLAIN_DOMAIN = `(?:${LABEL}[.．])+${TLD}`;
const ANY_DOMAIN = `(?:${LABEL}${ANY_DOT})+${TLD}`;
const SPELLED_DOMAIN = `(?:${LABEL}${ANY_DOT})*${LABEL}${SPELLED_DOT}${COMMON_TLD}`;
const PROVIDER_DOMAIN = `${PROVIDERS}${ANY_DOT}(?:${LABEL}${ANY_DOT})*${TLD}`;

const EMAIL = new RegExp(
  `${NOT_INSIDE_WORD}${LOCAL}(?:${STRONG_AT}(?:${ANY_DOMAIN}|${PLAIN_DOMAIN})|${WEAK_AT}(?:${PROVIDER_DOMAIN}|${SPELLED_DOMAIN}))${NOT_BEFORE_DOMAIN}`,
  'giu',
);

/** Cheap test before the expensive regex: most comments have no at-marker at all. */
const AT_MARKER = /[@＠]|\bat\b|arobas/i;

/** Offsets of the e-mail addresses in text, in order, not overlapping. */
export function findEmails(text: string): TextSpan[] {
  if (!AT_MARKER.test(text)) return [];
  const spans: TextSpan[] = [];
  EMAIL.lastIndex = 0;
  for (let hit = EMAIL.exec(text); hit !== null; hit = EMAIL.exec(text)) {
    spans.push({ start: hit.index, end: hit.index + hit[0].length });
  }
  return spans;
}
