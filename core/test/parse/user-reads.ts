import { expect } from 'vitest';
import { compareIssues, ISSUE_CATALOGUE, type Issue, type IssueCode } from '../../src/issues.ts';

/** One realistic mistake of a hand-written file and what its author reads. */
export interface Mistake {
  mistake: string;
  /** `line:column code message`, as the CLI prints each issue, in file order. */
  reads: string[];
}

export function asRead(issues: readonly Issue[]): string[] {
  return [...issues].sort(compareIssues).map((issue) => `${issue.line}:${issue.column} ${issue.code} ${issue.message}`);
}

/** The hint printed under each message is the one written here, for every code the table raises. */
export function expectHints(mistakes: readonly Mistake[], hints: Partial<Record<IssueCode, string>>): void {
  const codes = new Set(mistakes.flatMap(({ reads }) => reads.map((line) => line.split(' ')[1])));
  expect([...codes].sort()).toEqual(Object.keys(hints).sort());
  for (const [code, hint] of Object.entries(hints)) expect(ISSUE_CATALOGUE[code as IssueCode].hint).toBe(hint);
}
