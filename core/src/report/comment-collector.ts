import type { Action } from '../actions.ts';
import { compileThemes } from '../text/themes.ts';
import type { ReportContext } from './context.ts';
import { actionWindows } from './tally-collection.ts';
import { createMentionCounter, type ThemeMentions } from './theme-mentions.ts';
import { type CommentSource, createVerbatimCollector, type VerbatimPart } from './verbatim-collector.ts';
import type { SegmentSlugs } from './verbatims.ts';

/**
 * The comment side of the report's one pass: each commented response is matched against the
 * themes, its mentions counted (theme-mentions.ts) and its card made (verbatim-collector.ts).
 * It is apart from the tallies (collect.ts) so that a caller with two threads can run it on the
 * second one: the site's reading worker sends the comments across in batches (comment-batch.ts)
 * to a worker that is otherwise idle. Measured on 1M responses, the reading thread alone: about
 * 8 s doing both sides; 2.9 s less once the cards were made apart, then 0.8-1.1 s less once the
 * theme matching was too (same-minute runs: the machine is shared).
 *
 * The two sides meet twice at the end: the tallies' side takes the mentions to finish its report
 * (its theme pages need them), then this side takes that report's segment slugs to finish the
 * cards, and attachVerbatims puts them into the report.
 */
export interface CommentCollector {
  add(source: CommentSource): void;
  /** Every mention counted so far; call once every comment is in. */
  mentions(): ThemeMentions;
  /** Every comment is in: orders the cards and picks what pages show, ahead of finish() (VerbatimCollector.settle). */
  settle(): void;
  /** The cards, with the segment slugs the tallies' side found (every value of every field). */
  finish(slugs: SegmentSlugs): VerbatimPart;
}

export function createCommentCollector(context: ReportContext, actions: readonly Action[]): CommentCollector {
  const matcher = compileThemes(context.config.themes);
  const counter = createMentionCounter({
    fields: context.config.segments.map((segment) => segment.field),
    period: context.period,
    actions: actions.map((action) => ({ action, ...actionWindows(action, context.stats.rollingDays) })),
  });
  const verbatims = createVerbatimCollector(context);
  return {
    add(source) {
      const themes = matcher.match(source.comment);
      counter.add(source, themes);
      verbatims.add(source, themes);
    },
    mentions: () => counter.result(),
    settle: () => verbatims.settle(),
    finish: (slugs) => verbatims.finish(slugs),
  };
}
