import { z } from 'zod';
import { type Issue, makeIssue, type Span } from '../issues.ts';
import { pluralEn } from '../text/plural.ts';

/**
 * The words a CX person editing YAML reads when a front matter value is wrong. zod's own messages
 * ("Invalid input: expected string, received undefined") speak TypeScript; these say what to write.
 * Passed to safeParse as the per-parse error map, so a schema can still override one field's
 * message with its own `error` (schema-level messages win in zod 4), and returning undefined falls
 * back to zod's message.
 */
export const frontMatterMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedName(issue.expected);
      if (issue.input === undefined) return `required (${expected})`;
      if (issue.input === null) return `empty: write ${expected} after the colon`;
      const quote = issue.expected === 'string' && isScalar(issue.input) ? ': put the value in quotes' : '';
      return `must be ${expected}, not ${receivedName(issue.input)}${quote}`;
    }
    case 'invalid_value':
      if (issue.input === undefined) return `required (${orList(issue.values.map((value) => String(value)))})`;
      return `${shown(issue.input)} is not allowed: use ${orList(issue.values.map((value) => String(value)))}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
      if (issue.origin === 'array') return `needs at least ${pluralEn(Number(issue.minimum), 'item', 'items')}`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${String(issue.maximum)} characters`;
      return undefined;
    default:
      return undefined;
  }
};

export interface FrontMatterLocator {
  schema: z.ZodType;
  spanOf: (path: readonly PropertyKey[]) => Span;
  keySpanOf: (path: readonly PropertyKey[], key: string) => Span;
}

/** One zod issue as the issues of a Markdown file: NPS303 for each unknown key, NPS302 otherwise. */
export function describeFrontMatterIssue(file: string, issue: z.core.$ZodIssue, locator: FrontMatterLocator): Issue[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const known = keysAt(locator.schema, path);
    const where = path.length > 0 ? ` in ${dotted(path)}` : '';
    return issue.keys.map((key) => {
      const guess = closest(key, known);
      const help = guess ? `: did you mean "${guess}"?` : known.length > 0 ? ` (keys: ${known.join(', ')})` : '';
      return makeIssue(file, locator.keySpanOf(path, key), 'NPS303', `unknown key "${key}"${where}${help}`);
    });
  }
  const label = path.length > 0 ? dotted(path) : 'the front matter';
  return [makeIssue(file, locator.spanOf(path), 'NPS302', `${label}: ${issue.message}`)];
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'object':
    case 'record':
    case 'map':
      return 'key: value lines';
    case 'array':
      return 'a list';
    case 'date':
      return 'a date';
    default:
      return expected;
  }
}

function receivedName(input: unknown): string {
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object' && input !== null) return 'key: value lines';
  if (typeof input === 'string') return 'text';
  if (typeof input === 'number') return `the number ${input}`;
  if (typeof input === 'boolean') return `${input}`;
  return typeof input;
}

function isScalar(input: unknown): boolean {
  return typeof input === 'number' || typeof input === 'boolean';
}

function shown(input: unknown): string {
  return typeof input === 'string' ? `"${input}"` : String(JSON.stringify(input));
}

function orList(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

function dotted(path: readonly PropertyKey[]): string {
  return path
    .map((step) => (typeof step === 'number' ? `[${step}]` : `.${String(step)}`))
    .join('')
    .replace(/^\./, '');
}

/** The keys an object schema allows at a path (through optional and default wrappers). */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const step of path) node = shapeOf(node)?.[String(step)];
  return Object.keys(shapeOf(node) ?? {});
}

function shapeOf(node: unknown): Record<string, unknown> | undefined {
  let current = node;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodPrefault) {
    current = current.unwrap();
  }
  return current instanceof z.ZodObject ? current.shape : undefined;
}

/** The known key a typo most likely meant: within a third of its length in edits, at least one. */
function closest(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const limit = Math.max(1, Math.floor(key.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance with adjacent transpositions (stauts -> status is one edit). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}
