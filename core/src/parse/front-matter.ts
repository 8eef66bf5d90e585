import type { z } from 'zod';
import { compareIssues, type Issue, type IssueValues, issueAt, type Span } from '../issues.ts';
import { LineIndex } from '../text/line-index.ts';
import { PLAIN_PARSE, plainIssues } from './schema-messages.ts';
import { type LocatedYaml, parseLocatedYaml, valueAt } from './yaml-locate.ts';

/**
 * Reads a Markdown file that opens with a YAML front matter block (data/actions/*.md,
 * data/editions/*.md): find the block, parse its YAML once with positions, validate it with a zod
 * schema, and return the Markdown body after it. Every issue is placed in the Markdown file.
 *
 * Why not gray-matter (measured with 4.0.3): it calls Buffer.from on every parse, so it throws in a
 * browser or a VS Code web worker without a Buffer polyfill; it requires 'fs'; its js-yaml 3 turns
 * an unquoted 2026-03-01 into a Date while `yaml` (which we need anyway for positions) keeps a
 * string, so values and positions would come from two parsers that disagree; it throws on a YAML
 * error instead of collecting it; and it adds 51 KB minified (17 KB gzipped) to a browser bundle
 * that already holds `yaml`. The delimiters themselves are two lines of "---".
 */
export interface FrontMatterReading<T> {
  /** The validated front matter; undefined when it has errors (or is missing). */
  data: T | undefined;
  /** The front matter as YAML read it, before validation (undefined without a block or on a syntax error). */
  value: unknown;
  /** The Markdown after the closing --- line, with its original line endings. */
  body: string;
  /** The 1-based line of the file where the body starts. */
  bodyLine: number;
  issues: Issue[];
  /** The span, in the Markdown file, of the value at a path (for checks made after validation). */
  spanOf: (path: readonly PropertyKey[]) => Span;
  /** The span, in the Markdown file, of the key `key` in the mapping at `path`. */
  keySpanOf: (path: readonly PropertyKey[], key: string) => Span;
}

/** Where the block sits, in offsets of the text without its BOM. */
interface Block {
  /** End of the opening --- line, before its line break. */
  openingEnd: number;
  /** Start of the YAML (the line after the opening ---). */
  yamlStart: number;
  /** Start of the closing --- line. */
  closingStart: number;
  /** Start of the body (after the closing line and its line break). */
  bodyStart: number;
  /** 1-based line of the closing ---. */
  closingLine: number;
}

const DELIMITER = /^---[ \t]*$/;

export function parseFrontMatter<Schema extends z.ZodType>(
  file: string,
  text: string,
  schema: Schema,
): FrontMatterReading<z.output<Schema>> {
  // Offsets count from after the BOM, as the CSV and JSON parsers do (an editor hides the BOM).
  const original = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // A lone \r is a line break for editors and for LineIndex; make it one for the scanner and for
  // `yaml` too. Same length, so every offset still points into the original text.
  const normalized = original.replace(/\r(?!\n)/g, '\n');
  const lines = new LineIndex(normalized);
  const block = findBlock(normalized);
  const openingSpan = lines.span(0, block?.openingEnd ?? trimCr(normalized, firstLineEnd(normalized)));
  const atOpening = () => openingSpan;

  if (!block) {
    const issue = issueAt(file, openingSpan, 'NPS304', missingFrontMatter(normalized));
    return {
      data: undefined,
      value: undefined,
      body: original,
      bodyLine: 1,
      issues: [issue],
      spanOf: atOpening,
      keySpanOf: atOpening,
    };
  }

  // Blank the opening line instead of cutting it: the YAML keeps the file's offsets, so the
  // LineCounter of `yaml` gives lines and columns of the Markdown file directly.
  const yamlSource = ' '.repeat(block.openingEnd) + normalized.slice(block.openingEnd, block.closingStart);
  const { yaml, errors } = readYaml(yamlSource);
  const body = original.slice(block.bodyStart);
  const bodyLine = block.closingLine + 1;
  // Error offsets go through our LineIndex, not the LineCounter of `yaml`: the LineCounter misses
  // the line breaks inside an unterminated "quoted value, so later errors land on impossible columns.
  const issues: Issue[] = errors.map((error) =>
    issueAt(file, lineSpan(normalized, lines, error.start, error.end), 'NPS301', { yamlError: firstLine(error.message) }),
  );
  if (!yaml) return { data: undefined, value: undefined, body, bodyLine, issues, spanOf: atOpening, keySpanOf: atOpening };

  // A missing key has no position of its own: point at the opening --- rather than underlining the
  // whole block, which an editor would paint from the first key to the last.
  // An empty value (`title:`) has a zero-width position after the colon: underline its key instead.
  const value = yaml.value ?? {};
  const spanOf = (path: readonly PropertyKey[]): Span => {
    const found = path.length > 0 ? valueAt(value, path) : value;
    if (found === undefined) {
      return path.length === 1 ? openingSpan : yaml.keySpanOf(path.slice(0, -2), String(path[path.length - 2]));
    }
    if (found === null) return yaml.keySpanOf(path.slice(0, -1), String(path[path.length - 1]));
    return path.length === 0 ? lines.span(block.yamlStart, block.closingStart) : yaml.spanOf(path);
  };
  const keySpanOf = yaml.keySpanOf;
  if (issues.length > 0) return { data: undefined, value: undefined, body, bodyLine, issues, spanOf, keySpanOf };

  const result = schema.safeParse(value, PLAIN_PARSE);
  if (result.success) return { data: result.data, value, body, bodyLine, issues, spanOf, keySpanOf };
  const codes = { invalid: 'NPS302', unknownKey: 'NPS303' } as const;
  issues.push(...plainIssues(result.error.issues, { file, schema, codes, rootName: 'the front matter', spanOf, keySpanOf }));
  return { data: undefined, value, body, bodyLine, issues: issues.sort(compareIssues), spanOf, keySpanOf };
}

interface YamlError {
  start: number;
  end: number;
  message: string;
}

/** The located YAML and its errors (syntax, and an alias without its anchor: parseLocatedYaml places them). */
function readYaml(source: string): { yaml: LocatedYaml | undefined; errors: YamlError[] } {
  const yaml = parseLocatedYaml(source);
  return { yaml: yaml.errors.length > 0 ? undefined : yaml, errors: yaml.errors };
}

/** The block, or undefined when the first line is not --- or no later line closes it. */
function findBlock(text: string): Block | undefined {
  const openingEnd = firstLineEnd(text);
  if (!DELIMITER.test(text.slice(0, openingEnd).replace(/\r$/, ''))) return undefined;
  if (openingEnd >= text.length) return undefined;
  const yamlStart = openingEnd + 1;
  let lineStart = yamlStart;
  let line = 2;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (DELIMITER.test(text.slice(lineStart, lineEnd).replace(/\r$/, ''))) {
      const bodyStart = newline === -1 ? text.length : newline + 1;
      return { openingEnd: trimCr(text, openingEnd), yamlStart, closingStart: lineStart, bodyStart, closingLine: line };
    }
    if (newline === -1) return undefined;
    lineStart = newline + 1;
    line++;
  }
  return undefined;
}

/** A span that stops before a line break it would end on (an editor cannot show column 2 of an empty line). */
function lineSpan(text: string, lines: LineIndex, start: number, end: number): Span {
  let stop = Math.min(Math.max(start, end), text.length);
  while (stop > start && (text[stop - 1] === '\n' || text[stop - 1] === '\r')) stop--;
  return lines.span(Math.min(start, stop), stop);
}

function firstLineEnd(text: string): number {
  const newline = text.indexOf('\n');
  return newline === -1 ? text.length : newline;
}

/** The end of a line's content, before a \r that belongs to its \r\n. */
function trimCr(text: string, lineEnd: number): number {
  return lineEnd > 0 && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
}

function missingFrontMatter(text: string): IssueValues<'NPS304'> {
  if (text.trim() === '') return { kind: 'empty' };
  const first = text.slice(0, trimCr(text, firstLineEnd(text)));
  return DELIMITER.test(first) ? { kind: 'unclosed' } : { kind: 'no-opening', firstLine: first };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
