import { ISSUE_CATALOGUE, type Issue } from '@nps-pages/core/pipeline';

export const ISSUE_FORMATS = ['text', 'json', 'github'] as const;
export type IssueFormat = (typeof ISSUE_FORMATS)[number];

/**
 * Issues as editors and CI read them. text: `path:line:col: severity CODE message` (the shape of
 * gcc/tsc that VS Code problem matchers understand); json: the Issue objects; github: workflow
 * commands that GitHub turns into annotations on the pull request's files.
 */
export function formatIssues(issues: readonly Issue[], format: IssueFormat): string {
  if (format === 'json') return `${JSON.stringify(issues, null, 2)}\n`;
  if (format === 'github') return issues.map(githubAnnotation).join('');
  return issues.map((issue) => `${textLine(issue)}\n`).join('');
}

export function textLine(issue: Issue): string {
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.severity} ${issue.code} ${issue.message}`;
}

export function hintOf(issue: Issue): string {
  return ISSUE_CATALOGUE[issue.code].hint;
}

function githubAnnotation(issue: Issue): string {
  const level = issue.severity === 'info' ? 'notice' : issue.severity;
  const properties = [
    `file=${escapeProperty(issue.file)}`,
    `line=${issue.line}`,
    `col=${issue.column}`,
    `endLine=${issue.endLine}`,
    `endColumn=${issue.endColumn}`,
    `title=${escapeProperty(`${issue.code} ${ISSUE_CATALOGUE[issue.code].name}`)}`,
  ].join(',');
  // A message that ends on a question ("did you mean "period"?") needs no full stop before the hint.
  const sentence = /[.?!]$/.test(issue.message) ? issue.message : `${issue.message}.`;
  return `::${level} ${properties}::${escapeData(`${sentence} ${hintOf(issue)}`)}\n`;
}

// The escaping rules of GitHub's workflow commands (@actions/core toCommandValue / escapeProperty).
function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
