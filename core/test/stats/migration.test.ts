import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMigrationAnswer,
  createMigrationCollector,
  type MigrationAnswer,
  migrationMatrices,
} from '../../src/stats/migration.ts';
import { responsesArbitrary, shuffled } from './reference.ts';

const HOUR = 3_600_000;

function collect(answers: readonly MigrationAnswer[]) {
  const collector = createMigrationCollector('month');
  for (const answer of answers) addMigrationAnswer(collector, answer);
  return migrationMatrices(collector);
}

const category = (score: number) => (score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor');

/** Naive: sort every answer, keep the last per respondent and month, then compare consecutive months. */
function naiveSteps(answers: readonly MigrationAnswer[], months: readonly string[]) {
  const sorted = [...answers].sort(
    (a, b) =>
      a.day.localeCompare(b.day) || (a.at ?? Number.NEGATIVE_INFINITY) - (b.at ?? Number.NEGATIVE_INFINITY) || a.score - b.score,
  );
  const last = new Map<string, Map<string, number>>();
  for (const answer of sorted) {
    const month = answer.day.slice(0, 7);
    const byRespondent = last.get(month) ?? new Map<string, number>();
    byRespondent.set(answer.respondent, answer.score);
    last.set(month, byRespondent);
  }
  return months.slice(1).map((to, index) => {
    const before = last.get(months[index] ?? '') ?? new Map<string, number>();
    const after = last.get(to) ?? new Map<string, number>();
    const cells: string[] = [];
    for (const [respondent, score] of before) {
      const later = after.get(respondent);
      if (later !== undefined) cells.push(`${category(score)}>${category(later)}`);
    }
    return { both: cells.length, onlyFrom: before.size - cells.length, onlyTo: after.size - cells.length, cells: cells.sort() };
  });
}

describe('migration', () => {
  const answers: MigrationAnswer[] = [
    { respondent: 'ana', day: '2026-01-05', score: 3 },
    { respondent: 'ana', day: '2026-01-20', score: 9 },
    { respondent: 'ana', day: '2026-02-02', score: 7 },
    { respondent: 'bob', day: '2026-01-07', score: 5 },
    { respondent: 'bob', day: '2026-02-07', score: 2 },
    { respondent: 'chloé', day: '2026-01-10', score: 10 },
    { respondent: 'chloé', day: '2026-03-10', score: 10 },
    { respondent: 'dan', day: '2026-02-11', score: 9 },
    // Same day: the answer with a time is later than the one without.
    { respondent: 'eve', day: '2026-02-03', at: Date.UTC(2026, 1, 3) + 10 * HOUR, score: 2 },
    { respondent: 'eve', day: '2026-02-03', score: 10 },
    { respondent: 'eve', day: '2026-03-08', score: 8 },
  ];

  it('moves each repeat respondent from their last category in one month to the next', () => {
    const [january, february] = collect(answers);
    expect(january).toMatchObject({ from: '2026-01', to: '2026-02', both: 2, onlyFrom: 1, onlyTo: 2 });
    expect(january?.matrix).toEqual({
      detractor: { detractor: 1, passive: 0, promoter: 0 },
      passive: { detractor: 0, passive: 0, promoter: 0 },
      promoter: { detractor: 0, passive: 1, promoter: 0 },
    });
    expect(february).toMatchObject({ from: '2026-02', to: '2026-03', both: 1, onlyFrom: 3, onlyTo: 1 });
    expect(february?.matrix.detractor.passive).toBe(1);
  });

  it('breaks exact ties (same day, no time) by keeping the higher score, whatever the row order', () => {
    const tie: MigrationAnswer[] = [
      { respondent: 'ana', day: '2026-01-05', score: 10 },
      { respondent: 'ana', day: '2026-01-05', score: 3 },
      { respondent: 'ana', day: '2026-02-05', score: 3 },
    ];
    for (const rows of [tie, [...tie].reverse()]) expect(collect(rows)[0]?.matrix.promoter.detractor).toBe(1);
  });

  it('never skips an empty month: both steps around it have no repeat respondents', () => {
    const steps = collect([
      { respondent: 'ana', day: '2026-01-05', score: 3 },
      { respondent: 'ana', day: '2026-03-05', score: 3 },
    ]);
    expect(steps.map((step) => [step.from, step.to, step.both, step.onlyFrom, step.onlyTo])).toEqual([
      ['2026-01', '2026-02', 0, 1, 0],
      ['2026-02', '2026-03', 0, 0, 1],
    ]);
    expect(collect([])).toEqual([]);
  });

  it('agrees with a naive computation and does not depend on row order', () => {
    fc.assert(
      fc.property(responsesArbitrary, fc.integer(), (responses, seed) => {
        const input = responses.flatMap((row) =>
          row.respondent === undefined ? [] : [{ respondent: row.respondent, day: row.day, at: row.at, score: row.score }],
        );
        const steps = collect(input);
        expect(collect(shuffled(input, seed))).toEqual(steps);
        const months = steps.length === 0 ? [] : [steps[0]?.from ?? '', ...steps.map((step) => step.to)];
        const expected = naiveSteps(input, months);
        expect(
          steps.map((step) => {
            const cells: string[] = [];
            for (const [from, row] of Object.entries(step.matrix)) {
              for (const [to, count] of Object.entries(row))
                for (let index = 0; index < count; index++) cells.push(`${from}>${to}`);
            }
            return { both: step.both, onlyFrom: step.onlyFrom, onlyTo: step.onlyTo, cells: cells.sort() };
          }),
        ).toEqual(expected);
      }),
    );
  });

  it('tells apart any respondent ids, including names an object already has and numbers', () => {
    const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '1', '01', '1.0', ' 1', ''];
    const answers = ids.flatMap((respondent): MigrationAnswer[] => [
      { respondent, day: '2026-01-05', score: 2 },
      { respondent, day: '2026-02-05', score: 10 },
    ]);
    const [step] = collect(answers);
    expect(step).toMatchObject({ both: ids.length, onlyFrom: 0, onlyTo: 0 });
    expect(step?.matrix.detractor.promoter).toBe(ids.length);
    const collector = createMigrationCollector('month');
    for (const answer of answers) addMigrationAnswer(collector, answer);
    expect(collector.respondents.size).toBe(ids.length);
  });
});
