import type { Action } from '../actions.ts';
import type { NpsResponse } from '../schema/response.ts';
import { addResponse, createAggregate, type NpsAggregate } from '../stats/aggregate.ts';
import { addToBreakdown, type Breakdown, createBreakdown } from '../stats/breakdown.ts';
import { addToClosedLoop, type ClosedLoopCollector, createClosedLoopCollector } from '../stats/closed-loop.ts';
import { addDays } from '../stats/periods.ts';
import { addTallyInto, addToTally, createTally, type Tally } from '../stats/tally.ts';
import { createThemeTallies, type ThemeTallies } from '../stats/themes.ts';
import { responseLanes } from './card-keys.ts';
import type { ReportContext } from './context.ts';
import { addToFingerprint, createFingerprint, type FingerprintAccumulator } from './hash.ts';
import type { ActionWindow } from './model.ts';
import { type ThemeMentions, targets } from './theme-mentions.ts';
import type { CommentSource } from './verbatim-types.ts';

/**
 * Phase 1 of the report: one pass over the responses, folding each into tallies (overall, per
 * segment value, per action window, the totals of the theme shares); the comments go to the
 * comment side (comment-collector.ts), which counts the theme mentions and keeps only what pages
 * publish of a comment: never the response or respondent id.
 */

/** What the trend, split and closed loop of a group read: an NpsAggregate has it, and so does a segment value. */
export interface GroupTallies {
  overall: Tally;
  byPeriod: Breakdown;
  closedLoop: ClosedLoopCollector;
}

/** The tallies of one segment value: lighter than an aggregate (no daily breakdown, no migration). */
export interface GroupCollection {
  aggregate: GroupTallies;
  themes: ThemeTallies;
}

/** Everything: the full aggregate (daily breakdown for rolling windows, segments, migration). */
export interface MainCollection {
  aggregate: NpsAggregate;
  themes: ThemeTallies;
}

export interface ActionCollection {
  action: Action;
  before: ActionWindow;
  after: ActionWindow;
  npsBefore: Tally;
  npsAfter: Tally;
  mentionsBefore: number;
  mentionsAfter: number;
}

export interface ReportCollection {
  context: ReportContext;
  main: MainCollection;
  /** field -> value -> its tallies. */
  values: Map<string, Map<string, GroupCollection>>;
  /** field -> the responses without it. */
  missing: Map<string, Tally>;
  /** theme id -> period key -> responses mentioning it. */
  mentionsByPeriod: Map<string, Map<string, number>>;
  /** Responses with a comment (their verbatims go to the verbatim side: verbatim-collector.ts). */
  comments: number;
  actions: ActionCollection[];
  fingerprint: FingerprintAccumulator;
  from: string | null;
  to: string | null;
}

function createMain(context: ReportContext): MainCollection {
  const { config } = context;
  return {
    aggregate: createAggregate({
      period: context.period,
      // No segment tallies here: each value's group holds the same tally (its overall), and
      // `missing` below the responses without the field; one lookup a field instead of two.
      segmentFields: [],
      migration: true,
    }),
    themes: createThemeTallies(config.themes.map((theme) => theme.id)),
  };
}

function createGroup(context: ReportContext): GroupCollection {
  return {
    aggregate: { overall: createTally(), byPeriod: createBreakdown(), closedLoop: createClosedLoopCollector() },
    themes: createThemeTallies(context.config.themes.map((theme) => theme.id)),
  };
}

/** Before: the `days` days before `opened`; after: as many days from the day after `closed`, or from `opened`. */
export function actionWindows(
  action: Pick<Action, 'opened' | 'closed'>,
  days: number,
): { before: ActionWindow; after: ActionWindow } {
  const start = action.closed !== undefined ? addDays(action.closed, 1) : action.opened;
  return {
    before: { from: addDays(action.opened, -days), to: addDays(action.opened, -1) },
    after: { from: start, to: addDays(start, days - 1) },
  };
}

export function createCollection(context: ReportContext, actions: readonly Action[]): ReportCollection {
  const days = context.stats.rollingDays;
  return {
    context,
    main: createMain(context),
    values: new Map(context.config.segments.map((segment) => [segment.field, new Map()])),
    missing: new Map(context.config.segments.map((segment) => [segment.field, createTally()])),
    mentionsByPeriod: new Map(context.config.themes.map((theme) => [theme.id, new Map()])),
    comments: 0,
    actions: actions.map((action) => ({
      action,
      ...actionWindows(action, days),
      npsBefore: createTally(),
      npsAfter: createTally(),
      mentionsBefore: 0,
      mentionsAfter: 0,
    })),
    fingerprint: createFingerprint(),
    from: null,
    to: null,
  };
}

/**
 * The fold of one response into the collection, for a caller that streams responses as they are
 * read: the site folds each response as the parser yields it, so the million response objects of
 * a big data set die young instead of being kept for a second pass (measured: a third less GC).
 * A commented response goes to `onComment`: the comment side (theme matching and mentions, cards)
 * is apart, see comment-collector.ts, so that it can run on another thread; its mentions come back
 * through applyMentions before the report is built.
 */
export function responseFolder(
  collection: ReportCollection,
  onComment: (source: CommentSource) => void,
): (response: NpsResponse) => void {
  const { context } = collection;
  const declared = context.config.segments.map((segment) => segment.field);
  // An array, not the Map: iterating a Map with destructuring allocates an entry per step.
  const valueMaps = [...collection.values];
  const missing = valueMaps.map(([field]) => collection.missing.get(field) as Tally);
  return (response) => {
    const lanes = responseLanes(response, declared);
    addToFingerprint(collection.fingerprint, lanes);
    if (collection.from === null || response.day < collection.from) collection.from = response.day;
    if (collection.to === null || response.day > collection.to) collection.to = response.day;
    addResponse(collection.main.aggregate, response);
    // The theme totals (every response); the mentions are the comment side's.
    addToTally(collection.main.themes.total, response.score, response.weight);
    const periodKey = collection.main.aggregate.periodKeys.get(response.day) as string;
    for (let index = 0; index < valueMaps.length; index++) {
      const [field, byValue] = valueMaps[index] as [string, Map<string, GroupCollection>];
      const value = response.segments[field];
      if (value === undefined) {
        addToTally(missing[index] as Tally, response.score, response.weight);
        continue;
      }
      let group = byValue.get(value);
      if (!group) {
        group = createGroup(context);
        byValue.set(value, group);
      }
      addToGroup(group, response, periodKey);
    }
    for (const entry of collection.actions) addToAction(entry, response);
    if (response.comment?.trim()) {
      collection.comments += 1;
      onComment({
        day: response.day,
        at: response.at,
        score: response.score,
        weight: response.weight,
        comment: response.comment,
        language: response.language,
        segments: response.segments,
        replied: response.repliedAt !== undefined,
      });
    }
  };
}

/** Takes in the comment side's theme mentions (comment-collector.ts), once every response is folded. */
export function applyMentions(collection: ReportCollection, mentions: ThemeMentions): void {
  addMentionsInto(collection.main.themes, mentions.main);
  for (const [field, byValue] of mentions.byValue) {
    for (const [value, perTheme] of byValue) {
      const group = collection.values.get(field)?.get(value);
      if (!group) throw new Error(`theme mentions for the value "${value}" of "${field}", which no response has`);
      addMentionsInto(group.themes, perTheme);
    }
  }
  for (const [id, byPeriod] of mentions.byPeriod) {
    const counts = collection.mentionsByPeriod.get(id);
    if (!counts) continue;
    for (const [period, count] of byPeriod) counts.set(period, (counts.get(period) ?? 0) + count);
  }
  collection.actions.forEach((entry, index) => {
    entry.mentionsBefore += mentions.actions[index]?.before ?? 0;
    entry.mentionsAfter += mentions.actions[index]?.after ?? 0;
  });
}

function addMentionsInto(tallies: ThemeTallies, mentions: ReadonlyMap<string, Tally>): void {
  for (const [id, tally] of mentions) {
    const own = tallies.mentions.get(id);
    if (own) addTallyInto(own, tally);
    else tallies.mentions.set(id, { ...tally });
  }
}

function addToGroup(group: GroupCollection, response: NpsResponse, periodKey: string): void {
  addToTally(group.aggregate.overall, response.score, response.weight);
  addToBreakdown(group.aggregate.byPeriod, periodKey, response.score, response.weight);
  addToClosedLoop(group.aggregate.closedLoop, response);
  addToTally(group.themes.total, response.score, response.weight);
}

function addToAction(entry: ActionCollection, response: NpsResponse): void {
  const { day } = response;
  const inBefore = day >= entry.before.from && day <= entry.before.to;
  const inAfter = day >= entry.after.from && day <= entry.after.to;
  if (!(inBefore || inAfter) || !targets(entry.action, response.segments)) return;
  addToTally(inBefore ? entry.npsBefore : entry.npsAfter, response.score, response.weight);
}
