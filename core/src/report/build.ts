import type { NpsResponse } from '../schema/response.ts';
import { buildActions } from './actions.ts';
import { collectResponses, createCollection, type ReportCollection, responseFolder } from './collect.ts';
import { type BuildReportInput, resolveContext } from './context.ts';
import { buildMeta, buildMethodology } from './meta.ts';
import { buildMigration } from './migration.ts';
import type { Report } from './model.ts';
import { buildOverview } from './overview.ts';
import { buildSegments } from './segments.ts';
import { buildThemes } from './themes.ts';
import type { DayRange } from './trend.ts';
import { buildVerbatims, segmentSlugs, verbatimCards } from './verbatims.ts';

/**
 * The report, in three phases:
 * 1. resolve: the config's settings, the locale, the pinned day (context.ts);
 * 2. collect: one pass over the responses into tallies and redacted verbatims (collect.ts);
 * 3. build: each page's model from the tallies, through the stats module (one file per page).
 * Pure and deterministic: the same responses in any order give the same JSON.
 */
export function buildReport(input: BuildReportInput): Report {
  const context = resolveContext(input);
  const collection = collectResponses(createCollection(context, input.actions ?? []), input.responses);
  return finishReport(collection, input);
}

/** The report of responses given one at a time (as a parser yields them), finished with `finish()`. */
export interface ReportBuilder {
  add(response: NpsResponse): void;
  /** The report; `files` are the data files' fingerprints, known once every file was read. */
  finish(files?: BuildReportInput['files']): Report;
}

export function createReportBuilder(input: Omit<BuildReportInput, 'responses' | 'files'>): ReportBuilder {
  const collection = createCollection(resolveContext(input), input.actions ?? []);
  const add = responseFolder(collection);
  return { add, finish: (files) => finishReport(collection, { ...input, ...(files ? { files } : {}) }) };
}

function finishReport(collection: ReportCollection, input: Omit<BuildReportInput, 'responses'>): Report {
  const { context } = collection;
  const actions = input.actions ?? [];
  const range: DayRange | null =
    collection.from !== null && collection.to !== null ? { from: collection.from, to: collection.to } : null;
  const slugs = segmentSlugs(collection);
  const cards = verbatimCards(collection, slugs);
  const segments = buildSegments({ collection, slugs, cards, range }, context);
  const overview = buildOverview({ collection, segments, cards, actions, range }, context);
  return {
    meta: buildMeta(collection, context, { now: input.now, files: input.files }),
    overview,
    segments,
    themes: buildThemes(
      { tallies: collection.main.themes, mentionsByPeriod: collection.mentionsByPeriod, trend: overview.trend, cards, actions },
      context,
    ),
    verbatims: buildVerbatims(cards, context.locale),
    actions: buildActions(collection.actions, context, { slugs, lastDay: collection.to }),
    migration: buildMigration(collection.main.aggregate),
    methodology: buildMethodology(collection, context),
  };
}
