import type { Split } from '../report/model.ts';
import type { NpsCategory } from '../stats/categories.ts';
import { baseSpec, type ChartOptions, round2, type VegaLiteSpec } from './base.ts';
import { countText, RESPONSES } from './describe.ts';
import { CATEGORY_LABELS, formatPercent } from './locale.ts';
import { CATEGORY_COLORS, ON_CATEGORY_TEXT } from './palette.ts';

export type SplitChartInput = Pick<Split, 'n' | 'promoters' | 'passives' | 'detractors' | 'shares'>;

/** Left to right: detractors, passives, promoters (the order of the 0-10 scale). */
const ORDER: readonly { category: NpsCategory; share: 'detractors' | 'passives' | 'promoters' }[] = [
  { category: 'detractor', share: 'detractors' },
  { category: 'passive', share: 'passives' },
  { category: 'promoter', share: 'promoters' },
];

/** Segments narrower than this carry only their percentage; narrower than MIN_LABEL, nothing (the legend names them). */
const MIN_NAMED = 22;
const MIN_LABEL = 6;

/**
 * The split of responses as one horizontal 100 % bar. Every segment wide enough says its
 * category and share in text, so the colour is never the only signal; the legend names all three.
 */
export function buildSplitBarSpec(split: SplitChartInput, options: ChartOptions): VegaLiteSpec {
  const { locale } = options;
  const names = CATEGORY_LABELS[locale];
  const shares = split.shares;
  let cumulated = 0;
  const rows = ORDER.map(({ category, share }, index) => {
    const value = shares ? shares[share] : 0;
    const start = cumulated;
    cumulated += value;
    const percent = formatPercent(value, locale);
    const label = value >= MIN_NAMED ? `${names[category]} ${percent}` : value >= MIN_LABEL ? percent : '';
    return {
      order: index,
      category: names[category],
      share: round2(value),
      start: round2(start),
      end: round2(cumulated),
      mid: round2(start + value / 2),
      count: split[share],
      label,
      ink: ON_CATEGORY_TEXT[category],
    };
  });
  const description = shares
    ? `${locale === 'fr' ? 'Répartition des réponses' : 'Split of responses'} (${countText(split.n, locale, RESPONSES)}) : ${ORDER.map(
        ({ category, share }) => `${names[category].toLowerCase()} ${formatPercent(shares[share], locale, { digits: 1 })}`,
      ).join(', ')}.`.replace(' : ', locale === 'fr' ? ' : ' : ': ')
    : locale === 'fr'
      ? 'Répartition des réponses : aucune réponse.'
      : 'Split of responses: no response.';
  const shareTitle = locale === 'fr' ? 'Part' : 'Share';
  const countTitle = locale === 'fr' ? 'Réponses' : 'Responses';
  // Positions are computed here rather than by Vega-Lite's stack, so the labels sit exactly at the middle of their segment.
  const x = { field: 'start', type: 'quantitative', scale: { domain: [0, 100] }, axis: null };
  return {
    ...baseSpec(description, locale),
    width: options.width ?? 640,
    height: options.height ?? 36,
    data: { values: shares ? rows : [] },
    layer: [
      {
        mark: { type: 'bar', stroke: 'currentColor', strokeWidth: 0.5 },
        encoding: {
          x,
          x2: { field: 'end' },
          y: { value: 0 },
          y2: { value: options.height ?? 36 },
          color: {
            field: 'category',
            type: 'nominal',
            sort: ORDER.map(({ category }) => names[category]),
            scale: {
              domain: ORDER.map(({ category }) => names[category]),
              range: ORDER.map(({ category }) => CATEGORY_COLORS[category]),
            },
            legend: { orient: 'bottom', title: null, direction: 'horizontal', symbolType: 'square' },
          },
          tooltip: [
            { field: 'share', type: 'quantitative', title: shareTitle, format: '.1f' },
            { field: 'count', type: 'quantitative', title: countTitle, format: ',d' },
          ],
        },
      },
      {
        mark: { type: 'text', fontSize: 12, fontWeight: 'bold' },
        encoding: {
          x: { field: 'mid', type: 'quantitative' },
          y: { value: (options.height ?? 36) / 2 },
          text: { field: 'label' },
          color: { field: 'ink', type: 'nominal', scale: null },
        },
      },
    ],
  };
}
