import { redactText } from '../text/redact.ts';
import { CardKeys, cardKeyLanes } from './card-keys.ts';
import type { ReportContext } from './context.ts';
import type { VerbatimCard } from './model.ts';
import { type SegmentSlugs, verbatimCards } from './verbatims.ts';

/**
 * The verbatim side of the report's one pass: every commented response is redacted, given its
 * card key and kept until the cards are sorted. It is apart from the tallies (collect.ts) so that a
 * caller with two threads can run it on the second one: the site's reading worker sends these
 * sources across (verbatim-batch.ts) and its main thread, idle while the worker reads, collects
 * them. Measured on 1M responses: 2.9 s of the reading thread's 8.3 s.
 */

/** A commented response as the verbatim side reads it: what its card publishes, before redaction. */
export interface VerbatimSource {
  day: string;
  /** Epoch ms, when the response has a time. */
  at: number | undefined;
  score: number;
  /** Not empty, not redacted yet. */
  comment: string;
  language: string | undefined;
  /** At least the declared segment fields (the only ones a card shows). */
  segments: Readonly<Record<string, string>>;
  /** Theme ids, in config order. */
  themes: string[];
  replied: boolean;
}

/** A verbatim before its segment slugs are known (they need every value of the field). */
export interface CollectedVerbatim {
  key: string;
  day: string;
  /** Epoch ms, or -Infinity without a time: orders verbatims of one day. */
  at: number;
  score: number;
  /** Redacted. */
  comment: string;
  language: string | null;
  segments: Readonly<Record<string, string>>;
  themes: string[];
  replied: boolean;
}

export interface RedactionCounts {
  emails: number;
  phones: number;
  /** Comments with at least one redaction. */
  comments: number;
}

/** The report's verbatims: every card, newest first, and what redaction replaced. */
export interface VerbatimPart {
  cards: VerbatimCard[];
  redaction: RedactionCounts;
}

export interface VerbatimCollector {
  add(source: VerbatimSource): void;
  /** The cards, with the segment slugs the tallies' side found (every value of every field). */
  finish(slugs: SegmentSlugs): VerbatimPart;
}

export function createVerbatimCollector(context: ReportContext): VerbatimCollector {
  const privacy = {
    emails: context.config.privacy.redactEmails,
    phones: context.config.privacy.redactPhones,
    locale: context.locale,
  };
  const declared = context.config.segments.map((segment) => segment.field);
  // Keys already given, for the rare exact duplicate (same published content): it gets a suffix.
  const keys = new CardKeys();
  const verbatims: CollectedVerbatim[] = [];
  const redaction: RedactionCounts = { emails: 0, phones: 0, comments: 0 };
  return {
    add(source) {
      const redacted = redactText(source.comment, privacy);
      redaction.emails += redacted.emails;
      redaction.phones += redacted.phones;
      if (redacted.emails + redacted.phones > 0) redaction.comments += 1;
      verbatims.push({
        key: keys.claim(cardKeyLanes(source, redacted.text, declared)),
        day: source.day,
        at: source.at ?? Number.NEGATIVE_INFINITY,
        score: source.score,
        comment: redacted.text,
        language: source.language ?? null,
        segments: source.segments,
        themes: source.themes,
        replied: source.replied,
      });
    },
    finish: (slugs) => ({ cards: verbatimCards(verbatims, slugs), redaction: { ...redaction } }),
  };
}
