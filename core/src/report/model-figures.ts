import type { IntervalMethod } from '../schema/config.ts';
import type { NpsCategory } from '../stats/categories.ts';

/** The building blocks of the view models: figures, intervals, changes, trends, verbatim cards. See model.ts. */

export type ReportLocale = 'fr' | 'en';
export type Effort = 'low' | 'medium' | 'high';

/** A text in both languages of the site. */
export interface LocalizedText {
  fr: string;
  en: string;
}

/**
 * How an interval was computed: the NPS methods of the config ('wald', 'adjusted-wald', 'score'),
 * 'wilson' for a share, 'wald-difference' for a difference between two independent groups.
 */
export type IntervalKind = IntervalMethod | 'wilson' | 'wald-difference';

export interface ReportInterval {
  low: number;
  high: number;
  method: IntervalKind;
  /** e.g. 0.95 */
  confidence: number;
  /** The configured method, when its interval left out the estimate and the score interval stands in. */
  replaces?: IntervalMethod;
}

/** Counts and shares (percent) of the three categories; shares are null for an empty group. */
export interface Split {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  shares: { promoters: number; passives: number; detractors: number } | null;
}

/** The NPS of one group of responses. */
export interface NpsFigure extends Split {
  nps: number | null;
  /** The interval the config asks for (statistics.interval, statistics.confidence). */
  ci: ReportInterval | null;
  standardError: number | null;
  /** True when the estimates use response weights (then effectiveN is Kish's effective n). */
  weighted: boolean;
  effectiveN: number;
  /** n below statistics.smallSample: too unstable to rank or compare. */
  smallSample: boolean;
}

/**
 * What a page says about a change in words: a significant rise or fall, a change inside the
 * noise, or nothing testable (an empty side, or no variance at all).
 */
export type Verdict = 'significant-rise' | 'significant-fall' | 'within-noise' | 'not-testable';

/** A two-sided z-test between two independent groups: after - before. */
export interface ChangeModel {
  /** Points for NPS, percentage points for shares; null when a side is empty. */
  difference: number | null;
  standardError: number | null;
  interval: ReportInterval | null;
  z: number | null;
  /** The raw two-sided p-value of this test alone. */
  p: number | null;
  /** At the configured level: by the Holm-adjusted p where the change is one of a family, else by the raw p. */
  significant: boolean;
  testable: boolean;
  reason: 'empty' | 'zero-variance' | null;
  /** Follows `significant`. */
  verdict: Verdict;
  /**
   * Present where the change is one of a family of tests shown together (every theme's impact, every
   * value of a segment field): its Holm-adjusted p-value (null when not testable) and the family's
   * size. A single comparison (the NPS against the previous period) has none.
   */
  adjusted?: HolmAdjustment;
}

/** A p-value adjusted by Holm's step-down procedure within a family of `family` tests. */
export interface HolmAdjustment {
  p: number | null;
  family: number;
}

/** A change between two periods of the trend. */
export interface PeriodChange extends ChangeModel {
  /** Period keys, e.g. '2026-08' and '2026-09'. */
  from: string;
  to: string;
}

/** A share (percent) of a count among n, with its Wilson interval. */
export interface ShareModel {
  count: number;
  n: number;
  share: number | null;
  interval: ReportInterval | null;
}

/** One period of a trend: empty periods are present with n = 0 (gaps, not interpolation). */
export interface TrendPoint extends NpsFigure {
  /** Period key: '2026-W01', '2026-03', '2026-Q1', '2026'. */
  key: string;
  /** First and last day of the period (YYYY-MM-DD). */
  first: string;
  last: string;
  /** Against the previous period; null for the first. */
  change: ChangeModel | null;
}

/** The rolling NPS over `days` days ending on the last day of each period. */
export interface RollingWindowPoint {
  key: string;
  start: string;
  end: string;
  days: number;
  n: number;
  nps: number | null;
  ci: ReportInterval | null;
}

export interface SharesPoint {
  key: string;
  n: number;
  promoters: ShareModel;
  passives: ShareModel;
  detractors: ShareModel;
  /** Share of passives against the previous period (pooled two-proportion z-test). */
  passivesChange: ChangeModel | null;
  /** The CX warning: the share of passives rose significantly since the previous period. */
  passivesRising: boolean;
}

export interface ClosedLoopModel {
  category: NpsCategory;
  responses: number;
  answered: number;
  /** Percent of the category's responses that got an answer, with a Wilson interval. */
  answeredShare: number | null;
  interval: ReportInterval | null;
  /** Median hours from the response to the answer. */
  medianHours: number | null;
  /** Answers dated before their response: counted as answered, left out of the median. */
  negativeDurations: number;
}

/** A segment value as linked from pages: the slug is URL-safe, stable and unique within its field. */
export interface SegmentRef {
  field: string;
  value: string;
  slug: string;
}

/** A published verbatim. */
export interface VerbatimCard {
  /** Opaque and stable: a hash of what the card publishes, never of a response or respondent id (card-keys.ts). */
  key: string;
  day: string;
  score: number;
  category: NpsCategory;
  /** Redacted (e-mails and phones replaced by placeholders in the report's locale). Untrusted: escape it. */
  comment: string;
  language: string | null;
  segments: SegmentRef[];
  /** Theme ids, in config order. */
  themes: string[];
  /** The response got an answer (closed loop). */
  replied: boolean;
}

/** The newest verbatims of each category. */
export interface RecentVerbatims {
  detractor: VerbatimCard[];
  passive: VerbatimCard[];
  promoter: VerbatimCard[];
}

export interface SegmentValueRow extends NpsFigure, SegmentRef {}

export interface SegmentHighlight {
  field: string;
  label: string;
  labels: LocalizedText;
  /** Best and worst NPS among values that are not small samples; null when none qualifies. */
  best: SegmentValueRow | null;
  worst: SegmentValueRow | null;
}

/** The priority matrix: recurrence (share), irritation (negative impact), quick to fix (low effort). */
