import { resolve } from 'node:path';
import { compareIssues, hasErrors, type Issue, ingest } from '@nps-pages/core';
import { formatIssues, type IssueFormat } from '../issue-output.ts';
import { loadConfig } from '../load-config.ts';
import { createNodeDataFiles, toDataPath } from '../node-files.ts';
import { createProgress } from '../progress.ts';

export interface ValidateOptions {
  data: string;
  format: IssueFormat;
  files: readonly string[];
}

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

/** Exit codes: 0 clean (warnings allowed), 1 invalid data, 2 usage or config error. */
export async function validateCommand(options: ValidateOptions, io: CommandIo): Promise<number> {
  const dataDir = resolve(options.data);
  const reading = await loadConfig(dataDir);
  const issues: Issue[] = [...reading.issues];
  if (!reading.config) {
    io.stdout(formatIssues(issues.sort(compareIssues), options.format));
    return 2;
  }
  const progress = createProgress(io);
  const summary = await ingest({
    config: reading.config,
    configFile: reading.file,
    configSpanOf: reading.spanOf,
    files: createNodeDataFiles(dataDir),
    only: options.files.length > 0 ? options.files.map((file) => toDataPath(dataDir, file)) : undefined,
    onResponse: () => progress.tick(),
    onIssue: (issue) => issues.push(issue),
    onFile: (file, index, total) => progress.file(file, index, total),
  });
  progress.done();
  issues.sort(compareIssues);
  io.stdout(formatIssues(issues, options.format));
  if (options.format === 'text') {
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    const warnings = issues.filter((issue) => issue.severity === 'warning').length;
    io.stderr(`${summary.responses} valid responses in ${summary.files.length} files; ${errors} errors, ${warnings} warnings\n`);
  }
  return hasErrors(issues) ? 1 : 0;
}
