import type { NpsConfig } from '../schema/config.ts';
import type { NpsResponse } from '../schema/response.ts';
import { addToBreakdown, createBreakdown, summarizePeriods } from '../stats/breakdown.ts';
import { categoryOf, type NpsCategory } from '../stats/categories.ts';
import { periodKey } from '../stats/periods.ts';
import type { NpsSummary } from '../stats/summary.ts';
import { summarize } from '../stats/summary.ts';
import { addToTally, createTally } from '../stats/tally.ts';
import { redactText } from '../text/redact.ts';
import { type EditorLocale, npsHeadline } from './summary-text.ts';

/**
 * What the preview panel shows, computed in the extension host from core's statistics and sent to
 * the webview as data: the headline figure, its interval, the split, the monthly trend and the
 * latest verbatims (redacted with the config's privacy rules). The webview only renders it.
 */
export interface PreviewTrendPoint {
  /** Period key, 2026-03. */
  key: string;
  n: number;
  nps: number | null;
  low: number | null;
  high: number | null;
}

export interface PreviewVerbatim {
  day: string;
  score: number;
  category: NpsCategory;
  /** Redacted; plain text (the webview sets it as text, never as HTML). */
  text: string;
}

export interface PreviewModel {
  locale: EditorLocale;
  /** What the figures cover: a file name, or undefined for the whole data set. */
  scope: string | undefined;
  headline: string;
  summary: NpsSummary;
  trend: PreviewTrendPoint[];
  verbatims: PreviewVerbatim[];
  /** Errors and warnings of the scope: responses with errors are not counted. */
  problems: { errors: number; warnings: number };
}

export interface PreviewInput {
  responses: readonly NpsResponse[];
  config: NpsConfig;
  locale: EditorLocale;
  scope: string | undefined;
  problems: { errors: number; warnings: number };
  /** How many verbatims to show (default 8). */
  verbatims?: number;
}

export function buildPreviewModel(input: PreviewInput): PreviewModel {
  const { config, locale } = input;
  const stats = config.statistics;
  const overall = createTally();
  const months = createBreakdown();
  const keys = new Map<string, string>();
  for (const response of input.responses) {
    addToTally(overall, response.score);
    let key = keys.get(response.day);
    if (key === undefined) {
      key = periodKey(response.day, 'month');
      keys.set(response.day, key);
    }
    addToBreakdown(months, key, response.score);
  }
  const summary = summarize(overall, stats);
  const trend = summarizePeriods(months, { ...stats, period: 'month' }).map((period) => ({
    key: period.key,
    n: period.n,
    nps: period.nps,
    low: period.ci?.low ?? null,
    high: period.ci?.high ?? null,
  }));
  return {
    locale,
    scope: input.scope,
    headline: npsHeadline(summary, locale),
    summary,
    trend,
    verbatims: latestVerbatims(input.responses, config, locale, input.verbatims ?? 8),
    problems: input.problems,
  };
}

function latestVerbatims(
  responses: readonly NpsResponse[],
  config: NpsConfig,
  locale: EditorLocale,
  count: number,
): PreviewVerbatim[] {
  const withComment = responses.filter((response) => response.comment !== undefined && response.comment.trim() !== '');
  // Latest first: by instant when known, else by day; ties keep file order, so the output is stable.
  const when = (response: NpsResponse) => response.at ?? Date.parse(`${response.day}T00:00:00Z`);
  const latest = withComment
    .map((response, index) => ({ response, index }))
    .sort((a, b) => when(b.response) - when(a.response) || a.index - b.index)
    .slice(0, count);
  const privacy = { emails: config.privacy.redactEmails, phones: config.privacy.redactPhones, locale };
  return latest.map(({ response }) => ({
    day: response.day,
    score: response.score,
    category: categoryOf(response.score),
    text: redactText(response.comment as string, privacy).text,
  }));
}
