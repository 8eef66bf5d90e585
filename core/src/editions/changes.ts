import type { Report } from '../report/model.ts';
import type { ChangeModel, NpsFigure } from '../report/model-figures.ts';
import { adjustFamily, changeOf } from '../report/stats-to-model.ts';
import { NPS_CATEGORIES, type NpsCategory } from '../stats/categories.ts';
import { compareNps, compareProportions } from '../stats/difference.ts';

/**
 * "Changes since the previous edition": what moved between two frozen reports, each difference with
 * its test (independent samples: two periods hold different responses). Segments and themes are
 * ranked by the size of their move, significant ones first, so a manager reads what matters.
 * The lists are families (the three categories; the values of one segment field; the themes): each is
 * Holm-adjusted as a whole, before the top few are kept, so "significant" survives the many tests.
 */
export interface EditionRef {
  id: string;
  title: string;
  from: string;
  to: string;
}

export interface FigureMove {
  before: number | null;
  after: number | null;
  change: ChangeModel;
}

export interface SegmentMove extends FigureMove {
  field: string;
  fieldLabel: string;
  value: string;
  nBefore: number;
  nAfter: number;
}

export interface ThemeMove extends FigureMove {
  id: string;
  label: string;
}

export interface ActionMove {
  id: string;
  title: string;
  day: string;
}

export interface EditionChanges {
  previous: EditionRef;
  nps: FigureMove;
  /** Shares in percent of promoters, passives and detractors. */
  categories: (FigureMove & { category: NpsCategory })[];
  segments: SegmentMove[];
  themes: ThemeMove[];
  /** Actions opened, and closed, after the previous edition's last day and by this one's. */
  opened: ActionMove[];
  closed: ActionMove[];
}

export interface ChangesOptions {
  /** How many segments and themes to keep. Default 5. */
  top?: number;
}

export function editionChanges(
  previous: { ref: EditionRef; report: Report },
  current: { ref: EditionRef; report: Report },
  options: ChangesOptions = {},
): EditionChanges {
  const top = options.top ?? 5;
  const { confidence, significance } = current.report.methodology;
  const tests = { confidence, significance };
  const before = previous.report.overview.nps;
  const after = current.report.overview.nps;
  const npsMove = (a: NpsFigure, b: NpsFigure): FigureMove => ({
    before: a.nps,
    after: b.nps,
    change: changeOf(compareNps(a, b, tests), confidence),
  });
  const categories = withAdjustedChanges(
    NPS_CATEGORIES.map((category) => {
      const key = `${category}s` as 'promoters' | 'passives' | 'detractors';
      const comparison = compareProportions(
        { successes: before[key], n: before.n },
        { successes: after[key], n: after.n },
        tests,
      );
      return {
        category,
        before: before.shares?.[key] ?? null,
        after: after.shares?.[key] ?? null,
        change: changeOf(comparison, confidence),
      };
    }),
    significance,
  );
  const segments: SegmentMove[] = [];
  for (const field of current.report.segments) {
    const moves: SegmentMove[] = [];
    const old = previous.report.segments.find((candidate) => candidate.field === field.field);
    for (const row of field.values) {
      const earlier = old?.values.find((candidate) => candidate.value === row.value);
      // Small samples (flagged by the config's smallSample) swing by chance: a value of 4 answers
      // would top the list with -100 points and say nothing.
      if (!earlier || earlier.smallSample || row.smallSample) continue;
      moves.push({
        field: field.field,
        fieldLabel: field.label,
        value: row.value,
        nBefore: earlier.n,
        nAfter: row.n,
        ...npsMove(earlier, row),
      });
    }
    segments.push(...withAdjustedChanges(moves, significance));
  }
  const themes: ThemeMove[] = [];
  for (const theme of current.report.themes) {
    const old = previous.report.themes.find((candidate) => candidate.id === theme.id);
    if (!old) continue;
    const comparison = compareProportions(
      { successes: old.share.count, n: old.share.n },
      { successes: theme.share.count, n: theme.share.n },
      tests,
    );
    themes.push({
      id: theme.id,
      label: theme.label,
      before: old.share.share,
      after: theme.share.share,
      change: changeOf(comparison, confidence),
    });
  }
  const after_ = (day: string | null): day is string => day !== null && day > previous.ref.to && day <= current.ref.to;
  return {
    previous: previous.ref,
    nps: npsMove(before, after),
    categories,
    segments: rank(segments).slice(0, top),
    themes: rank(withAdjustedChanges(themes, significance)).slice(0, top),
    opened: current.report.actions
      .filter((action) => after_(action.opened))
      .map((action) => ({ id: action.id, title: action.title, day: action.opened })),
    closed: current.report.actions
      .filter((action) => after_(action.closed))
      .map((action) => ({ id: action.id, title: action.title, day: action.closed as string })),
  };
}

/** The moves of one family with their changes Holm-adjusted together. */
function withAdjustedChanges<T extends FigureMove>(moves: T[], significance: number): T[] {
  const changes = adjustFamily(
    moves.map((move) => move.change),
    significance,
  );
  return moves.map((move, index) => ({ ...move, change: changes[index] as ChangeModel }));
}

/** Significant moves first, then the largest in absolute size; ties by the key text for a stable order. */
function rank<T extends FigureMove>(moves: T[]): T[] {
  const size = (move: T): number => Math.abs(move.change.difference ?? 0);
  return moves
    .filter((move) => move.change.difference !== null)
    .sort(
      (a, b) =>
        Number(b.change.significant) - Number(a.change.significant) ||
        size(b) - size(a) ||
        (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1),
    );
}
