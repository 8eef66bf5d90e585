import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, periodLabel } from '../../src/charts/locale.ts';
import {
  CATEGORY_COLORS,
  CHART_COLORS,
  contrastRatio,
  DARK_BACKGROUND,
  ON_CATEGORY_TEXT,
  relativeLuminance,
} from '../../src/charts/palette.ts';

describe('palette', () => {
  it.each(Object.entries(CHART_COLORS))('%s contrasts at least 3:1 with white and with the dark background', (_, colour) => {
    expect(contrastRatio(colour, '#FFFFFF')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(colour, DARK_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it('text on each category colour contrasts at least 4.5:1', () => {
    for (const [category, colour] of Object.entries(CATEGORY_COLORS)) {
      expect(contrastRatio(colour, ON_CATEGORY_TEXT[category as keyof typeof ON_CATEGORY_TEXT])).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps the three categories apart in luminance, for readers who do not see hue', () => {
    const luminances = Object.values(CATEGORY_COLORS)
      .map(relativeLuminance)
      .sort((a, b) => a - b);
    for (let index = 1; index < luminances.length; index++) {
      expect(((luminances[index] ?? 0) + 0.05) / ((luminances[index - 1] ?? 0) + 0.05)).toBeGreaterThan(1.2);
    }
  });
});

describe('locale formats', () => {
  it('writes French numbers with a comma and narrow no-break spaces', () => {
    expect(formatNumber(12345.678, 'fr', { digits: 1 })).toBe('12\u202f345,7');
    expect(formatNumber(12345.678, 'en', { digits: 1 })).toBe('12,345.7');
    expect(formatPercent(45, 'fr')).toBe('45\u202f%');
    expect(formatNumber(-0.2, 'fr')).toBe('0');
    expect(formatNumber(-3.6, 'en', { signed: true })).toBe('\u22124');
    expect(formatNumber(3.6, 'en', { signed: true })).toBe('+4');
  });

  it('round-trips any integer once separators are removed', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (value) => {
        const text = formatNumber(value, 'fr').replaceAll('\u202f', '').replace('\u2212', '-');
        expect(Number(text)).toBe(value === 0 ? 0 : value);
      }),
    );
  });

  it('names periods as the axis does', () => {
    expect(periodLabel('2026-02', 'fr')).toBe('févr. 2026');
    expect(periodLabel('2026-Q3', 'fr')).toBe('T3 2026');
    expect(periodLabel('2026-W05', 'en')).toBe('W05 2026');
    expect(periodLabel('2026', 'en')).toBe('2026');
  });
});
