import { z } from 'zod';

/**
 * The schema a value at a path must satisfy, found by walking the zod schema the way a zod issue
 * path walks the value. Messages need what the issue alone does not carry: the accepted shapes of
 * a union, both bounds of a range, a default or an example to show, the keys a mapping allows.
 */
export interface SchemaAt {
  /** The schema without its optional, default and pipe wrappers. */
  schema: z.core.$ZodType;
  /** The default of the key, when the wrappers hold one (the value a user can copy). */
  defaultValue?: unknown;
  /** The first example given with `.meta({ examples })` on any of the wrappers. */
  example?: unknown;
  /** The `.meta({ title })` of any wrapper: a noun for the items of a list ("source"). */
  title?: string;
}

/** The internals of a zod definition that the walk reads; zod types them per kind. */
export interface Definition {
  type: string;
  format?: string;
  checks?: { _zod: { def: CheckDefinition } }[];
  [key: string]: unknown;
}

export interface CheckDefinition {
  check: string;
  value?: unknown;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  format?: string;
}

export function definitionOf(schema: z.core.$ZodType): Definition {
  return schema._zod.def as unknown as Definition;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schema behind optional, default and pipe wrappers, with what the wrappers say about it. */
export function unwrap(schema: z.core.$ZodType): SchemaAt {
  const found: SchemaAt = { schema };
  let current = schema;
  for (;;) {
    const meta = z.globalRegistry.get(current) as { examples?: unknown[]; title?: string } | undefined;
    if (found.example === undefined && Array.isArray(meta?.examples)) found.example = meta.examples[0];
    if (found.title === undefined && meta?.title) found.title = meta.title;
    const definition = definitionOf(current);
    if ((definition.type === 'default' || definition.type === 'prefault') && found.defaultValue === undefined) {
      const value = definition.defaultValue;
      found.defaultValue = typeof value === 'function' ? undefined : value;
    }
    if (WRAPPERS.has(definition.type)) current = definition.innerType as z.core.$ZodType;
    // A preprocess or a transform is a pipe: the value is checked by its output side.
    else if (definition.type === 'pipe') current = definition.out as z.core.$ZodType;
    else break;
  }
  found.schema = current;
  return found;
}

/** The schema at a path of the value, or undefined when the path leaves the schema. */
export function schemaAt(root: z.core.$ZodType, path: readonly PropertyKey[]): SchemaAt | undefined {
  let at = unwrap(root);
  for (const step of path) {
    const next = childOf(at.schema, step);
    if (!next) return undefined;
    at = unwrap(next);
  }
  return at;
}

function childOf(schema: z.core.$ZodType, step: PropertyKey): z.core.$ZodType | undefined {
  const definition = definitionOf(schema);
  switch (definition.type) {
    case 'object':
      return (definition.shape as Record<string, z.core.$ZodType>)[String(step)];
    case 'array':
      return typeof step === 'number' ? (definition.element as z.core.$ZodType) : undefined;
    case 'record':
      return definition.valueType as z.core.$ZodType;
    case 'union':
      // The option that has this step: the mapping of { fr, en } for site.title.en.
      for (const option of definition.options as z.core.$ZodType[]) {
        const child = childOf(unwrap(option).schema, step);
        if (child) return child;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The keys the mapping at a path allows (through unions and wrappers); none when it is not a mapping. */
export function keysAt(root: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const at = schemaAt(root, path);
  if (!at) return [];
  const objects = optionsOf(at.schema).filter((option) => definitionOf(option).type === 'object');
  return objects.flatMap((option) => Object.keys(definitionOf(option).shape as Record<string, unknown>));
}

/** The options of a union, unwrapped; the schema itself otherwise. */
export function optionsOf(schema: z.core.$ZodType): z.core.$ZodType[] {
  const definition = definitionOf(schema);
  if (definition.type !== 'union') return [schema];
  return (definition.options as z.core.$ZodType[]).flatMap((option) => optionsOf(unwrap(option).schema));
}
