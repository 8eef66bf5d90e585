import type { Period } from '../schema/config.ts';
import { periodBounds, periodOfKey } from '../stats/periods.ts';
import { DAY_MS, everyNth, utcMillis } from './base.ts';
import { type ChartLocale, PERIOD_AXIS_FORMAT, periodLabel } from './locale.ts';

/** A period placed on a UTC time axis: [start, end) covers its days; marks sit at `mid`. */
export interface PeriodSlot {
  key: string;
  label: string;
  start: number;
  end: number;
  mid: number;
}

/** Slots of period keys, using `first`/`last` when the model gives them, else the key's calendar bounds. */
export function periodSlot(point: { key: string; first?: string; last?: string }, locale: ChartLocale): PeriodSlot | null {
  const bounds = point.first && point.last ? { first: point.first, last: point.last } : periodBounds(point.key);
  if (!bounds) return null;
  const start = utcMillis(bounds.first);
  const end = utcMillis(bounds.last) + DAY_MS;
  return { key: point.key, label: periodLabel(point.key, locale), start, end, mid: start + Math.floor((end - start) / 2) };
}

/** The x encoding shared by period charts: UTC time, a fixed domain (`withDomain` on the first layer), labels at period middles. */
export function periodXEncoding(
  slots: readonly PeriodSlot[],
  options: {
    locale: ChartLocale;
    field: string;
    title: string | null;
    axis: 'show' | 'hide' | 'inherit';
    maxLabels?: number;
    withDomain?: boolean;
  },
): Record<string, unknown> {
  const first = slots[0];
  const last = slots[slots.length - 1];
  const period: Period = (first && periodOfKey(first.key)) ?? 'month';
  return {
    field: options.field,
    type: 'temporal',
    // The domain goes on one encoding only: Vega-Lite merges a domain repeated across layers into a
    // union of signals and raw numbers (and warns), while a single explicit domain is kept as is.
    scale:
      options.withDomain && first && last
        ? { type: 'utc', domain: [first.start, last.end], nice: false }
        : { type: 'utc', nice: false },
    // 'inherit': no axis property, so another layer of the same view decides (a null would win).
    ...(options.axis === 'inherit' ? {} : { axis: axisOf(options, slots, period) }),
  };
}

function axisOf(
  options: { locale: ChartLocale; axis: string; title: string | null; maxLabels?: number },
  slots: readonly PeriodSlot[],
  period: Period,
): Record<string, unknown> | null {
  if (options.axis !== 'show') return null;
  return {
    title: options.title,
    format: PERIOD_AXIS_FORMAT[options.locale][period],
    values: everyNth(slots, options.maxLabels ?? 8).map((slot) => slot.mid),
    labelOverlap: true,
    grid: false,
  };
}
