import type { TextSpan } from './find-emails.ts';

/**
 * Finds telephone numbers in free text: French formats first, international ones too.
 *
 * Redacted (a false negative publishes someone's number, so the rules lean towards redacting):
 * - French national numbers: 0 then 1-9 then 8 digits, any grouping, separated by spaces, dots or
 *   hyphens ("06 12 34 56 78", "06.12.34.56.78", "0612345678", "06 123 456 78"), and 11-digit
 *   British national numbers grouped the British way ("020 7946 0958", "07700 900123").
 * - International numbers: + or 00, a country code, 8 to 15 digits in all as E.164 allows, with
 *   an optional trunk "(0)" and an area code in parentheses ("+33 (0)6 12 34 56 78",
 *   "0033 6 12 34 56 78", "+1 (415) 555-2671", "+44 20 7946 0958").
 * - North American numbers without + when punctuated like one ("(415) 555-2671", "415-555-2671").
 * - A mobile number written without its leading 0 ("6 12 34 56 78", "612345678"), unless a label
 *   such as "commande", "n°", "ticket" or "order" introduces it: then it is taken as a reference.
 *   A labelled number shaped like a full French number ("commande 0612345678") is still redacted:
 *   it is indistinguishable from a phone number, and privacy wins.
 * Kept: dates (12/03/2026, 2026-03-12, 06.12.2024 even followed by a time), times (14:05), prices
 * (1 299,00 €, +12 345 678 €), postcodes, percentages, years, and digit runs glued to letters
 * (parcel numbers like 6A12345678901). Service numbers (0800...) are redacted like any number.
 *
 * Why a hand-written rule set and not libphonenumber-js 1.13.16 (findNumbers, default country FR,
 * its default "valid" leniency), measured by scripts/bench/redact.ts on the table of
 * core/test/text/redact-table.ts: recall 36/36 rows here against 30/36 (it misses "(06 12 34 56 78)",
 * a number followed by another digit, British and North American national numbers), false
 * positives 0/46 against 4/46 (order numbers "commande n° 123456789", "06.12.2024 10:30"), and
 * 0.3 to 1.1 µs a comment against 17 to 28 µs (100k comments, several runs on a shared machine).
 * The table was written alongside these rules, so read the accuracy figures as "covers what we
 * thought of"; the speed gap stands regardless.
 * It would also add 83 KB of metadata (19 KB gzipped) to a core that runs in browsers.
 */

const SEPARATOR = '(?:[\\s.\\-]{1,2}|\\s?/\\s?)';
const NOT_AFTER = '(?<![\\p{L}\\p{N}+])';
// A + number stays a phone number when glued to a word ("mail@exemple.fr+33 6 12 34 56 78").
const NOT_AFTER_DIGIT = '(?<![\\p{N}+])';
const NOT_BEFORE = '(?![\\p{L}\\p{N}]|[:,.]\\d)';

const FRENCH = `0[1-9](?:${SEPARATOR}?\\d){8}`;
// 11 digits only when grouped as the British write them: else "06 12 34 56 78 2 fois" loses its "2".
const BRITISH = '0[1-9]\\d{1,3}\\s\\d{3,4}\\s?\\d{3,4}';
const INTERNATIONAL = `(?:\\+|(?<!\\p{L})00)\\s?[1-9](?:${SEPARATOR}?(?:\\(0\\)|\\(\\d{1,4}\\)|\\d)){6,16}`;
const NORTH_AMERICAN = '(?:\\([2-9]\\d{2}\\)\\s?|[2-9]\\d{2}[\\s.\\-])\\d{3}[\\s.\\-]\\d{4}';
// Without the 0, only the usual groupings: any grouping would take lists of marks ("7 8 9 10 6 7 8 9").
const MOBILE_WITHOUT_ZERO = `[67](?:\\d{8}|(?:${SEPARATOR}\\d{2}){4}|\\d{2}(?:${SEPARATOR}\\d{3}){2})`;

const PHONE = new RegExp(
  `(?:${NOT_AFTER_DIGIT}(?<international>${INTERNATIONAL})|${NOT_AFTER}(?:(?<national>${FRENCH}|${BRITISH})|(?<american>${NORTH_AMERICAN})|(?<mobile>${MOBILE_WITHOUT_ZERO})))${NOT_BEFORE}`,
  'gu',
);

/** A day, a month and a four-digit year: the start of a date, not of a phone number. */
const DATE_START = /^\d{1,2}\s?[./\-\s]\s?\d{1,2}\s?[./\-\s]\s?(?:19|20)\d{2}(?!\d)/;
const AMOUNT_AFTER = /^\s?(?:€|\$|£|%|eur\b|euros?\b|usd\b|k€)/i;
const REFERENCE_LABEL =
  /(?:commande|cde|cmd|n°|n[o°]\.?|num[ée]ro|ticket|dossier|facture|order|ref|r[ée]f[ée]rence|r[ée]f\.?|#|suivi|colis|client|contrat|sinistre|tracking|invoice|account|compte)\s*(?:n°|no\.?|#|:)?\s*$/i;

/** Offsets of the phone numbers in text, in order, not overlapping. */
export function findPhones(text: string): TextSpan[] {
  if (!hasEightDigits(text)) return [];
  const spans: TextSpan[] = [];
  PHONE.lastIndex = 0;
  for (let hit = PHONE.exec(text); hit !== null; hit = PHONE.exec(text)) {
    const number = hit[0];
    const start = hit.index;
    const end = start + number.length;
    const groups = hit.groups ?? {};
    if (DATE_START.test(number) || AMOUNT_AFTER.test(text.slice(end, end + 6))) continue;
    if (groups.international !== undefined && !isE164Length(number)) continue;
    if (groups.mobile !== undefined && REFERENCE_LABEL.test(text.slice(Math.max(0, start - 30), start))) continue;
    spans.push({ start, end });
  }
  return spans;
}

/** E.164: at most 15 digits with the country code; 8 at least in practice. The "(0)" trunk is not one. */
function isE164Length(number: string): boolean {
  const digits = number.replace('(0)', '').replace(/\D/g, '').replace(/^00/, '').length;
  return digits >= 8 && digits <= 15;
}

/** A phone number has at least 8 digits: most comments have fewer and skip the regex. */
function hasEightDigits(text: string): boolean {
  let digits = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57 && ++digits === 8) return true;
  }
  return false;
}
