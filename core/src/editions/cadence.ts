import { periodBounds, periodKey } from '../stats/periods.ts';
import type { EditionCadence } from './manifest.ts';

/**
 * The cadence of a period: a whole ISO week, month, quarter or year is that cadence; anything else
 * is custom. Two editions are compared for overlap only within one cadence: a quarterly report may
 * contain three monthly ones, but two quarterly reports must not share a day.
 */
export function cadenceOf(from: string, to: string): EditionCadence {
  for (const period of ['week', 'month', 'quarter', 'year'] as const) {
    const bounds = periodBounds(periodKey(from, period));
    if (bounds && bounds.first === from && bounds.last === to) return period;
  }
  return 'custom';
}

/**
 * How a narrative names its period: the key of a whole week, month, quarter or year (2026-Q3), else
 * its two dates (2026-08-01/2026-10-31). A custom span never borrows a key: "2026-08" for August to
 * October would read as one month.
 */
export function narrativePeriodKey(from: string, to: string): string {
  const cadence = cadenceOf(from, to);
  return cadence === 'custom' ? `${from}/${to}` : periodKey(from, cadence);
}

export interface DatedEdition {
  id: string;
  from: string;
  to: string;
  cadence: EditionCadence;
  published: boolean;
}

/** Pairs of published editions of one cadence whose periods share at least a day; each pair once, later id second. */
export function overlappingEditions(editions: readonly DatedEdition[]): [DatedEdition, DatedEdition][] {
  const published = editions.filter((edition) => edition.published);
  const pairs: [DatedEdition, DatedEdition][] = [];
  for (const [index, a] of published.entries()) {
    for (const b of published.slice(index + 1)) {
      if (a.cadence === b.cadence && a.from <= b.to && b.from <= a.to) pairs.push(a.id < b.id ? [a, b] : [b, a]);
    }
  }
  return pairs;
}
