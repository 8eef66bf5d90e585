import { DAY_MS, daysFromCivil, dayText, HOUR_MS, MINUTE_MS } from './date-calendar.ts';
import { createFields, type DateFields, fieldsProblem, impossibleDay } from './date-fields.ts';
import { type CompiledDateFormat, compileDateFormat, scanFormat } from './date-format.ts';
import { scanIso } from './date-iso.ts';
import { type DateReading, impossibleDate, unreadableDate } from './date-reading.ts';
import { createUnixReader, unixUnitOf } from './date-unix.ts';
import { zoneFor } from './date-zone.ts';

/**
 * Reads the date cells of a source: ISO 8601 always, plus the source's `dateFormat` (Day.js
 * tokens, see date-format.ts), in the source's time zone.
 *
 * Why a compiled reader and not Day.js: on a million values, Day.js's parsing alone is 14 to 22
 * times slower, and with its time-zone plugin 330 to 450 times (`pnpm bench:dates`; the README's
 * Benchmarks section has the last figures). Day.js stays the independent oracle of the property
 * tests (core/test/parse/dates-properties.test.ts).
 *
 * What a reading means:
 * - A date alone: `day` is the date as written, no `at`.
 * - A date and time without an offset: a wall-clock time in the time zone. `day` is the date as
 *   written; `at` the instant, with Temporal's 'compatible' disambiguation (date-zone.ts): a time in
 *   the spring-forward gap moves forward by the gap, a time repeated in the autumn is the earlier.
 * - A date and time with an offset or Z: an instant. `day` is its calendar day in the time zone,
 *   so 2026-03-31T23:30:00Z is 2026-04-01 in Paris.
 * - When a value fits the dateFormat it is read with it, even if it is also valid ISO (a
 *   YYYY-DD-MM format reads 2026-03-04 as 3 April); otherwise ISO 8601 is tried.
 * - A well-formed day that the calendar lacks (31/02/2026, 2025-02-29) is NPS212 date-impossible;
 *   anything else that cannot be read (hello, month 13, hour 24, minute 60) is NPS211 date-unreadable.
 */

export type { DateFailure, DateReading } from './date-reading.ts';

export interface DateReaderOptions {
  /**
   * Day.js-style tokens, e.g. 'DD/MM/YYYY HH:mm:ss'; ISO 8601 is read with or without it. X and x
   * alone read Unix times in seconds and milliseconds (date-unix.ts), and nothing else.
   */
  format?: string | undefined;
  /** IANA time zone of wall-clock times and of the days of instants; Europe/Paris by default. */
  timeZone?: string | undefined;
}

/** A reader of trimmed, non-empty date cells; it never throws on a value. */
export type DateReader = (value: string) => DateReading;

export function createDateReader(options: DateReaderOptions = {}): DateReader {
  const zone = zoneFor(options.timeZone ?? 'Europe/Paris');
  const unix = unixUnitOf(options.format);
  if (unix !== undefined) return createUnixReader(unix, zone);
  const format: CompiledDateFormat | undefined = options.format === undefined ? undefined : compileDateFormat(options.format);
  const usable = format !== undefined && format.problem === '' ? format : undefined;
  const shown = usable === undefined ? undefined : { source: usable.source, example: usable.example };
  const fields = createFields();

  /** `format`: the dateFormat the value was read with, undefined for ISO 8601. */
  function settle(value: string, format: typeof shown): DateReading {
    const problem = fields.problem || fieldsProblem(fields);
    if (problem !== '') return unreadableDate({ kind: 'fields', value, problem, format });
    const impossible = impossibleDay(fields);
    if (impossible !== '') return impossibleDate({ value, impossible });
    return accept(fields);
  }

  function accept(read: DateFields): DateReading {
    const days = daysFromCivil(read.year, read.month, read.day);
    if (!read.hasTime) return { ok: true, day: dayText(days) };
    const wall = days * DAY_MS + read.hour * HOUR_MS + read.minute * MINUTE_MS + read.second * 1000 + read.millisecond;
    if (Number.isNaN(read.offset)) return { ok: true, day: dayText(days), at: zone.instantOf(wall) };
    const at = wall - read.offset;
    return { ok: true, day: dayText(Math.floor((at + zone.offsetAt(at)) / DAY_MS)), at };
  }

  function unreadable(value: string): DateReading {
    if (shown !== undefined) return unreadableDate({ kind: 'no-match', value, format: shown });
    if (format !== undefined) {
      return unreadableDate({ kind: 'unusable-format', value, format: format.source, formatProblem: format.problem });
    }
    return unreadableDate({ kind: 'not-iso', value });
  }

  return function readDate(value: string): DateReading {
    let failure: DateReading | undefined;
    if (usable !== undefined && (scanFormat(value, usable, fields) || fields.problem !== '')) {
      const reading = settle(value, shown);
      if (reading.ok) return reading;
      failure = reading;
    }
    if (scanIso(value, fields) || fields.problem !== '') {
      const reading = settle(value, undefined);
      if (reading.ok || failure === undefined) return reading;
    }
    return failure ?? unreadable(value);
  };
}
