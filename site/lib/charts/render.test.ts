import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSegmentComparisonSpec, buildSplitBarSpec, buildTrendSpec } from '../../../core/src/charts/index.ts';
import { annotations, segmentRows, split, trendPoints } from '../../../core/test/charts/fixtures.ts';
import { specJsonForHtml } from './embed.ts';
import { metricFont } from './fonts.ts';
import { clearChartCache, renderChartSvg } from './render.ts';

const trend = buildTrendSpec({ points: trendPoints, annotations }, { locale: 'fr' });

describe('renderChartSvg', () => {
  it('gives an accessible SVG named by the spec description, with no script and no external font', async () => {
    const svg = await renderChartSvg(trend);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toMatch(/^<svg[^>]* role="img" aria-label="NPS par période de janv\. 2025/);
    expect(svg).toContain('<title>NPS par période de janv. 2025');
    expect(svg).not.toMatch(/<script|@font-face|url\((?!#)|href="http/);
  });

  it('escapes markup and quotes from labels', async () => {
    const svg = await renderChartSvg(buildSegmentComparisonSpec({ fieldLabel: 'Magasin', rows: segmentRows }, { locale: 'fr' }));
    expect(svg).toContain('Lyon &lt;b&gt;Part-Dieu&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
    const withScript = await renderChartSvg(trend);
    expect(withScript).toContain('&lt;script&gt;');
    expect(withScript).not.toMatch(/<script/);
  });

  it('is deterministic: the same spec gives the same bytes, even after other charts and a cleared cache', async () => {
    const first = await renderChartSvg(trend);
    await renderChartSvg(buildSplitBarSpec(split, { locale: 'en' }));
    clearChartCache();
    expect(await renderChartSvg(trend)).toBe(first);
  });

  it('gives each chart its own ids so that clip paths of two charts on a page never clash', async () => {
    // A clipped mark makes Vega write a <clipPath id="clipN">, numbered by a process-wide counter.
    const clipped = {
      description: 'clipped',
      width: 100,
      height: 50,
      data: {
        values: [
          { x: 1, y: 2 },
          { x: 2, y: 5 },
        ],
      },
      mark: { type: 'line', clip: true },
      encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative', scale: { domain: [0, 3] } } },
    };
    const a = await renderChartSvg(clipped);
    const b = await renderChartSvg(clipped, { idPrefix: 'second' });
    const ids = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids(a).length).toBeGreaterThan(0);
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
    for (const match of b.matchAll(/url\(#([^)]+)\)/g)) expect(ids(b)).toContain(match[1]);
  });

  it('measures text with a metric-compatible font when the machine has one', () => {
    expect(metricFont().path ?? 'none').toMatch(/Liberation|Arimo|Arial|none/);
  });

  it('stays small: the monthly trend is a few kilobytes gzipped', async () => {
    const svg = await renderChartSvg(trend);
    expect(gzipSync(svg).length).toBeLessThan(6000);
  });
});

describe('specJsonForHtml', () => {
  it('cannot close its script element and parses back to the same spec', () => {
    const spec = { description: '</script><script>alert(1)</script> & \u2028' };
    const json = specJsonForHtml(spec);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(spec);
  });
});
