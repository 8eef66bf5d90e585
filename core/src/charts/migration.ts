import type { MigrationStepModel } from '../report/model.ts';
import { NPS_CATEGORIES } from '../stats/categories.ts';
import { plural } from '../text/plural.ts';
import { baseSpec, type ChartOptions, round2, type VegaLiteSpec } from './base.ts';
import { countText } from './describe.ts';
import { CATEGORY_LABELS, formatNumber, formatPercent, periodLabel } from './locale.ts';
import { relativeLuminance } from './palette.ts';

export type MigrationChartStep = Pick<MigrationStepModel, 'from' | 'to' | 'matrix' | 'both' | 'fromTotals'>;

const RESPONDENTS: { fr: [string, string]; en: [string, string] } = {
  fr: ['répondant', 'répondants'],
  en: ['respondent', 'respondents'],
};

/** Cell colour: from a pale to a deep blue with the row share; computed here so the text colour can be chosen for contrast. */
function cellFill(share: number): string {
  const pale = [0xe8, 0xf1, 0xf8];
  const deep = [0x08, 0x30, 0x6b];
  const t = Math.max(0, Math.min(1, share / 100));
  return `#${pale
    .map((value, index) =>
      Math.round(value + ((deep[index] ?? 0) - value) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase()}`;
}

/**
 * Migration between two periods as a 3x3 heat map: rows = category in the first period, columns =
 * in the second; every cell prints its count and its share of the row, so the colour only repeats
 * what the text says. Text is black or white, whichever contrasts more with the cell.
 */
export function buildMigrationSpec(step: MigrationChartStep, options: ChartOptions): VegaLiteSpec {
  const { locale } = options;
  const names = CATEGORY_LABELS[locale];
  const rows = NPS_CATEGORIES.flatMap((from) =>
    NPS_CATEGORIES.map((to) => {
      const count = step.matrix[from][to];
      const total = step.fromTotals[from];
      const share = total > 0 ? (count / total) * 100 : 0;
      const fill = cellFill(share);
      return {
        from: names[from],
        to: names[to],
        count,
        share: round2(share),
        text: `${formatNumber(count, locale)} (${formatPercent(share, locale)})`,
        fill,
        ink: relativeLuminance(fill) > 0.18 ? '#000000' : '#FFFFFF',
      };
    }),
  );
  const stayed = NPS_CATEGORIES.reduce((sum, category) => sum + step.matrix[category][category], 0);
  const up = step.matrix.detractor.passive + step.matrix.detractor.promoter + step.matrix.passive.promoter;
  const down = step.matrix.promoter.passive + step.matrix.promoter.detractor + step.matrix.passive.detractor;
  const from = periodLabel(step.from, locale);
  const to = periodLabel(step.to, locale);
  const description =
    locale === 'fr'
      ? `Migration entre ${from} et ${to} de ${countText(step.both, locale, RESPONDENTS)} ayant répondu aux deux : ${plural(stayed, { one: '{n} reste dans sa catégorie', other: '{n} restent dans leur catégorie' }, 'fr')}, ${plural(up, { one: '{n} monte', other: '{n} montent' }, 'fr')}, ${plural(down, { one: '{n} descend', other: '{n} descendent' }, 'fr')}.`
      : `Migration between ${from} and ${to} of ${countText(step.both, locale, RESPONDENTS)} who answered in both: ${formatNumber(stayed, locale)} stayed in their category, ${formatNumber(up, locale)} moved up, ${formatNumber(down, locale)} moved down.`;
  const order = NPS_CATEGORIES.map((category) => names[category]);
  const size = options.width ?? 360;
  return {
    ...baseSpec(description, locale),
    width: size,
    height: options.height ?? Math.round(size * 0.6),
    data: { values: rows },
    encoding: {
      x: {
        field: 'to',
        type: 'nominal',
        sort: order,
        title: to,
        axis: { orient: 'top', labelAngle: 0, ticks: false, domain: false },
      },
      y: { field: 'from', type: 'nominal', sort: order, title: from, axis: { ticks: false, domain: false } },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: 'currentColor', strokeWidth: 0.5, opacity: 1 },
        encoding: {
          color: { field: 'fill', type: 'nominal', scale: null },
          tooltip: [
            { field: 'count', type: 'quantitative', title: locale === 'fr' ? 'Répondants' : 'Respondents', format: ',d' },
            {
              field: 'share',
              type: 'quantitative',
              title: locale === 'fr' ? 'Part de la ligne (%)' : 'Share of row (%)',
              format: '.1f',
            },
          ],
        },
      },
      {
        mark: { type: 'text', fontSize: 12 },
        encoding: { text: { field: 'text' }, color: { field: 'ink', type: 'nominal', scale: null } },
      },
    ],
  };
}
