import type { Effort, ThemeModel } from '../report/model.ts';
import { baseSpec, type ChartOptions, round2, shortLabel, type VegaLiteSpec } from './base.ts';
import { countText, THEMES } from './describe.ts';
import { formatPercent, joinList } from './locale.ts';
import { CHART_COLORS } from './palette.ts';

export type PriorityChartTheme = Pick<ThemeModel, 'label' | 'effort' | 'mentions'> & {
  priority: Pick<ThemeModel['priority'], 'recurrence' | 'irritation' | 'quadrant' | 'recurrenceMedian'>;
};

const EFFORT_ORDER: readonly (Effort | 'unknown')[] = ['low', 'medium', 'high', 'unknown'];
const EFFORT_SHAPES = ['circle', 'square', 'triangle-up', 'diamond'];
const EFFORT_WORDS = {
  fr: { low: 'effort faible', medium: 'effort moyen', high: 'effort élevé', unknown: 'effort inconnu' },
  en: { low: 'low effort', medium: 'medium effort', high: 'high effort', unknown: 'unknown effort' },
} as const;

/**
 * The priority view CX practice asks for: x = how recurrent (share of responses mentioning the
 * theme), y = how irritating (NPS points lost among those who mention it), shape = effort to fix
 * (also written in the legend), every point labelled. The dashed line is the median recurrence of
 * the irritants, the one the quadrants are drawn from (`priority.recurrenceMedian`).
 */
export function buildPriorityMatrixSpec(themes: readonly PriorityChartTheme[], options: ChartOptions): VegaLiteSpec {
  const { locale } = options;
  const efforts = EFFORT_WORDS[locale];
  const rows = themes.map((theme) => ({
    label: shortLabel(theme.label, 24),
    recurrence: round2(theme.priority.recurrence),
    irritation: round2(theme.priority.irritation),
    effort: efforts[theme.effort ?? 'unknown'],
    mentions: theme.mentions,
  }));
  const fixFirst = themes.filter((theme) => theme.priority.quadrant === 'fix-first');
  // The report's own line between recurrent and rare, the one its quadrants were drawn from.
  const medianShare = themes[0]?.priority.recurrenceMedian ?? 0;
  const description =
    locale === 'fr'
      ? `Matrice de priorité de ${countText(themes.length, locale, THEMES)} : récurrence en abscisse (médiane ${formatPercent(medianShare, locale, { digits: 1 })}), irritation en ordonnée, forme selon l'effort ; à traiter en priorité : ${
          fixFirst.length
            ? joinList(
                fixFirst.map((theme) => theme.label),
                locale,
              )
            : 'aucun'
        }.`
      : `Priority matrix of ${countText(themes.length, locale, THEMES)}: recurrence across (median ${formatPercent(medianShare, locale, { digits: 1 })}), irritation up, shape by effort; fix first: ${
          fixFirst.length
            ? joinList(
                fixFirst.map((theme) => theme.label),
                locale,
              )
            : 'none'
        }.`;
  const xTitle = locale === 'fr' ? 'Récurrence (% des réponses qui le mentionnent)' : 'Recurrence (% of responses mentioning it)';
  const yTitle = locale === 'fr' ? 'Irritation (points de NPS perdus)' : 'Irritation (NPS points lost)';
  const x = { field: 'recurrence', type: 'quantitative', title: xTitle, scale: { zero: true, nice: true } };
  const y = { field: 'irritation', type: 'quantitative', title: yTitle, scale: { zero: true, nice: true } };
  return {
    ...baseSpec(description, locale),
    width: options.width ?? 520,
    height: options.height ?? 320,
    data: { values: rows },
    layer: [
      {
        data: { values: [{ median: round2(medianShare) }] },
        mark: { type: 'rule', color: 'currentColor', strokeDash: [4, 4], opacity: 0.6 },
        encoding: { x: { field: 'median', type: 'quantitative' } },
      },
      {
        mark: { type: 'point', filled: true, size: 90, color: CHART_COLORS.primary, stroke: 'currentColor', strokeWidth: 0.5 },
        encoding: {
          x,
          y,
          shape: {
            field: 'effort',
            type: 'nominal',
            scale: { domain: EFFORT_ORDER.map((effort) => efforts[effort]), range: EFFORT_SHAPES },
            legend: { orient: 'bottom', title: null, symbolFillColor: CHART_COLORS.primary },
          },
          tooltip: [
            { field: 'recurrence', type: 'quantitative', title: xTitle, format: '.1f' },
            { field: 'irritation', type: 'quantitative', title: yTitle, format: '.1f' },
            { field: 'mentions', type: 'quantitative', title: locale === 'fr' ? 'Mentions' : 'Mentions', format: ',d' },
          ],
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 8, dy: -6, fontSize: 10 },
        encoding: {
          x: { field: 'recurrence', type: 'quantitative' },
          y: { field: 'irritation', type: 'quantitative' },
          text: { field: 'label' },
        },
      },
    ],
  };
}
