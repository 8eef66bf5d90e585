import type { Action } from '../actions.ts';
import type { NpsConfig, Period } from '../schema/config.ts';
import type { NpsResponse } from '../schema/response.ts';
import { autoPeriod } from '../stats/auto-period.ts';
import { type ResolvedStatsOptions, resolveStatsOptions } from '../stats/options.ts';
import type { ReportLocale } from './model.ts';

/** What buildReport reads. Everything is an input: no clock, no file system. */
export interface BuildReportInput {
  config: NpsConfig;
  /** Validated responses (from ingest), in any order. */
  responses: Iterable<NpsResponse>;
  /** Valid actions (from readActions). */
  actions?: readonly Action[];
  /** Fingerprints of the data files, passed through to meta.files. */
  files?: readonly { path: string; fingerprint: string }[];
  /** The pinned build date (e.g. from SOURCE_DATE_EPOCH), 'YYYY-MM-DD' or ISO instant; never read from the clock. */
  now?: string;
  /** Overrides config.site.locale: the English report of a French data set. */
  locale?: ReportLocale;
  /** Use response weights. Default: the config's statistics.weighted. */
  weighted?: boolean;
  /** Newest verbatims per category on the overview and segment pages. Default 3. */
  recentPerCategory?: number;
  /** Example verbatims per theme. Default 6. */
  examplesPerTheme?: number;
}

/** The resolved settings every builder shares. */
export interface ReportContext {
  config: NpsConfig;
  locale: ReportLocale;
  /**
   * The bucket of every trend, chart, table and download. With `site.period: auto` it is 'day'
   * while the responses are folded, then the bucket resolvePeriod chooses from the data.
   */
  period: Period;
  stats: ResolvedStatsOptions;
  /** The day the report is built for (from `now`); null when not pinned. */
  asOf: string | null;
  recentPerCategory: number;
  examplesPerTheme: number;
}

export function resolveContext(input: Omit<BuildReportInput, 'responses'>): ReportContext {
  const { config } = input;
  const asOf = input.now !== undefined && /^\d{4}-\d{2}-\d{2}/.test(input.now) ? input.now.slice(0, 10) : null;
  return {
    config,
    locale: input.locale ?? config.site.locale,
    period: config.site.period === 'auto' ? 'day' : config.site.period,
    stats: resolveStatsOptions({ ...config.statistics, weighted: input.weighted ?? config.statistics.weighted }),
    asOf,
    recentPerCategory: input.recentPerCategory ?? 3,
    examplesPerTheme: input.examplesPerTheme ?? 6,
  };
}

/**
 * `site.period: auto` resolved, once, before any figure is built: the responses are streamed and
 * never kept (the site folds each as it is parsed), so the bucket is known only when the answers of
 * each day are; until then everything is folded by day, and report/rebucket.ts regroups the days
 * into the chosen bucket. A configured bucket is kept as is.
 */
export function resolvePeriod(context: ReportContext, answersByDay: ReadonlyMap<string, number>): ReportContext {
  if (context.config.site.period !== 'auto') return context;
  return { ...context, period: autoPeriod(answersByDay) };
}
