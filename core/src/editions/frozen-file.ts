import { findNodeAtLocation, getNodeValue, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { type Issue, makeIssue, type Span } from '../issues.ts';
import { LineIndex } from '../text/line-index.ts';
import { recordHash } from './frozen-records.ts';

/**
 * Reads a frozen file (responses.json, actions.json) back with positions: jsonc-parser's tree gives
 * each record's offsets, so a record whose content no longer matches its hash `h` is reported at
 * its own line, the way a reviewer finds it in the diff.
 */
export interface FrozenFileReading {
  /** The records without their `h`, or undefined when the file cannot be read as a frozen file. */
  records: Record<string, unknown>[] | undefined;
  issues: Issue[];
  /** The span of the record at an index (for checks made by the caller). */
  spanOf: (index: number) => Span;
}

export function readFrozenFile(file: string, text: string, key: 'responses' | 'actions'): FrozenFileReading {
  const lines = new LineIndex(text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const start = lines.span(0, Math.min(text.length, Math.max(0, text.indexOf('\n'))));
  const none = { records: undefined, spanOf: () => start };
  if (errors.length > 0 || !root) {
    const error = errors[0];
    const span = error ? lines.span(error.offset, error.offset + error.length) : start;
    const reason = error ? printParseErrorCode(error.error) : 'empty file';
    return { ...none, issues: [makeIssue(file, span, 'NPS402', `the frozen file is not valid JSON (${reason})`)] };
  }
  const array = findNodeAtLocation(root, [key]);
  if (array?.type !== 'array') {
    return { ...none, issues: [makeIssue(file, start, 'NPS402', `the frozen file has no "${key}" array`)] };
  }
  const nodes = array.children ?? [];
  const spanOf = (index: number): Span => {
    const node = nodes[index];
    return node ? lines.span(node.offset, node.offset + node.length) : start;
  };
  const issues: Issue[] = [];
  const records: Record<string, unknown>[] = [];
  for (const [index, node] of nodes.entries()) {
    const value: unknown = getNodeValue(node);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      issues.push(makeIssue(file, spanOf(index), 'NPS402', `record ${index + 1} is not an object`));
      continue;
    }
    const { h, ...record } = value as Record<string, unknown>;
    const expected = recordHash(record);
    if (h !== expected) {
      issues.push(makeIssue(file, spanOf(index), 'NPS402', editedMessage(index, node, h)));
    }
    records.push(record);
  }
  return { records, issues, spanOf };
}

function editedMessage(index: number, node: Node, h: unknown): string {
  const what = typeof h === 'string' ? 'its content no longer matches its hash' : 'its hash "h" is missing';
  return `record ${index + 1} of the frozen edition was edited after the release: ${what} (${node.length} characters)`;
}
