import { type ChartLocale, vegaLocale } from './locale.ts';

/** A Vega-Lite v6 spec as plain JSON: core does not depend on the vega-lite package. */
export type VegaLiteSpec = {
  $schema: string;
  description: string;
  [key: string]: unknown;
};

export interface ChartOptions {
  locale: ChartLocale;
  /** Width of the plotting area in pixels (the SVG adds axes): fixed, so the output is deterministic. */
  width?: number;
  height?: number;
}

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * The font stack of every chart. Arial's metrics are those of Liberation Sans and Arimo, which
 * Linux and ChromeOS substitute for it, and of Helvetica: the build measures text with Liberation
 * Sans (see site/lib/charts/fonts.ts), so labels laid out at build time fit in the browser.
 */
export const CHART_FONT = "Arial, 'Liberation Sans', Arimo, Helvetica, sans-serif";

/** Text and lines in the page's colour (light and dark themes); grid lines faint. */
export function chartConfig(locale: ChartLocale): Record<string, unknown> {
  const ink = 'currentColor';
  return {
    // No automatic ARIA: Vega writes English sentences on every mark; the figure has our description.
    aria: false,
    background: null,
    font: CHART_FONT,
    locale: vegaLocale(locale),
    view: { stroke: null },
    axis: {
      labelColor: ink,
      titleColor: ink,
      domainColor: ink,
      tickColor: ink,
      gridColor: ink,
      gridOpacity: 0.15,
      labelFontSize: 11,
      titleFontSize: 12,
      titleFontWeight: 'normal',
      // No truncation by Vega: labels are shortened by shortLabel, so build and browser agree (fonts.ts).
      labelLimit: 0,
    },
    legend: { labelColor: ink, titleColor: ink, labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', labelLimit: 0 },
    title: { color: ink, subtitleColor: ink },
    text: { color: ink, fontSize: 11 },
  };
}

export function baseSpec(description: string, locale: ChartLocale): VegaLiteSpec {
  return { $schema: VEGA_LITE_SCHEMA, description, config: chartConfig(locale) };
}

/** Milliseconds since 1970 of a 'YYYY-MM-DD' day at 00:00 UTC: time scales are UTC, so no build zone shifts them. */
export function utcMillis(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

export const DAY_MS = 86_400_000;

/** Numbers in data rows are rounded to 0.01: the spec stays small and a float's last bits never change the bytes. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function nullableRound(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : round2(value);
}

/** Which axis labels to draw when there are many periods: about `max`, evenly spaced, the last one included. */
export function everyNth<T>(items: readonly T[], max: number): T[] {
  const step = Math.max(1, Math.ceil(items.length / max));
  return items.filter((_, index) => (items.length - 1 - index) % step === 0);
}

/** Shortens a label to `max` characters (code points) with an ellipsis: Vega's own truncation is off (fonts.ts). */
export function shortLabel(text: string, max = 32): string {
  const characters = [...text.trim()];
  return characters.length <= max
    ? characters.join('')
    : `${characters
        .slice(0, max - 1)
        .join('')
        .trimEnd()}\u2026`;
}
