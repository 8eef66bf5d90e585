import { DATA_SET_ISSUES } from './issue-catalogue/data-set.ts';
import { EDITION_ISSUES } from './issue-catalogue/editions.ts';
import type { IssueDefinition, Severity } from './issue-catalogue/entry.ts';
import { MARKDOWN_ISSUES } from './issue-catalogue/markdown.ts';
import { RESPONSE_ISSUES } from './issue-catalogue/responses.ts';
import { SOURCE_ISSUES } from './issue-catalogue/sources.ts';

/**
 * One Issue type carries a problem from the parser to a failed build, the CLI and an editor
 * diagnostic. Positions are 1-based; columns count UTF-16 code units (what editors count), and the
 * end is exclusive (the column just after the last offending character), like an editor range.
 *
 * Codes are permanent: once published, a code keeps its meaning forever (tools and CI scripts
 * match on them). Add new codes; never renumber or reuse one.
 */
export type { Severity } from './issue-catalogue/entry.ts';

export interface Issue {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: IssueCode;
  severity: Severity;
  message: string;
}

/**
 * Every permanent code with its name, severity, hint and message (issue-catalogue/, one module per
 * range of codes). A call site gives the values of its occurrence; the words are the catalogue's.
 */
export const ISSUE_CATALOGUE = {
  ...DATA_SET_ISSUES,
  ...SOURCE_ISSUES,
  ...RESPONSE_ISSUES,
  ...MARKDOWN_ISSUES,
  ...EDITION_ISSUES,
};

export type IssueCode = keyof typeof ISSUE_CATALOGUE;

/** What an occurrence of `code` must say: the argument of its catalogue message. */
export type IssueValues<Code extends IssueCode> = Parameters<(typeof ISSUE_CATALOGUE)[Code]['message']>[0];

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** An issue at `span` of `file`, in the catalogue's words for `code`. */
export function issueAt<Code extends IssueCode>(
  file: string,
  span: Span,
  code: Code,
  values: IssueValues<Code>,
  severity?: Severity,
): Issue {
  const entry = ISSUE_CATALOGUE[code] as IssueDefinition<IssueValues<Code>>;
  return { file, ...span, code, severity: severity ?? entry.severity, message: entry.message(values) };
}

/** @deprecated An issue with a message written at the call site: use issueAt and the catalogue's words. */
export function makeIssue(file: string, span: Span, code: IssueCode, message: string, severity?: Severity): Issue {
  return { file, ...span, code, severity: severity ?? ISSUE_CATALOGUE[code].severity, message };
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/** Stable order for output: by file, then position, then code. */
export function compareIssues(a: Issue, b: Issue): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
