import { compareIssues, hasErrors, pluralEn } from '@nps-pages/core/pipeline';
import type { CommandIo } from '../command-io.ts';
import { readDataSetOnDisk } from '../data-set.ts';
import { formatIssues, type IssueFormat } from '../issue-output.ts';
import { createProgress } from '../progress.ts';

export interface ValidateOptions {
  data: string;
  format: IssueFormat;
  files: readonly string[];
}

export type { CommandIo };

/** Exit codes: 0 clean (warnings allowed), 1 invalid data, 2 usage or config error. */
export async function validateCommand(options: ValidateOptions, io: CommandIo): Promise<number> {
  const progress = createProgress(io);
  const reading = await readDataSetOnDisk({
    dataDir: options.data,
    files: options.files,
    onResponse: () => progress.tick(),
    onFile: (file, index, total) => progress.file(file, index, total),
  });
  progress.done();
  const issues = reading.issues.sort(compareIssues);
  io.stdout(formatIssues(issues, options.format));
  if (!reading.config || !reading.summary) return 2;
  if (options.format === 'text') {
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    const warnings = issues.filter((issue) => issue.severity === 'warning').length;
    io.stderr(
      `${pluralEn(reading.summary.responses, 'valid response', 'valid responses')} in ${pluralEn(reading.summary.files.length, 'file', 'files')}; ${pluralEn(errors, 'error', 'errors')}, ${pluralEn(warnings, 'warning', 'warnings')}\n`,
    );
  }
  return hasErrors(issues) ? 1 : 0;
}
