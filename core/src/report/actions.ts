import { compareKeys } from '../stats/breakdown.ts';
import { compareNps, compareProportions } from '../stats/difference.ts';
import { summarize } from '../stats/summary.ts';
import { sampleOf, tallyCount } from '../stats/tally.ts';
import type { ReportContext } from './context.ts';
import type { ActionImpact, ActionModel, SegmentRef } from './model.ts';
import { slugify } from './slug.ts';
import { changeOf, figureOf, localized, shareModel } from './stats-to-model.ts';
import type { ActionCollection } from './tally-collection.ts';
import type { SegmentSlugs } from './verbatims.ts';

function impactOf(entry: ActionCollection, context: ReportContext, lastDay: string | null): ActionImpact {
  const { stats } = context;
  const tests = { confidence: stats.confidence, significance: stats.significance };
  const before = summarize(entry.npsBefore, stats);
  const after = summarize(entry.npsAfter, stats);
  const hasTheme = entry.action.theme !== undefined;
  const nBefore = tallyCount(entry.npsBefore);
  const nAfter = tallyCount(entry.npsAfter);
  return {
    days: stats.rollingDays,
    before: entry.before,
    after: entry.after,
    afterIncomplete: lastDay === null || entry.after.to > lastDay,
    npsBefore: figureOf(before, stats),
    npsAfter: figureOf(after, stats),
    npsChange: changeOf(compareNps(sampleOf(entry.npsBefore, stats), sampleOf(entry.npsAfter, stats), tests), stats.confidence),
    themeBefore: hasTheme ? shareModel(entry.mentionsBefore, nBefore, stats.confidence) : null,
    themeAfter: hasTheme ? shareModel(entry.mentionsAfter, nAfter, stats.confidence) : null,
    themeChange: hasTheme
      ? changeOf(
          compareProportions(
            { successes: entry.mentionsBefore, n: nBefore },
            { successes: entry.mentionsAfter, n: nAfter },
            tests,
          ),
          stats.confidence,
        )
      : null,
  };
}

/**
 * Each action with the NPS and the mentions of its theme before and after it, restricted to the
 * responses it targets. Order: by opened day, then id (the order readActions gives, made explicit).
 */
export function buildActions(
  entries: readonly ActionCollection[],
  context: ReportContext,
  options: { slugs: SegmentSlugs; lastDay: string | null },
): ActionModel[] {
  return [...entries]
    .sort((a, b) => compareKeys(a.action.opened, b.action.opened) || compareKeys(a.action.id, b.action.id))
    .map((entry) => {
      const { action } = entry;
      const theme = context.config.themes.find((candidate) => candidate.id === action.theme);
      const segment: SegmentRef[] = Object.keys(action.segment ?? {})
        .sort(compareKeys)
        .map((field) => {
          const value = (action.segment as Record<string, string>)[field] as string;
          // A value with no response yet has no page: its slug is still the one it will get.
          return { field, value, slug: options.slugs.get(field)?.get(value) ?? slugify(value) };
        });
      return {
        id: action.id,
        title: action.title,
        owner: action.owner,
        status: action.status,
        theme: action.theme ?? null,
        themeLabel: theme ? localized(theme.label, theme.id)[context.locale] : null,
        segment,
        opened: action.opened,
        closed: action.closed ?? null,
        effort: action.effort ?? null,
        summary: action.summary ?? null,
        body: action.body,
        impact: impactOf(entry, context, options.lastDay),
      };
    });
}
