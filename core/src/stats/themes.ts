import { compareKeys } from './breakdown.ts';
import { type Comparison, compareNps } from './difference.ts';
import { type Interval, wilsonInterval } from './intervals.ts';
import { zForConfidence } from './normal.ts';
import { resolveStatsOptions, type StatsOptions } from './options.ts';
import { type NpsSummary, summarize } from './summary.ts';
import { addToTally, createTally, mergeTallies, sampleOf, subtractTallyFrom, type Tally, tallyCount } from './tally.ts';

/** All responses, and per theme the responses that mention it; "without" is the difference. */
export interface ThemeTallies {
  readonly total: Tally;
  readonly mentions: Map<string, Tally>;
}

/** `themeIds`: the declared themes, so that a theme nobody mentions still shows with 0. */
export function createThemeTallies(themeIds: Iterable<string> = []): ThemeTallies {
  return { total: createTally(), mentions: new Map([...themeIds].map((id) => [id, createTally()])) };
}

/** Folds a response in with the ids of the themes its comment matched (duplicates count once). */
export function addToThemes(
  tallies: ThemeTallies,
  response: { score: number; weight?: number | undefined },
  matchedThemeIds: Iterable<string>,
): ThemeTallies {
  addToTally(tallies.total, response.score, response.weight);
  // The matcher gives each id once: no Set a response (this runs once a response and segment).
  const ids = Array.isArray(matchedThemeIds) ? (matchedThemeIds as readonly string[]) : [...matchedThemeIds];
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index] as string;
    if (ids.indexOf(id) !== index) continue;
    let tally = tallies.mentions.get(id);
    if (!tally) {
      tally = createTally();
      tallies.mentions.set(id, tally);
    }
    addToTally(tally, response.score, response.weight);
  }
  return tallies;
}

export interface ThemeImpact {
  id: string;
  mentions: number;
  /** Percent of all responses that mention the theme, with its Wilson interval. */
  share: number | null;
  shareInterval: Interval | null;
  with: NpsSummary;
  without: NpsSummary;
  /**
   * NPS(with) - NPS(without) in points, tested as two independent samples: negative for an
   * irritant that drags the score down.
   */
  impact: Comparison;
}

/** Sorted by mentions descending, then id. */
export function summarizeThemes(tallies: ThemeTallies, options: StatsOptions = {}): ThemeImpact[] {
  const resolved = resolveStatsOptions(options);
  const z = zForConfidence(resolved.confidence);
  const total = tallyCount(tallies.total);
  return [...tallies.mentions]
    .map(([id, mentioning]) => {
      const without = subtractTallyFrom(mergeTallies(tallies.total), mentioning);
      const mentions = tallyCount(mentioning);
      return {
        id,
        mentions,
        share: total > 0 ? (mentions / total) * 100 : null,
        shareInterval: wilsonInterval(mentions, total, z),
        with: summarize(mentioning, resolved),
        without: summarize(without, resolved),
        impact: compareNps(sampleOf(without, resolved), sampleOf(mentioning, resolved), {
          confidence: resolved.confidence,
          significance: resolved.significance,
        }),
      };
    })
    .sort((a, b) => b.mentions - a.mentions || compareKeys(a.id, b.id));
}
