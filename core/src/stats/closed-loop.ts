import type { NpsResponse } from '../schema/response.ts';
import { categoryOf, NPS_CATEGORIES, type NpsCategory } from './categories.ts';
import { type Interval, wilsonInterval } from './intervals.ts';
import { zForConfidence } from './normal.ts';
import { dayNumber } from './periods.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

interface CategoryLoop {
  responses: number;
  answered: number;
  /** Hours from the response to the reply; exact medians need every one. */
  durations: number[];
  negativeDurations: number;
}

/** Follow-up of responses (the closed loop), per category. */
export type ClosedLoopCollector = Record<NpsCategory, CategoryLoop>;

export function createClosedLoopCollector(): ClosedLoopCollector {
  const loop = (): CategoryLoop => ({ responses: 0, answered: 0, durations: [], negativeDurations: 0 });
  return { detractor: loop(), passive: loop(), promoter: loop() };
}

/**
 * The response instant is `at` when the source gave a time, else the start of `day` read as UTC
 * midnight (the day is local; without a time, that is the best defined instant). A reply before
 * the response (the parser already warned) still counts as answered, but its negative duration
 * is left out of the median.
 */
export function addToClosedLoop(
  collector: ClosedLoopCollector,
  response: Pick<NpsResponse, 'score' | 'day' | 'at' | 'repliedAt'>,
): ClosedLoopCollector {
  const loop = collector[categoryOf(response.score)];
  loop.responses += 1;
  if (response.repliedAt === undefined) return collector;
  loop.answered += 1;
  const start = response.at ?? dayNumber(response.day) * DAY_MS;
  const hours = (response.repliedAt - start) / HOUR_MS;
  if (hours >= 0) loop.durations.push(hours);
  else loop.negativeDurations += 1;
  return collector;
}

/** Exact median (mean of the two middle values for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface ClosedLoopSummary {
  category: NpsCategory;
  responses: number;
  answered: number;
  /** Percent of responses answered, with a Wilson interval; null when the category has no response. */
  answeredShare: number | null;
  interval: Interval | null;
  medianHours: number | null;
  /** Replies dated before their response, left out of the median. */
  negativeDurations: number;
}

/** Detractors first: they are the ones a closed loop exists for. */
export function summarizeClosedLoop(collector: ClosedLoopCollector, options: { confidence?: number } = {}): ClosedLoopSummary[] {
  const z = zForConfidence(options.confidence ?? 0.95);
  return NPS_CATEGORIES.map((category) => {
    const loop = collector[category];
    return {
      category,
      responses: loop.responses,
      answered: loop.answered,
      answeredShare: loop.responses > 0 ? (loop.answered / loop.responses) * 100 : null,
      interval: wilsonInterval(loop.answered, loop.responses, z),
      medianHours: median(loop.durations),
      negativeDurations: loop.negativeDurations,
    };
  });
}
