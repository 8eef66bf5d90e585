import type { NpsCategory } from '../stats/categories.ts';

/**
 * Colours of every chart. One palette for light and dark pages: each data colour has a relative
 * luminance between 0.12 and 0.30, which is what a 3:1 contrast (WCAG 1.4.11, graphical objects)
 * against both white and a #121212 dark background requires. Hues come from Okabe & Ito's
 * colour-blind-safe set (darkened where needed); the three categories also differ in luminance
 * (0.15 / 0.22 / 0.30) so they stay apart in greyscale, and every bar carries a text label anyway.
 *
 * Text, axes and grid lines are `currentColor`: they take the page's text colour, so they follow
 * the site's light or dark theme without any CSS override (inline SVG inherits `color`).
 */
export const CHART_COLORS = {
  promoter: '#007A5A',
  passive: '#949494',
  detractor: '#D55E00',
  /** The NPS line and its interval band. */
  primary: '#0072B2',
  /** Action annotations. */
  annotation: '#CC79A7',
  /** Response counts: neutral, in the background. */
  counts: '#949494',
} as const;

export const CATEGORY_COLORS: Record<NpsCategory, string> = {
  detractor: CHART_COLORS.detractor,
  passive: CHART_COLORS.passive,
  promoter: CHART_COLORS.promoter,
};

/** Text drawn on a category's colour: whichever of black and white contrasts at least 4.5:1. */
export const ON_CATEGORY_TEXT: Record<NpsCategory, string> = {
  detractor: '#000000',
  passive: '#000000',
  promoter: '#FFFFFF',
};

/** The dark page background the palette is checked against (tests), the darkest usual one being #000. */
export const DARK_BACKGROUND = '#121212';

/** WCAG 2 relative luminance of a #RRGGBB colour. */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number): number => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(first: string, second: string): number {
  const a = relativeLuminance(first);
  const b = relativeLuminance(second);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
