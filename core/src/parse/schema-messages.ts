import type { z } from 'zod';
import { type Issue, issueAt, type Span } from '../issues.ts';
import { nearestWord } from '../text/nearest-word.ts';
import {
  accepted,
  allowedValues,
  bounds,
  choices,
  exampleOf,
  optionFor,
  received,
  shown,
  typeNoun,
  withRange,
} from './plain-words.ts';
import { definitionOf, keysAt, optionsOf, type SchemaAt, schemaAt, unwrap } from './schema-at.ts';

/**
 * Every zod issue of a YAML file (the config, a front matter) in plain words: what is accepted,
 * what was written, and a line to copy. The words live here, not at each key of the schemas: a
 * schema only gives data (enum values, bounds, defaults, `.meta({ examples, title })`), and a
 * message of its own where no rule can say it better (a regex's "a theme id is lower-case...").
 *
 * zod words an issue before we see it; parsing with PLAIN_PARSE makes its own words a marker, so
 * a message a schema set itself (which zod ranks first) is told apart from zod's "Invalid input".
 */
const ZOD_WORDS = '\u0000zod';

export const PLAIN_PARSE = { error: () => ZOD_WORDS, reportInput: true } as const;

export interface PlainIssueOptions {
  file: string;
  /** The schema the value was parsed with: the source of accepted values, bounds and keys. */
  schema: z.core.$ZodType;
  codes: { invalid: 'NPS002' | 'NPS302'; unknownKey: 'NPS003' | 'NPS303' };
  /** How messages name the whole file: "the config", "the front matter". */
  rootName: string;
  /** The span of the value at a path; for a missing or empty value, where a reader should look. */
  spanOf: (path: readonly PropertyKey[]) => Span;
  keySpanOf: (path: readonly PropertyKey[], key: string) => Span;
}

export function plainIssues(issues: readonly z.core.$ZodIssue[], options: PlainIssueOptions): Issue[] {
  return issues.flatMap((issue) => located(issue, [], options));
}

function located(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[], options: PlainIssueOptions): Issue[] {
  const path = [...prefix, ...issue.path];
  const { file, codes } = options;
  if (issue.code === 'invalid_union') {
    // When the value has the kind of one shape only ({ fr: "" } for a title), its own problems say more.
    const meant = issue.errors.filter(
      (errors) => !errors.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
    );
    const only = meant.length === 1 ? meant[0] : undefined;
    if (only && only.length > 0) return only.flatMap((inner) => located(inner, path, options));
  }
  if (issue.code === 'unrecognized_keys') {
    const known = keysAt(options.schema, path);
    const where = path.length > 0 ? dotted(path) : undefined;
    return issue.keys.map((key) =>
      issueAt(file, options.keySpanOf(path, key), codes.unknownKey, { key, in: where, nearest: nearestWord(key, known), known }),
    );
  }
  if (issue.code === 'invalid_key') {
    const mapping = path.slice(0, -1);
    const key = String(path[path.length - 1]);
    const inner = issue.issues.find((candidate) => candidate.message !== ZOD_WORDS);
    const message = inner
      ? withValue(labelOf(mapping, options), inner.message, key)
      : `${labelOf(mapping, options)}: the key "${key}" is not allowed`;
    return [issueAt(file, options.keySpanOf(mapping, key), codes.invalid, { kind: 'schema', explanation: message })];
  }
  const explanation = messageOf(issue, path, options);
  return [issueAt(file, options.spanOf(path), codes.invalid, { kind: 'schema', explanation })];
}

function messageOf(issue: z.core.$ZodIssue, path: readonly PropertyKey[], options: PlainIssueOptions): string {
  const label = labelOf(path, options);
  const input = (issue as { input?: unknown }).input;
  if (issue.message !== ZOD_WORDS) return withValue(label, issue.message, input);
  const at = schemaAt(options.schema, path);
  if (!at) return `${label} is not allowed here`;
  const example = exampleOf(at, lastKey(path)) ?? itemExample(path, options);
  const copy = example ? `, e.g. ${example}` : '';
  if (input === undefined) return required(label, at, copy);
  if (input === null) return `${label} is empty: write ${accepted(at.schema)}${suchAs(at)} after the colon${copy}`;
  const target = optionFor(at.schema, input);
  switch (issue.code) {
    case 'invalid_value': {
      const values = allowedValues(at.schema).filter((value): value is string => typeof value === 'string');
      const guess = typeof input === 'string' ? nearestWord(input, values) : undefined;
      return `${label} must be ${choices(at.schema)}; got ${shown(input)}${guess ? ` (did you mean ${guess}?)` : ''}`;
    }
    case 'too_small':
    case 'too_big':
      return outOfRange(label, issue, at, target, copy);
    case 'invalid_union':
    case 'invalid_type': {
      const quotes = quoteHint(at.schema, input);
      // A mapping says which keys it needs ("key: value lines with path"); other kinds need no bounds here.
      const wanted = definitionOf(at.schema).type === 'object' ? accepted(at.schema) : typeNoun(at.schema);
      const share = definitionOf(target).type === 'number' ? shareHint(target, input) : '';
      return `${label} must be ${wanted}${suchAs(at)}, not ${received(input)}${quotes}${share}${quotes || share ? '' : copy}`;
    }
    default:
      // A rule of a union's option ({ fr, en } with neither) reads best with every shape the key takes.
      return `${label} must be ${accepted(issue.code === 'custom' ? at.schema : target)}${suchAs(at)}; got ${shown(input)}`;
  }
}

function required(label: string, at: SchemaAt, copy: string): string {
  const least = bounds(at.schema).minLength;
  if (least !== undefined && least >= 1 && accepted(at.schema).startsWith('a list')) {
    return `${label}: at least one ${itemNoun(at, at.schema)} is required${copy}`;
  }
  return `${label} is required: ${accepted(at.schema)}${suchAs(at)}${copy}`;
}

function outOfRange(label: string, issue: z.core.$ZodIssue, at: SchemaAt, target: z.core.$ZodType, copy: string): string {
  const input = (issue as { input?: unknown }).input;
  const origin = (issue as { origin?: string }).origin;
  if (origin === 'array') {
    const count = Array.isArray(input) ? input.length : 0;
    const noun = itemNoun(at, target);
    if (count === 0) return `${label}: at least one ${noun} is required${copy}`;
    const { minLength, maxLength } = bounds(target);
    return `${label} lists ${count} ${noun}s: write ${minLength !== undefined && count < minLength ? `at least ${minLength}` : `at most ${maxLength}`}`;
  }
  if (origin === 'string') {
    if (input === '') return `${label} must not be empty: write ${typeNoun(target)}${suchAs(at)}${copy}`;
    return `${label} must be ${accepted(target)}; got ${shown(input)}`;
  }
  return `${label} must be ${withRange(typeNoun(target), target)}${suchAs(at)}; got ${shown(input)}${shareHint(target, input)}`;
}

/** A share written as a percentage (confidence: 95 or "95%") is the likeliest slip of a number below 1. */
function shareHint(schema: z.core.$ZodType, input: unknown): string {
  const percent = typeof input === 'string' ? /^\s*(\d+(?:[.,]\d+)?)\s*%\s*$/.exec(input)?.[1] : input;
  const value = Number(typeof percent === 'string' ? percent.replace(',', '.') : percent);
  const maximum = bounds(schema).maximum?.value;
  if (maximum === undefined || maximum > 1 || !(value > 1 && value <= 100)) return '';
  return ` (a share: write ${value / 100} for ${value}%)`;
}

/** Quotes are the whole fix when YAML read a text as a number (2026) or a number as a text ("3"). */
function quoteHint(schema: z.core.$ZodType, input: unknown): string {
  const wanted = accepted(schema);
  if ((typeof input === 'number' || typeof input === 'boolean') && wanted.includes('a text')) return ': put it in quotes';
  if (typeof input === 'string' && input.trim() !== '' && Number.isFinite(Number(input)) && /number/.test(wanted)) {
    return ': write it without quotes';
  }
  return '';
}

/** " such as 0.95" from a key's scalar example or default (not after the shapes of a union: it would read as the last one's). */
function suchAs(at: SchemaAt): string {
  if (optionsOf(at.schema).length > 1) return '';
  const value = at.example ?? at.defaultValue;
  return typeof value === 'number' || (typeof value === 'string' && value !== '') ? ` such as ${value}` : '';
}

/** A schema's own message, after the value it judges: segments[0].field "2x": a field name is... */
function withValue(label: string, message: string, input: unknown): string {
  const scalar = typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean';
  if (!scalar || message.includes(shown(input))) return `${label}: ${message}`;
  return `${label} ${shown(input)}: ${message}`;
}

/** What the items of a list are called: the `.meta({ title })` of the list or of its items ("source"). */
function itemNoun(at: SchemaAt, list: z.core.$ZodType): string {
  const element = (unwrap(list).schema._zod.def as { element?: z.core.$ZodType }).element;
  return at.title ?? (element ? unwrap(element).title : undefined) ?? 'item';
}

function labelOf(path: readonly PropertyKey[], options: PlainIssueOptions): string {
  return path.length > 0 ? dotted(path) : options.rootName;
}

/** An item of a list shows the list's example: sources[0] written as text gets "e.g. - path: responses.csv". */
function itemExample(path: readonly PropertyKey[], options: PlainIssueOptions): string | undefined {
  const index = lastKey(path);
  if (typeof index !== 'number') return undefined;
  const list = schemaAt(options.schema, path.slice(0, -1));
  const items = list?.example;
  if (!list || !Array.isArray(items) || items.length === 0) return undefined;
  return exampleOf({ schema: list.schema, example: items[0] }, index);
}

function lastKey(path: readonly PropertyKey[]): PropertyKey | undefined {
  return path[path.length - 1];
}

function dotted(path: readonly PropertyKey[]): string {
  return path
    .map((step) => (typeof step === 'number' ? `[${step}]` : `.${String(step)}`))
    .join('')
    .replace(/^\./, '');
}
