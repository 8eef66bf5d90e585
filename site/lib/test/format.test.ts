import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format.ts';

describe('createFormatters', () => {
  const fr = createFormatters('fr');
  const en = createFormatters('en');

  it('shows an NPS as a signed integer with a typographic minus, and zero unsigned', () => {
    expect(fr.nps(31.35)).toBe('+31');
    expect(fr.nps(-4.4)).toBe('\u22124');
    expect(fr.nps(0.4)).toBe('0');
    expect(fr.nps(-0.4)).toBe('0');
    expect(fr.nps(null)).toBe('—');
  });

  it('writes intervals and changes in the locale', () => {
    expect(fr.interval(29.89, 32.79)).toBe('+30 à +33');
    expect(en.interval(-3.2, 4.6)).toBe('\u22123 to +5');
    expect(fr.change(2.44)).toBe('+2,4\u00a0pts');
    expect(en.change(-0.04)).toBe('0.0\u00a0pts');
  });

  it('puts a narrow no-break space before % in French only', () => {
    expect(fr.percent(52.4)).toBe('52\u202f%');
    expect(en.percent(52.4)).toBe('52%');
    expect(fr.percent(12.49, { decimals: 1 })).toBe('12,5\u202f%');
  });

  it('formats counts, p-values, days and periods', () => {
    expect(fr.count(12000)).toBe('12\u202f000');
    expect(fr.pValue(0.1312)).toBe('0,13');
    expect(en.pValue(0.0004)).toBe('< 0.001');
    expect(fr.day('2026-05-04')).toBe('4 mai 2026');
    expect(en.day('2026-05-04')).toBe('4 May 2026');
    expect(fr.period('2026-09')).toBe('septembre 2026');
    expect(fr.period('2026-Q2')).toBe('T2 2026');
    expect(en.period('2026-W05')).toBe('week 5 of 2026');
  });
});
