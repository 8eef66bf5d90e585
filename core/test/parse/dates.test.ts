import { describe, expect, it } from 'vitest';
import { dateFormatProblem } from '../../src/parse/date-format.ts';
import { createDateReader, type DateReaderOptions } from '../../src/parse/dates.ts';

/** What a user sees of a reading: the day, and the instant as UTC ISO text when there is one. */
function read(value: string, options: DateReaderOptions = {}) {
  const reading = createDateReader(options)(value);
  if (!reading.ok) return { code: reading.code, message: reading.message };
  return { day: reading.day, at: reading.at === undefined ? undefined : new Date(reading.at).toISOString() };
}

const utc = { timeZone: 'UTC' };

describe('ISO 8601, read without configuration', () => {
  it.each([
    ['2026-03-31', '2026-03-31', undefined],
    ['2026-03-31T14:05', '2026-03-31', '2026-03-31T12:05:00.000Z'],
    ['2026-03-31T14:05:09', '2026-03-31', '2026-03-31T12:05:09.000Z'],
    ['2026-03-31T14:05:09.123', '2026-03-31', '2026-03-31T12:05:09.123Z'],
    ['2026-03-31T14:05:09.1', '2026-03-31', '2026-03-31T12:05:09.100Z'],
    ['2026-03-31T14:05:09.123456789', '2026-03-31', '2026-03-31T12:05:09.123Z'],
    ['2026-03-31 14:05:09', '2026-03-31', '2026-03-31T12:05:09.000Z'],
    ['2026-03-31T14:05:09Z', '2026-03-31', '2026-03-31T14:05:09.000Z'],
    ['2026-03-31T14:05:09+02:00', '2026-03-31', '2026-03-31T12:05:09.000Z'],
    ['2026-03-31T14:05:09+0200', '2026-03-31', '2026-03-31T12:05:09.000Z'],
    ['2026-03-31T14:05:09-05', '2026-03-31', '2026-03-31T19:05:09.000Z'],
    ['2026-03-31T14:05+05:30', '2026-03-31', '2026-03-31T08:35:00.000Z'],
  ])('%s is day %s at %s in Paris', (value, day, at) => {
    expect(read(value)).toEqual({ day, at });
  });

  it('is read even when a dateFormat is set and the value does not fit it', () => {
    expect(read('2026-03-31T14:05:09Z', { format: 'DD/MM/YYYY' })).toEqual({ day: '2026-03-31', at: '2026-03-31T14:05:09.000Z' });
  });

  it('gives way to the dateFormat when a value fits both', () => {
    expect(read('2026-03-04', { format: 'YYYY-DD-MM' })).toEqual({ day: '2026-04-03', at: undefined });
  });

  it.each([
    '2026-3-31',
    '2026-03-31T14',
    '2026-03-31T14:05:09.',
    '20260331',
    '2026-03-31T14:05:09+2',
    '2026-03-31Z',
    '2026-03-31x',
  ])('%s is unreadable', (value) => {
    expect(read(value)).toMatchObject({ code: 'NPS211' });
  });
});

describe('offsets: an instant whose day is taken in the time zone', () => {
  it.each([
    ['2026-03-31T23:30:00Z', 'Europe/Paris', '2026-04-01'],
    ['2026-03-31T21:59:59Z', 'Europe/Paris', '2026-03-31'],
    ['2026-03-31T22:00:00Z', 'Europe/Paris', '2026-04-01'],
    ['2026-04-01T01:00:00+02:00', 'America/New_York', '2026-03-31'],
    ['2026-01-01T00:30:00+01:00', 'UTC', '2025-12-31'],
    ['2026-12-31T20:00:00-05:00', 'Asia/Kolkata', '2027-01-01'],
  ])('%s is %s in %s', (value, timeZone, day) => {
    expect(read(value, { timeZone }).day).toBe(day);
  });
});

describe('daylight saving time', () => {
  it.each([
    // Paris springs forward at 02:00 on 29 March 2026: 02:30 does not exist and moves to 03:30 CEST.
    ['2026-03-29T01:59', 'Europe/Paris', '2026-03-29T00:59:00.000Z'],
    ['2026-03-29T02:30', 'Europe/Paris', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29T03:00', 'Europe/Paris', '2026-03-29T01:00:00.000Z'],
    // Paris falls back at 03:00 on 25 October 2026: 02:30 happens twice, the first (CEST) is taken.
    ['2026-10-25T02:30', 'Europe/Paris', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25T03:00', 'Europe/Paris', '2026-10-25T02:00:00.000Z'],
    // New York springs forward at 02:00 on 8 March 2026 and falls back at 02:00 on 1 November.
    ['2026-03-08T02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    ['2026-11-01T01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
    ['2026-11-01T02:00', 'America/New_York', '2026-11-01T07:00:00.000Z'],
    // Lord Howe moves by 30 minutes; Kathmandu is 5:45 ahead; Paris before 1911 ran 9 min 21 s ahead.
    ['2026-04-05T01:45', 'Australia/Lord_Howe', '2026-04-04T14:45:00.000Z'],
    ['2026-04-05T02:15', 'Australia/Lord_Howe', '2026-04-04T15:45:00.000Z'],
    ['2026-03-31T12:00', 'Asia/Kathmandu', '2026-03-31T06:15:00.000Z'],
    ['1900-01-01T00:09:21', 'Europe/Paris', '1900-01-01T00:00:00.000Z'],
  ])('wall time %s in %s is %s', (value, timeZone, at) => {
    expect(read(value, { timeZone })).toEqual({ day: value.slice(0, 10), at });
  });
});

describe('dateFormat tokens', () => {
  it.each([
    ['DD/MM/YYYY HH:mm:ss', '31/03/2026 14:05:09', '2026-03-31', '2026-03-31T14:05:09.000Z'],
    ['D/M/YY', '1/3/26', '2026-03-01', undefined],
    ['D/M/YY', '31/12/69', '1969-12-31', undefined],
    ['D/M/YY', '31/12/68', '2068-12-31', undefined],
    ['DD.MM.YYYY', '05.03.2026', '2026-03-05', undefined],
    ['YYYY-MM-DD HH:mm', '2026-03-31 14:05', '2026-03-31', '2026-03-31T14:05:00.000Z'],
    ['MM/DD/YYYY hh:mm:ss A', '03/31/2026 02:05:09 PM', '2026-03-31', '2026-03-31T14:05:09.000Z'],
    ['MM/DD/YYYY hh:mm:ss A', '03/31/2026 12:05:09 AM', '2026-03-31', '2026-03-31T00:05:09.000Z'],
    ['MM/DD/YYYY hh:mm:ss A', '03/31/2026 12:05:09 PM', '2026-03-31', '2026-03-31T12:05:09.000Z'],
    ['M/D/YYYY h:m:s a', '3/31/2026 2:5:9 pm', '2026-03-31', '2026-03-31T14:05:09.000Z'],
    ['M/D/YYYY h:mm a', '3/31/2026 9:05 AM', '2026-03-31', '2026-03-31T09:05:00.000Z'],
    ['M/D/YYYY H:mm', '3/31/2026 9:05', '2026-03-31', '2026-03-31T09:05:00.000Z'],
    ['DD/MM/YYYY HH:mm:ss.SSS', '31/03/2026 14:05:09.007', '2026-03-31', '2026-03-31T14:05:09.007Z'],
    ['DD/MM/YYYY HH:mm:ss.SS', '31/03/2026 14:05:09.07', '2026-03-31', '2026-03-31T14:05:09.070Z'],
    ['DD/MM/YYYY HH:mm:ss.S', '31/03/2026 14:05:09.7', '2026-03-31', '2026-03-31T14:05:09.700Z'],
    ['DD/MM/YYYY HH:mm Z', '31/03/2026 23:30 -01:00', '2026-04-01', '2026-04-01T00:30:00.000Z'],
    ['DD/MM/YYYY HH:mm Z', '31/03/2026 14:05 Z', '2026-03-31', '2026-03-31T14:05:00.000Z'],
    ['DD/MM/YYYY HH:mm Z', '31/03/2026 14:05 -05:00', '2026-03-31', '2026-03-31T19:05:00.000Z'],
    ['DD/MM/YYYY HH:mm ZZ', '31/03/2026 14:05 +0530', '2026-03-31', '2026-03-31T08:35:00.000Z'],
    ['DD/MM/YYYY [à] HH[h]mm', '31/03/2026 à 14h05', '2026-03-31', '2026-03-31T14:05:00.000Z'],
    ['YYYYMMDD', '20260331', '2026-03-31', undefined],
    ['D MMMM YYYY', '1 January 2026', '2026-01-01', undefined],
    ['D MMMM YYYY', '28 février 2026', '2026-02-28', undefined],
    ['D MMMM YYYY', '28 FEVRIER 2026', '2026-02-28', undefined],
    ['D MMM YYYY', '3 févr. 2026', '2026-02-03', undefined],
    ['D MMM YYYY', '3 janv. 2026', '2026-01-03', undefined],
    ['D MMM YYYY', '15 août 2026', '2026-08-15', undefined],
    ['D MMM YYYY', '15 Aout 2026', '2026-08-15', undefined],
    ['D MMM YYYY', '9 Sept. 2026', '2026-09-09', undefined],
    ['D MMM YYYY', '9 déc 2026', '2026-12-09', undefined],
    ['MMM D, YYYY', 'Jan 5, 2026', '2026-01-05', undefined],
    ['DD MMM. YYYY', '05 mars. 2026', '2026-03-05', undefined],
  ])('%s reads %s', (format, value, day, at) => {
    expect(read(value, { format, ...utc })).toEqual({ day, at });
  });

  it.each([
    ['DD/MM/YYYY', '31/03/2026 '],
    ['DD/MM/YYYY', '31-03-2026'],
    ['DD/MM/YYYY', '1/3/2026'],
    ['D/M/YYYY', '1/3/26'],
    ['HH:mm DD/MM/YYYY', '14:05 31/03/2026 extra'],
    ['MM/DD/YYYY hh:mm A', '03/31/2026 02:05 XM'],
  ])('%s is strict: %s is unreadable', (format, value) => {
    expect(read(value, { format })).toMatchObject({ code: 'NPS211' });
  });
});

describe('unreadable (NPS211) and impossible (NPS212) dates, as users read them', () => {
  it.each([
    [
      {},
      'hello',
      'NPS211',
      'the date "hello" is not ISO 8601 (like 2026-03-31 or 2026-03-31T14:05:09); if the file writes dates another way, set the source\'s dateFormat',
    ],
    [
      { format: 'DD/MM/YYYY HH:mm:ss' },
      'hello',
      'NPS211',
      'the date "hello" matches neither the format DD/MM/YYYY HH:mm:ss (like 31/03/2026 14:05:09) nor ISO 8601 (like 2026-03-31 or 2026-03-31T14:05:09)',
    ],
    [
      { format: 'YYYY/MM/DD' },
      '2026/13/01',
      'NPS211',
      'the date "2026/13/01" cannot be read: there is no month 13; expected the format YYYY/MM/DD (like 2026/03/31)',
    ],
    [
      { format: 'DD/MM/YYYY' },
      '31/02/2026',
      'NPS212',
      'the date "31/02/2026" is 31 February 2026, which does not exist: February 2026 has 28 days',
    ],
    [{}, '2026-02-30', 'NPS212', 'the date "2026-02-30" is 30 February 2026, which does not exist: February 2026 has 28 days'],
    [{}, '2025-02-29', 'NPS212', 'the date "2025-02-29" is 29 February 2025, which does not exist: February 2025 has 28 days'],
    [{}, '2100-02-29', 'NPS212', 'the date "2100-02-29" is 29 February 2100, which does not exist: February 2100 has 28 days'],
    [
      {},
      '2026-04-31T10:00',
      'NPS212',
      'the date "2026-04-31T10:00" is 31 April 2026, which does not exist: April 2026 has 30 days',
    ],
    [
      {},
      '2026-03-32',
      'NPS211',
      'the date "2026-03-32" cannot be read: there is no day 32 in a month; expected ISO 8601 (like 2026-03-31 or 2026-03-31T14:05:09)',
    ],
    [
      {},
      '2026-03-00',
      'NPS211',
      'the date "2026-03-00" cannot be read: there is no day 0 in a month; expected ISO 8601 (like 2026-03-31 or 2026-03-31T14:05:09)',
    ],
    [
      {},
      '2026-03-31T24:00',
      'NPS211',
      'the date "2026-03-31T24:00" cannot be read: there is no hour 24 (hours go from 0 to 23); expected ISO 8601 (like 2026-03-31 or 2026-03-31T14:05:09)',
    ],
    [
      {},
      '2026-03-31T14:60',
      'NPS211',
      'the date "2026-03-31T14:60" cannot be read: there is no minute 60 (minutes go from 0 to 59); expected ISO 8601 (like 2026-03-31 or 2026-03-31T14:05:09)',
    ],
    [
      {},
      '2026-03-31T14:05:60',
      'NPS211',
      'the date "2026-03-31T14:05:60" cannot be read: there is no second 60 (seconds go from 0 to 59); expected ISO 8601 (like 2026-03-31 or 2026-03-31T14:05:09)',
    ],
    [
      {},
      '2026-03-31T14:05+24:00',
      'NPS211',
      'the date "2026-03-31T14:05+24:00" cannot be read: the offset +24:00 does not exist; expected ISO 8601 (like 2026-03-31 or 2026-03-31T14:05:09)',
    ],
    [
      { format: 'hh:mm A DD/MM/YYYY' },
      '13:05 PM 31/03/2026',
      'NPS211',
      'the date "13:05 PM 31/03/2026" cannot be read: there is no hour 13 on a 12-hour clock (hours go from 1 to 12); expected the format hh:mm A DD/MM/YYYY (like 02:05 PM 31/03/2026)',
    ],
    [
      { format: 'D MMMM YYYY' },
      '3 Brumaire 2026',
      'NPS211',
      'the date "3 Brumaire 2026" cannot be read: "Brumaire" is not a month name; expected the format D MMMM YYYY (like 31 March 2026)',
    ],
    [
      { format: 'MM/YYYY' },
      '03/2026',
      'NPS211',
      'the date "03/2026" is not ISO 8601 (like 2026-03-31 or 2026-03-31T14:05:09), and the dateFormat "MM/YYYY" cannot be used: it has no day (D or DD)',
    ],
  ])('%j: %s is %s', (options, value, code, message) => {
    expect(read(value, options)).toEqual({ code, message });
  });

  it('reads leap days that exist', () => {
    expect(read('2024-02-29')).toEqual({ day: '2024-02-29', at: undefined });
    expect(read('2000-02-29')).toEqual({ day: '2000-02-29', at: undefined });
    expect(read('29/02/2024', { format: 'DD/MM/YYYY' })).toEqual({ day: '2024-02-29', at: undefined });
  });

  it('cuts a long value in the message', () => {
    const reading = read('x'.repeat(500));
    expect(reading).toMatchObject({ code: 'NPS211' });
    expect(reading.message?.length).toBeLessThan(200);
  });
});

describe('dateFormatProblem, for config validation', () => {
  it.each([
    ['DD/MM/YYYY HH:mm:ss', undefined],
    ['YYYY-MM-DD[T]HH:mm', undefined],
    ['MM/YYYY', 'has no day (D or DD)'],
    ['DD/MM', 'has no year (YYYY or YY)'],
    ['DD/YYYY', 'has no month (M, MM, MMM or MMMM)'],
    ['dddd DD/MM/YYYY', 'uses "dddd", which is not a supported token (write literal text in [brackets])'],
    ['DD/MM/YYYY YYYY', 'has the year twice'],
    ['DD/MM/YYYY mm', 'has a minute but no hour (H, HH, h or hh)'],
    ['DD/MM/YYYY [at HH', 'has a "[" at column 12 without its "]"'],
  ])('%s: %s', (format, problem) => {
    expect(dateFormatProblem(format)).toBe(problem);
  });
});
