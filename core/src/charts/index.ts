// The public API of this module (re-exported by core/src/index.ts as a whole): Vega-Lite spec
// builders. View model in, plain JSON spec out; nothing is rendered here (site/lib/charts renders).
export {
  baseSpec,
  CHART_FONT,
  type ChartOptions,
  chartConfig,
  shortLabel,
  VEGA_LITE_SCHEMA,
  type VegaLiteSpec,
} from './base.ts';
export { buildCategorySharesSpec, type SharesChartPoint } from './category-shares.ts';
export { CATEGORY_LABELS, type ChartLocale, formatNumber, formatPercent, periodLabel, vegaLocale } from './locale.ts';
export { buildMentionsTrendSpec, type MentionsChartPoint } from './mentions-trend.ts';
export { buildMigrationSpec, type MigrationChartStep } from './migration.ts';
export { CATEGORY_COLORS, CHART_COLORS, contrastRatio, DARK_BACKGROUND, ON_CATEGORY_TEXT, relativeLuminance } from './palette.ts';
export { buildPriorityMatrixSpec, type PriorityChartTheme } from './priority-matrix.ts';
export {
  buildSegmentComparisonSpec,
  MAX_SEGMENT_ROWS,
  type SegmentChartInput,
  type SegmentChartRow,
} from './segment-comparison.ts';
export { buildSplitBarSpec, type SplitChartInput } from './split-bar.ts';
export { buildThemeImpactSpec, type ThemeImpactRow } from './theme-impact.ts';
export { buildTrendSpec, type TrendChartAnnotation, type TrendChartInput, type TrendChartPoint } from './trend.ts';
