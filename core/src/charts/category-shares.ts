import type { SharesPoint } from '../report/model.ts';
import type { NpsCategory } from '../stats/categories.ts';
import { baseSpec, type ChartOptions, nullableRound, type VegaLiteSpec } from './base.ts';
import { countText, PERIODS } from './describe.ts';
import { CATEGORY_LABELS, formatPercent } from './locale.ts';
import { CATEGORY_COLORS } from './palette.ts';
import { type PeriodSlot, periodSlot, periodXEncoding } from './period-axis.ts';

export type SharesChartPoint = Pick<SharesPoint, 'key' | 'n' | 'promoters' | 'passives' | 'detractors' | 'passivesRising'> & {
  first?: string;
  last?: string;
};

const SERIES: readonly { category: NpsCategory; field: 'detractors' | 'passives' | 'promoters'; shape: string }[] = [
  { category: 'detractor', field: 'detractors', shape: 'triangle-down' },
  { category: 'passive', field: 'passives', shape: 'square' },
  { category: 'promoter', field: 'promoters', shape: 'triangle-up' },
];

/**
 * Shares of the three categories per period, as three lines (a stacked area would hide the
 * passives' own trend). Each line has its own point shape and the legend names them; a period whose
 * passives rose significantly is marked with "▲" above the passives' point.
 */
export function buildCategorySharesSpec(points: readonly SharesChartPoint[], options: ChartOptions): VegaLiteSpec {
  const { locale } = options;
  const names = CATEGORY_LABELS[locale];
  const slots: PeriodSlot[] = [];
  const rows: Record<string, unknown>[] = [];
  const rising: Record<string, unknown>[] = [];
  for (const point of points) {
    const slot = periodSlot(point, locale);
    if (!slot) continue;
    slots.push(slot);
    for (const { category, field } of SERIES) {
      rows.push({
        period: slot.label,
        mid: slot.mid,
        category: names[category],
        share: nullableRound(point[field].share),
        n: point.n,
      });
    }
    const passives = point.passives.share;
    if (point.passivesRising && passives !== null) rising.push({ mid: slot.mid, share: nullableRound(passives) });
  }
  const last = points[points.length - 1];
  const from = slots[0]?.label ?? '';
  const to = slots[slots.length - 1]?.label ?? '';
  const lastShares = last
    ? SERIES.map(({ category, field }) => {
        const share = last[field].share;
        return `${names[category].toLowerCase()} ${share === null ? '–' : formatPercent(share, locale)}`;
      }).join(', ')
    : '';
  const warning =
    rising.length > 0
      ? locale === 'fr'
        ? ` ; hausse significative des passifs sur ${countText(rising.length, locale, PERIODS)}`
        : `; significant rise of passives in ${countText(rising.length, locale, PERIODS)}`
      : '';
  const description =
    locale === 'fr'
      ? `Parts des catégories par période de ${from} à ${to} ; dernière période : ${lastShares}${warning}.`
      : `Category shares by period from ${from} to ${to}; last period: ${lastShares}${warning}.`;
  const domain = SERIES.map(({ category }) => names[category]);
  // One legend for colour and shape (same field): it shows each category's symbol in its colour.
  const legend = { orient: 'bottom', title: null, direction: 'horizontal' };
  const color = {
    field: 'category',
    type: 'nominal',
    scale: { domain, range: SERIES.map(({ category }) => CATEGORY_COLORS[category]) },
    legend,
  };
  const shape = { field: 'category', type: 'nominal', scale: { domain, range: SERIES.map(({ shape }) => shape) }, legend };
  const shareTitle = locale === 'fr' ? 'Part (%)' : 'Share (%)';
  const y = { field: 'share', type: 'quantitative', title: shareTitle, scale: { domain: [0, 100] } };
  const layers: Record<string, unknown>[] = [
    {
      mark: { type: 'line', strokeWidth: 2, invalid: 'break-paths-show-domains' },
      encoding: { x: periodXEncoding(slots, { locale, field: 'mid', title: null, axis: 'show', withDomain: true }), y, color },
    },
    {
      mark: { type: 'point', filled: true, size: 40 },
      encoding: {
        x: { field: 'mid', type: 'temporal' },
        y: { field: 'share', type: 'quantitative' },
        color,
        shape,
        tooltip: [
          { field: 'period', type: 'nominal', title: locale === 'fr' ? 'Période' : 'Period' },
          { field: 'share', type: 'quantitative', title: shareTitle, format: '.1f' },
          { field: 'n', type: 'quantitative', title: locale === 'fr' ? 'Réponses' : 'Responses', format: ',d' },
        ],
      },
    },
  ];
  if (rising.length > 0) {
    layers.push({
      data: { values: rising },
      mark: { type: 'text', text: '▲', dy: -10, fontSize: 11, color: CATEGORY_COLORS.passive },
      encoding: { x: { field: 'mid', type: 'temporal' }, y: { field: 'share', type: 'quantitative' } },
    });
  }
  return {
    ...baseSpec(description, locale),
    width: options.width ?? 640,
    height: options.height ?? 200,
    data: { values: rows },
    layer: layers,
  };
}
