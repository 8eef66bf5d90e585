import type { ThemeSummaryModel } from '../report/model.ts';
import { baseSpec, type ChartOptions, nullableRound, shortLabel, type VegaLiteSpec } from './base.ts';
import { countText, estimateText, THEMES } from './describe.ts';
import { joinList } from './locale.ts';
import { CHART_COLORS } from './palette.ts';

export type ThemeImpactRow = Pick<ThemeSummaryModel, 'label' | 'kind' | 'mentions' | 'impact'>;

/**
 * NPS impact per theme (NPS of those who mention it minus NPS of the others): a bar from zero
 * and the interval as a rule. Irritants point left in vermilion, praise right in green; the side of
 * zero and the row label say it without colour.
 */
export function buildThemeImpactSpec(themes: readonly ThemeImpactRow[], options: ChartOptions): VegaLiteSpec {
  const { locale } = options;
  const words =
    locale === 'fr'
      ? { irritant: 'irritant', praise: 'point fort', neutral: 'neutre' }
      : { irritant: 'irritant', praise: 'praise', neutral: 'neutral' };
  const seen = new Map<string, number>();
  const rows = themes.map((theme) => {
    const base = shortLabel(theme.label, 28);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const impact = theme.impact.difference;
    const direction = impact === null ? 'neutral' : impact < 0 ? 'irritant' : 'praise';
    return {
      label: count === 1 ? base : `${base} (${count})`,
      impact: nullableRound(impact),
      low: nullableRound(theme.impact.interval?.low),
      high: nullableRound(theme.impact.interval?.high),
      mentions: theme.mentions,
      direction: words[direction],
      significant: theme.impact.significant,
    };
  });
  const irritants = themes.filter((theme) => (theme.impact.difference ?? 0) < 0 && theme.impact.significant);
  const praise = themes.filter((theme) => (theme.impact.difference ?? 0) > 0 && theme.impact.significant);
  const strongest = [...themes]
    .filter((theme) => theme.impact.difference !== null)
    .sort((a, b) => Math.abs(b.impact.difference ?? 0) - Math.abs(a.impact.difference ?? 0))[0];
  const parts = [
    locale === 'fr'
      ? `Impact sur le NPS de ${countText(themes.length, locale, THEMES)}`
      : `NPS impact of ${countText(themes.length, locale, THEMES)}`,
  ];
  if (strongest?.impact.difference != null) {
    const estimate = estimateText(strongest.impact.difference, strongest.impact.interval, locale, { signed: true });
    parts.push(
      locale === 'fr'
        ? `le plus fort : ${strongest.label}, ${estimate} points`
        : `strongest: ${strongest.label}, ${estimate} points`,
    );
  }
  parts.push(
    locale === 'fr'
      ? `irritants significatifs : ${
          irritants.length
            ? joinList(
                irritants.map((theme) => theme.label),
                locale,
              )
            : 'aucun'
        }`
      : `significant irritants: ${
          irritants.length
            ? joinList(
                irritants.map((theme) => theme.label),
                locale,
              )
            : 'none'
        }`,
  );
  parts.push(
    locale === 'fr'
      ? `points forts significatifs : ${
          praise.length
            ? joinList(
                praise.map((theme) => theme.label),
                locale,
              )
            : 'aucun'
        }`
      : `significant praise: ${
          praise.length
            ? joinList(
                praise.map((theme) => theme.label),
                locale,
              )
            : 'none'
        }`,
  );
  const description = `${parts.join(locale === 'fr' ? ' ; ' : '; ')}.`;
  const impactTitle = locale === 'fr' ? 'Impact sur le NPS (points)' : 'NPS impact (points)';
  const y = { field: 'label', type: 'nominal', title: null, sort: null, axis: { ticks: false, domain: false } };
  return {
    ...baseSpec(description, locale),
    width: options.width ?? 520,
    height: Math.max(1, rows.length) * 24,
    data: { values: rows },
    layer: [
      {
        mark: { type: 'bar', height: 12 },
        encoding: {
          y,
          x: { field: 'impact', type: 'quantitative', title: impactTitle, scale: { nice: true } },
          x2: { datum: 0 },
          color: {
            field: 'direction',
            type: 'nominal',
            scale: {
              domain: [words.irritant, words.praise, words.neutral],
              range: [CHART_COLORS.detractor, CHART_COLORS.promoter, CHART_COLORS.passive],
            },
            legend: { orient: 'bottom', title: null },
          },
          tooltip: [
            { field: 'impact', type: 'quantitative', title: impactTitle, format: '+.1f' },
            { field: 'low', type: 'quantitative', title: locale === 'fr' ? 'Borne basse' : 'Lower bound', format: '+.1f' },
            { field: 'high', type: 'quantitative', title: locale === 'fr' ? 'Borne haute' : 'Upper bound', format: '+.1f' },
            { field: 'mentions', type: 'quantitative', title: locale === 'fr' ? 'Mentions' : 'Mentions', format: ',d' },
          ],
        },
      },
      {
        mark: { type: 'rule', color: 'currentColor', strokeWidth: 1.5 },
        encoding: {
          y: { field: 'label', type: 'nominal', sort: null },
          x: { field: 'low', type: 'quantitative' },
          x2: { field: 'high' },
        },
      },
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: 'rule', color: 'currentColor' },
        encoding: { x: { field: 'zero', type: 'quantitative' } },
      },
    ],
  };
}
