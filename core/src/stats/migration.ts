import type { Period } from '../schema/config.ts';
import { compareKeys } from './breakdown.ts';
import { categoryOf, type NpsCategory } from './categories.ts';
import { StringInterner } from './interner.ts';
import { dayNumber, periodBounds, periodKey, periodKeysBetween } from './periods.ts';

/** What migration needs of a response: who answered, when, and what. */
export interface MigrationAnswer {
  respondent: string;
  day: string;
  at?: number | undefined;
  score: number;
}

/**
 * Every answer, as columns (respondent, period, day, time, score) with a list per respondent
 * (`head` and `next`), and nothing else: respondent ids are interned to small integers, and the
 * last answer of each respondent in each period is found at the end by walking their few answers.
 * Measured on 1M answers: half the time of a Map per period holding an object per respondent.
 */
export interface MigrationCollector {
  readonly period: Period;
  /** Respondent id -> small integer (interner.ts: a Map cost 0.9 s for 1M answers). */
  readonly respondents: StringInterner;
  /** Day string -> its number and period (index in `periodKeys`): few distinct days, many answers a day. */
  readonly days: Map<string, { number: number; period: number }>;
  readonly periodKeys: string[];
  answers: AnswerColumns;
  /** Per respondent, their last-added answer (-1 for none); answers chain through `next`. */
  head: Int32Array;
}

interface AnswerColumns {
  count: number;
  period: Int32Array;
  day: Int32Array;
  /** -Infinity when the source gave no time: any timed answer of the same day is later. */
  at: Float64Array;
  score: Uint8Array;
  next: Int32Array;
}

function answerColumns(capacity: number, from?: AnswerColumns): AnswerColumns {
  const grown = (Type: typeof Int32Array, old: Int32Array | undefined) => {
    const array = new Type(capacity);
    if (old) array.set(old);
    return array;
  };
  const at = new Float64Array(capacity);
  const score = new Uint8Array(capacity);
  if (from) {
    at.set(from.at);
    score.set(from.score);
  }
  return {
    count: from?.count ?? 0,
    period: grown(Int32Array, from?.period),
    day: grown(Int32Array, from?.day),
    at,
    score,
    next: grown(Int32Array, from?.next),
  };
}

export function createMigrationCollector(period: Period): MigrationCollector {
  return {
    period,
    respondents: new StringInterner(),
    days: new Map(),
    periodKeys: [],
    answers: answerColumns(1024),
    head: new Int32Array(1024).fill(-1),
  };
}

/** Day, then time, then score: a total order, so the result does not depend on the order of the rows. */
function isLater(columns: AnswerColumns, answer: number, than: number): boolean {
  if (columns.day[answer] !== columns.day[than]) return (columns.day[answer] as number) > (columns.day[than] as number);
  if (columns.at[answer] !== columns.at[than]) return (columns.at[answer] as number) > (columns.at[than] as number);
  return (columns.score[answer] as number) > (columns.score[than] as number);
}

export function addMigrationAnswer(collector: MigrationCollector, answer: MigrationAnswer): MigrationCollector {
  const respondent = collector.respondents.intern(answer.respondent);
  if (respondent >= collector.head.length) {
    const head = new Int32Array(collector.head.length * 2).fill(-1);
    head.set(collector.head);
    collector.head = head;
  }
  let day = collector.days.get(answer.day);
  if (!day) {
    const key = periodKey(answer.day, collector.period);
    let period = collector.periodKeys.indexOf(key);
    if (period < 0) period = collector.periodKeys.push(key) - 1;
    day = { number: dayNumber(answer.day), period };
    collector.days.set(answer.day, day);
  }
  let columns = collector.answers;
  if (columns.count === columns.day.length) {
    columns = answerColumns(columns.count * 2, columns);
    collector.answers = columns;
  }
  const index = columns.count++;
  columns.period[index] = day.period;
  columns.day[index] = day.number;
  columns.at[index] = answer.at ?? Number.NEGATIVE_INFINITY;
  columns.score[index] = answer.score;
  columns.next[index] = collector.head[respondent] as number;
  collector.head[respondent] = index;
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
  const sortedKeys = [...collector.periodKeys].sort(compareKeys);
  const first = periodBounds(sortedKeys[0] ?? '');
  const last = periodBounds(sortedKeys[sortedKeys.length - 1] ?? '');
  if (!first || !last) return [];
  const periods = periodKeysBetween(first.first, last.last, collector.period);
  const position = new Map(periods.map((key, index) => [key, index]));
  /** Position in `periods` of each collected period. */
  const positionOf = Int32Array.from(collector.periodKeys, (key) => position.get(key) as number);
  const answered = new Float64Array(periods.length);
  const steps = periods.slice(1).map((to, index) => ({
    from: periods[index] as string,
    to,
    matrix: emptyMatrix(),
    both: 0,
    onlyFrom: 0,
    onlyTo: 0,
  }));
  const columns = collector.answers;
  // Per respondent: their last answer in each period they answered in (usually one or two).
  const lastInPeriod = new Map<number, number>();
  for (let respondent = 0; respondent < collector.respondents.size; respondent++) {
    lastInPeriod.clear();
    for (let answer = collector.head[respondent] as number; answer >= 0; answer = columns.next[answer] as number) {
      const at = positionOf[columns.period[answer] as number] as number;
      const current = lastInPeriod.get(at);
      if (current === undefined || isLater(columns, answer, current)) lastInPeriod.set(at, answer);
    }
    for (const [at, answer] of lastInPeriod) {
      answered[at] = (answered[at] as number) + 1;
      const later = lastInPeriod.get(at + 1);
      if (later === undefined) continue;
      const step = steps[at] as MigrationStep;
      step.both += 1;
      step.matrix[categoryOf(columns.score[answer] as number)][categoryOf(columns.score[later] as number)] += 1;
    }
  }
  for (const [index, step] of steps.entries()) {
    step.onlyFrom = (answered[index] as number) - step.both;
    step.onlyTo = (answered[index + 1] as number) - step.both;
  }
  return steps;
}

/**
 * The collector with its answers regrouped into `period` (a coarser bucket than the one they were
 * collected by, e.g. days into the months `site.period: auto` chose): each collected key's
 * period index is mapped to the index of its new key. The answers' columns are shared, rewritten.
 */
export function regroupMigration(collector: MigrationCollector, period: Period): MigrationCollector {
  if (collector.period === period) return collector;
  const periodKeys: string[] = [];
  const newIndex = new Map<string, number>();
  const mapped = collector.periodKeys.map((old) => {
    const bounds = periodBounds(old);
    const key = periodKey(bounds ? bounds.first : old, period);
    let index = newIndex.get(key);
    if (index === undefined) {
      index = periodKeys.push(key) - 1;
      newIndex.set(key, index);
    }
    return index;
  });
  const columns = collector.answers;
  for (let answer = 0; answer < columns.count; answer++) {
    columns.period[answer] = mapped[columns.period[answer] as number] as number;
  }
  const days = new Map([...collector.days].map(([day, entry]) => [day, { ...entry, period: mapped[entry.period] as number }]));
  return { ...collector, period, periodKeys, days };
}
