import type { PreviewTrendPoint } from './preview-model.ts';

/**
 * The monthly trend of the preview as an SVG string: the NPS line, its interval as a band, a gap
 * where a month has no response. Drawn by hand rather than by rendering core's Vega-Lite spec in the
 * webview: vega + vega-lite bundle to about 1 MB minified (measured with esbuild, see the extension
 * README), and vega compiles expressions with `new Function`, which a strict Content-Security-Policy
 * without 'unsafe-eval' forbids. Colours are CSS classes, so the webview paints them with the theme's
 * variables. Every text is escaped.
 */
export interface TrendSvgOptions {
  width?: number;
  height?: number;
  /** The accessible title of the chart. */
  title: string;
}

const MARGIN = { top: 12, right: 12, bottom: 26, left: 36 };

export function trendSvg(points: readonly PreviewTrendPoint[], options: TrendSvgOptions): string {
  const width = options.width ?? 600;
  const height = options.height ?? 200;
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const values = points.flatMap((point) => [point.low, point.high, point.nps]).filter((value): value is number => value !== null);
  const low = Math.max(-100, Math.floor((Math.min(0, ...values) - 5) / 10) * 10);
  const high = Math.min(100, Math.ceil((Math.max(0, ...values) + 5) / 10) * 10);
  const x = (index: number) => MARGIN.left + (points.length <= 1 ? plotWidth / 2 : (index * plotWidth) / (points.length - 1));
  const y = (value: number) => MARGIN.top + ((high - value) * plotHeight) / (high - low || 1);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="trend" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(options.title)}">`,
    `<title>${escapeXml(options.title)}</title>`,
  );
  for (let tick = low; tick <= high; tick += high - low > 100 ? 50 : 20) {
    parts.push(
      `<line class="grid${tick === 0 ? ' zero' : ''}" x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${fixed(y(tick))}" y2="${fixed(y(tick))}"/>`,
      `<text class="axis" x="${MARGIN.left - 6}" y="${fixed(y(tick) + 4)}" text-anchor="end">${tick}</text>`,
    );
  }
  for (const run of runs(points)) {
    const band = [
      ...run.map((index) => `${fixed(x(index))},${fixed(y(points[index]?.high ?? 0))}`),
      ...[...run].reverse().map((index) => `${fixed(x(index))},${fixed(y(points[index]?.low ?? 0))}`),
    ];
    if (run.every((index) => points[index]?.low !== null && points[index]?.high !== null)) {
      parts.push(`<polygon class="band" points="${band.join(' ')}"/>`);
    }
    const line = run.map((index) => `${fixed(x(index))},${fixed(y(points[index]?.nps ?? 0))}`);
    parts.push(`<polyline class="line" points="${line.join(' ')}"/>`);
  }
  points.forEach((point, index) => {
    if (point.nps === null) return;
    parts.push(
      `<circle class="point" cx="${fixed(x(index))}" cy="${fixed(y(point.nps))}" r="3"><title>${escapeXml(`${point.key}: ${Math.round(point.nps)} (n = ${point.n})`)}</title></circle>`,
    );
  });
  const every = Math.max(1, Math.ceil(points.length / 8));
  points.forEach((point, index) => {
    if (index % every !== 0 && index !== points.length - 1) return;
    parts.push(`<text class="axis" x="${fixed(x(index))}" y="${height - 8}" text-anchor="middle">${escapeXml(point.key)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

/** Runs of consecutive periods that have an estimate: the line breaks at a period without one. */
function runs(points: readonly PreviewTrendPoint[]): number[][] {
  const result: number[][] = [];
  let current: number[] = [];
  points.forEach((point, index) => {
    if (point.nps === null) {
      if (current.length > 0) result.push(current);
      current = [];
    } else current.push(index);
  });
  if (current.length > 0) result.push(current);
  return result;
}

function fixed(value: number): string {
  return value.toFixed(1);
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
