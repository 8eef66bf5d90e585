import { DAY_MS, dayText } from './date-calendar.ts';
import { type DateReading, unreadableDate } from './date-reading.ts';
import type { Zone } from './date-zone.ts';

/**
 * `dateFormat: X` (Unix time in seconds) and `x` (in milliseconds), the tokens Day.js and Moment
 * give them. Delighted's API, Intercom and many database dumps write instants so. A Unix time is
 * the whole value, never part of a pattern: X and x stand alone.
 */
export type UnixUnit = 'X' | 'x';

export function unixUnitOf(format: string | undefined): UnixUnit | undefined {
  const trimmed = format?.trim();
  return trimmed === 'X' || trimmed === 'x' ? trimmed : undefined;
}

/** Why a format that mixes X or x with other tokens cannot be used, else undefined. */
export function unixFormatProblem(format: string): string | undefined {
  if (unixUnitOf(format) !== undefined) return undefined;
  // Outside [brackets], an X or x is the Unix token, which takes the whole value.
  const bare = format.replace(/\[[^\]]*\]/g, '');
  return /[Xx]/.test(bare)
    ? 'mixes a Unix time (X or x) with other tokens: a Unix time is the whole value, write dateFormat: X alone'
    : undefined;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;
/**
 * 1e11 seconds is the year 5138 and 1e11 milliseconds March 1973: no survey answer is either, so a
 * value past this bound in the other unit is the wrong unit, said as such rather than read as a
 * date centuries away.
 */
const UNIT_CONFUSION = 1e11;

/** Reads Unix times; the day is the instant's calendar day in the source's time zone. */
export function createUnixReader(unit: UnixUnit, zone: Zone): (value: string) => DateReading {
  return (value) => {
    if (!NUMBER.test(value)) return unreadableDate({ kind: 'not-unix', value, unit });
    const number = Number(value);
    const tooLarge = Math.abs(number) >= UNIT_CONFUSION;
    if (unit === 'X' ? tooLarge : !tooLarge) return unreadableDate({ kind: 'wrong-unit', value, unit });
    const at = Math.round(unit === 'X' ? number * 1000 : number);
    return { ok: true, day: dayText(Math.floor((at + zone.offsetAt(at)) / DAY_MS)), at };
  };
}
