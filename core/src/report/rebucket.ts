import type { Period } from '../schema/config.ts';
import { type Breakdown, createBreakdown } from '../stats/breakdown.ts';
import { regroupMigration } from '../stats/migration.ts';
import { periodBounds, periodKey } from '../stats/periods.ts';
import { addTallyInto, createTally, tallyCount } from '../stats/tally.ts';
import { type ReportContext, resolvePeriod } from './context.ts';
import type { ReportCollection } from './tally-collection.ts';

/**
 * `site.period: auto` (see resolvePeriod in context.ts): the collection was folded by day; here its
 * period-keyed tallies (the main aggregate, each segment value, the theme mentions, migration) are
 * regrouped into the chosen bucket, so every figure of the report reads one bucket. A collection
 * folded by the configured bucket is returned as it is.
 */
export function withResolvedPeriod(collection: ReportCollection): ReportCollection {
  const answersByDay = new Map<string, number>();
  for (const [day, tally] of collection.main.aggregate.byDay) answersByDay.set(day, tallyCount(tally));
  const context: ReportContext = resolvePeriod(collection.context, answersByDay);
  const { period } = context;
  if (period === collection.context.period) return collection;
  const { aggregate } = collection.main;
  const values = new Map(
    [...collection.values].map(([field, byValue]) => [
      field,
      new Map(
        [...byValue].map(([value, group]) => [
          value,
          { ...group, aggregate: { ...group.aggregate, byPeriod: regroupBreakdown(group.aggregate.byPeriod, period) } },
        ]),
      ),
    ]),
  );
  const mentionsByPeriod = new Map(
    [...collection.mentionsByPeriod].map(([id, counts]) => {
      const regrouped = new Map<string, number>();
      for (const [key, count] of counts) {
        const into = regroupedKey(key, period);
        regrouped.set(into, (regrouped.get(into) ?? 0) + count);
      }
      return [id, regrouped];
    }),
  );
  return {
    ...collection,
    context,
    main: {
      ...collection.main,
      aggregate: {
        ...aggregate,
        period,
        byPeriod: regroupBreakdown(aggregate.byPeriod, period),
        migration: aggregate.migration ? regroupMigration(aggregate.migration, period) : null,
        periodKeys: new Map([...aggregate.periodKeys.keys()].map((day) => [day, periodKey(day, period)])),
      },
    },
    values,
    mentionsByPeriod,
  };
}

/** The key, in `period`, of the period holding the first day of `key`. */
function regroupedKey(key: string, period: Period): string {
  const bounds = periodBounds(key);
  return bounds ? periodKey(bounds.first, period) : key;
}

function regroupBreakdown(breakdown: Breakdown, period: Period): Breakdown {
  const regrouped = createBreakdown();
  for (const [key, tally] of breakdown) {
    const into = regroupedKey(key, period);
    const target = regrouped.get(into);
    if (target) addTallyInto(target, tally);
    else regrouped.set(into, addTallyInto(createTally(), tally));
  }
  return regrouped;
}
