import type { ThemeTrendPoint } from '../report/model.ts';
import { baseSpec, type ChartOptions, nullableRound, shortLabel, type VegaLiteSpec } from './base.ts';
import { countText } from './describe.ts';
import { formatPercent } from './locale.ts';
import { CHART_COLORS } from './palette.ts';
import { type PeriodSlot, periodSlot, periodXEncoding } from './period-axis.ts';

export type MentionsChartPoint = Pick<ThemeTrendPoint, 'key' | 'mentions' | 'n' | 'share' | 'interval'> & {
  first?: string;
  last?: string;
};

const MENTIONS: { fr: [string, string]; en: [string, string] } = { fr: ['mention', 'mentions'], en: ['mention', 'mentions'] };

/** Share of responses mentioning a theme per period, with its Wilson interval as a band; empty periods are gaps. */
export function buildMentionsTrendSpec(
  input: { themeLabel: string; points: readonly MentionsChartPoint[] },
  options: ChartOptions,
): VegaLiteSpec {
  const { locale } = options;
  const slots: PeriodSlot[] = [];
  const rows: Record<string, unknown>[] = [];
  for (const point of input.points) {
    const slot = periodSlot(point, locale);
    if (!slot) continue;
    slots.push(slot);
    rows.push({
      period: slot.label,
      mid: slot.mid,
      share: nullableRound(point.share),
      low: nullableRound(point.interval?.low),
      high: nullableRound(point.interval?.high),
      mentions: point.mentions,
      n: point.n,
    });
  }
  const theme = shortLabel(input.themeLabel, 40);
  const filled = input.points.filter((point) => point.share !== null);
  const first = filled[0];
  const last = filled[filled.length - 1];
  const total = input.points.reduce((sum, point) => sum + point.mentions, 0);
  const from = slots[0]?.label ?? '';
  const to = slots[slots.length - 1]?.label ?? '';
  const evolution =
    first && last && first.share !== null && last.share !== null
      ? locale === 'fr'
        ? `de ${formatPercent(first.share, locale, { digits: 1 })} à ${formatPercent(last.share, locale, { digits: 1 })} des réponses`
        : `from ${formatPercent(first.share, locale, { digits: 1 })} to ${formatPercent(last.share, locale, { digits: 1 })} of responses`
      : locale === 'fr'
        ? 'aucune réponse'
        : 'no response';
  const description =
    locale === 'fr'
      ? `Mentions du thème « ${theme} » par période de ${from} à ${to} : ${evolution} ; ${countText(total, locale, MENTIONS)} au total.`
      : `Mentions of the theme "${theme}" by period from ${from} to ${to}: ${evolution}; ${countText(total, locale, MENTIONS)} in all.`;
  const shareTitle = locale === 'fr' ? 'Part des réponses (%)' : 'Share of responses (%)';
  const invalid = 'break-paths-show-domains';
  return {
    ...baseSpec(description, locale),
    width: options.width ?? 520,
    height: options.height ?? 180,
    data: { values: rows },
    layer: [
      {
        mark: { type: 'area', color: CHART_COLORS.primary, opacity: 0.25, invalid },
        encoding: {
          x: periodXEncoding(slots, { locale, field: 'mid', title: null, axis: 'show', withDomain: true }),
          y: { field: 'low', type: 'quantitative', title: shareTitle, scale: { zero: true, nice: true } },
          y2: { field: 'high' },
        },
      },
      {
        mark: { type: 'line', color: CHART_COLORS.primary, strokeWidth: 2, invalid, point: { filled: true, size: 30 } },
        encoding: {
          x: { field: 'mid', type: 'temporal' },
          y: { field: 'share', type: 'quantitative' },
          tooltip: [
            { field: 'period', type: 'nominal', title: locale === 'fr' ? 'Période' : 'Period' },
            { field: 'share', type: 'quantitative', title: shareTitle, format: '.1f' },
            { field: 'mentions', type: 'quantitative', title: 'Mentions', format: ',d' },
            { field: 'n', type: 'quantitative', title: locale === 'fr' ? 'Réponses' : 'Responses', format: ',d' },
          ],
        },
      },
    ],
  };
}
