import { type Document, isMap, isNode, isPair, isScalar, isSeq, type Node, parseDocument, visit } from 'yaml';
import type { Span } from '../issues.ts';
import { LineIndex } from '../text/line-index.ts';

/**
 * A YAML document with positions: parse once, then turn a path (the shape of a zod issue path)
 * into the span of the value, or of a key, as jsonc-parser's findNodeAtLocation does for JSON.
 */
export interface LocatedYaml {
  document: Document.Parsed;
  /** Undefined when the document cannot be turned into a value (see `errors`). */
  value: unknown;
  /** Syntax errors, and the errors of building the value (an alias without its anchor, an alias bomb). */
  errors: { start: number; end: number; message: string }[];
  /** The span of the value at `path`, or of its nearest existing ancestor. */
  spanOf(path: readonly PropertyKey[]): Span;
  /** The span of the key `key` in the mapping at `path` (for unknown keys). */
  keySpanOf(path: readonly PropertyKey[], key: string): Span;
  spanOfOffsets(start: number, end: number): Span;
}

export function parseLocatedYaml(text: string): LocatedYaml {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  // Positions come from our LineIndex, not from the LineCounter: the LineCounter misses line breaks
  // inside error tokens (an unterminated "quoted value), which put later errors on impossible columns.
  const lines = new LineIndex(text);
  const spanOfOffsets = (start: number, end: number): Span =>
    lines.span(Math.min(start, text.length), Math.min(Math.max(start, end), text.length));
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

  const errors = document.errors.map((error) => ({ start: error.pos[0], end: error.pos[1], message: error.message }));
  let value: unknown;
  if (errors.length === 0) {
    try {
      value = document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // toJS throws on an alias whose anchor is missing and on an alias bomb: bad data, not a bug.
      const range = unresolvedAliasRange(document) ?? document.contents?.range ?? [0, text.length];
      errors.push({
        start: range[0] ?? 0,
        end: range[1] ?? text.length,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return {
    document,
    value,
    errors,
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

/** Where the first alias without an anchor stands, to point the issue at it. */
function unresolvedAliasRange(document: Document.Parsed): readonly number[] | undefined {
  let found: readonly number[] | undefined;
  visit(document, {
    Alias(_key, node) {
      if (node.resolve(document) === undefined) {
        found = node.range ?? undefined;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** The value at a path of a parsed document (a zod issue path), undefined when the path leaves it. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[step];
  }
  return node;
}
