import type { Action } from '../actions.ts';
import type { Period } from '../schema/config.ts';
import { periodKey } from '../stats/periods.ts';
import { addToTally, createTally, type Tally } from '../stats/tally.ts';
import type { ActionWindow } from './model.ts';

/**
 * The theme mentions of the comments: per theme overall, per segment value, per period, and in
 * each action's windows. They are counted on the comment side (comment-collector.ts), where the
 * comments are matched; the tallies' side (collect.ts) counts everything else, the totals the
 * mentions are shares of included, and takes these in when it finishes (applyMentions).
 * Plain data: it crosses threads with a structured clone.
 */
export interface ThemeMentions {
  /** theme id -> the responses mentioning it. */
  main: Map<string, Tally>;
  /** field -> value -> theme id -> the responses of that value mentioning it. */
  byValue: Map<string, Map<string, Map<string, Tally>>>;
  /** theme id -> period key -> mentions. */
  byPeriod: Map<string, Map<string, number>>;
  /** Per action, in the order given: mentions of its theme in its windows (its segment only). */
  actions: { before: number; after: number }[];
}

/** What the count reads of a commented response. */
export interface MentionSource {
  day: string;
  score: number;
  weight: number | undefined;
  /** At least the declared segment fields (actions target only those). */
  segments: Readonly<Record<string, string>>;
}

export interface MentionCounter {
  add(source: MentionSource, themes: readonly string[]): void;
  result(): ThemeMentions;
}

export interface MentionContext {
  fields: readonly string[];
  period: Period;
  actions: readonly { action: Action; before: ActionWindow; after: ActionWindow }[];
}

export function createMentionCounter(context: MentionContext): MentionCounter {
  const mentions: ThemeMentions = {
    main: new Map(),
    byValue: new Map(context.fields.map((field) => [field, new Map()])),
    byPeriod: new Map(),
    actions: context.actions.map(() => ({ before: 0, after: 0 })),
  };
  const byValue = context.fields.map((field) => [field, mentions.byValue.get(field)] as const);
  // Day -> period key, once a distinct day.
  const periods = new Map<string, string>();
  return {
    add(source, themes) {
      if (themes.length === 0) return;
      let period = periods.get(source.day);
      if (period === undefined) {
        period = periodKey(source.day, context.period);
        periods.set(source.day, period);
      }
      for (const id of themes) {
        addToTally(tallyIn(mentions.main, id), source.score, source.weight);
        let perPeriod = mentions.byPeriod.get(id);
        if (!perPeriod) {
          perPeriod = new Map();
          mentions.byPeriod.set(id, perPeriod);
        }
        perPeriod.set(period, (perPeriod.get(period) ?? 0) + 1);
      }
      for (const [field, values] of byValue) {
        const value = source.segments[field];
        if (value === undefined || !values) continue;
        let perTheme = values.get(value);
        if (!perTheme) {
          perTheme = new Map();
          values.set(value, perTheme);
        }
        for (const id of themes) addToTally(tallyIn(perTheme, id), source.score, source.weight);
      }
      for (let index = 0; index < context.actions.length; index++) {
        const entry = context.actions[index] as MentionContext['actions'][number];
        if (entry.action.theme === undefined || !themes.includes(entry.action.theme)) continue;
        if (!targets(entry.action, source.segments)) continue;
        const count = mentions.actions[index] as { before: number; after: number };
        if (source.day >= entry.before.from && source.day <= entry.before.to) count.before += 1;
        else if (source.day >= entry.after.from && source.day <= entry.after.to) count.after += 1;
      }
    },
    result: () => mentions,
  };
}

function tallyIn(tallies: Map<string, Tally>, id: string): Tally {
  let tally = tallies.get(id);
  if (!tally) {
    tally = createTally();
    tallies.set(id, tally);
  }
  return tally;
}

/** Every field the action targets has the action's value. */
export function targets(action: Action, segments: Readonly<Record<string, string>>): boolean {
  if (!action.segment) return true;
  for (const field in action.segment) if (segments[field] !== action.segment[field]) return false;
  return true;
}
