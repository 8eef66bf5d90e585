import { type Document, isMap, isNode, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Span } from '../issues.ts';

/**
 * A YAML document with positions: parse once, then turn a path (the shape of a zod issue path)
 * into the span of the value, or of a key, as jsonc-parser's findNodeAtLocation does for JSON.
 */
export interface LocatedYaml {
  document: Document.Parsed;
  value: unknown;
  /** The span of the value at `path`, or of its nearest existing ancestor. */
  spanOf(path: readonly PropertyKey[]): Span;
  /** The span of the key `key` in the mapping at `path` (for unknown keys). */
  keySpanOf(path: readonly PropertyKey[], key: string): Span;
  spanOfOffsets(start: number, end: number): Span;
}

export function parseLocatedYaml(text: string): LocatedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const spanOfOffsets = (start: number, end: number): Span => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(start, end));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  };
  const rangeSpan = (node: Node | null | undefined): Span => {
    const range = node?.range;
    return range ? spanOfOffsets(range[0], range[1]) : spanOfOffsets(0, 0);
  };

  function nodeAt(path: readonly PropertyKey[]): Node | undefined {
    let node: unknown = document.contents;
    let deepest: Node | undefined = isNode(node) ? node : undefined;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
        node = pair?.value;
      } else if (isSeq(node) && typeof step === 'number') {
        node = node.items[step];
      } else {
        node = undefined;
      }
      if (!isNode(node)) break;
      deepest = node;
    }
    return deepest;
  }

  return {
    document,
    value: document.toJS({ maxAliasCount: 100 }),
    spanOfOffsets,
    spanOf: (path) => rangeSpan(nodeAt(path)),
    keySpanOf(path, key) {
      const map = nodeAt(path);
      if (isMap(map)) {
        const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key);
        if (pair && isScalar(pair.key)) return rangeSpan(pair.key);
      }
      return rangeSpan(map);
    },
  };
}
