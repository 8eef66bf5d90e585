import type { Action } from '../actions.ts';
import type { ThemeConfig } from '../schema/config.ts';
import { compareKeys } from '../stats/breakdown.ts';
import { summarizeThemes, type ThemeImpact, type ThemeTallies } from '../stats/themes.ts';
import type { ReportContext } from './context.ts';
import type {
  ChangeModel,
  Effort,
  PriorityQuadrant,
  ThemeModel,
  ThemePriority,
  ThemeSummaryModel,
  ThemeTrendPoint,
  TrendPoint,
} from './model.ts';
import { adjustFamily, changeOf, figureOf, localized, shareModel } from './stats-to-model.ts';

/**
 * How quick a fix is, as a factor of the priority score. Unknown effort counts as medium: a theme
 * without an estimate is neither promoted nor buried.
 */
export const PRIORITY_EASE: Readonly<Record<Effort | 'unknown', number>> = { low: 1, medium: 0.6, high: 0.3, unknown: 0.6 };

interface ConfiguredImpact {
  theme: ThemeConfig;
  impact: ThemeImpact;
  /** The impact as a change, Holm-adjusted within the group's family of themes. */
  change: ChangeModel;
}

/**
 * The configured themes' impacts in a group of responses, in the stats module's order (mentions
 * descending, then id). Their impacts are shown together ("What moves the NPS", the themes table):
 * one family, adjusted together.
 */
function configuredImpacts(tallies: ThemeTallies, context: ReportContext): ConfiguredImpact[] {
  const configured = summarizeThemes(tallies, context.stats).flatMap((impact) => {
    const theme = context.config.themes.find((candidate) => candidate.id === impact.id);
    return theme ? [{ theme, impact }] : [];
  });
  const changes = adjustFamily(
    configured.map(({ impact }) => changeOf(impact.impact, context.stats.confidence)),
    context.stats.significance,
  );
  return configured.map((entry, index) => ({ ...entry, change: changes[index] as ChangeModel }));
}

/** Theme summaries of a group, in the stats module's order (mentions descending, then id). */
export function themeSummaries(tallies: ThemeTallies, context: ReportContext): ThemeSummaryModel[] {
  return configuredImpacts(tallies, context).map((entry) => themeSummaryOf(entry, context));
}

/** What every view of a theme shows: its name, kind, mentions, share and impact on the NPS. */
function themeSummaryOf({ theme, impact, change }: ConfiguredImpact, context: ReportContext): ThemeSummaryModel {
  const labels = localized(theme.label, theme.id);
  return {
    id: theme.id,
    label: labels[context.locale],
    labels,
    kind: theme.kind,
    mentions: impact.mentions,
    share: shareModel(impact.mentions, impact.with.n + impact.without.n, context.stats.confidence),
    impact: change,
  };
}

/**
 * The overview's top themes: irritants by most negative impact, praise by most positive, among
 * themes mentioned by at least `smallSample` responses (a rare theme's impact is too unstable to rank).
 */
export function topThemes(
  themes: readonly ThemeSummaryModel[],
  context: ReportContext,
  count = 5,
): { irritants: ThemeSummaryModel[]; praise: ThemeSummaryModel[] } {
  const ranked = themes.filter((theme) => theme.mentions >= context.stats.smallSample && theme.impact.difference !== null);
  const impact = (theme: ThemeSummaryModel) => theme.impact.difference as number;
  return {
    irritants: ranked
      .filter((theme) => impact(theme) < 0)
      .sort((a, b) => impact(a) - impact(b) || compareKeys(a.id, b.id))
      .slice(0, count),
    praise: ranked
      .filter((theme) => impact(theme) > 0)
      .sort((a, b) => impact(b) - impact(a) || compareKeys(a.id, b.id))
      .slice(0, count),
  };
}

function medianOf(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The median share of the irritants: the matrix shows irritants only, so "recurrent" is measured
 * against them (a median over every theme would put the line where the chart does not draw it).
 * Without irritants, the median of every theme.
 */
function irritantMedianShare(impacts: readonly ThemeImpact[], themes: readonly ThemeConfig[]): number {
  const irritantIds = new Set(themes.filter((theme) => theme.kind === 'irritant').map((theme) => theme.id));
  const shares = (only: boolean) =>
    impacts.flatMap((impact) => (impact.share === null || (only && !irritantIds.has(impact.id)) ? [] : [impact.share]));
  const irritantShares = shares(true);
  return medianOf(irritantShares.length > 0 ? irritantShares : shares(false));
}

export interface PriorityInput {
  impact: ThemeImpact;
  /** The impact, Holm-adjusted among the themes: "irritating" means significantly negative after adjustment. */
  change: ChangeModel;
  effort: Effort | null;
  recurrenceMedian: number;
}

export function priorityOf({ impact, change, effort, recurrenceMedian }: PriorityInput): ThemePriority {
  const share = impact.share ?? 0;
  const difference = change.difference ?? 0;
  const pointsAtStake = (share / 100) * difference;
  const ease = PRIORITY_EASE[effort ?? 'unknown'];
  const recurrent = impact.share !== null && share >= recurrenceMedian;
  const irritating = change.significant && difference < 0;
  const quadrant: PriorityQuadrant = recurrent
    ? irritating
      ? 'fix-first'
      : 'frequent-minor'
    : irritating
      ? 'rare-severe'
      : 'monitor';
  return {
    recurrence: share,
    irritation: Math.max(0, -difference),
    pointsAtStake,
    ease,
    score: Math.max(0, -pointsAtStake) * ease,
    recurrenceMedian,
    quadrant,
  };
}

/** Effort from the config, else from the most recently opened action on the theme that states one. */
function effortOf(themeId: string, configured: Effort | undefined, actions: readonly Action[]) {
  if (configured) return { effort: configured, effortSource: 'config' as const };
  const linked = actions
    .filter((action) => action.theme === themeId && action.effort !== undefined)
    .sort((a, b) => compareKeys(b.opened, a.opened) || compareKeys(a.id, b.id))[0];
  return linked?.effort ? { effort: linked.effort, effortSource: 'action' as const } : { effort: null, effortSource: null };
}

export interface ThemesInput {
  tallies: ThemeTallies;
  /** theme id -> period key -> mentions. */
  mentionsByPeriod: Map<string, Map<string, number>>;
  /** The overall trend: periods and their n. */
  trend: readonly TrendPoint[];
  actions: readonly Action[];
}

/** Every theme of the config, in the stats module's order (mentions descending, then id). */
export function buildThemes(input: ThemesInput, context: ReportContext): ThemeModel[] {
  const { stats, config } = context;
  const impacts = configuredImpacts(input.tallies, context);
  const recurrenceMedian = irritantMedianShare(
    impacts.map((entry) => entry.impact),
    config.themes,
  );
  return impacts.map((entry) => {
    const { theme, impact, change } = entry;
    const { effort, effortSource } = effortOf(theme.id, theme.effort, input.actions);
    const byPeriod = input.mentionsByPeriod.get(theme.id);
    const trend: ThemeTrendPoint[] = input.trend.map((point) => {
      const mentions = byPeriod?.get(point.key) ?? 0;
      const { share, interval } = shareModel(mentions, point.n, stats.confidence);
      return { key: point.key, mentions, n: point.n, share, interval };
    });
    return {
      ...themeSummaryOf(entry, context),
      with: figureOf(impact.with, stats),
      without: figureOf(impact.without, stats),
      trend,
      effort,
      effortSource,
      actions: input.actions
        .filter((action) => action.theme === theme.id)
        .map((action) => action.id)
        .sort(compareKeys),
      priority: priorityOf({ impact, change, effort, recurrenceMedian }),
      // Filled by attachVerbatims (the verbatims may be collected on another thread).
      examples: [],
    };
  });
}
