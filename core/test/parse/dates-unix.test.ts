import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFormatProblem } from '../../src/parse/date-format.ts';
import { createDateReader } from '../../src/parse/dates.ts';

// Unix times (dateFormat X in seconds, x in milliseconds): Delighted's API and database dumps.
describe('Unix times', () => {
  it('read seconds and milliseconds as instants, the day taken in the time zone', () => {
    // 2026-03-01T23:30:00Z: still the 1st in UTC, already the 2nd in Paris (UTC+1 in winter).
    const paris = createDateReader({ format: 'X', timeZone: 'Europe/Paris' });
    expect(paris('1772407800')).toEqual({ ok: true, day: '2026-03-02', at: 1772407800000 });
    expect(createDateReader({ format: 'X', timeZone: 'UTC' })('1772407800')).toMatchObject({ day: '2026-03-01' });
    expect(createDateReader({ format: 'x', timeZone: 'UTC' })('1772407800123')).toEqual({
      ok: true,
      day: '2026-03-01',
      at: 1772407800123,
    });
    // Fractions of a second, as some exports write them.
    expect(paris('1772407800.5')).toMatchObject({ at: 1772407800500 });
  });

  it('say which unit a value of the other unit looks like, instead of a date centuries away', () => {
    expect(createDateReader({ format: 'X' })('1772407800123')).toMatchObject({
      ok: false,
      code: 'NPS211',
      message: 'the date "1772407800123" is too large for seconds: it looks like milliseconds (dateFormat: x)',
    });
    expect(createDateReader({ format: 'x' })('1772407800')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/looks like seconds \(dateFormat: X\)/),
    });
  });

  it('refuse text, and ISO dates too: X says every value is a Unix time', () => {
    for (const value of ['hier', '2026-03-01', '1,772e9']) {
      expect(createDateReader({ format: 'X' })(value)).toMatchObject({
        ok: false,
        code: 'NPS211',
        message: expect.stringContaining('is not a Unix time in seconds (like 1772438400), as dateFormat X says'),
      });
    }
  });

  it('stand alone in a dateFormat', () => {
    expect(dateFormatProblem('X')).toBeUndefined();
    expect(dateFormatProblem('x')).toBeUndefined();
    expect(dateFormatProblem('X.SSS')).toMatch(/mixes a Unix time/);
    // In brackets, an x is literal text.
    expect(dateFormatProblem('DD/MM/YYYY [x]')).toBeUndefined();
  });

  it('give the instant written and the day Intl gives it in the zone, for any time 2001-2286 (property)', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC'];
    fc.assert(
      fc.property(fc.integer({ min: 1e9, max: 1e10 - 1 }), fc.constantFrom(...zones), (seconds, timeZone) => {
        const reading = createDateReader({ format: 'X', timeZone })(String(seconds));
        const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
          seconds * 1000,
        );
        expect(reading).toEqual({ ok: true, day, at: seconds * 1000 });
      }),
      { numRuns: 300 },
    );
  });
});
