import picomatch from 'picomatch/posix.js';
import { isActionPath } from '../actions.ts';
import { CONFIG_FILE_NAME } from '../editor/document-kind.ts';
import { type Issue, issueAt } from '../issues.ts';
import type { NpsConfig } from '../schema/config.ts';
import { editionOfPath } from './editions.ts';

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Files of the data folder that nothing reads: an export dropped under a name no source glob matches
 * would otherwise be left out of the report without a word (NPS010). The config, the actions, the
 * editions and the files the config's `ignore` lists are read, or left out, on purpose.
 */
export function unreadFileIssues(options: {
  config: NpsConfig;
  paths: readonly string[];
  read: ReadonlySet<string>;
  display: (path: string) => string;
}): Issue[] {
  const { config, paths, read, display } = options;
  const ignored = config.ignore.map((pattern) => picomatch(pattern.replace(/^\.\//, ''), { dot: false }));
  const issues: Issue[] = [];
  for (const path of paths) {
    if (read.has(path) || path === CONFIG_FILE_NAME || isActionPath(path) || editionOfPath(path) !== undefined) continue;
    if (ignored.some((matches) => matches(path))) continue;
    const near = nearestSource(config, path);
    const nearest = near ? { source: near.name ?? near.path, pattern: near.path } : undefined;
    issues.push(issueAt(display(path), START, 'NPS010', { nearest }));
  }
  return issues;
}

/** The source whose glob is closest to the path, when one is close enough to be a likely typo. */
function nearestSource(config: NpsConfig, path: string): NpsConfig['sources'][number] | undefined {
  let best: { distance: number; source: NpsConfig['sources'][number] } | undefined;
  for (const source of config.sources) {
    const distance = editDistance(source.path.replace(/^\.\//, ''), path);
    if (!best || distance < best.distance) best = { distance, source };
  }
  return best && best.distance <= Math.max(4, Math.floor(path.length * 0.4)) ? best.source : undefined;
}

/** Levenshtein distance; paths are short, so the quadratic table is cheap. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
