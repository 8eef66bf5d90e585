import { CANONICAL_FIELDS } from '../schema/config.ts';
import type { ColumnVerdict } from './classify.ts';
import { COMMENT_CUE, foldHeader, REPLIED_CUE, segmentNameFor, submissionCue } from './cues.ts';

/**
 * The ranked candidates of each field, from the verdicts of the columns: best first, each with
 * its reason. A field with several candidates is a choice to offer (on a terminal) or to leave as
 * a comment in the config (with --yes).
 */
export interface Candidate {
  /** One header, or several for a comment branched by score (the first non-empty cell is read). */
  headers: string[];
  reason: string;
  /** date: the inferred dateFormat (absent for ISO 8601). */
  dateFormat?: string;
  /** date: no value told day from month, the order was guessed. */
  ambiguous?: boolean;
}

export const MAPPED_FIELDS = [
  'score',
  'date',
  'repliedAt',
  'comment',
  'id',
  'respondent',
  'language',
  'category',
  'weight',
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

export interface SegmentProposal {
  field: string;
  header: string;
  label: string | { fr: string; en: string };
  reason: string;
}

export function rankScores(verdicts: readonly ColumnVerdict[]): Candidate[] {
  return verdicts
    .filter((verdict) => verdict.kind === 'score')
    .sort((a, b) => (b.cueWeight ?? 0) - (a.cueWeight ?? 0) || b.filled - a.filled)
    .map((verdict) => ({ headers: [verdict.header], reason: verdict.reason }));
}

const repliedCued = (verdict: ColumnVerdict): boolean => REPLIED_CUE.test(foldHeader(`${verdict.header} ${verdict.label}`));

/** The dates of the team's answer to the respondent (a call back): the closed loop. */
export function rankReplied(verdicts: readonly ColumnVerdict[]): Candidate[] {
  return verdicts
    .filter((verdict) => verdict.kind === 'date' && repliedCued(verdict))
    .map((verdict) => {
      const date = verdict.date;
      const format = date?.kind === 'format' ? date.format : undefined;
      return {
        headers: [verdict.header],
        reason: `when the team answered back; ${verdict.reason}`,
        ...(format ? { dateFormat: format } : {}),
      };
    });
}

export function rankDates(verdicts: readonly ColumnVerdict[]): Candidate[] {
  const dates = verdicts.filter((verdict) => verdict.kind === 'date' && !repliedCued(verdict));
  const cue = (verdict: ColumnVerdict) => submissionCue(foldHeader(`${verdict.header} ${verdict.label}`));
  return dates
    .sort((a, b) => cue(b) - cue(a) || b.filled - a.filled)
    .flatMap((verdict) => {
      const date = verdict.date;
      const format = date?.kind === 'format' ? date : undefined;
      const when =
        cue(verdict) > 0 ? 'a submission time' : cue(verdict) < 0 ? 'a start time (a submission time is better)' : 'a date';
      const best: Candidate = {
        headers: [verdict.header],
        reason: `${when}; ${verdict.reason}`,
        ...(format ? { dateFormat: format.format, ambiguous: format.ambiguous } : {}),
      };
      if (!format?.ambiguous) return [best];
      // No day above 12: the other order is a real choice, offered right after the guess.
      const swapped = swapDayAndMonth(format.format);
      return [best, { ...best, dateFormat: swapped, ambiguous: false, reason: `${when}; the other order, ${swapped}` }];
    });
}

/** DD/MM/YYYY <-> MM/DD/YYYY (the padding of each kept with its letter). */
function swapDayAndMonth(format: string): string {
  return format.replace(/D+|M+/g, (token) => (token[0] === 'D' ? 'M' : 'D').repeat(token.length));
}

/** Columns of one kind, the headers with a cue first, then the fullest. */
function rankKind(verdicts: readonly ColumnVerdict[], kind: ColumnVerdict['kind'], cue?: RegExp): Candidate[] {
  const cued = (verdict: ColumnVerdict) => (cue?.test(foldHeader(`${verdict.header} ${verdict.label}`)) ? 1 : 0);
  return verdicts
    .filter((verdict) => verdict.kind === kind)
    .sort((a, b) => cued(b) - cued(a) || b.filled - a.filled)
    .map((verdict) => ({ headers: [verdict.header], reason: verdict.reason }));
}

export function rankOthers(
  verdicts: readonly ColumnVerdict[],
): Record<Exclude<MappedField, 'score' | 'date' | 'repliedAt' | 'comment'>, Candidate[]> {
  return {
    id: rankKind(verdicts, 'id', /response|respondent|reponse|#|^id$/),
    respondent: rankKind(verdicts, 'respondent', /client|customer|e-?mail/),
    language: rankKind(verdicts, 'language', /langu/),
    category: rankKind(verdicts, 'category', /nps|group|categor/),
    weight: rankKind(verdicts, 'weight'),
  };
}

/**
 * The free-text columns that answer "why", best first. When the survey branches its follow-up by
 * score ("why not?" for detractors, "why?" for promoters), the columns are rarely filled on the
 * same row and their scores do not overlap: the list of them comes first.
 */
export function rankComments(
  verdicts: readonly ColumnVerdict[],
  rows: readonly string[][],
  scoreIndex: number | undefined,
): Candidate[] {
  const texts = verdicts.filter((verdict) => verdict.kind === 'text');
  const cued = (verdict: ColumnVerdict) => (COMMENT_CUE.test(foldHeader(`${verdict.header} ${verdict.label}`)) ? 1 : 0);
  const singles = [...texts]
    .sort((a, b) => cued(b) - cued(a) || b.filled - a.filled)
    .map((verdict) => ({
      headers: [verdict.header],
      reason: `${verdict.reason}${cued(verdict) && !verdict.reason.includes('asks for it') ? '; the header asks why' : ''}`,
    }));
  if (scoreIndex === undefined || texts.length < 2) return singles;
  const branch = branchedFollowUps(texts, rows, scoreIndex);
  return branch ? [branch, ...singles] : singles;
}

interface Branch {
  verdict: ColumnVerdict;
  filledRows: Set<number>;
  low: number;
  high: number;
  mean: number;
}

function branchedFollowUps(
  texts: readonly ColumnVerdict[],
  rows: readonly string[][],
  scoreIndex: number,
): Candidate | undefined {
  const branches: Branch[] = texts.map((verdict) => {
    const filledRows = new Set<number>();
    const scores: number[] = [];
    rows.forEach((row, index) => {
      if ((row[verdict.index] ?? '').trim() === '') return;
      filledRows.add(index);
      const score = Number((row[scoreIndex] ?? '').trim());
      if ((row[scoreIndex] ?? '').trim() !== '' && Number.isInteger(score)) scores.push(score);
    });
    const mean = scores.reduce((sum, score) => sum + score, 0) / Math.max(1, scores.length);
    return { verdict, filledRows, low: Math.min(...scores), high: Math.max(...scores), mean };
  });
  const group: Branch[] = [];
  for (const branch of [...branches].sort((a, b) => b.filledRows.size - a.filledRows.size)) {
    if (branch.filledRows.size === 0 || !Number.isFinite(branch.low)) continue;
    const fits = group.every((member) => {
      const both = [...branch.filledRows].filter((row) => member.filledRows.has(row)).length;
      const either = branch.filledRows.size + member.filledRows.size - both;
      const apart = branch.high < member.low || member.high < branch.low;
      return both <= either * 0.05 && apart;
    });
    if (fits) group.push(branch);
  }
  if (group.length < 2) return undefined;
  group.sort((a, b) => a.mean - b.mean);
  const ranges = group.map((member) => `"${member.verdict.header}" after scores ${member.low}-${member.high}`).join(', ');
  return {
    headers: group.map((member) => member.verdict.header),
    reason: `the survey branches its follow-up by score (${ranges}), one filled per row: the first non-empty cell is the comment`,
  };
}

export function proposeSegments(verdicts: readonly ColumnVerdict[]): SegmentProposal[] {
  const taken = new Set<string>(CANONICAL_FIELDS);
  const segments: SegmentProposal[] = [];
  for (const verdict of verdicts) {
    if (verdict.kind !== 'segment') continue;
    const name = segmentNameFor(verdict.label || verdict.header);
    let field = name.field;
    for (let suffix = 2; taken.has(field); suffix++) field = `${name.field}${suffix}`;
    taken.add(field);
    segments.push({ field, header: verdict.header, label: name.label, reason: verdict.reason });
  }
  return segments;
}
