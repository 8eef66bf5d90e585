import { stringify } from 'yaml';
import type { z } from 'zod';
import { type CheckDefinition, definitionOf, optionsOf, type SchemaAt, unwrap } from './schema-at.ts';

/**
 * The words a person editing YAML reads for what a schema accepts and what they wrote: YAML's
 * words (a text, a list, key: value lines), never TypeScript's (string, array, object).
 */

/** What a schema accepts, as a noun phrase: "a whole number from 1 to 20", "one of week, month". */
export function accepted(schema: z.core.$ZodType): string {
  const options = optionsOf(schema);
  if (options.length > 1) return options.map((option) => optionName(option)).join(', or ');
  const definition = definitionOf(schema);
  switch (definition.type) {
    case 'enum':
    case 'literal':
      return choices(schema);
    case 'number':
      return withRange(typeNoun(schema), schema);
    case 'string': {
      const minimum = bounds(schema).minLength;
      return minimum !== undefined && minimum > 1 ? `${typeNoun(schema)} of at least ${minimum} characters` : typeNoun(schema);
    }
    case 'object': {
      const shape = definition.shape as Record<string, z.core.$ZodType>;
      const required = Object.keys(shape).filter((key) => shape[key]?._zod.optin === undefined);
      return required.length > 0 ? `key: value lines with ${orList(required, 'and')}` : 'key: value lines';
    }
    default:
      return typeNoun(schema);
  }
}

/** One shape of a union: a mapping names its keys, { fr, en } with one or both of them, to tell it from the others. */
function optionName(option: z.core.$ZodType): string {
  const definition = definitionOf(option);
  if (definition.type !== 'object') return accepted(option);
  const shape = definition.shape as Record<string, z.core.$ZodType>;
  const keys = Object.keys(shape);
  const required = keys.filter((key) => shape[key]?._zod.optin === undefined);
  if (required.length > 0) return `{ ${keys.join(', ')} } with ${orList(required, 'and')}`;
  return `{ ${keys.join(', ')} } with ${keys.length === 2 ? 'one or both of them' : 'at least one of them'}`;
}

/** The kind of value alone, without bounds: "a whole number", "a text", "a list". */
export function typeNoun(schema: z.core.$ZodType): string {
  const definition = definitionOf(schema);
  switch (definition.type) {
    case 'string':
      if (definition.format === 'url') return 'a web address such as https://example.org/study';
      if (definition.format === 'date') return 'a date written YYYY-MM-DD';
      return 'a text';
    case 'number':
      return definition.format === 'safeint' ? 'a whole number' : 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list (one item a line, each starting with -)';
    case 'object':
    case 'record':
      return 'key: value lines';
    case 'enum':
    case 'literal':
      return choices(schema);
    default:
      return optionsOf(schema).length > 1 ? accepted(schema) : 'a value';
  }
}

/** The allowed values of an enum or a literal: "one of week, month, quarter, year". */
export function choices(schema: z.core.$ZodType): string {
  const values = allowedValues(schema).map(shownChoice);
  return values.length === 1 ? `${values[0]}` : `one of ${values.join(', ')}`;
}

export function allowedValues(schema: z.core.$ZodType): unknown[] {
  const definition = definitionOf(schema);
  if (definition.type === 'enum') return Object.values(definition.entries as Record<string, unknown>);
  if (definition.type === 'literal') return [...(definition.values as unknown[])];
  return [];
}

interface Bounds {
  minimum?: { value: number; inclusive: boolean };
  maximum?: { value: number; inclusive: boolean };
  minLength?: number;
  maxLength?: number;
}

export function bounds(schema: z.core.$ZodType): Bounds {
  const found: Bounds = {};
  for (const check of definitionOf(schema).checks ?? []) {
    const definition: CheckDefinition = check._zod.def;
    const value = Number(definition.value);
    if (definition.check === 'greater_than') found.minimum = { value, inclusive: definition.inclusive === true };
    if (definition.check === 'less_than') found.maximum = { value, inclusive: definition.inclusive === true };
    if (definition.check === 'min_length') found.minLength = definition.minimum;
    if (definition.check === 'max_length') found.maxLength = definition.maximum;
  }
  return found;
}

/** "a number greater than 0.5 and less than 1", "a whole number from 1 to 20", "a whole number of at least 1". */
export function withRange(noun: string, schema: z.core.$ZodType): string {
  const { minimum, maximum } = bounds(schema);
  if (minimum && maximum && minimum.inclusive && maximum.inclusive) return `${noun} from ${minimum.value} to ${maximum.value}`;
  const parts: string[] = [];
  if (minimum) parts.push(minimum.inclusive ? `of at least ${minimum.value}` : `greater than ${minimum.value}`);
  if (maximum) parts.push(maximum.inclusive ? `of at most ${maximum.value}` : `less than ${maximum.value}`);
  return parts.length > 0 ? `${noun} ${parts.join(' and ')}` : noun;
}

/** What the user wrote, as a phrase: the text "95%", the number 3, a list, an empty value. */
export function received(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (typeof input === 'string') return input === '' ? 'an empty text' : `the text ${JSON.stringify(input)}`;
  if (typeof input === 'number') return `the number ${input}`;
  if (typeof input === 'boolean') return `${input}`;
  if (Array.isArray(input)) return input.length === 0 ? 'an empty list' : 'a list';
  if (typeof input === 'object') return Object.keys(input).length === 0 ? 'an empty mapping {}' : 'key: value lines';
  return typeof input;
}

/** A value the user wrote, short: "monthly" in quotes, 3 bare, a list or key: value lines. */
export function shown(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input);
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  return received(input);
}

const PLAIN_WORD = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;

/** A value of an enum, bare when it is a plain word, quoted otherwise ("\t", ","). */
function shownChoice(value: unknown): string {
  return typeof value === 'string' && PLAIN_WORD.test(value) ? value : JSON.stringify(value);
}

export function orList(values: readonly string[], last: 'or' | 'and' = 'or'): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${last} ${values[values.length - 1]}`;
}

/**
 * The line a user can copy for a list or a mapping, "e.g. - path: responses.csv" or
 * "e.g. keywords: [attente, queue]", from the example or the default of the key.
 */
export function exampleOf(at: SchemaAt, key: PropertyKey | undefined): string | undefined {
  const value = at.example ?? at.defaultValue;
  // A scalar reads better inline ("a number such as 0.95"): the messages say it there.
  if (value === undefined || value === null || typeof value !== 'object' || isEmpty(value)) return undefined;
  const item = Array.isArray(value) && isMapping(value[0]) ? value[0] : typeof key === 'number' ? value : undefined;
  // One key reads as block YAML (- path: responses.csv); several need the braces to stay one line.
  if (isMapping(item)) return Object.keys(item).length === 1 ? `- ${flow(item).slice(2, -2)}` : `- ${flow(item)}`;
  return typeof key === 'string' ? `${key}: ${flow(value)}` : `- ${flow(value)}`;
}

/** A value written as one line of YAML. */
function flow(value: unknown): string {
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
}

function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return isMapping(value) && Object.keys(value).length === 0;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The option of a union that takes this kind of value (the number option for 0), or the schema itself. */
export function optionFor(schema: z.core.$ZodType, input: unknown): z.core.$ZodType {
  const kind = Array.isArray(input) ? 'array' : input === null ? 'null' : typeof input;
  const matches = optionsOf(schema).filter((option) => {
    const type = definitionOf(unwrap(option).schema).type;
    return type === kind || ((type === 'object' || type === 'record') && kind === 'object');
  });
  return matches.length === 1 && matches[0] ? matches[0] : schema;
}
