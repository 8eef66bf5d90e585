import type { SegmentValueRow } from '../report/model.ts';
import { plural } from '../text/plural.ts';
import { baseSpec, type ChartOptions, nullableRound, shortLabel, type VegaLiteSpec } from './base.ts';
import { countText, estimateText } from './describe.ts';
import { formatNumber } from './locale.ts';
import { CHART_COLORS } from './palette.ts';

export type SegmentChartRow = Pick<SegmentValueRow, 'value' | 'n' | 'nps' | 'ci' | 'smallSample'>;

export interface SegmentChartInput {
  /** The segment field's label, e.g. "Magasin". */
  fieldLabel: string;
  /** In display order (the model sorts by n, then value). */
  rows: readonly SegmentChartRow[];
  /** The overall NPS, drawn as a reference line. */
  overall?: number | null;
}

/** Rows beyond this are left out of the chart (the table beside it lists them all). */
export const MAX_SEGMENT_ROWS = 30;

/**
 * NPS per segment value: a dot and its interval. A small sample is drawn as an open circle with
 * "n = 12 ⚠" beside it, in words as well as in shape, so it is never mistaken for a firm estimate.
 */
export function buildSegmentComparisonSpec(input: SegmentChartInput, options: ChartOptions): VegaLiteSpec {
  const { locale } = options;
  const shown = input.rows.slice(0, MAX_SEGMENT_ROWS);
  // The label is the row's key: two values that shorten alike get " (2)", never one merged row.
  // (Not a labelExpr: segment values are data and stay out of Vega expressions.)
  const seen = new Map<string, number>();
  const uniqueLabels = shown.map((row) => {
    const label = shortLabel(row.value, 28);
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    return count === 1 ? label : `${label} (${count})`;
  });
  const rows = shown.map((row, index) => ({
    key: uniqueLabels[index],
    nps: nullableRound(row.nps),
    low: nullableRound(row.ci?.low),
    high: nullableRound(row.ci?.high),
    n: row.n,
    nLabel: `n = ${formatNumber(row.n, locale)}${row.smallSample ? ' ⚠' : ''}`,
    sample: row.smallSample
      ? locale === 'fr'
        ? 'petit échantillon'
        : 'small sample'
      : locale === 'fr'
        ? 'échantillon suffisant'
        : 'sufficient sample',
  }));
  const ranked = shown.filter((row) => row.nps !== null && !row.smallSample).sort((a, b) => (b.nps ?? 0) - (a.nps ?? 0));
  const best = ranked[0];
  const worst = ranked[ranked.length - 1];
  const small = shown.filter((row) => row.smallSample).length;
  const parts = [
    locale === 'fr'
      ? `NPS par ${input.fieldLabel.toLowerCase()} pour ${countText(shown.length, locale, { fr: ['valeur', 'valeurs'], en: ['value', 'values'] })}`
      : `NPS by ${input.fieldLabel.toLowerCase()} for ${countText(shown.length, locale, { fr: ['valeur', 'valeurs'], en: ['value', 'values'] })}`,
  ];
  if (best?.nps != null && worst?.nps != null && best !== worst) {
    parts.push(
      locale === 'fr'
        ? `le plus haut : ${best.value}, ${estimateText(best.nps, best.ci, locale)} ; le plus bas : ${worst.value}, ${estimateText(worst.nps, worst.ci, locale)}`
        : `highest: ${best.value}, ${estimateText(best.nps, best.ci, locale)}; lowest: ${worst.value}, ${estimateText(worst.nps, worst.ci, locale)}`,
    );
  }
  if (small > 0)
    parts.push(
      locale === 'fr'
        ? plural(small, { one: '{n} petit échantillon en cercle vide', other: '{n} petits échantillons en cercle vide' }, 'fr')
        : plural(small, { one: '{n} small sample as an open circle', other: '{n} small samples as open circles' }, 'en'),
    );
  const description = `${parts.join(locale === 'fr' ? ' ; ' : '; ')}.`;
  const rowHeight = 22;
  const y = {
    field: 'key',
    type: 'ordinal',
    title: null,
    sort: null,
    axis: { ticks: false, domain: false },
  };
  const npsTitle = 'NPS';
  const layers: Record<string, unknown>[] = [
    {
      mark: { type: 'rule', color: CHART_COLORS.primary, strokeWidth: 2 },
      encoding: {
        y,
        x: { field: 'low', type: 'quantitative', title: npsTitle, scale: { zero: false, nice: true } },
        x2: { field: 'high' },
      },
    },
    {
      mark: { type: 'point', size: 70, strokeWidth: 2, color: CHART_COLORS.primary },
      encoding: {
        y: { field: 'key', type: 'ordinal', sort: null },
        x: { field: 'nps', type: 'quantitative' },
        shape: { value: 'circle' },
        fill: {
          field: 'sample',
          type: 'nominal',
          scale: {
            domain: locale === 'fr' ? ['échantillon suffisant', 'petit échantillon'] : ['sufficient sample', 'small sample'],
            range: [CHART_COLORS.primary, 'transparent'],
          },
          legend: { orient: 'bottom', title: null, symbolStrokeColor: CHART_COLORS.primary, symbolStrokeWidth: 2 },
        },
        tooltip: [
          { field: 'nps', type: 'quantitative', title: npsTitle, format: '.0f' },
          { field: 'low', type: 'quantitative', title: locale === 'fr' ? 'Borne basse' : 'Lower bound', format: '.0f' },
          { field: 'high', type: 'quantitative', title: locale === 'fr' ? 'Borne haute' : 'Upper bound', format: '.0f' },
          { field: 'n', type: 'quantitative', title: locale === 'fr' ? 'Réponses' : 'Responses', format: ',d' },
        ],
      },
    },
    {
      mark: { type: 'text', align: 'left', dx: 6, fontSize: 10 },
      encoding: {
        y: { field: 'key', type: 'ordinal', sort: null },
        x: { value: options.width ?? 520 },
        text: { field: 'nLabel' },
      },
    },
  ];
  if (input.overall !== undefined && input.overall !== null) {
    layers.unshift({
      data: { values: [{ overall: nullableRound(input.overall) }] },
      mark: { type: 'rule', color: 'currentColor', strokeDash: [3, 3], opacity: 0.6 },
      encoding: { x: { field: 'overall', type: 'quantitative' } },
    });
  }
  return {
    ...baseSpec(description, locale),
    width: options.width ?? 520,
    height: Math.max(1, rows.length) * rowHeight,
    padding: { left: 5, top: 5, bottom: 5, right: 80 },
    data: { values: rows },
    layer: layers,
  };
}
