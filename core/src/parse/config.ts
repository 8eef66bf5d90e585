import type { z } from 'zod';
import { type Issue, makeIssue, type Span } from '../issues.ts';
import { CANONICAL_FIELDS, configSchema, type NpsConfig } from '../schema/config.ts';
import { compileKeyword } from '../text/keyword.ts';
import { dateFormatProblem } from './date-format.ts';
import { parseLocatedYaml } from './yaml-locate.ts';

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
  const yaml = parseLocatedYaml(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  for (const error of yaml.errors) {
    issues.push(makeIssue(file, yaml.spanOfOffsets(error.start, error.end), 'NPS001', firstLine(error.message)));
  }
  if (issues.length > 0) return { config: undefined, issues, spanOf: yaml.spanOf };

  const result = configSchema.safeParse(yaml.value ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) issues.push(...describeZodIssue(file, yaml, issue));
    return { config: undefined, issues, spanOf: yaml.spanOf };
  }
  const config = result.data;
  issues.push(...crossCheck(file, yaml, config));
  return { config: issues.some((issue) => issue.severity === 'error') ? undefined : config, issues, spanOf: yaml.spanOf };
}

type Located = ReturnType<typeof parseLocatedYaml>;

function describeZodIssue(file: string, yaml: Located, issue: z.core.$ZodIssue): Issue[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => makeIssue(file, yaml.keySpanOf(path, key), 'NPS003', `unknown key "${key}"${where(path)}`));
  }
  return [makeIssue(file, yaml.spanOf(path), 'NPS002', `${dotted(path) || 'config'}: ${issue.message}`)];
}

function crossCheck(file: string, yaml: Located, config: NpsConfig): Issue[] {
  const issues: Issue[] = [];
  const segmentFields = config.segments.map((segment) => segment.field);
  const known = new Set<string>([...CANONICAL_FIELDS, ...segmentFields]);
  config.sources.forEach((source, index) => {
    const formatProblem = source.dateFormat === undefined ? undefined : dateFormatProblem(source.dateFormat);
    if (formatProblem) {
      issues.push(
        makeIssue(
          file,
          yaml.spanOf(['sources', index, 'dateFormat']),
          'NPS002',
          `dateFormat "${source.dateFormat}" ${formatProblem}`,
        ),
      );
    }
    for (const key of ['columns', 'constants'] as const) {
      for (const field of Object.keys(source[key])) {
        const allowed = key === 'constants' ? segmentFields.includes(field) : known.has(field);
        if (!allowed) {
          const what = key === 'constants' ? 'a declared segment field' : 'a canonical field or a declared segment field';
          issues.push(
            makeIssue(
              file,
              yaml.keySpanOf(['sources', index, key], field),
              'NPS002',
              `"${field}" is not ${what} (declare it under segments)`,
            ),
          );
        }
      }
    }
  });
  duplicates(segmentFields).forEach((index) => {
    issues.push(
      makeIssue(
        file,
        yaml.spanOf(['segments', index, 'field']),
        'NPS002',
        `the segment "${segmentFields[index]}" is declared twice`,
      ),
    );
  });
  const themeIds = config.themes.map((theme) => theme.id);
  duplicates(themeIds).forEach((index) => {
    issues.push(
      makeIssue(file, yaml.spanOf(['themes', index, 'id']), 'NPS002', `the theme id "${themeIds[index]}" is used twice`),
    );
  });
  config.themes.forEach((theme, themeIndex) => {
    theme.keywords.forEach((keyword, keywordIndex) => {
      if (compileKeyword(keyword) === undefined) {
        issues.push(
          makeIssue(
            file,
            yaml.spanOf(['themes', themeIndex, 'keywords', keywordIndex]),
            'NPS009',
            `the keyword "${keyword}" matches nothing`,
          ),
        );
      }
    });
    theme.patterns.forEach((pattern, patternIndex) => {
      try {
        new RegExp(pattern, 'u');
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        issues.push(
          makeIssue(
            file,
            yaml.spanOf(['themes', themeIndex, 'patterns', patternIndex]),
            'NPS006',
            `invalid regular expression: ${reason}`,
          ),
        );
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

function dotted(path: readonly PropertyKey[]): string {
  return path
    .map((step) => (typeof step === 'number' ? `[${step}]` : `.${String(step)}`))
    .join('')
    .replace(/^\./, '');
}

function where(path: readonly PropertyKey[]): string {
  const at = dotted(path);
  return at ? ` in ${at}` : ' at the top level';
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
