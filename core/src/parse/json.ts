import { getNodeValue, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { makeIssue, type Span } from '../issues.ts';
import { CANONICAL_FIELDS, type SourceConfig } from '../schema/config.ts';
import { LineIndex } from '../text/line-index.ts';
import { createRecordReader, type RecordCells, type ResponseParserOptions } from './record-reader.ts';

export type JsonParserOptions = ResponseParserOptions;

// Keyed by name: ParseErrorCode is a const enum, which erasable TypeScript cannot read.
const SYNTAX_MESSAGES: Partial<Record<ReturnType<typeof printParseErrorCode>, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing brace } is expected',
  CloseBracketExpected: 'a closing bracket ] is expected',
  EndOfFileExpected: 'nothing may follow the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

/**
 * The JSON parser: an array of response objects, or an object holding one (`arrayPath`, or the
 * only array of objects it holds). Positions come from jsonc-parser's tree, so every issue points
 * at the offending value. Trailing commas and comments are errors: exports are strict JSON.
 */
export function parseJsonResponses(text: string, options: JsonParserOptions): void {
  const { file, source, config, onIssue, onResponse } = options;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new LineIndex(body);
  // Clamped to the text: jsonc-parser reports an error at the very end (an empty file, a missing
  // closing bracket) with a length that would put the range one column past the last character.
  const span = (offset: number, length: number): Span => {
    const start = Math.min(offset, body.length);
    return lines.span(start, Math.min(offset + length, body.length));
  };
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  for (const error of errors) {
    const name = printParseErrorCode(error.error);
    // jsonc-parser reports a trailing comma as a missing value at the closing bracket: say what to fix.
    const closing = body[error.offset] === ']' || body[error.offset] === '}';
    const message =
      name === 'ValueExpected' && closing && previousNonSpace(body, error.offset) === ','
        ? 'a comma too many before this bracket (JSON allows no trailing comma)'
        : (SYNTAX_MESSAGES[name] ?? 'invalid JSON');
    onIssue(makeIssue(file, span(error.offset, Math.max(1, error.length)), 'NPS150', message));
  }
  if (!root) return;

  const records = findRecords(root, source.arrayPath);
  if (!records) {
    const where = source.arrayPath ? `no array at "${source.arrayPath}"` : 'no array of responses found';
    onIssue(makeIssue(file, span(root.offset, 1), 'NPS151', `${where}: expected an array of objects, or an object holding one`));
    return;
  }

  const reader = createRecordReader({ file, source, config, ids: options.ids, onIssue });
  const fields = [...CANONICAL_FIELDS, ...reader.segmentFields];
  let record: Map<string, Node> = new Map();
  let recordNode: Node = records;
  const nodeOf = (field: string): Node | undefined => record.get(field);
  const cells: RecordCells = {
    typed: true,
    value(field) {
      const node = nodeOf(field);
      if (!node) return undefined;
      return node.type === 'object' || node.type === 'array' ? getNodeValue(node) : node.value;
    },
    span(field) {
      const node = nodeOf(field) ?? recordNode;
      return span(node.offset, node.length);
    },
    recordSpan() {
      return span(recordNode.offset, recordNode.length);
    },
  };

  for (const element of records.children ?? []) {
    if (element.type !== 'object') {
      onIssue(
        makeIssue(file, span(element.offset, element.length), 'NPS152', `a response must be an object, not ${describe(element)}`),
      );
      continue;
    }
    record = mapFields(element, fields, source);
    recordNode = element;
    const response = reader.read(cells);
    if (response) onResponse(response);
  }
  if ((records.children ?? []).length === 0) {
    onIssue(makeIssue(file, span(records.offset, records.length), 'NPS104', 'the array of responses is empty'));
  }
}

function findRecords(root: Node, arrayPath: string | undefined): Node | undefined {
  if (root.type === 'array') return root;
  if (root.type !== 'object') return undefined;
  const properties = root.children ?? [];
  if (arrayPath !== undefined) {
    const property = properties.find((candidate) => candidate.children?.[0]?.value === arrayPath);
    const value = property?.children?.[1];
    return value?.type === 'array' ? value : undefined;
  }
  const arrays = properties.map((property) => property.children?.[1]).filter((value): value is Node => value?.type === 'array');
  const ofObjects = arrays.filter((value) => value.children?.some((child) => child.type === 'object'));
  return ofObjects.length === 1 ? ofObjects[0] : arrays.length === 1 ? arrays[0] : undefined;
}

/** Field -> value node of one record, through the source's column map (exact key, then loose). */
function mapFields(element: Node, fields: readonly string[], source: SourceConfig): Map<string, Node> {
  const byKey = new Map<string, Node>();
  const byLooseKey = new Map<string, Node>();
  for (const property of element.children ?? []) {
    const key = property.children?.[0]?.value;
    const value = property.children?.[1];
    if (typeof key !== 'string' || !value) continue;
    byKey.set(key, value);
    byLooseKey.set(key.trim().toLowerCase(), value);
  }
  const mapped = new Map<string, Node>();
  const find = (key: string): Node | undefined => byKey.get(key) ?? byLooseKey.get(key.trim().toLowerCase());
  for (const field of fields) {
    const key = source.columns[field] ?? field;
    // A list of keys (a follow-up branched by score): the first one with a non-empty value.
    const node = Array.isArray(key)
      ? (key.map(find).find((candidate) => candidate && !isEmptyValue(candidate)) ?? key.map(find).find(Boolean))
      : find(key);
    if (node) mapped.set(field, node);
  }
  return mapped;
}

function isEmptyValue(node: Node): boolean {
  return node.type === 'null' || (node.type === 'string' && String(node.value).trim() === '');
}

function describe(node: Node): string {
  if (node.type === 'array') return 'an array';
  if (node.type === 'null') return 'null';
  return `a ${node.type}`;
}

function previousNonSpace(text: string, offset: number): string | undefined {
  let at = offset - 1;
  while (at >= 0 && /\s/.test(text[at] as string)) at--;
  return text[at];
}
