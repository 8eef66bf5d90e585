import { ISO_EXAMPLES } from '../parse/date-iso.ts';
import { defineIssue, quoted } from './entry.ts';

/** The value as quoted in a message, cut so a pasted paragraph does not flood the problems panel. */
export function quoteValue(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

const ISO = `ISO 8601 (like ${ISO_EXAMPLES})`;

/** Why a date cell cannot be read (NPS211, and NPS221 for the date of the team's answer). */
export type DateProblem = { value: string } & (
  | { kind: 'fields'; problem: string; format?: { source: string; example: string } | undefined }
  | { kind: 'no-match'; format: { source: string; example: string } }
  | { kind: 'unusable-format'; format: string; formatProblem: string }
  | { kind: 'not-iso' }
  | { kind: 'not-unix'; unit: 'X' | 'x' }
  | { kind: 'wrong-unit'; unit: 'X' | 'x' }
);

export function dateProblemMessage(v: DateProblem): string {
  const date = `the date ${quoteValue(v.value)}`;
  const shape = (format: { source: string; example: string } | undefined): string =>
    format ? `the format ${format.source} (like ${format.example})` : ISO;
  switch (v.kind) {
    case 'fields':
      return `${date} cannot be read: ${v.problem}; expected ${shape(v.format)}`;
    case 'no-match':
      return `${date} matches neither ${shape(v.format)} nor ${ISO}`;
    case 'unusable-format':
      return `${date} is not ${ISO}, and the dateFormat ${quoted(v.format)} cannot be used: it ${v.formatProblem}`;
    case 'not-iso':
      return `${date} is not ${ISO}; if the file writes dates another way, set the source's dateFormat`;
    case 'not-unix':
      return v.unit === 'X'
        ? `${date} is not a Unix time in seconds (like 1772438400), as dateFormat X says`
        : `${date} is not a Unix time in milliseconds (like 1772438400000), as dateFormat x says`;
    case 'wrong-unit':
      return v.unit === 'X'
        ? `${date} is too large for seconds: it looks like milliseconds (dateFormat: x)`
        : `${date} is before March 1973 in milliseconds: it looks like seconds (dateFormat: X)`;
  }
}

/** The values of responses (NPS2xx). */
export const RESPONSE_ISSUES = {
  NPS201: defineIssue({
    name: 'score-missing',
    severity: 'warning',
    hint: "A partial answer (no score) is left out of every figure and counted as such; set the source's missingScore: error to forbid them.",
    message: (v: { strict: boolean }) =>
      v.strict ? 'the score is missing' : 'no score: a partial answer, left out of the figures',
  }),
  NPS202: defineIssue({
    name: 'score-not-a-number',
    severity: 'error',
    hint: 'Write the score as a whole number from 0 to 10.',
    message: (v: { written: string }) => `the score ${quoted(v.written)} is not a number from 0 to 10`,
  }),
  NPS203: defineIssue({
    name: 'score-fractional',
    severity: 'error',
    hint: 'Scores are whole numbers from 0 to 10.',
    message: (v: { written: string }) => `the score ${v.written} is not a whole number`,
  }),
  NPS204: defineIssue({
    name: 'score-out-of-range',
    severity: 'error',
    hint: 'Scores go from 0 to 10.',
    message: (v: { written: string }) => `the score ${v.written} is outside 0 to 10`,
  }),
  NPS205: defineIssue({
    name: 'score-is-text',
    severity: 'error',
    hint: 'Write the score as a JSON number, without quotes.',
    message: (v: { written: string }) => `the score is the text ${quoted(v.written)}, not a number`,
  }),
  NPS210: defineIssue({
    name: 'date-missing',
    severity: 'error',
    hint: 'Every response needs the date it was given.',
    message: (_: Record<never, never>) => 'the date is missing',
  }),
  NPS211: defineIssue({
    name: 'date-unreadable',
    severity: 'error',
    hint: "Use an ISO 8601 date (2026-03-31) or set the source's dateFormat.",
    message: dateProblemMessage,
  }),
  NPS212: defineIssue({
    name: 'date-impossible',
    severity: 'error',
    hint: 'This day does not exist in the calendar.',
    /** `impossible` says which day and why: "31 February 2026, which does not exist: ...". */
    message: (v: { value: string; impossible: string }) => `the date ${quoteValue(v.value)} is ${v.impossible}`,
  }),
  NPS220: defineIssue({
    name: 'weight-invalid',
    severity: 'error',
    hint: 'A weight is a positive number.',
    message: (v: { written: string }) => `the weight ${quoted(v.written)} is not a positive number`,
  }),
  NPS221: defineIssue({
    name: 'replied-at-invalid',
    severity: 'error',
    hint: 'Write when the team answered as a date or date-time, like the response date.',
    message: (v: DateProblem | { value: string; impossible: string }) =>
      `repliedAt: ${'impossible' in v ? `the date ${quoteValue(v.value)} is ${v.impossible}` : dateProblemMessage(v)}`,
  }),
  NPS222: defineIssue({
    name: 'replied-before-response',
    severity: 'warning',
    hint: 'The answer is dated before the response: check both dates.',
    message: (v: { replied: string; answered: string }) =>
      `the answer (${v.replied}) is dated before the response (${v.answered})`,
  }),
  NPS230: defineIssue({
    name: 'duplicate-id',
    severity: 'error',
    hint: 'Each response id must be unique across all files of the data set.',
    message: (v: { id: string; first: { file: string; line: number } }) =>
      `the id ${quoted(v.id)} is already used at ${v.first.file}:${v.first.line}`,
  }),
  NPS240: defineIssue({
    name: 'field-wrong-type',
    severity: 'error',
    hint: 'Write this field as text.',
    message: (v: { field: string; found: 'array' | 'object' }) =>
      `${v.field} must be text, not ${v.found === 'array' ? 'an array' : 'an object'}`,
  }),
  NPS241: defineIssue({
    name: 'value-padded',
    severity: 'warning',
    hint: 'Remove the spaces around the value.',
    message: (v: { field: string; trimmed: string }) => `${v.field} ${quoted(v.trimmed)} has spaces around it`,
  }),
  NPS242: defineIssue({
    name: 'segment-missing',
    severity: 'warning',
    hint: 'The response will count under "(none)" for this segment.',
    message: (v: { field: string }) => `no value for the segment ${quoted(v.field)}`,
  }),
  NPS243: defineIssue({
    name: 'category-mismatch',
    severity: 'warning',
    hint: 'The category column disagrees with the score (promoters 9-10, passives 7-8, detractors 0-6): the score decides.',
    message: (v: { written: string; score?: number | undefined; actual?: string | undefined }) =>
      v.score === undefined
        ? `the category ${quoted(v.written)} is not promoter, passive or detractor`
        : `the category ${quoted(v.written)} disagrees with the score ${v.score} (a ${v.actual})`,
  }),
};
