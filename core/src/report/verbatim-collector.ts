import { compareKeys } from '../stats/breakdown.ts';
import { categoryOf } from '../stats/categories.ts';
import { redactText } from '../text/redact.ts';
import { pickVerbatims } from './attach-verbatims.ts';
import { CardKeys, cardKeyLanes } from './card-keys.ts';
import type { ReportContext } from './context.ts';
import type { SegmentRef, VerbatimCard } from './model.ts';
import type { CommentSource, RedactionCounts, VerbatimPart, VerbatimPicks } from './verbatim-types.ts';
import type { SegmentSlugs } from './verbatims.ts';

export type { CommentSource, RedactionCounts, VerbatimPart } from './verbatim-types.ts';

/**
 * The verbatims of the comment side (comment-collector.ts): every commented response is
 * redacted, given its card key and made into its card, kept until the cards are sorted.
 */

export interface VerbatimCollector {
  /** `themes`: the ids the comment mentions, in config order. */
  add(source: CommentSource, themes: string[]): void;
  /**
   * Every verbatim is in: sorts the cards and picks what the pages show, all but the slugs. finish()
   * does it when not done before; a caller waiting for the slugs does it meanwhile.
   */
  settle(): void;
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
  const refs = new SharedRefs(declared);
  // The cards are made as the verbatims come (on the site, while the data is still being read),
  // in arrival order; `at` orders them within a day (-Infinity without a time: last).
  const cards: VerbatimCard[] = [];
  const times: number[] = [];
  const redaction: RedactionCounts = { emails: 0, phones: 0, comments: 0 };
  let settled: { cards: VerbatimCard[]; picks: VerbatimPicks } | undefined;
  const settle = () => {
    if (settled) return settled;
    const sorted = newestFirst(cards, times);
    settled = { cards: sorted, picks: pickVerbatims(sorted, context) };
    return settled;
  };
  return {
    add(source, themes) {
      if (settled) throw new Error('VerbatimCollector: a verbatim came after settle()');
      const redacted = redactText(source.comment, privacy);
      redaction.emails += redacted.emails;
      redaction.phones += redacted.phones;
      if (redacted.emails + redacted.phones > 0) redaction.comments += 1;
      cards.push({
        key: keys.claim(cardKeyLanes(source, redacted.text, declared)),
        day: source.day,
        score: source.score,
        category: categoryOf(source.score),
        comment: redacted.text,
        language: source.language ?? null,
        segments: refs.of(source.segments),
        themes,
        replied: source.replied,
      });
      times.push(source.at ?? Number.NEGATIVE_INFINITY);
    },
    settle: () => void settle(),
    finish(slugs) {
      // The picks hold the same cards, whose shared refs get their slugs here.
      refs.setSlugs(slugs);
      return { ...settle(), redaction: { ...redaction } };
    },
  };
}

/**
 * One SegmentRef per field and value, shared by every card (100k cards hold few distinct refs),
 * looked up by field then value: no per-card key string. Its slug needs every value of the field
 * (the tallies' side has them): it is set when the cards are finished.
 */
class SharedRefs {
  private readonly byField: [field: string, byValue: Map<string, SegmentRef>][];

  constructor(fields: readonly string[]) {
    this.byField = fields.map((field) => [field, new Map()]);
  }

  /** The declared segments of a response, in config order. */
  of(segments: Readonly<Record<string, string>>): SegmentRef[] {
    const refs: SegmentRef[] = [];
    for (let index = 0; index < this.byField.length; index++) {
      const [field, byValue] = this.byField[index] as [string, Map<string, SegmentRef>];
      const value = segments[field];
      if (value === undefined) continue;
      let ref = byValue.get(value);
      if (!ref) {
        ref = { field, value, slug: '' };
        byValue.set(value, ref);
      }
      refs.push(ref);
    }
    return refs;
  }

  setSlugs(slugs: SegmentSlugs): void {
    for (const [field, byValue] of this.byField) {
      for (const [value, ref] of byValue) {
        const slug = slugs.get(field)?.get(value);
        if (slug === undefined) throw new Error(`no slug for the value "${value}" of the segment field "${field}"`);
        ref.slug = slug;
      }
    }
  }
}

/**
 * Newest first: day, then time (untimed last within a day), then key, so ties never depend on
 * input order. Sorts the positions (the times are apart from the cards, which do not publish them).
 */
function newestFirst(cards: readonly VerbatimCard[], times: readonly number[]): VerbatimCard[] {
  const order = Array.from({ length: cards.length }, (_, index) => index);
  order.sort((left, right) => {
    const a = cards[left] as VerbatimCard;
    const b = cards[right] as VerbatimCard;
    if (a.day !== b.day) return a.day < b.day ? 1 : -1;
    const timeA = times[left] as number;
    const timeB = times[right] as number;
    if (timeA !== timeB) return timeA < timeB ? 1 : -1;
    return compareKeys(a.key, b.key);
  });
  return order.map((index) => cards[index] as VerbatimCard);
}
