import { type DateFields, resetFields } from './date-fields.ts';
import { scanOffset } from './date-iso.ts';
import { isNameCharacter, monthFromName } from './date-month-names.ts';
import { unixFormatProblem, unixUnitOf } from './date-unix.ts';

/**
 * A source's `dateFormat`, written with Day.js tokens, compiled once into steps that a hand scanner
 * walks for every value (no regex, no allocation per row).
 *
 *   YYYY 2026   YY 26   M 3   MM 03   MMM/MMMM Mar, March, mars, janv., févr., février (any case or accent)
 *   D 1   DD 01   H 14   HH 14   h 2   hh 02   m 5   mm 05   s 9   ss 09   S SS SSS tenths to milliseconds
 *   A a  AM, PM, am, pm   Z ZZ  Z, +02:00, +0200, -05   [text] literal text   T and other characters: literal
 *
 * Strict like Day.js's strict mode: the whole value must match and literals match exactly.
 * Differences, chosen for data written by people and spreadsheets:
 * - Two-digit years follow Day.js: 69 to 99 are 1969 to 1999, 00 to 68 are 2000 to 2068.
 * - MMM and MMMM both accept a short or a full name, in English or French.
 * - h and hh are 1 to 12; with A they read 12 AM as 0:00 and 12 PM as noon, without A as written.
 * - A and a accept AM/PM in any case (Day.js's A only accepts upper case).
 * - One-or-two-digit tokens (M, D, H, h, m, s) take two digits when two follow: put a separator
 *   after them (D/M/YY, not DMYY), as Day.js needs too.
 * - An offset (Z) in a format without a time is ignored: the value is a day, not an instant.
 */

const LITERAL = 0;
const YEAR = 1;
const YEAR2 = 2;
const MONTH = 3;
const MONTH_NAME = 4;
const DAY = 5;
const HOUR = 6;
const HOUR12 = 7;
const MINUTE = 8;
const SECOND = 9;
const FRACTION = 10;
const MERIDIEM = 11;
const OFFSET = 12;

interface Step {
  kind: number;
  /** Digits: at least `min` and at most `max`. */
  min: number;
  max: number;
  /** The literal text, or the token as written in the format. */
  text: string;
}

/** Each supported token: its kind, digit counts, and how it writes 2026-03-31 14:05:09.123 +02:00 in examples. */
const TOKENS: Readonly<Record<string, readonly [kind: number, min: number, max: number, example: string]>> = {
  YYYY: [YEAR, 4, 4, '2026'],
  YY: [YEAR2, 2, 2, '26'],
  M: [MONTH, 1, 2, '3'],
  MM: [MONTH, 2, 2, '03'],
  MMM: [MONTH_NAME, 0, 0, 'Mar'],
  MMMM: [MONTH_NAME, 0, 0, 'March'],
  D: [DAY, 1, 2, '31'],
  DD: [DAY, 2, 2, '31'],
  H: [HOUR, 1, 2, '14'],
  HH: [HOUR, 2, 2, '14'],
  h: [HOUR12, 1, 2, '2'],
  hh: [HOUR12, 2, 2, '02'],
  m: [MINUTE, 1, 2, '5'],
  mm: [MINUTE, 2, 2, '05'],
  s: [SECOND, 1, 2, '9'],
  ss: [SECOND, 2, 2, '09'],
  S: [FRACTION, 1, 1, '1'],
  SS: [FRACTION, 2, 2, '12'],
  SSS: [FRACTION, 3, 3, '123'],
  A: [MERIDIEM, 0, 0, 'PM'],
  a: [MERIDIEM, 0, 0, 'pm'],
  Z: [OFFSET, 0, 0, '+02:00'],
  ZZ: [OFFSET, 0, 0, '+0200'],
};

const FIELD_OF_KIND = [
  '',
  'year',
  'year',
  'month',
  'month',
  'day',
  'hour',
  'hour',
  'minute',
  'second',
  'fraction',
  'AM/PM',
  'offset',
];

export interface CompiledDateFormat {
  readonly source: string;
  readonly steps: readonly Step[];
  /** Why the format cannot be used ("has no day (D or DD)"), or an empty string. */
  readonly problem: string;
  /** The format applied to 2026-03-31 14:05:09, shown in messages: "31/03/2026 14:05:09". */
  readonly example: string;
  readonly hasTime: boolean;
}

export function compileDateFormat(source: string): CompiledDateFormat {
  const steps: Step[] = [];
  const seen = new Set<string>();
  let example = '';
  let problem = '';
  const literal = (text: string) => {
    const last = steps.at(-1);
    if (last?.kind === LITERAL) last.text += text;
    else steps.push({ kind: LITERAL, min: 0, max: 0, text });
    example += text;
  };
  for (let at = 0; at < source.length; ) {
    const char = source[at] as string;
    if (char === '[') {
      const close = source.indexOf(']', at + 1);
      if (close < 0) {
        problem ||= `has a "[" at column ${at + 1} without its "]"`;
        break;
      }
      literal(source.slice(at + 1, close));
      at = close + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(char) || char === 'T') {
      literal(char);
      at++;
      continue;
    }
    let end = at + 1;
    while (source[end] === char) end++;
    const token = source.slice(at, end);
    const spec = TOKENS[token];
    if (spec === undefined) {
      problem ||= `uses "${token}", which is not a supported token (write literal text in [brackets])`;
    } else {
      const [kind, min, max, written] = spec;
      const field = FIELD_OF_KIND[kind] as string;
      if (seen.has(field)) problem ||= `has the ${field} twice`;
      seen.add(field);
      steps.push({ kind, min, max, text: token });
      example += written;
    }
    at = end;
  }
  const hasTime = seen.has('hour');
  if (!seen.has('year')) problem ||= 'has no year (YYYY or YY)';
  if (!seen.has('month')) problem ||= 'has no month (M, MM, MMM or MMMM)';
  if (!seen.has('day')) problem ||= 'has no day (D or DD)';
  for (const part of ['minute', 'second', 'fraction', 'AM/PM']) {
    if (!hasTime && seen.has(part)) problem ||= `has a ${part} but no hour (H, HH, h or hh)`;
  }
  return { source, steps, problem, example, hasTime };
}

/**
 * Reads `value` into `fields` with a compiled format. Returns false when the value does not have
 * the format's shape; true when it does, in which case fields.problem may still say why it cannot
 * be read (an unknown month name, an hour 13 on a 12-hour clock).
 */
export function scanFormat(value: string, format: CompiledDateFormat, fields: DateFields): boolean {
  resetFields(fields);
  fields.hasTime = format.hasTime;
  const steps = format.steps;
  const length = value.length;
  let at = 0;
  let hour12 = -1;
  let meridiem = 0; // 1 for AM, 2 for PM
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index] as Step;
    const kind = step.kind;
    if (kind === LITERAL) {
      const text = step.text;
      if (text.length === 1 ? value.charCodeAt(at) !== text.charCodeAt(0) : !value.startsWith(text, at)) return false;
      at += text.length;
      continue;
    }
    if (kind === MONTH_NAME) {
      const start = at;
      while (at < length && isNameCharacter(value.charCodeAt(at))) at++;
      if (at === start) return false;
      const name = value.slice(start, at);
      // "janv." and "Sept.": take the abbreviation's dot unless the format itself writes one next.
      const next = steps[index + 1];
      if (value.charCodeAt(at) === 46 && !(next?.kind === LITERAL && next.text.charCodeAt(0) === 46)) at++;
      fields.month = monthFromName(name);
      if (fields.month === 0) {
        fields.problem = `"${name}" is not a month name`;
        return true;
      }
      continue;
    }
    if (kind === MERIDIEM) {
      const first = value.charCodeAt(at) | 32;
      if ((first !== 97 && first !== 112) || (value.charCodeAt(at + 1) | 32) !== 109) return false;
      meridiem = first === 112 ? 2 : 1;
      at += 2;
      continue;
    }
    if (kind === OFFSET) {
      const end = scanOffset(value, at, fields);
      if (end < 0) return fields.problem !== '';
      at = end;
      continue;
    }
    const start = at;
    const limit = Math.min(at + step.max, length);
    let number = 0;
    while (at < limit) {
      const digit = value.charCodeAt(at) - 48;
      if (digit < 0 || digit > 9) break;
      number = number * 10 + digit;
      at++;
    }
    if (at - start < step.min) return false;
    if (kind === YEAR) fields.year = number;
    else if (kind === YEAR2) fields.year = number > 68 ? 1900 + number : 2000 + number;
    else if (kind === MONTH) fields.month = number;
    else if (kind === DAY) fields.day = number;
    else if (kind === HOUR) fields.hour = number;
    else if (kind === HOUR12) hour12 = number;
    else if (kind === MINUTE) fields.minute = number;
    else if (kind === SECOND) fields.second = number;
    else fields.millisecond = step.min === 1 ? number * 100 : step.min === 2 ? number * 10 : number;
  }
  if (at !== length) return false;
  if (hour12 >= 0) {
    if (hour12 < 1 || hour12 > 12) {
      fields.problem = `there is no hour ${hour12} on a 12-hour clock (hours go from 1 to 12)`;
      return true;
    }
    fields.hour = hour12;
  }
  if (meridiem === 2 && fields.hour < 12) fields.hour += 12;
  else if (meridiem === 1 && fields.hour === 12) fields.hour = 0;
  if (!format.hasTime) fields.offset = Number.NaN;
  return true;
}

/** Why a dateFormat cannot be used, for config validation ("has no day (D or DD)"), or undefined. */
export function dateFormatProblem(format: string): string | undefined {
  if (unixUnitOf(format) !== undefined) return undefined;
  return unixFormatProblem(format) ?? (compileDateFormat(format).problem || undefined);
}
