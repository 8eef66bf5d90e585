import * as vega from 'vega';
import { compile } from 'vega-lite';
import { createTextWidth } from './fonts.ts';
import { labelSvg, renameIds, specDigest } from './svg-post.ts';

/**
 * Build-time rendering of a Vega-Lite spec to inline SVG, in four phases: compile (Vega-Lite to
 * Vega), parse and run a headless View (renderer 'none': no DOM, no canvas), serialise with
 * toSVG, then post-process (accessible name, ids unique per chart). The result has no script
 * and needs no JavaScript to read.
 */

export interface ChartSpecLike {
  description?: string;
  [key: string]: unknown;
}

export interface RenderChartOptions {
  /** Prefix of the ids inside the SVG; default: a hash of the spec, so equal specs give equal bytes. */
  idPrefix?: string;
}

let metricsInstalled = false;

/** Vega measures text through this hook; installed once per process (see fonts.ts). */
function installTextMetrics(): void {
  if (metricsInstalled) return;
  // textMetrics is exported at run time (from vega-scenegraph) but missing from vega's typings.
  (vega as unknown as { textMetrics: { width: unknown } }).textMetrics.width = createTextWidth();
  metricsInstalled = true;
}

const cache = new Map<string, Promise<string>>();
/** Charts repeat across pages (the same segment trend, the same split): a bounded cache. */
const CACHE_LIMIT = 500;

async function renderUncached(spec: ChartSpecLike, idPrefix: string): Promise<string> {
  installTextMetrics();
  const compiled = compile(spec as unknown as Parameters<typeof compile>[0]).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return labelSvg(renameIds(svg, idPrefix), spec.description ?? '');
  } finally {
    view.finalize();
  }
}

/** Renders a spec to an SVG string; the same spec (and prefix) always gives the same bytes. */
export function renderChartSvg(spec: ChartSpecLike, options: RenderChartOptions = {}): Promise<string> {
  const json = JSON.stringify(spec);
  const idPrefix = options.idPrefix ?? `c${specDigest(json)}`;
  const key = `${idPrefix}\u0000${json}`;
  let result = cache.get(key);
  if (!result) {
    result = renderUncached(spec, idPrefix);
    // A failed render is not cached: the next call retries and throws its own error.
    result.catch(() => cache.delete(key));
    if (cache.size >= CACHE_LIMIT) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    cache.set(key, result);
  }
  return result;
}

/** Forgets rendered charts (tests, or a long-lived dev server after the data changed). */
export function clearChartCache(): void {
  cache.clear();
}
