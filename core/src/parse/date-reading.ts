import { type DateProblem, dateProblemMessage } from '../issue-catalogue/responses.ts';
import { ISSUE_CATALOGUE, type IssueValues } from '../issues.ts';

/**
 * What reading a date cell gives: its day and, for a date-time, its instant; or why it cannot be
 * read, as the issue's code and values with the message in the catalogue's words.
 */
export type DateReading = { ok: true; day: string; at?: number } | DateFailure;

/** A date cell that cannot be read: the issue's code and values, and its message in the catalogue's words. */
export type DateFailure = { ok: false; message: string } & (
  | { code: 'NPS211'; values: DateProblem }
  | { code: 'NPS212'; values: IssueValues<'NPS212'> }
);

export function unreadableDate(values: DateProblem): DateFailure {
  return { ok: false, code: 'NPS211', values, message: dateProblemMessage(values) };
}

export function impossibleDate(values: IssueValues<'NPS212'>): DateFailure {
  return { ok: false, code: 'NPS212', values, message: ISSUE_CATALOGUE.NPS212.message(values) };
}
