import { mkdir, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SAMPLE_ACTIONS } from './actions.ts';
import { configYaml } from './config-template.ts';
import { EXPORT_FORMATS } from './exports.ts';
import { createExportSink, type WrittenFile } from './file-sink.ts';
import { sampleResponses } from './sample.ts';

/**
 * Writes the sample data folder: the config, the actions, then every response streamed into the
 * export files of its source. Deterministic: the same seed and count give byte-identical files.
 */
export interface DataSetOptions {
  seed: number;
  responses: number;
  out: string;
  /** Called every `progressEvery` responses with the count written so far. */
  onProgress?: (written: number) => void;
  progressEvery?: number;
}

export interface DataSetSummary {
  responses: number;
  /** Every file written, relative to `out`, sorted. */
  files: WrittenFile[];
}

/** The export files a previous run may have left (a smaller count can leave a quarter empty). */
const GENERATED = [
  { folder: 'magasins', name: /^avis-magasins-\d{4}\.csv$/ },
  { folder: 'digital', name: /^export-\d{4}-T\d\.json$/ },
  { folder: 'telephone', name: /^enquete-telephonique-\d{4}\.csv$/ },
];

async function removeStaleExports(out: string): Promise<void> {
  for (const { folder, name } of GENERATED) {
    const entries = await readdir(join(out, folder)).catch(() => [] as string[]);
    for (const entry of entries) if (name.test(entry)) await unlink(join(out, folder, entry));
  }
}

export async function writeSampleDataSet(options: DataSetOptions): Promise<DataSetSummary> {
  const { out } = options;
  await mkdir(join(out, 'actions'), { recursive: true });
  await removeStaleExports(out);
  const files: WrittenFile[] = [];
  await writeFile(join(out, 'nps.config.yaml'), configYaml());
  files.push({ path: 'nps.config.yaml', rows: 0 });
  for (const action of SAMPLE_ACTIONS) {
    await writeFile(join(out, 'actions', `${action.id}.md`), action.text);
    files.push({ path: `actions/${action.id}.md`, rows: 0 });
  }
  const sink = createExportSink(out, EXPORT_FORMATS);
  const every = options.progressEvery ?? 50_000;
  let written = 0;
  for (const response of sampleResponses({ seed: options.seed, responses: options.responses })) {
    const pending = sink.add(response);
    if (pending) await pending;
    if (++written % every === 0) options.onProgress?.(written);
  }
  files.push(...(await sink.finish()));
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { responses: written, files };
}
