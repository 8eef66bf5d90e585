import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferDateFormat } from '../../src/init/infer-date-format.ts';
import { createDateReader } from '../../src/parse/dates.ts';

dayjs.extend(utc);

describe('inferDateFormat', () => {
  it('reads day first from a day above 12, with the padding and the 24-hour clock of the values', () => {
    const result = inferDateFormat(['02/03/2026 09:14:52', '13/03/2026 18:40:07']);
    expect(result).toMatchObject({ kind: 'format', format: 'DD/MM/YYYY HH:mm:ss', ambiguous: false });
  });

  it('reads month first, single digits and no padding (Google Forms, US locale)', () => {
    const result = inferDateFormat(['3/2/2026 9:14:52', '3/14/2026 18:40:07']);
    expect(result).toMatchObject({ kind: 'format', format: 'M/D/YYYY H:mm:ss' });
  });

  it('reads a 12-hour clock with AM/PM (SurveyMonkey)', () => {
    const result = inferDateFormat(['03/02/2026 09:12:40 AM', '03/31/2026 11:58:00 PM']);
    expect(result).toMatchObject({ kind: 'format', format: 'MM/DD/YYYY hh:mm:ss A' });
  });

  it('reads two-digit years and times without seconds', () => {
    expect(inferDateFormat(['25/12/26 8:05', '01/01/27 23:59'])).toMatchObject({ format: 'DD/MM/YY H:mm' });
  });

  it('needs no format for ISO 8601, with or without a T and an offset', () => {
    expect(inferDateFormat(['2026-03-02 09:14:52', '2026-03-31T23:30:00Z'])?.kind).toBe('iso');
  });

  it('prefers a format that reads every value to ISO reading most (found by the property below)', () => {
    const values = [
      '2015-12-10',
      '2005-06-10',
      '2001-08-10',
      '2034-05-10',
      '2029-08-10',
      '2000-01-1',
      '2004-09-10',
      '2002-02-10',
      '2019-07-10',
      '2010-01-10',
    ];
    expect(inferDateFormat(values)).toMatchObject({ kind: 'format', format: 'YYYY-MM-D' });
  });

  it('guesses the order from the locale when no value tells, and says so', () => {
    const values = ['02/03/2026', '04/05/2026'];
    expect(inferDateFormat(values, { locale: 'fr' })).toMatchObject({ format: 'DD/MM/YYYY', ambiguous: true });
    expect(inferDateFormat(values, { locale: 'en' })).toMatchObject({ format: 'MM/DD/YYYY', ambiguous: true });
  });

  it('names Excel serial numbers in a text export instead of taking them for dates', () => {
    expect(inferDateFormat(['46083', '46084.5'])).toMatchObject({ kind: 'unreadable-numbers' });
    expect(inferDateFormat(['46083', '46084.5'])?.reason).toMatch(/Excel serial numbers/);
  });

  it('reads Unix times in seconds (X) and milliseconds (x), with the first value as an example', () => {
    expect(inferDateFormat(['1772438400', '1772524800'])).toEqual({
      kind: 'format',
      format: 'X',
      ambiguous: false,
      reason: 'Unix times in seconds (1772438400 is 2026-03-02T08:00:00Z)',
    });
    expect(inferDateFormat(['1772438400000', '1772524800123'])).toMatchObject({ format: 'x' });
    // One value of the other unit: neither.
    expect(inferDateFormat(['1772438400', '1772524800123'])?.kind).not.toBe('format');
  });

  it('refuses values that mix day-first and month-first, and text', () => {
    expect(inferDateFormat(['13/02/2026', '02/13/2026'])).toBeUndefined();
    expect(inferDateFormat(['Paris', 'Lyon'])).toBeUndefined();
  });
});

// Property: any sample of dates written in a token format is read back, with the inferred format,
// as the same days. When no day of the sample is above 12 the order is a guess (flagged ambiguous),
// so those samples only need the flag.
/** A random Day.js token format of the shapes exports use: any order, separator, padding, clock. */
const tokenFormat = fc
  .record({
    order: fc.constantFrom('DMY', 'MDY', 'YMD'),
    separator: fc.constantFrom('/', '.', '-'),
    padDay: fc.boolean(),
    padMonth: fc.boolean(),
    longYear: fc.boolean(),
    time: fc.constantFrom('none', '24', '12'),
    padHour: fc.boolean(),
    seconds: fc.boolean(),
  })
  .filter((shape) => !(shape.order === 'YMD' && !shape.longYear))
  .map((shape) => {
    const part = { D: shape.padDay ? 'DD' : 'D', M: shape.padMonth ? 'MM' : 'M', Y: shape.longYear ? 'YYYY' : 'YY' };
    let format = [...shape.order].map((letter) => part[letter as 'D' | 'M' | 'Y']).join(shape.separator);
    if (shape.time !== 'none') {
      const hour = shape.time === '12' ? 'h' : 'H';
      format += ` ${shape.padHour ? hour + hour : hour}:mm${shape.seconds ? ':ss' : ''}${shape.time === '12' ? ' A' : ''}`;
    }
    return format;
  });
const FROM = Date.UTC(2000, 0, 1);
const TO = Date.UTC(2068, 11, 31);

describe('inferDateFormat, property', () => {
  it('reads back the days of any sample written in any supported format', () => {
    fc.assert(
      fc.property(
        tokenFormat,
        fc.array(fc.integer({ min: FROM, max: TO }), { minLength: 1, maxLength: 30 }),
        (format, instants) => {
          const moments = instants.map((instant) => dayjs.utc(instant));
          const values = moments.map((moment) => moment.format(format));
          const result = inferDateFormat(values);
          expect(result, `${format}: ${values.join(' | ')}`).toBeDefined();
          if (!result || result.kind === 'unreadable-numbers') throw new Error(`not read as dates: ${values[0]}`);
          if (result.kind === 'format' && result.ambiguous) {
            expect(moments.every((moment) => moment.date() <= 12)).toBe(true);
            return;
          }
          const read = createDateReader(
            result.kind === 'format' ? { format: result.format, timeZone: 'UTC' } : { timeZone: 'UTC' },
          );
          const days = values.map((value) => {
            const reading = read(value);
            return reading.ok ? reading.day : reading.message;
          });
          expect(days).toEqual(moments.map((moment) => moment.format('YYYY-MM-DD')));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the same days whatever the order of the sample', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: FROM, max: TO }), { minLength: 2, maxLength: 20 }), (instants) => {
        const values = instants.map((instant) => dayjs.utc(instant).format('D/M/YYYY H:mm'));
        const shape = (result: ReturnType<typeof inferDateFormat>) =>
          result?.kind === 'format' ? [result.format, result.ambiguous] : result?.kind;
        expect(shape(inferDateFormat([...values].reverse()))).toEqual(shape(inferDateFormat(values)));
      }),
    );
  });
});
