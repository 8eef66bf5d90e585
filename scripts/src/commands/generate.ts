import { relative, resolve } from 'node:path';
import { pluralEn } from '@nps-pages/core/pipeline';
import { writeSampleDataSet } from '../generate/write-data-set.ts';
import type { CommandIo } from './validate.ts';

export interface GenerateOptions {
  seed: number;
  /** About how many responses (the sample spreads them over two years). */
  responses: number;
  out: string;
}

/**
 * `nps generate`: writes the seeded sample data set (config, actions, the three survey exports).
 * Exit codes: 0 written, 2 the folder cannot be written.
 */
export async function generateCommand(options: GenerateOptions, io: CommandIo): Promise<number> {
  const out = resolve(options.out);
  const started = performance.now();
  const onProgress = io.isTTY
    ? (written: number) =>
        io.stderr(`\r\x1b[K${written.toLocaleString('en')} / ${options.responses.toLocaleString('en')} responses`)
    : undefined;
  try {
    const summary = await writeSampleDataSet({ seed: options.seed, responses: options.responses, out, onProgress });
    if (io.isTTY) io.stderr('\r\x1b[K');
    const shown = relative(process.cwd(), out) || '.';
    for (const file of summary.files)
      io.stdout(`${shown}/${file.path}${file.rows > 0 ? ` (${pluralEn(file.rows, 'response', 'responses')})` : ''}\n`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stderr(
      `${pluralEn(summary.responses, 'response', 'responses')} in ${pluralEn(summary.files.length, 'file', 'files')} written to ${shown}/ (seed ${options.seed}) in ${seconds} s\n`,
    );
    return 0;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`cannot write the sample to ${out}: ${reason}\n`);
    return 2;
  }
}
