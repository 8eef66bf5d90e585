import type { ReportContext } from './context.ts';
import type { RecentVerbatims, Report, VerbatimCard } from './model.ts';
import type { VerbatimPart, VerbatimPicks } from './verbatim-types.ts';

export type { VerbatimPicks } from './verbatim-types.ts';

import { buildVerbatims, recentByCategory, type SegmentSlugs } from './verbatims.ts';

/**
 * The report of the tallies (build.ts), its verbatim fields still empty (recent verbatims,
 * theme examples, the cards, the redaction counts), and the slugs the cards' segments need.
 * Plain data: it crosses threads with a structured clone.
 */
export interface TallyReport {
  report: Report;
  slugs: SegmentSlugs;
}

/**
 * The whole report: the tallies' report with the verbatim side's cards in every place that shows
 * verbatims. Each field keeps its place in the JSON (the tallies' report has them, empty).
 */
export function attachVerbatims(tally: TallyReport, part: VerbatimPart, context: ReportContext): Report {
  const { report } = tally;
  const { cards, redaction, picks } = part;
  const { perValue, perTheme } = picks;
  return {
    ...report,
    overview: { ...report.overview, recentVerbatims: picks.overall },
    segments: report.segments.map((field) => ({
      ...field,
      pages: field.pages.map((page) => ({
        ...page,
        recentVerbatims: perValue.get(page.field)?.get(page.value) ?? { detractor: [], passive: [], promoter: [] },
      })),
    })),
    themes: report.themes.map((theme) => ({ ...theme, examples: perTheme.get(theme.id) ?? [] })),
    verbatims: buildVerbatims(cards, context.locale),
    methodology: {
      ...report.methodology,
      redaction: {
        ...report.methodology.redaction,
        redactedEmails: redaction.emails,
        redactedPhones: redaction.phones,
        redactedComments: redaction.comments,
      },
    },
  };
}

/** The picks of these cards, sorted newest first. */
export function pickVerbatims(cards: readonly VerbatimCard[], context: ReportContext): VerbatimPicks {
  return {
    overall: recentByCategory(cards, context.recentPerCategory),
    perValue: recentPerValue(cards, context.recentPerCategory),
    perTheme: examplesPerTheme(cards, context.examplesPerTheme),
  };
}

/** The newest `count` cards of each category for every segment value (field -> value -> lists), in one pass over the cards. */
function recentPerValue(cards: readonly VerbatimCard[], count: number): Map<string, Map<string, RecentVerbatims>> {
  const recent = new Map<string, Map<string, RecentVerbatims>>();
  for (const card of cards) {
    for (const ref of card.segments) {
      let byValue = recent.get(ref.field);
      if (!byValue) {
        byValue = new Map();
        recent.set(ref.field, byValue);
      }
      let lists = byValue.get(ref.value);
      if (!lists) {
        lists = { detractor: [], passive: [], promoter: [] };
        byValue.set(ref.value, lists);
      }
      const list = lists[card.category];
      if (list.length < count) list.push(card);
    }
  }
  return recent;
}

/** The newest `count` cards mentioning each theme, from cards sorted newest first. */
function examplesPerTheme(cards: readonly VerbatimCard[], count: number): Map<string, VerbatimCard[]> {
  const examples = new Map<string, VerbatimCard[]>();
  for (const card of cards) {
    for (const id of card.themes) {
      let list = examples.get(id);
      if (!list) {
        list = [];
        examples.set(id, list);
      }
      if (list.length < count) list.push(card);
    }
  }
  return examples;
}
