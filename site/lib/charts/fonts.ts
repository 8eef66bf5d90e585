import { existsSync } from 'node:fs';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';

/**
 * Text measurement for build-time charts. Vega lays out axes and labels from text widths; without
 * a canvas it guesses (0.8 em a character) and the browser then shows a different layout with
 * clipped or dropped labels. We measure with @napi-rs/canvas and a metric-compatible font:
 *
 * - The charts ask for `Arial, 'Liberation Sans', Arimo, Helvetica, sans-serif` (core CHART_FONT).
 *   Arial, Helvetica, Liberation Sans and Arimo share the same advance widths, so one of them is
 *   on almost every reader's machine (Windows, macOS, Linux, ChromeOS) and the layout holds.
 * - We measure with Liberation Sans (SIL OFL, Debian/Ubuntu `fonts-liberation`), else Arial or
 *   Arimo where the build machine has them. Nothing is embedded in the SVG and no web font is
 *   loaded: the SVG only names the stack.
 * - Without any of them, measurement falls back to the canvas default font, and `metricFont()`
 *   says so: the build can warn that label widths may differ slightly.
 */

const FAMILY = 'NpsPagesChartSans';

/** Where the metric-compatible regular and bold faces live on common systems. */
const CANDIDATES: readonly { regular: string; bold: string }[] = [
  {
    regular: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    bold: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  },
  {
    regular: '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
    bold: '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf',
  },
  {
    regular: '/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf',
    bold: '/usr/share/fonts/liberation-sans/LiberationSans-Bold.ttf',
  },
  { regular: '/usr/share/fonts/truetype/croscore/Arimo-Regular.ttf', bold: '/usr/share/fonts/truetype/croscore/Arimo-Bold.ttf' },
  { regular: '/System/Library/Fonts/Supplemental/Arial.ttf', bold: '/System/Library/Fonts/Supplemental/Arial Bold.ttf' },
  { regular: 'C:\\Windows\\Fonts\\arial.ttf', bold: 'C:\\Windows\\Fonts\\arialbd.ttf' },
];

export interface MetricFont {
  /** The font file measured with, or null when none was found (the canvas default font is used). */
  path: string | null;
}

let registered: MetricFont | null = null;

/** Registers the metric font once per process; returns which file it is. */
export function metricFont(): MetricFont {
  if (registered) return registered;
  const found = CANDIDATES.find((candidate) => existsSync(candidate.regular));
  if (found) {
    GlobalFonts.registerFromPath(found.regular, FAMILY);
    if (existsSync(found.bold)) GlobalFonts.registerFromPath(found.bold, FAMILY);
  }
  registered = { path: found?.regular ?? null };
  return registered;
}

/** The subset of a Vega scenegraph text item that sets its font. */
interface TextItem {
  fontSize?: number | string;
  fontStyle?: string;
  fontWeight?: string | number;
}

/**
 * A replacement for `vega.textMetrics.width`. It measures the text as given: every chart sets
 * `labelLimit: 0` and no mark uses `limit` (core shortens long labels itself), because Vega calls
 * this same function both for bounds and inside its own truncation loop and the two would need
 * different answers.
 */
export function createTextWidth(): (item: TextItem, text: unknown) => number {
  const font = metricFont();
  const context = createCanvas(1, 1).getContext('2d');
  const cache = new Map<string, number>();
  return (item, text) => {
    const size = item.fontSize === undefined || item.fontSize === null ? 11 : Number(item.fontSize) || 0;
    const value = text === null || text === undefined ? '' : String(text).trim();
    if (size <= 0 || value === '') return 0;
    const family = font.path ? FAMILY : 'sans-serif';
    const css = `${item.fontStyle ? `${item.fontStyle} ` : ''}${item.fontWeight ? `${item.fontWeight} ` : ''}${size}px ${family}`;
    const key = `${css}\u0000${value}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = css;
      width = context.measureText(value).width;
      cache.set(key, width);
    }
    return width;
  };
}
