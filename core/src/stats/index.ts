// The statistics of NPS Pages: responses are folded into tallies as they are read (streaming),
// then summarised. Estimates are in NPS points or percent and never rounded: rounding is presentation.
export {
  type AggregateOptions,
  type AggregateReport,
  addResponse,
  createAggregate,
  type NpsAggregate,
  reportAggregate,
} from './aggregate.ts';
export {
  AUTO_MAX_PERIODS,
  AUTO_MIN_MEDIAN,
  AUTO_MIN_POINTS,
  AUTO_PERIODS,
  autoPeriod,
  type BucketFit,
  bucketFit,
} from './auto-period.ts';
export {
  addToBreakdown,
  type Breakdown,
  compareKeys,
  createBreakdown,
  type KeyedSummary,
  mergeBreakdowns,
  type PeriodSummary,
  periodRange,
  summarizeBreakdown,
  summarizePeriods,
} from './breakdown.ts';
export { categoryOf, NPS_CATEGORIES, type NpsCategory } from './categories.ts';
export {
  addToClosedLoop,
  type ClosedLoopCollector,
  type ClosedLoopSummary,
  createClosedLoopCollector,
  median,
  summarizeClosedLoop,
} from './closed-loop.ts';
export { type Comparison, compareNps, compareProportions, type NotTestableReason } from './difference.ts';
export { type HolmResult, holmAdjust } from './holm.ts';
export {
  adjustedWaldInterval,
  type Interval,
  npsStandardError,
  npsUnitVariance,
  waldInterval,
  wilsonInterval,
} from './intervals.ts';
export {
  addMigrationAnswer,
  createMigrationCollector,
  type MigrationAnswer,
  type MigrationCollector,
  type MigrationMatrix,
  type MigrationStep,
  migrationMatrices,
} from './migration.ts';
export { normalCdf, normalDensity, normalQuantile, normalSurvival, twoSidedP, zForConfidence } from './normal.ts';
export { DEFAULT_STATS_OPTIONS, type ResolvedStatsOptions, resolveStatsOptions, type StatsOptions } from './options.ts';
export {
  addDays,
  dayFromNumber,
  dayNumber,
  isoWeekKey,
  periodBounds,
  periodKey,
  periodKeysBetween,
  periodOfKey,
} from './periods.ts';
export { type RollingPoint, rollingNps } from './rolling.ts';
export { restrictedDetractorShare, scoreInterval, scoreStatistic } from './score-interval.ts';
export {
  addToSegments,
  createSegmentTallies,
  type SegmentSummary,
  type SegmentTallies,
  type SegmentValueSummary,
  summarizeSegments,
} from './segments.ts';
export { type CategoryShare, categorySharesOverTime, type PeriodShares } from './shares.ts';
export {
  type CategoryShares,
  type ChosenInterval,
  intervalsOf,
  type NpsIntervals,
  type NpsSummary,
  summarize,
} from './summary.ts';
export {
  addTallyInto,
  addToTally,
  carriesWeights,
  createTally,
  mergeTallies,
  type NpsSample,
  npsOf,
  sampleOf,
  subtractTallyFrom,
  type Tally,
  tallyCount,
  tallyOf,
} from './tally.ts';
export { addToThemes, createThemeTallies, summarizeThemes, type ThemeImpact, type ThemeTallies } from './themes.ts';
