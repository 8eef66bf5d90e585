import { compareIssues, type Issue, issueAt, type Span } from '../issues.ts';
import { CANONICAL_FIELDS, configSchema, type NpsConfig } from '../schema/config.ts';
import { compileKeyword } from '../text/keyword.ts';
import { dateFormatProblem } from './date-format.ts';
import { PLAIN_PARSE, plainIssues } from './schema-messages.ts';
import { parseLocatedYaml, valueAt } from './yaml-locate.ts';

export interface ConfigReading {
  /** The validated config with defaults applied; undefined when it has errors. */
  config: NpsConfig | undefined;
  issues: Issue[];
  /** The span of the value at a path of the config (to place issues found later, e.g. NPS005). */
  spanOf: (path: readonly PropertyKey[]) => Span;
}

/**
 * Reads data/nps.config.yaml: YAML syntax, the zod schema, then the rules that span several keys
 * (column maps name known fields, theme patterns compile, ids are unique). Every issue carries
 * the position of the offending key or value.
 */
export function parseConfig(file: string, text: string): ConfigReading {
  const issues: Issue[] = [];
  // Without its BOM (Windows editors write one): the yaml library counts it as a column of line 1.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const yaml = parseLocatedYaml(source);
  for (const error of yaml.errors) {
    issues.push(issueAt(file, yaml.spanOfOffsets(error.start, error.end), 'NPS001', { yamlError: firstLine(error.message) }));
  }
  if (issues.length > 0) return { config: undefined, issues, spanOf: yaml.spanOf };

  const value = yaml.value ?? {};
  const result = configSchema.safeParse(value, PLAIN_PARSE);
  if (!result.success) {
    const located = {
      file,
      schema: configSchema,
      codes: { invalid: 'NPS002', unknownKey: 'NPS003' },
      rootName: 'the config',
      spanOf: (path: readonly PropertyKey[]) => issueSpan(yaml, source, value, path),
      keySpanOf: yaml.keySpanOf,
    } as const;
    issues.push(...plainIssues(result.error.issues, located).sort(compareIssues));
    return { config: undefined, issues, spanOf: yaml.spanOf };
  }
  const config = result.data;
  issues.push(...crossCheck(file, yaml, config));
  return { config: issues.some((issue) => issue.severity === 'error') ? undefined : config, issues, spanOf: yaml.spanOf };
}

type Located = ReturnType<typeof parseLocatedYaml>;

/**
 * Where a reader looks for the value at a path: the value itself; the key of an empty value
 * (`title:`); for a missing key, the first line of the mapping that lacks it (underlining the
 * whole mapping would paint the file from its first key to its last).
 */
function issueSpan(yaml: Located, text: string, value: unknown, path: readonly PropertyKey[]): Span {
  const found = valueAt(value, path);
  if (found === null && path.length > 0) return yaml.keySpanOf(path.slice(0, -1), String(path[path.length - 1]));
  const span = yaml.spanOf(path);
  if (found !== undefined || span.endLine === span.line) return span;
  const lineEnd = text.split(/\r\n|\r|\n/)[span.line - 1]?.length ?? 0;
  return { ...span, endLine: span.line, endColumn: Math.max(span.column, lineEnd + 1) };
}

function crossCheck(file: string, yaml: Located, config: NpsConfig): Issue[] {
  const issues: Issue[] = [];
  const segmentFields = config.segments.map((segment) => segment.field);
  const known = new Set<string>([...CANONICAL_FIELDS, ...segmentFields]);
  config.sources.forEach((source, index) => {
    const formatProblem = source.dateFormat === undefined ? undefined : dateFormatProblem(source.dateFormat);
    if (formatProblem) {
      const values = { kind: 'date-format', format: source.dateFormat as string, problem: formatProblem } as const;
      issues.push(issueAt(file, yaml.spanOf(['sources', index, 'dateFormat']), 'NPS002', values));
    }
    for (const key of ['columns', 'constants'] as const) {
      for (const field of Object.keys(source[key])) {
        const allowed = key === 'constants' ? segmentFields.includes(field) : known.has(field);
        if (!allowed) {
          const expected = key === 'constants' ? 'a declared segment field' : 'a canonical field or a declared segment field';
          const span = yaml.keySpanOf(['sources', index, key], field);
          issues.push(issueAt(file, span, 'NPS002', { kind: 'undeclared-field', field, expected }));
        }
      }
    }
  });
  duplicates(segmentFields).forEach((index) => {
    const field = segmentFields[index] as string;
    issues.push(issueAt(file, yaml.spanOf(['segments', index, 'field']), 'NPS002', { kind: 'segment-twice', field }));
  });
  const themeIds = config.themes.map((theme) => theme.id);
  duplicates(themeIds).forEach((index) => {
    const id = themeIds[index] as string;
    issues.push(issueAt(file, yaml.spanOf(['themes', index, 'id']), 'NPS002', { kind: 'theme-twice', id }));
  });
  config.themes.forEach((theme, themeIndex) => {
    theme.keywords.forEach((keyword, keywordIndex) => {
      if (compileKeyword(keyword) === undefined) {
        issues.push(issueAt(file, yaml.spanOf(['themes', themeIndex, 'keywords', keywordIndex]), 'NPS009', { keyword }));
      }
    });
    theme.patterns.forEach((pattern, patternIndex) => {
      try {
        new RegExp(pattern, 'u');
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        issues.push(issueAt(file, yaml.spanOf(['themes', themeIndex, 'patterns', patternIndex]), 'NPS006', { reason }));
      }
    });
  });
  return issues;
}

/** Indexes of the values already seen earlier in the list. */
function duplicates(values: readonly string[]): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) repeated.push(index);
    seen.add(value);
  });
  return repeated;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
