import { CONFIG_FILE_NAME } from '../editor/document-kind.ts';
import type { DataFiles } from '../ingest.ts';
import { type Issue, issueAt } from '../issues.ts';
import { type ConfigReading, parseConfig } from '../parse/config.ts';
import { readText } from '../parse/decode.ts';

export type ConfigFileReading = ConfigReading & { file: string };

/** The data folder's nps.config.yaml, read and validated; a missing file is NPS004, not an exception. */
export async function readConfigFile(files: DataFiles, folder: string): Promise<ConfigFileReading> {
  const file = files.display(CONFIG_FILE_NAME);
  const issues: Issue[] = [];
  let text: string;
  try {
    text = await readText(() => files.readChunks(CONFIG_FILE_NAME), { file, onIssue: (issue) => void issues.push(issue) });
  } catch {
    const span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return {
      file,
      config: undefined,
      spanOf: () => span,
      issues: [issueAt(file, span, 'NPS004', { configFile: CONFIG_FILE_NAME, folder })],
    };
  }
  const reading = parseConfig(file, text.replace(/^\uFEFF/, ''));
  return { file, ...reading, issues: [...issues, ...reading.issues] };
}
