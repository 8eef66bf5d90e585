import { createDateReader } from '../parse/dates.ts';

/**
 * The `dateFormat` of a column, inferred from its values, in the Day.js tokens core's date reader
 * takes (parse/date-format.ts). What decides each token:
 * - day or month first: a first number above 12 is a day (31/03/2026), a second one above 12 a
 *   month first (03/31/2026); when no value tells, the locale of the headers decides, and the
 *   guess is flagged `ambiguous`;
 * - DD or D (MM or M, HH or H...): two digits in every value, or not;
 * - YYYY or YY; a 12-hour clock (h:mm A) when the values carry AM/PM, else 24-hour (H:mm);
 *   seconds when the values have them.
 * ISO 8601 needs no format. Unix times in seconds or milliseconds (Delighted's API, database
 * dumps) are `X` or `x`. Excel serial numbers in a text export are recognised to say what they are:
 * core does not read them as dates (a workbook's date cells it does, with their date system).
 */
export type DateInference =
  | { kind: 'iso'; reason: string }
  | { kind: 'format'; format: string; ambiguous: boolean; reason: string }
  | { kind: 'unreadable-numbers'; reason: string };

export interface InferOptions {
  /** Which order to take when no value tells day from month: the headers' language. */
  locale?: 'fr' | 'en';
  /** The share of values the result must read (partial answers aside, exports are regular). */
  minShare?: number;
}

const SHAPE = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?:(T| |, )(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?( ?)([AaPp][Mm])?)?$/;

export function inferDateFormat(values: readonly string[], options: InferOptions = {}): DateInference | undefined {
  const sample = values.map((value) => value.trim()).filter((value) => value !== '');
  if (sample.length === 0) return undefined;
  const minShare = options.minShare ?? 0.9;
  const share = (format?: string): number => {
    const read = createDateReader(format === undefined ? {} : { format });
    return sample.filter((value) => read(value).ok).length / sample.length;
  };
  const isoShare = share();
  const iso: DateInference = { kind: 'iso', reason: `ISO 8601 (${sample[0]}): read without a dateFormat` };
  if (isoShare === 1) return iso;
  const unix = unixTimes(sample);
  if (unix) return unix;
  const numbers = numericKind(sample);
  if (numbers) return { kind: 'unreadable-numbers', reason: numbers };
  // A format that reads more values than ISO wins: 2026-03-1 is not ISO, YYYY-MM-D reads it.
  const matches = sample.map((value) => SHAPE.exec(value)).filter((match) => match !== null);
  const guess = matches.length / sample.length >= minShare ? formatOf(matches, options.locale ?? 'fr') : undefined;
  const guessShare = guess ? share(guess.format) : 0;
  if (guess && guessShare >= minShare && guessShare > isoShare) return { kind: 'format', ...guess };
  return isoShare >= minShare ? iso : undefined;
}

/** Every value of the column of a token is two digits long. */
function padded(parts: readonly (string | undefined)[]): boolean {
  return parts.every((part) => part === undefined || part.length === 2);
}

function formatOf(matches: RegExpExecArray[], locale: 'fr' | 'en'): Omit<DateInference & { kind: 'format' }, 'kind'> | undefined {
  const column = (index: number): (string | undefined)[] => matches.map((match) => match[index]);
  const [first, second, third] = [column(1), column(3), column(4)];
  const separator = matches[0]?.[2] as string;
  const yearFirst = first.every((part) => part?.length === 4);
  let order: ('Y' | 'M' | 'D')[];
  let ambiguous = false;
  let reason: string;
  if (yearFirst) {
    order = ['Y', 'M', 'D'];
    reason = 'year first, then month and day';
  } else {
    const dayFirstSeen = matches.find((match) => Number(match[1]) > 12);
    const monthFirstSeen = matches.find((match) => Number(match[3]) > 12);
    if (dayFirstSeen && monthFirstSeen) return undefined;
    if (dayFirstSeen) {
      order = ['D', 'M', 'Y'];
      reason = `day first: ${dayFirstSeen[0]} has ${dayFirstSeen[1]} before the month`;
    } else if (monthFirstSeen) {
      order = ['M', 'D', 'Y'];
      reason = `month first: ${monthFirstSeen[0]} has ${monthFirstSeen[3]} as its day`;
    } else {
      ambiguous = true;
      const monthFirst = locale === 'en' && separator === '/';
      order = monthFirst ? ['M', 'D', 'Y'] : ['D', 'M', 'Y'];
      reason = `no day above 12 tells day from month: ${monthFirst ? 'month first (English headers)' : 'day first (French headers)'}, to check`;
    }
  }
  const parts = [first, second, third];
  const tokens: string[] = [];
  for (const [index, letter] of order.entries()) {
    const values = parts[index] as (string | undefined)[];
    if (letter === 'Y') {
      const lengths = new Set(values.map((value) => value?.length));
      if (lengths.size !== 1 || !(lengths.has(4) || lengths.has(2))) return undefined;
      tokens.push(lengths.has(4) ? 'YYYY' : 'YY');
    } else tokens.push(padded(values) ? letter + letter : letter);
  }
  let format = tokens.join(separator);
  const timed = matches.filter((match) => match[6] !== undefined);
  if (timed.length > 0) {
    // The majority decides between "with seconds" and "without"; the minority is left unread.
    const withSeconds = timed.filter((match) => match[8] !== undefined).length * 2 >= timed.length;
    const meridiem = timed.filter((match) => match[10] !== undefined);
    const twelve = meridiem.length * 2 >= timed.length;
    const hourLetter = twelve ? 'h' : 'H';
    format += timed[0]?.[5] === 'T' ? 'T' : (timed[0]?.[5] as string);
    format += padded(column(6)) ? hourLetter + hourLetter : hourLetter;
    format += padded(column(7)) ? ':mm' : ':m';
    if (withSeconds) format += padded(column(8)) ? ':ss' : ':s';
    if (twelve) format += `${meridiem[0]?.[9] ?? ' '}A`;
    reason += twelve ? '; 12-hour times with AM/PM' : '; 24-hour times';
  }
  return { format, ambiguous, reason };
}

/** Numbers that are dates to a spreadsheet or a program, but not to a reader of text. */
function numericKind(sample: readonly string[]): string | undefined {
  if (!sample.every((value) => /^\d+([.,]\d+)?$/.test(value))) return undefined;
  const numbers = sample.map((value) => Number(value.replace(',', '.')));
  if (numbers.every((number) => number >= 20000 && number < 80000)) {
    return 'Excel serial numbers (days since 1900), not dates as text: format the column as a date in Excel (or export as CSV UTF-8 after formatting it), then run nps init again';
  }
  return undefined;
}

/** Whole numbers of seconds (2001 to 2286) or milliseconds since 1970: Unix times, read with X or x. */
function unixTimes(sample: readonly string[]): DateInference | undefined {
  if (!sample.every((value) => /^\d+$/.test(value))) return undefined;
  const numbers = sample.map(Number);
  const first = numbers[0] as number;
  for (const [format, scale, unit] of [
    ['X', 1000, 'seconds'],
    ['x', 1, 'milliseconds'],
  ] as const) {
    const low = 1e9 * (1000 / scale);
    if (!numbers.every((number) => number >= low && number < low * 10)) continue;
    const example = new Date(first * scale).toISOString().replace('.000Z', 'Z');
    return { kind: 'format', format, ambiguous: false, reason: `Unix times in ${unit} (${sample[0]} is ${example})` };
  }
  return undefined;
}
