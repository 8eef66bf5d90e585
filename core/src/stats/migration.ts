import type { Period } from '../schema/config.ts';
import { compareKeys } from './breakdown.ts';
import { categoryOf, type NpsCategory } from './categories.ts';
import { dayNumber, periodBounds, periodKey, periodKeysBetween } from './periods.ts';

/** What migration needs of a response: who answered, when, and what. */
export interface MigrationAnswer {
  respondent: string;
  day: string;
  at?: number | undefined;
  score: number;
}

interface LastAnswer {
  day: number;
  /** -Infinity when the source gave no time: any timed answer of the same day is later. */
  at: number;
  score: number;
}

/**
 * Each respondent's last answer per period, and nothing else: respondent ids are interned to
 * small integers, so memory grows with respondents × periods, not with responses.
 */
export interface MigrationCollector {
  readonly period: Period;
  readonly respondentIndex: Map<string, number>;
  readonly lastAnswers: Map<string, Map<number, LastAnswer>>;
  /** Day string -> its number and period key: there are few distinct days, and many answers a day. */
  readonly days: Map<string, { number: number; key: string }>;
}

export function createMigrationCollector(period: Period): MigrationCollector {
  return { period, respondentIndex: new Map(), lastAnswers: new Map(), days: new Map() };
}

/** Day, then time, then score: a total order, so the result does not depend on the order of the rows. */
function isLater(day: number, at: number, score: number, current: LastAnswer): boolean {
  if (day !== current.day) return day > current.day;
  if (at !== current.at) return at > current.at;
  return score > current.score;
}

export function addMigrationAnswer(collector: MigrationCollector, answer: MigrationAnswer): MigrationCollector {
  let index = collector.respondentIndex.get(answer.respondent);
  if (index === undefined) {
    index = collector.respondentIndex.size;
    collector.respondentIndex.set(answer.respondent, index);
  }
  let day = collector.days.get(answer.day);
  if (!day) {
    day = { number: dayNumber(answer.day), key: periodKey(answer.day, collector.period) };
    collector.days.set(answer.day, day);
  }
  let answers = collector.lastAnswers.get(day.key);
  if (!answers) {
    answers = new Map();
    collector.lastAnswers.set(day.key, answers);
  }
  const at = answer.at ?? Number.NEGATIVE_INFINITY;
  const current = answers.get(index);
  if (!current) answers.set(index, { day: day.number, at, score: answer.score });
  else if (isLater(day.number, at, answer.score, current)) {
    current.day = day.number;
    current.at = at;
    current.score = answer.score;
  }
  return collector;
}

export type MigrationMatrix = Record<NpsCategory, Record<NpsCategory, number>>;

export interface MigrationStep {
  from: string;
  to: string;
  /** matrix[category in `from`][category in `to`], over respondents who answered in both periods. */
  matrix: MigrationMatrix;
  both: number;
  /** Respondents who answered in `from` but not in `to`, and the reverse. */
  onlyFrom: number;
  onlyTo: number;
}

function emptyMatrix(): MigrationMatrix {
  const row = (): Record<NpsCategory, number> => ({ detractor: 0, passive: 0, promoter: 0 });
  return { detractor: row(), passive: row(), promoter: row() };
}

/**
 * One step per pair of consecutive periods (the empty periods in between included, so a step
 * never jumps over a period), each comparing the last answer of every respondent in both.
 */
export function migrationMatrices(collector: MigrationCollector): MigrationStep[] {
  const keys = [...collector.lastAnswers.keys()].sort(compareKeys);
  const first = periodBounds(keys[0] ?? '');
  const last = periodBounds(keys[keys.length - 1] ?? '');
  if (!first || !last) return [];
  const periods = periodKeysBetween(first.first, last.last, collector.period);
  const steps: MigrationStep[] = [];
  for (let index = 1; index < periods.length; index++) {
    const from = periods[index - 1] as string;
    const to = periods[index] as string;
    const before = collector.lastAnswers.get(from) ?? new Map<number, LastAnswer>();
    const after = collector.lastAnswers.get(to) ?? new Map<number, LastAnswer>();
    const matrix = emptyMatrix();
    let both = 0;
    for (const [respondent, answer] of before) {
      const later = after.get(respondent);
      if (!later) continue;
      both += 1;
      matrix[categoryOf(answer.score)][categoryOf(later.score)] += 1;
    }
    steps.push({ from, to, matrix, both, onlyFrom: before.size - both, onlyTo: after.size - both });
  }
  return steps;
}
