/**
 * Charts in the site: build-time SVG from the Vega-Lite specs of @nps-pages/core (buildTrendSpec,
 * buildSplitBarSpec, ...), plus an optional interactive view loaded on demand.
 *
 * The HTML contract (S2 writes the component, e.g. site/components/Chart.astro):
 *
 *   ---
 *   import { renderChartSvg, specJsonForHtml } from '../lib/charts/index.ts';
 *   const svg = await renderChartSvg(spec);          // inline SVG, role="img", aria-label = spec.description
 *   ---
 *   <figure class="nps-chart" data-nps-chart>
 *     <div class="nps-chart__view"><Fragment set:html={svg} /></div>
 *     <script type="application/json" class="nps-chart__spec" is:inline set:html={specJsonForHtml(spec)} />
 *     <figcaption>…the title; the data table follows the figure…</figcaption>
 *   </figure>
 *
 * `set:html` is safe here and only here: the SVG is serialised by Vega, which escapes every text
 * and attribute (tested with <script> and quotes in labels), and specJsonForHtml escapes `<`, `>`
 * and `&`. Never pass a verbatim or any other string through set:html yourself.
 *
 * CSS the site should have (the SVG uses currentColor for text and axes, so it follows the theme):
 *   .nps-chart svg { max-width: 100%; height: auto; }
 *   .nps-chart { color: var(--text); }        (any text colour with 4.5:1 on the page background)
 *
 * Enhancement: include once per page that has charts, in the layout:
 *   <script>import '../scripts/chart-enhance.ts';</script>
 * It is about 1 KB; vega-embed (~290 KB gzipped) is fetched only on the first pointer, focus or
 * touch on a chart, and replaces the SVG with an interactive view with number tooltips.
 * The figure must be focusable for keyboard users to trigger it: add tabindex="0" to the figure.
 */
export { specJsonForHtml } from './embed.ts';
export { type MetricFont, metricFont } from './fonts.ts';
export { type ChartSpecLike, clearChartCache, type RenderChartOptions, renderChartSvg } from './render.ts';
