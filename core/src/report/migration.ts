import type { NpsAggregate } from '../stats/aggregate.ts';
import { NPS_CATEGORIES, type NpsCategory } from '../stats/categories.ts';
import { migrationMatrices } from '../stats/migration.ts';
import type { MigrationModel } from './model.ts';

function zeros(): Record<NpsCategory, number> {
  return { detractor: 0, passive: 0, promoter: 0 };
}

/** Flows of repeat respondents between consecutive periods, with row and column totals. Counts only: no id leaves. */
export function buildMigration(aggregate: NpsAggregate): MigrationModel {
  const collector = aggregate.migration;
  const steps = collector ? migrationMatrices(collector) : [];
  return {
    period: aggregate.period,
    respondents: collector ? collector.respondents.size : 0,
    steps: steps.map((step) => {
      const fromTotals = zeros();
      const toTotals = zeros();
      for (const from of NPS_CATEGORIES) {
        for (const to of NPS_CATEGORIES) {
          fromTotals[from] += step.matrix[from][to];
          toTotals[to] += step.matrix[from][to];
        }
      }
      return {
        from: step.from,
        to: step.to,
        matrix: {
          detractor: { ...step.matrix.detractor },
          passive: { ...step.matrix.passive },
          promoter: { ...step.matrix.promoter },
        },
        both: step.both,
        onlyFrom: step.onlyFrom,
        onlyTo: step.onlyTo,
        fromTotals,
        toTotals,
      };
    }),
  };
}
