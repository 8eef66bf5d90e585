/**
 * One entry of the issue catalogue: a permanent code's name, severity, hint, and its message as a
 * function of the values of one occurrence (as Astro's errors-data.ts does). The words of an issue
 * live here, not at the call sites: one code, one way of saying it, whoever reports it.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface IssueDefinition<Values> {
  name: string;
  severity: Severity;
  /** What a reader should do about it; shown after the message by the CLI's text format. */
  hint: string;
  message: (values: Values) => string;
}

/** Keeps each entry's own Values type (a plain object literal would widen them to one). */
export function defineIssue<Values>(definition: IssueDefinition<Values>): IssueDefinition<Values> {
  return definition;
}

/** A value quoted in a message: "Lyon". */
export const quoted = (value: string): string => `"${value}"`;

/** A key the schema does not know (NPS003, NPS303), with the nearest known key or the list of them. */
export interface UnknownKey {
  key: string;
  /** The dotted path of the mapping holding it; undefined at the top level. */
  in?: string | undefined;
  nearest?: string | undefined;
  known: readonly string[];
}

export function unknownKeyMessage(v: UnknownKey): string {
  const where = v.in ? ` in ${v.in}` : '';
  const help = v.nearest ? `: did you mean ${quoted(v.nearest)}?` : v.known.length > 0 ? ` (keys: ${v.known.join(', ')})` : '';
  return `unknown key ${quoted(v.key)}${where}${help}`;
}
