import type { RecentVerbatims, VerbatimCard } from './model.ts';

// The types the comment side's modules share (verbatim-collector, attach-verbatims, collect), in a
// module of their own: importing each other for them made an import cycle.

/**
 * A commented response as the comment side reads it (comment-collector.ts): what its card
 * publishes, before redaction, and what its theme mentions count.
 */
export interface CommentSource {
  day: string;
  /** Epoch ms, when the response has a time. */
  at: number | undefined;
  score: number;
  weight: number | undefined;
  /** Not empty, not redacted yet. */
  comment: string;
  language: string | undefined;
  /** At least the declared segment fields (the only ones a card shows or an action targets). */
  segments: Readonly<Record<string, string>>;
  replied: boolean;
}

/**
 * The cards each page shows: the newest of each category overall and per segment value, the
 * newest per theme. Keyed by value, not slug: they are picked before the slugs are known (the
 * verbatim collector picks them while the tallies' side finishes).
 */
export interface VerbatimPicks {
  overall: RecentVerbatims;
  /** field -> value -> the newest of each category. */
  perValue: Map<string, Map<string, RecentVerbatims>>;
  /** theme id -> its newest examples. */
  perTheme: Map<string, VerbatimCard[]>;
}

export interface RedactionCounts {
  emails: number;
  phones: number;
  /** Comments with at least one redaction. */
  comments: number;
}

/** The report's verbatims: every card, newest first, what the pages show of them, and what redaction replaced. */
export interface VerbatimPart {
  cards: VerbatimCard[];
  picks: VerbatimPicks;
  redaction: RedactionCounts;
}
