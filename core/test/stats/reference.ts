// Independent, deliberately naive implementations the property tests check the library against.
// They share no code with core/src/stats: plain loops, Date.UTC, numerical maximisation.
import fc from 'fast-check';
import type { NpsResponse } from '../../src/schema/response.ts';

export interface Counts {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
}

export function naiveCounts(scores: readonly number[]): Counts {
  const promoters = scores.filter((score) => score >= 9).length;
  const detractors = scores.filter((score) => score <= 6).length;
  return { n: scores.length, promoters, passives: scores.length - promoters - detractors, detractors };
}

/** Mean of +1 / 0 / -1 per response, times 100. */
export function naiveNps(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  let sum = 0;
  for (const score of scores) sum += score >= 9 ? 1 : score <= 6 ? -1 : 0;
  return (sum / scores.length) * 100;
}

/** Sample variance (divisor n) of the +1 / 0 / -1 values, divided by n: the Wald variance of the NPS on -1..1. */
export function naiveNpsVariance(scores: readonly number[]): number {
  const values = scores.map((score): number => (score >= 9 ? 1 : score <= 6 ? -1 : 0));
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length / values.length;
}

/**
 * Tango's score statistic with the restricted MLE found numerically (golden-section search on
 * the concave log-likelihood), not by the closed form the library uses.
 */
export function bruteScoreStatistic(promoters: number, detractors: number, n: number, delta: number): number {
  const passives = n - promoters - detractors;
  const logLikelihood = (q: number): number => {
    const term = (count: number, p: number): number => (count === 0 ? 0 : count * Math.log(Math.max(p, 1e-300)));
    return term(promoters, q + delta) + term(detractors, q) + term(passives, 1 - 2 * q - delta);
  };
  let low = Math.max(0, -delta);
  let high = (1 - delta) / 2;
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let step = 0; step < 200; step++) {
    const left = high - ratio * (high - low);
    const right = low + ratio * (high - low);
    if (logLikelihood(left) < logLikelihood(right)) low = left;
    else high = right;
  }
  const q = (low + high) / 2;
  return (promoters - detractors - n * delta) / Math.sqrt(n * (2 * q + delta * (1 - delta)));
}

const DAY_MS = 86_400_000;

export function utcDayNumber(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

export function utcDay(number: number): string {
  return new Date(number * DAY_MS).toISOString().slice(0, 10);
}

/** ISO week by the "week 1 holds January 4" rule (the library uses the Thursday rule). */
export function januaryFourthWeekKey(day: string): string {
  const number = utcDayNumber(day);
  const mondayOfWeekOne = (year: number): number => {
    const january4 = Date.UTC(year, 0, 4) / DAY_MS;
    const weekday = new Date(january4 * DAY_MS).getUTCDay() || 7;
    return january4 - weekday + 1;
  };
  let year = new Date(number * DAY_MS).getUTCFullYear() + 1;
  while (mondayOfWeekOne(year) > number) year -= 1;
  const week = Math.floor((number - mondayOfWeekOne(year)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

const FIRST_DAY = utcDayNumber('2025-11-01');

/** Responses over ~5 months with dyadic weights, so weight sums are exact whatever the order. */
export const responseArbitrary: fc.Arbitrary<NpsResponse> = fc
  .record({
    offset: fc.integer({ min: 0, max: 150 }),
    score: fc.integer({ min: 0, max: 10 }),
    weight: fc.option(fc.constantFrom(0.5, 1, 2, 4, 0.25), { nil: undefined }),
    country: fc.option(fc.constantFrom('FR', 'BE', 'CH', 'CA'), { nil: undefined }),
    respondent: fc.option(fc.constantFrom('ana', 'bob', 'chloé', 'dan', 'eve'), { nil: undefined }),
    minute: fc.option(fc.integer({ min: 0, max: 1439 }), { nil: undefined }),
    replyHours: fc.option(fc.integer({ min: -5, max: 200 }), { nil: undefined }),
  })
  .map(({ offset, score, weight, country, respondent, minute, replyHours }) => {
    const day = utcDay(FIRST_DAY + offset);
    const at = minute === undefined ? undefined : (FIRST_DAY + offset) * DAY_MS + minute * 60_000;
    const response: NpsResponse = { day, score, segments: country === undefined ? {} : { country } };
    if (weight !== undefined) response.weight = weight;
    if (respondent !== undefined) response.respondent = respondent;
    if (at !== undefined) response.at = at;
    if (replyHours !== undefined) response.repliedAt = (at ?? (FIRST_DAY + offset) * DAY_MS) + replyHours * 3_600_000;
    return response;
  });

export const responsesArbitrary = fc.array(responseArbitrary, { maxLength: 80 });

/** Exactly n scores with the given composition, in a fixed order. */
export function scoresOf(counts: { promoters: number; passives: number; detractors: number }): number[] {
  return [
    ...Array.from({ length: counts.promoters }, (_, index) => 9 + (index % 2)),
    ...Array.from({ length: counts.passives }, (_, index) => 7 + (index % 2)),
    ...Array.from({ length: counts.detractors }, (_, index) => index % 7),
  ];
}
