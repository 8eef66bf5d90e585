import { findNodeAtLocation, getNodeValue, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { type Issue, issueAt, type Span } from '../issues.ts';
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
    return { ...none, issues: [issueAt(file, span, 'NPS402', { kind: 'not-json', reason })] };
  }
  const array = findNodeAtLocation(root, [key]);
  if (array?.type !== 'array') {
    return { ...none, issues: [issueAt(file, start, 'NPS402', { kind: 'no-array', key })] };
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
      issues.push(issueAt(file, spanOf(index), 'NPS402', { kind: 'not-an-object', record: index + 1 }));
      continue;
    }
    const { h, ...record } = value as Record<string, unknown>;
    const expected = recordHash(record);
    if (h !== expected) {
      issues.push(
        issueAt(file, spanOf(index), 'NPS402', {
          kind: 'edited',
          record: index + 1,
          hashMissing: typeof h !== 'string',
          characters: node.length,
        }),
      );
    }
    records.push(record);
  }
  return { records, issues, spanOf };
}
