import type { ActionStatus } from '../schema/action.ts';
import type { IntervalMethod, Period } from '../schema/config.ts';
import type { NpsCategory } from '../stats/categories.ts';
import type {
  ChangeModel,
  ClosedLoopModel,
  Effort,
  LocalizedText,
  NpsFigure,
  PeriodChange,
  RecentVerbatims,
  ReportInterval,
  ReportLocale,
  RollingWindowPoint,
  SegmentHighlight,
  SegmentRef,
  SegmentValueRow,
  ShareModel,
  SharesPoint,
  Split,
  TrendPoint,
  VerbatimCard,
} from './model-figures.ts';

/** The page models: overview, segments, themes, verbatims, actions, migration, methodology. See model.ts. */
export type PriorityQuadrant = 'fix-first' | 'frequent-minor' | 'rare-severe' | 'monitor';

export interface ThemePriority {
  /** Percent of responses that mention the theme (x of the matrix). */
  recurrence: number;
  /** -impact in points when the theme lowers the NPS, else 0 (y of the matrix). */
  irritation: number;
  /**
   * NPS points the overall score loses (negative) or gains (positive) through this theme:
   * share/100 x impact. What fixing it could win back, at most.
   */
  pointsAtStake: number;
  /** 1 for low effort, 0.6 medium, 0.3 high, 0.6 unknown. */
  ease: number;
  /** max(0, -pointsAtStake) x ease: irritants first, quick fixes before costly ones. */
  score: number;
  /**
   * The line between recurrent and rare: the median recurrence of the irritants (the themes the
   * matrix draws), the same for every theme. The matrix's dashed line and its caption show it.
   */
  recurrenceMedian: number;
  /** Recurrent: share >= recurrenceMedian; irritating: impact significantly negative. */
  quadrant: PriorityQuadrant;
}

export interface ThemeTrendPoint {
  key: string;
  /** Responses of the period that mention the theme, among n. */
  mentions: number;
  n: number;
  share: number | null;
  interval: ReportInterval | null;
}

/** One theme (irritant, praise or neutral). */
export interface ThemeModel {
  id: string;
  label: string;
  labels: LocalizedText;
  kind: 'irritant' | 'praise' | 'neutral';
  mentions: number;
  /** Percent of all responses that mention it. */
  share: ShareModel;
  with: NpsFigure;
  without: NpsFigure;
  /** NPS(with) - NPS(without): negative for a theme that drags the score down. */
  impact: ChangeModel;
  trend: ThemeTrendPoint[];
  effort: Effort | null;
  /** Where the effort comes from: the theme in the config, else the most recent linked action. */
  effortSource: 'config' | 'action' | null;
  /** Ids of the actions addressing this theme. */
  actions: string[];
  priority: ThemePriority;
  /** The newest verbatims mentioning the theme (redacted). */
  examples: VerbatimCard[];
}

/** A theme as listed on the overview and segment pages (no trend, no examples). */
export interface ThemeSummaryModel {
  id: string;
  label: string;
  labels: LocalizedText;
  kind: 'irritant' | 'praise' | 'neutral';
  mentions: number;
  share: ShareModel;
  impact: ChangeModel;
}

export interface BenchmarkModel {
  label: string;
  labels: LocalizedText;
  nps: number;
  source: string;
  date: string;
  url: string | null;
  /** Our NPS - the benchmark, in points; null when we have no NPS. */
  difference: number | null;
  /** The benchmark lies inside our interval: no clear difference. Null without an interval. */
  insideInterval: boolean | null;
}

/** An action on the trend's time axis. */
export interface ActionAnnotation {
  actionId: string;
  day: string;
  /** The day it was closed, when done. */
  closed: string | null;
  title: string;
  status: ActionStatus;
}

export interface OverviewModel {
  nps: NpsFigure;
  /** The last complete period against the previous one; null with fewer than two periods. */
  change: PeriodChange | null;
  split: Split;
  trend: TrendPoint[];
  rolling: RollingWindowPoint[];
  shares: SharesPoint[];
  /** The latest period whose passives rose significantly, if it is the last or the last complete one. */
  passivesWarning: SharesPoint | null;
  topSegments: SegmentHighlight[];
  topThemes: { irritants: ThemeSummaryModel[]; praise: ThemeSummaryModel[] };
  recentVerbatims: RecentVerbatims;
  benchmarks: BenchmarkModel[];
  /** Detractors first. */
  closedLoop: ClosedLoopModel[];
  /** Whether the data has reply dates (`repliedAt`); without them no closed-loop figure, never 0 %. */
  closedLoopTracked: boolean;
  annotations: ActionAnnotation[];
}

/** The page of one segment value (/segments/<field>/<slug>/). */
export interface SegmentValuePage extends SegmentRef {
  fieldLabel: string;
  fieldLabels: LocalizedText;
  nps: NpsFigure;
  split: Split;
  trend: TrendPoint[];
  shares: SharesPoint[];
  themes: ThemeSummaryModel[];
  recentVerbatims: RecentVerbatims;
  closedLoop: ClosedLoopModel[];
}

export interface SegmentFieldModel {
  field: string;
  label: string;
  labels: LocalizedText;
  /** Sorted by n descending, then value. */
  values: SegmentValueRow[];
  /** Responses without this field (not a fake value); null when none lacks it. */
  missing: NpsFigure | null;
  pages: SegmentValuePage[];
}

export interface ReplyPlaybookEntry {
  category: NpsCategory;
  /** What to do, for the report's locale, and in both languages. */
  text: string;
  texts: LocalizedText;
}

export interface VerbatimsModel {
  /** Every response with a non-blank comment: newest first (day, then time), then key. */
  cards: VerbatimCard[];
  /** Detractors first. */
  playbook: ReplyPlaybookEntry[];
}

export interface ActionWindow {
  /** Inclusive days. */
  from: string;
  to: string;
}

export interface ActionImpact {
  /** Days in each window (statistics.rollingDays). */
  days: number;
  before: ActionWindow;
  after: ActionWindow;
  /** The after window ends after the last day of data: its figure is partial. */
  afterIncomplete: boolean;
  npsBefore: NpsFigure;
  npsAfter: NpsFigure;
  npsChange: ChangeModel;
  /** Share of responses mentioning the action's theme, when it has one. */
  themeBefore: ShareModel | null;
  themeAfter: ShareModel | null;
  themeChange: ChangeModel | null;
}

export interface ActionModel {
  id: string;
  title: string;
  owner: string;
  status: ActionStatus;
  theme: string | null;
  themeLabel: string | null;
  /** The responses it targets (every field must match); empty for all responses. */
  segment: SegmentRef[];
  opened: string;
  closed: string | null;
  effort: Effort | null;
  summary: string | null;
  /** The Markdown body, as text: the page renders it. */
  body: string;
  impact: ActionImpact;
}

export interface MigrationStepModel {
  from: string;
  to: string;
  /** matrix[category in `from`][category in `to`]: respondents who answered in both periods. */
  matrix: Record<NpsCategory, Record<NpsCategory, number>>;
  both: number;
  onlyFrom: number;
  onlyTo: number;
  /** Row totals (categories in `from`) and column totals (in `to`), over `both`. */
  fromTotals: Record<NpsCategory, number>;
  toTotals: Record<NpsCategory, number>;
}

export interface MigrationModel {
  period: Period;
  /** Distinct respondents with an identifier (the rest cannot be followed). */
  respondents: number;
  steps: MigrationStepModel[];
}

export interface MethodologyModel {
  confidence: number;
  interval: IntervalMethod;
  significance: number;
  smallSample: number;
  rollingDays: number;
  period: Period;
  /** True when `period` was chosen from the data (`site.period: auto`); absent when the config names it. */
  periodAuto?: true;
  weighted: boolean;
  redaction: {
    emails: boolean;
    phones: boolean;
    /** How many e-mail addresses and phone numbers were masked in published comments. */
    redactedEmails: number;
    redactedPhones: number;
    /** Comments with at least one masked item. */
    redactedComments: number;
  };
  /** Ease factors of the priority score, by effort. */
  priorityEase: Record<Effort | 'unknown', number>;
  /** Verbatims kept per category on the overview and segment pages, and examples per theme. */
  recentPerCategory: number;
  examplesPerTheme: number;
}

export interface ReportMeta {
  title: string;
  titles: LocalizedText;
  locale: ReportLocale;
  timeZone: string;
  period: Period;
  /** A stable hash of the normalised responses (independent of their order): 16 hex digits. */
  fingerprint: string;
  /** First and last day of data; null without responses. */
  from: string | null;
  to: string | null;
  n: number;
  /** Responses with a published comment. */
  comments: number;
  /** The pinned build date given to buildReport; null when none was given (never the clock). */
  generated: string | null;
  /** Fingerprints of the data files given to buildReport, sorted by path. */
  files: { path: string; fingerprint: string }[];
}

export interface Report {
  meta: ReportMeta;
  overview: OverviewModel;
  segments: SegmentFieldModel[];
  themes: ThemeModel[];
  verbatims: VerbatimsModel;
  actions: ActionModel[];
  migration: MigrationModel;
  methodology: MethodologyModel;
}

/** A file of the downloads page. */
export interface DownloadFile {
  /** e.g. 'trend.csv' */
  name: string;
  mediaType: 'text/csv' | 'application/json';
  text: string;
}
