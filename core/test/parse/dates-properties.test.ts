import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDateReader } from '../../src/parse/dates.ts';

dayjs.extend(customParseFormat);
dayjs.extend(utc);
dayjs.extend(timezone);

// Day.js is the independent oracle: it formats the values and says which day and instant they are.
const ZONES = [
  'Europe/Paris',
  'America/New_York',
  'UTC',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'America/Sao_Paulo',
];
const DATE_PARTS = [
  'DD/MM/YYYY',
  'D/M/YYYY',
  'MM/DD/YYYY',
  'YYYY-MM-DD',
  'DD.MM.YYYY',
  'D MMM YYYY',
  'D MMMM YYYY',
  'MMM D, YYYY',
  'DD/MM/YY',
  'YYYYMMDD',
];
/** Each time part with the unit its values are truncated to. */
const TIME_PARTS: readonly [format: string, unit: 'minute' | 'second' | 'millisecond' | 'day'][] = [
  ['', 'day'],
  [' HH:mm', 'minute'],
  [' HH:mm:ss', 'second'],
  [' H:mm:ss', 'second'],
  [' hh:mm A', 'minute'],
  [' h:mm:ss a', 'second'],
  [' HH:mm:ss.SSS', 'millisecond'],
  ['[T]HH:mm:ss', 'second'],
];
const OFFSET_PARTS = ['', ' Z', 'ZZ', 'Z'];

// 1925 onwards: Day.js rounds the local mean time offsets of older dates (Paris +00:09:21) to
// minutes. Whole seconds: Day.js's tz() computes a fractional offset for instants with
// milliseconds (it compares with a toLocaleString that drops them); milliseconds are covered by
// the table tests and the toISOString property.
const instant = (from: number, to: number) =>
  fc.integer({ min: Date.UTC(from, 0, 2) / 1000, max: Date.UTC(to, 11, 30) / 1000 }).map((seconds) => seconds * 1000);

const formatted = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    date: fc.constantFrom(...DATE_PARTS),
    time: fc.constantFrom(...TIME_PARTS),
    offset: fc.constantFrom(...OFFSET_PARTS),
  })
  .chain((parts) => {
    // Two-digit years only round-trip over Day.js's window, 1969 to 2068 (a day inside it in every zone).
    const twoDigits = parts.date.includes('YY') && !parts.date.includes('YYYY');
    return fc.record({ at: twoDigits ? instant(1969, 2068) : instant(1925, 2099), parts: fc.constant(parts) });
  });

describe('date reader properties', () => {
  it('never throws, whatever the text and the format', () => {
    const dateLike = fc
      .array(fc.constantFrom(...'0123456789-/:.+ TZAPMampjanvfévrier'.split('')), { maxLength: 30 })
      .map((chars) => chars.join(''));
    const format = fc.option(fc.oneof(fc.constantFrom(...DATE_PARTS, 'DD/MM/YYYY HH:mm:ss Z', 'hh:mm A D MMM YY'), fc.string()), {
      nil: undefined,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), dateLike), format, (value, dateFormat) => {
        const reading = createDateReader({ format: dateFormat })(value);
        if (reading.ok) expect(reading.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        else expect(['NPS211', 'NPS212']).toContain(reading.code);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back the day and instant of any date-time Day.js formats with a supported format', () => {
    fc.assert(
      fc.property(formatted, ({ at, parts }) => {
        const [timeFormat, unit] = parts.time;
        const format = `${parts.date}${timeFormat}${unit === 'day' ? '' : parts.offset}`;
        const zoned = dayjs(at).tz(parts.zone);
        const value = zoned.format(format);
        const reading = createDateReader({ format, timeZone: parts.zone })(value);
        expect(reading, `${value} as ${format} in ${parts.zone}`).toMatchObject({ ok: true, day: zoned.format('YYYY-MM-DD') });
        if (!reading.ok) return;
        if (unit === 'day') {
          expect(reading.at).toBeUndefined();
          return;
        }
        // Truncated by hand: Day.js's startOf() moves a time in a repeated hour to its first occurrence.
        // Offsets since 1925 are whole minutes, so truncating in UTC truncates the wall time.
        const size = unit === 'minute' ? 60_000 : unit === 'second' ? 1000 : 1;
        const written = at - (((at % size) + size) % size);
        if (parts.offset !== '') {
          expect(reading.at).toBe(written);
        } else {
          // A wall time the autumn repeats reads as its first occurrence: never later, and the same text.
          expect(reading.at).toBeLessThanOrEqual(written);
          expect(dayjs(reading.at).tz(parts.zone).format(format)).toBe(value);
          if (
            dayjs(written - 3_600_000)
              .tz(parts.zone)
              .utcOffset() === zoned.utcOffset()
          )
            expect(reading.at).toBe(written);
          // Day.js's own strict parser agrees on the day (it cannot parse other offsets than the machine's).
          expect(dayjs(value, format, true).format('YYYY-MM-DD')).toBe(reading.day);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads any instant written by Date.prototype.toISOString, years 0000 to 9999', () => {
    const read = createDateReader({ timeZone: 'UTC' });
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('0000-01-01T00:00:00Z'), max: Date.parse('9999-12-31T23:59:59.999Z') }), (at) => {
        const iso = new Date(at).toISOString();
        expect(read(iso)).toEqual({ ok: true, day: iso.slice(0, 10), at });
      }),
    );
  });

  it('reads French month names as Intl writes them, short and long', () => {
    const read = createDateReader({ format: 'D MMMM YYYY' });
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }),
        fc.constantFrom('short', 'long') as fc.Arbitrary<'short' | 'long'>,
        (date, month) => {
          const value = new Intl.DateTimeFormat('fr', { timeZone: 'UTC', day: 'numeric', month, year: 'numeric' }).format(date);
          const year = date.getUTCFullYear();
          fc.pre(year >= 1000);
          expect(read(value)).toEqual({ ok: true, day: date.toISOString().slice(0, 10) });
        },
      ),
    );
  });

  it('reports every day that a month lacks as NPS212, never NPS211', () => {
    const missingDay = fc
      .record({ year: fc.integer({ min: 0, max: 9999 }), month: fc.constantFrom(2, 4, 6, 9, 11) })
      .chain(({ year, month }) => {
        const length = month !== 2 ? 30 : (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
        return fc.record({ year: fc.constant(year), month: fc.constant(month), day: fc.integer({ min: length + 1, max: 31 }) });
      });
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        missingDay,
        fc.constantFrom('iso', 'iso-time', 'DD/MM/YYYY', 'MM/DD/YYYY HH:mm', 'D MMMM YYYY'),
        ({ year, month, day }, shape) => {
          const y = pad(year, 4);
          const values: Record<string, [string, string | undefined]> = {
            iso: [`${y}-${pad(month)}-${pad(day)}`, undefined],
            'iso-time': [`${y}-${pad(month)}-${pad(day)}T10:30:00+02:00`, undefined],
            'DD/MM/YYYY': [`${pad(day)}/${pad(month)}/${y}`, 'DD/MM/YYYY'],
            'MM/DD/YYYY HH:mm': [`${pad(month)}/${pad(day)}/${y} 23:59`, 'MM/DD/YYYY HH:mm'],
            'D MMMM YYYY': [
              `${day} ${dayjs()
                .month(month - 1)
                .format('MMMM')} ${y}`,
              'D MMMM YYYY',
            ],
          };
          const [value, format] = values[shape] as [string, string | undefined];
          const reading = createDateReader({ format })(value);
          expect(reading).toMatchObject({ ok: false, code: 'NPS212' });
        },
      ),
    );
  });
});
