import type { ActionAnnotation, RollingWindowPoint, TrendPoint } from '../report/model.ts';
import { baseSpec, type ChartOptions, nullableRound, shortLabel, utcMillis, type VegaLiteSpec } from './base.ts';
import { countText, estimateText, RESPONSES } from './describe.ts';
import { formatNumber } from './locale.ts';
import { CHART_COLORS } from './palette.ts';
import { type PeriodSlot, periodSlot, periodXEncoding } from './period-axis.ts';

/** What the trend needs of a period (a TrendPoint of the report model fits). */
export type TrendChartPoint = Pick<TrendPoint, 'key' | 'first' | 'last' | 'n' | 'nps' | 'ci'>;
export type TrendChartAnnotation = Pick<ActionAnnotation, 'day' | 'title'>;
export type TrendChartRolling = Pick<RollingWindowPoint, 'key' | 'days' | 'nps'>;

export interface TrendChartInput {
  points: readonly TrendChartPoint[];
  /** Actions drawn as rules on their day; those outside the periods are left out. */
  annotations?: readonly TrendChartAnnotation[];
  /** The rolling NPS (the last `days` days at the end of each period), drawn as a dashed line. */
  rolling?: readonly TrendChartRolling[];
}

const TEXT = {
  fr: {
    nps: 'NPS',
    low: 'Borne basse',
    high: 'Borne haute',
    n: 'Réponses',
    period: 'Période',
    rolling: (days: number) => `NPS des ${days} derniers jours`,
    rollingLabel: (days: number) => `${days} j glissants`,
  },
  en: {
    nps: 'NPS',
    low: 'Lower bound',
    high: 'Upper bound',
    n: 'Responses',
    period: 'Period',
    rolling: (days: number) => `NPS of the last ${days} days`,
    rollingLabel: (days: number) => `rolling ${days} days`,
  },
};

/** Count labels fit above the bars up to this many periods; beyond, the count axis has ticks instead. */
const MAX_LABELLED_COUNTS = 24;

function describeTrend(
  input: TrendChartInput,
  slots: readonly PeriodSlot[],
  shownActions: number,
  options: ChartOptions,
): string {
  const { locale } = options;
  const filled = input.points.filter((point) => point.nps !== null);
  const firstPoint = filled[0];
  const lastPoint = filled[filled.length - 1];
  const total = input.points.reduce((sum, point) => sum + point.n, 0);
  const empty = input.points.length - filled.length;
  const from = slots[0]?.label ?? '';
  const to = slots[slots.length - 1]?.label ?? '';
  const parts: string[] = [];
  if (!firstPoint || !lastPoint || firstPoint.nps === null || lastPoint.nps === null) {
    parts.push(
      locale === 'fr'
        ? `NPS par période de ${from} à ${to} : aucune réponse`
        : `NPS by period from ${from} to ${to}: no response`,
    );
  } else {
    const start = estimateText(firstPoint.nps, firstPoint.ci, locale);
    const end = estimateText(lastPoint.nps, lastPoint.ci, locale);
    parts.push(
      locale === 'fr'
        ? `NPS par période de ${from} à ${to} : ${start} en ${slotLabel(slots, firstPoint.key)}, ${end} en ${slotLabel(slots, lastPoint.key)}`
        : `NPS by period from ${from} to ${to}: ${start} in ${slotLabel(slots, firstPoint.key)}, ${end} in ${slotLabel(slots, lastPoint.key)}`,
    );
  }
  parts.push(countText(total, locale, RESPONSES));
  const lastRolling = [...(input.rolling ?? [])].reverse().find((point) => point.nps !== null);
  if (lastRolling && lastRolling.nps !== null) {
    const value = formatNumber(lastRolling.nps, locale, { signed: true });
    parts.push(
      locale === 'fr'
        ? `en pointillé, le NPS glissant sur ${lastRolling.days} jours, ${value} à la fin de ${slotLabel(slots, lastRolling.key)}`
        : `dashed, the rolling NPS over ${lastRolling.days} days, ${value} at the end of ${slotLabel(slots, lastRolling.key)}`,
    );
  }
  if (empty > 0)
    parts.push(
      locale === 'fr'
        ? `${countText(empty, locale, { fr: ['période', 'périodes'], en: ['period', 'periods'] })} sans réponse`
        : `${countText(empty, locale, { fr: ['période', 'périodes'], en: ['period', 'periods'] })} without responses`,
    );
  if (shownActions > 0)
    parts.push(
      locale === 'fr'
        ? countText(shownActions, locale, { fr: ['action marquée', 'actions marquées'], en: ['action marked', 'actions marked'] })
        : countText(shownActions, locale, {
            fr: ['action marquée', 'actions marquées'],
            en: ['action marked', 'actions marked'],
          }),
    );
  return `${parts.join(locale === 'fr' ? ' ; ' : '; ')}.`;
}

function slotLabel(slots: readonly PeriodSlot[], key: string): string {
  return slots.find((slot) => slot.key === key)?.label ?? key;
}

/**
 * The NPS trend: the estimate per period as a line, its interval as a band, response counts as
 * small labelled bars underneath, and actions as rules on their day. Empty periods break the line
 * and the band (a gap, never an interpolation).
 */
export function buildTrendSpec(input: TrendChartInput, options: ChartOptions): VegaLiteSpec {
  const { locale } = options;
  const text = TEXT[locale];
  const width = options.width ?? 640;
  const height = options.height ?? 220;
  const slots: PeriodSlot[] = [];
  const rows: Record<string, unknown>[] = [];
  const rollingByKey = new Map((input.rolling ?? []).map((point) => [point.key, point]));
  const rollingDays = input.rolling?.[0]?.days ?? 0;
  for (const point of input.points) {
    const slot = periodSlot(point, locale);
    if (!slot) continue;
    slots.push(slot);
    const rolling = rollingByKey.get(point.key);
    const inset = Math.floor((slot.end - slot.start) * 0.12);
    rows.push({
      period: slot.label,
      mid: slot.mid,
      barStart: slot.start + inset,
      barEnd: slot.end - inset,
      nps: nullableRound(point.nps),
      low: nullableRound(point.ci?.low),
      high: nullableRound(point.ci?.high),
      n: point.n,
      nLabel: formatNumber(point.n, locale),
      ...(rolling ? { rolling: nullableRound(rolling.nps) } : {}),
    });
  }
  const domainStart = slots[0]?.start ?? 0;
  const domainEnd = slots[slots.length - 1]?.end ?? 0;
  const actions = (input.annotations ?? [])
    .map((annotation) => ({ day: annotation.day, title: shortLabel(annotation.title, 28) }))
    .filter((annotation) => {
      const time = utcMillis(annotation.day);
      return time >= domainStart && time < domainEnd;
    })
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.title < b.title ? -1 : a.title > b.title ? 1 : 0))
    // Labels alternate between three rows so that close actions do not print over each other.
    .map((annotation, index) => ({ ...annotation, row: index % 3 }));
  const x = (axis: 'show' | 'hide' | 'inherit', field = 'mid', withDomain = false) =>
    periodXEncoding(slots, { locale, field, title: null, axis, withDomain });
  const npsTooltip = [
    { field: 'period', type: 'nominal', title: text.period },
    { field: 'nps', type: 'quantitative', title: text.nps, format: '.0f' },
    { field: 'low', type: 'quantitative', title: text.low, format: '.0f' },
    { field: 'high', type: 'quantitative', title: text.high, format: '.0f' },
    { field: 'n', type: 'quantitative', title: text.n, format: ',d' },
  ];
  const labelled = slots.length <= MAX_LABELLED_COUNTS;
  const invalid = 'break-paths-show-domains';
  const main: Record<string, unknown>[] = [
    {
      mark: { type: 'area', color: CHART_COLORS.primary, opacity: 0.22, invalid },
      encoding: { x: x('hide', 'mid', true), y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } },
    },
    {
      mark: { type: 'line', color: CHART_COLORS.primary, strokeWidth: 2, invalid },
      encoding: {
        x: x('hide'),
        y: { field: 'nps', type: 'quantitative', title: text.nps, scale: { zero: false, nice: true }, axis: { tickCount: 5 } },
      },
    },
    {
      mark: { type: 'point', filled: true, size: 36, color: CHART_COLORS.primary },
      encoding: { x: x('hide'), y: { field: 'nps', type: 'quantitative' }, tooltip: npsTooltip },
    },
  ];
  if (rollingByKey.size > 0) {
    // The rolling NPS at each period's point: smoother than the periods (each window overlaps the
    // last), so it shows the direction the per-period line hides in its noise.
    const lastRow = [...rows].reverse().find((row) => row.rolling !== undefined && row.rolling !== null);
    main.push(
      {
        mark: { type: 'line', color: 'currentColor', strokeWidth: 1.5, strokeDash: [5, 3], opacity: 0.8, invalid },
        encoding: {
          x: x('hide'),
          y: { field: 'rolling', type: 'quantitative' },
          tooltip: [
            { field: 'period', type: 'nominal', title: text.period },
            { field: 'rolling', type: 'quantitative', title: text.rolling(rollingDays), format: '.0f' },
          ],
        },
      },
      ...(lastRow
        ? [
            {
              data: { values: [{ mid: lastRow.mid, rolling: lastRow.rolling, label: text.rollingLabel(rollingDays) }] },
              mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -6, fontSize: 10 },
              encoding: { x: x('hide'), y: { field: 'rolling', type: 'quantitative' }, text: { field: 'label' } },
            },
          ]
        : []),
    );
  }
  if (actions.length > 0) {
    main.push({
      data: { values: actions },
      layer: [
        {
          mark: { type: 'rule', color: CHART_COLORS.annotation, strokeWidth: 1.5, strokeDash: [4, 3] },
          encoding: { x: x('hide', 'day') },
        },
        {
          mark: { type: 'text', align: 'left', baseline: 'top', dx: 3, fontSize: 10 },
          encoding: {
            x: x('hide', 'day'),
            y: { value: 0 },
            yOffset: { field: 'row', type: 'quantitative', scale: { domain: [0, 2], range: [2, 26] } },
            text: { field: 'title' },
          },
        },
      ],
    });
  }
  const counts: Record<string, unknown>[] = [
    {
      mark: { type: 'rect', color: CHART_COLORS.counts },
      encoding: {
        x: x('show', 'barStart'),
        x2: { field: 'barEnd' },
        y: {
          field: 'n',
          type: 'quantitative',
          title: text.n,
          axis: labelled ? { labels: false, ticks: false, domain: false, grid: false } : { tickCount: 2 },
        },
        tooltip: npsTooltip.filter((field) => field.field === 'period' || field.field === 'n'),
      },
    },
  ];
  if (labelled) {
    counts.push({
      mark: { type: 'text', baseline: 'bottom', dy: -2, fontSize: 9 },
      encoding: { x: x('inherit'), y: { field: 'n', type: 'quantitative' }, text: { field: 'nLabel' } },
    });
  }
  return {
    ...baseSpec(describeTrend(input, slots, actions.length, options), locale),
    data: { values: rows },
    vconcat: [
      { width, height, layer: main },
      { width, height: 44, layer: counts },
    ],
    spacing: 6,
    resolve: { scale: { x: 'shared' } },
  };
}
