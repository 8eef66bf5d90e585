import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { type ConfigReading, makeIssue, parseConfig } from '@nps-pages/core/pipeline';

export const CONFIG_FILE = 'nps.config.yaml';

/** Reads and validates the data folder's config; a missing file is issue NPS004, not an exception. */
export async function loadConfig(dataDir: string, cwd = process.cwd()): Promise<ConfigReading & { file: string }> {
  const path = join(dataDir, CONFIG_FILE);
  const file = relative(cwd, path).split(sep).join('/');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    const span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return {
      file,
      config: undefined,
      spanOf: () => span,
      issues: [makeIssue(file, span, 'NPS004', `no ${CONFIG_FILE} in ${dataDir}`)],
    };
  }
  return { file, ...parseConfig(file, text.replace(/^\uFEFF/, '')) };
}
