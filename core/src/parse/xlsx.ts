// Placeholder until the workbook reader lands (branch xlsx): replaced by the real module at merge.
import { type Issue, makeIssue } from '../issues.ts';

export function parseWorkbookResponses(
  _bytes: Uint8Array,
  options: { file: string; onIssue: (issue: Issue) => void; [key: string]: unknown },
): void {
  options.onIssue(
    makeIssue(options.file, { line: 1, column: 1, endLine: 1, endColumn: 1 }, 'NPS160', 'workbooks are not read yet'),
  );
}
